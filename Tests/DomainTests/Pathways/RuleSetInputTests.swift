import Domain
import Testing

@Suite("Jeux de règles saisis par le pilotage national")
struct RuleSetInputTests {
    static func input(from: String, until: String = "", version: String = "2028 loi fictive") -> RuleSetInput {
        var input = RuleSetInput()
        input.version = version
        input.validFrom = from
        input.validUntil = until
        input.note = "Essai"
        var csp = RuleSetInput.TitleFields()
        csp.requiredLevel = "b1"
        csp.civicExamRequired = true
        input.titles["csp"] = csp
        return input
    }

    @Test func aSetMayNotOverlapAnother() {
        var errors = FieldErrors()
        #expect(Self.input(from: "2026-06-01").validate(others: RequirementCatalogue.builtIn, &errors) == nil)
        #expect(errors["ruleFrom"]?.contains("2026-01-01 loi 2024-42") == true)
        let shortened = RequirementRuleSet(
            version: RequirementCatalogue.from2026.version,
            validFrom: RequirementCatalogue.from2026.validFrom,
            validUntil: CalendarDay(year: 2027, month: 12, day: 31),
            rules: RequirementCatalogue.from2026.rules
        )
        errors = FieldErrors()
        let valid = Self.input(from: "2028-01-01").validate(
            others: [RequirementCatalogue.before2026, shortened],
            &errors
        )
        #expect(valid?.set.rule(for: .csp)?.requiredLevel == .b1)
        #expect(valid?.set.rule(for: .carteResident)?.requiredLevel == nil)
    }

    @Test func theEndCannotPrecedeTheStartAndTheReasonIsRequired() {
        var input = Self.input(from: "2028-01-01", until: "2027-01-01")
        input.note = ""
        var errors = FieldErrors()
        #expect(input.validate(others: [], &errors) == nil)
        #expect(errors["ruleUntil"] == "Le dernier jour ne peut pas précéder le premier.")
        #expect(errors["ruleNote"] != nil)
    }
}
