import Testing

@testable import Domain

@Suite("Demande de subvention (cerfa 12156) : saisie, équilibre du budget, dépôt")
struct ApplicationFormTests {
    /// A complete application for a 2026 call: charges 60 000 € = products 45 000 (P104) + 10 000 (commune) + 5 000.
    static let complete: [String: String] = [
        "org.name": "Entraide Rhône", "org.siret": "732 829 320 00074", "org.rna": "w691234567",
        "org.address": "3 rue de la République, Lyon", "org.commune": "69123", "rep.last_name": "Durand",
        "rep.first_name": "Alice", "rep.function": "Présidente", "rep.phone": "04 72 00 00 00",
        "rep.email": "presidente@entraide.example", "admin.public_aid": "120000", "org.financial_year_end": "31/12",
        "staff.members": "80", "staff.volunteers": "25", "staff.employees": "6", "staff.fte": "5",
        "project.title": "Français vers l'emploi", "project.objectives": "Atteindre A2.",
        "project.description": "Ateliers.", "project.public": "Signataires du CIR", "project.expected_people": "60",
        "project.communes": "69123, 69266", "project.start": "2026-03-01", "project.end": "2026-12-31",
        "project.tags": "langue,emploi", "project.period": "annuelle", "indicator.1.label": "Personnes atteignant A2",
        "indicator.1.target": "30", "budget.60": "10 000", "budget.64": "50 000,00", "budget.74.etat_p104": "45000",
        "budget.74.communes": "10000", "budget.75": "5000", "attest.cer": "oui", "attest.regularity": "oui",
        "attest.accuracy": "oui", "attest.signatory": "Alice Durand",
    ]

    @Test func aCompleteBalancedApplicationCanBeSubmitted() throws {
        var errors = FieldErrors()
        let values = ApplicationForm.clean(Self.complete, errors: &errors)
        #expect(errors.isEmpty)
        #expect(values["org.siret"] == "73282932000074")
        #expect(values["org.rna"] == "W691234567")
        #expect(values["budget.64"] == "50000.00")
        #expect(values["project.tags"] == "emploi,langue")
        let summary = try #require(ApplicationForm.submission(values, callYear: 2026, errors: &errors))
        #expect(summary.budget.total(.charges) == Money(euros: 60_000))
        #expect(summary.budget.total(.products) == Money(euros: 60_000))
        #expect(summary.plan == GrantPlan(firstYear: 2026, yearlyAmounts: [Money(euros: 45_000)]))
        #expect(summary.financialYear(0)?.reportDue == CalendarDay(iso: "2027-06-30"))
    }

    @Test func anUnbalancedBudgetIsRefusedWithTheGap() {
        var raw = Self.complete
        raw["budget.75"] = "4999,99"
        var errors = FieldErrors()
        let values = ApplicationForm.clean(raw, errors: &errors)
        #expect(ApplicationForm.submission(values, callYear: 2026, errors: &errors) == nil)
        // Charges 60 000,00 €, products 59 999,99 €: a gap of 0,01 €.
        #expect(errors["budget.60"]?.contains("écart 0,01") == true)
    }

    @Test func contributionsInKindBalanceOnTheirOwn() {
        var raw = Self.complete
        raw["budget.86"] = "3000"
        raw["budget.87"] = "2000"
        var errors = FieldErrors()
        let values = ApplicationForm.clean(raw, errors: &errors)
        #expect(ApplicationForm.submission(values, callYear: 2026, errors: &errors) == nil)
        #expect(errors["budget.86"] != nil)
        #expect(errors["budget.60"] == nil)
    }

    @Test func aWrongSiretIsReportedOnItsFieldAndNotKept() {
        var raw = Self.complete
        raw["org.siret"] = "73282932000075"
        var errors = FieldErrors()
        let values = ApplicationForm.clean(raw, errors: &errors)
        #expect(errors["org.siret"]?.contains("clé de contrôle") == true)
        #expect(values["org.siret"] == nil)
    }

    @Test func badValuesGetAMessageEach() {
        var errors = FieldErrors()
        _ = ApplicationForm.clean(
            [
                "budget.60": "douze", "project.start": "2026-02-30", "org.financial_year_end": "29/02",
                "project.communes": "6912", "rep.email": "sans-arobase", "project.tags": "emploi,loisirs",
                "project.title": "Titre\u{0007}", "staff.members": "1,5",
            ],
            errors: &errors
        )
        #expect(
            Set(errors.messages.map(\.field)) == [
                "budget.60", "project.start", "org.financial_year_end", "project.communes", "rep.email",
                "project.tags", "project.title", "staff.members",
            ]
        )
    }

    @Test func submissionNeedsEveryRequiredFieldAndTheAttestations() {
        var errors = FieldErrors()
        #expect(ApplicationForm.submission(["project.title": "x"], callYear: 2026, errors: &errors) == nil)
        #expect(errors["attest.cer"] == "Cette attestation est obligatoire pour déposer la demande.")
        #expect(errors["org.siret"] != nil)
        #expect(errors["org.rna"] != nil)
    }

    @Test func theActionStartsInTheCallsYear() {
        var errors = FieldErrors()
        let values = ApplicationForm.clean(Self.complete, errors: &errors)
        #expect(ApplicationForm.submission(values, callYear: 2025, errors: &errors) == nil)
        #expect(errors["project.start"]?.contains("2025") == true)
    }

    @Test func aMultiYearRequestNamesEachYearInARow() throws {
        var raw = Self.complete
        raw["project.period"] = "pluriannuelle"
        raw["project.amount.2"] = "46000"
        raw["project.amount.4"] = "47000"
        var errors = FieldErrors()
        var values = ApplicationForm.clean(raw, errors: &errors)
        #expect(ApplicationForm.submission(values, callYear: 2026, errors: &errors) == nil)
        #expect(errors["project.amount.3"] != nil)
        values["project.amount.3"] = "46500.00"
        errors = FieldErrors()
        let summary = try #require(ApplicationForm.submission(values, callYear: 2026, errors: &errors))
        #expect(summary.plan.total == Money(euros: 45_000 + 46_000 + 46_500 + 47_000))
        #expect(summary.plan.years == 2026...2029)
    }

    @Test func anAnnualRequestHasNoSecondYear() {
        var raw = Self.complete
        raw["project.amount.2"] = "1000"
        var errors = FieldErrors()
        let values = ApplicationForm.clean(raw, errors: &errors)
        #expect(ApplicationForm.submission(values, callYear: 2026, errors: &errors) == nil)
        #expect(errors["project.amount.2"] != nil)
    }
}
