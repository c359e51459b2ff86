import Domain
import Testing

@Suite("Parcours : saisies vérifiées")
struct PathwayInputTests {
    static let today = CalendarDay(year: 2026, month: 11, day: 27)!

    static func cir(signed: String, hours: String) -> (CIRRecordInput.Valid?, FieldErrors) {
        var input = CIRRecordInput()
        input.signedOn = signed
        input.languageHours = hours
        var errors = FieldErrors()
        return (input.validate(today: today, &errors), errors)
    }

    @Test func theLanguagePathHasFourLengthsBeforeJuly2025AndAtMost600After() {
        #expect(Self.cir(signed: "2025-06-30", hours: "300").0 == nil)
        #expect(Self.cir(signed: "2025-06-30", hours: "400").0?.languageHours == 400)
        #expect(Self.cir(signed: "2025-07-01", hours: "300").0?.languageHours == 300)
        #expect(Self.cir(signed: "2025-07-01", hours: "600").0 != nil)
        #expect(Self.cir(signed: "2025-07-01", hours: "601").1["languageHours"] != nil)
        #expect(Self.cir(signed: "2025-07-01", hours: "").0?.languageHours == nil)
    }

    @Test func pathwayDatesCannotBeInTheFuture() {
        let (valid, errors) = Self.cir(signed: "2026-11-28", hours: "")
        #expect(valid == nil)
        #expect(errors["cirSignedOn"] == "La date de signature du CIR ne peut pas être dans le futur.")
        #expect(Self.cir(signed: "2026-11-27", hours: "").0 != nil)
    }

    @Test func aCivicExamScoreIsFrom0To40() {
        func score(_ text: String) -> CivicExamInput.Valid? {
            var input = CivicExamInput()
            input.version = "csp"
            input.date = "2026-11-20"
            input.score = text
            input.centre = "CCI Lyon"
            var errors = FieldErrors()
            return input.validate(today: Self.today, &errors)
        }
        #expect(score("40")?.result.isPassing == true)
        #expect(score("32")?.result.isPassing == true)
        #expect(score("31")?.result.isPassing == false)
        #expect(score("0") != nil)
        #expect(score("41") == nil)
        #expect(score("-1") == nil)
        #expect(score("trente") == nil)
    }

    @Test func aCertificateNeedsFourSkillsAndADiplomaOneLevel() {
        var certificate = LanguageProofInput()
        certificate.kind = "tef_irn"
        certificate.date = "2026-01-10"
        certificate.levels = ["oral_comprehension": "a2"]
        var errors = FieldErrors()
        #expect(certificate.validate(today: Self.today, &errors) == nil)
        #expect(errors.messages.count == 3)
        var diploma = LanguageProofInput()
        diploma.kind = "delf"
        diploma.date = "2019-06-01"
        diploma.level = "b1"
        errors = FieldErrors()
        let valid = diploma.validate(today: Self.today, &errors)
        #expect(valid?.proof.kind == .diploma)
        #expect(valid?.proof.levels.count == 4)
        #expect(valid?.proof.stopsCountingOn == nil)
    }

    @Test func theWeakestSkillIsThePersonsLevelAndAnUnknownSkillCountsAsBelowA11() {
        let day = Self.today
        let all = LanguageSkill.allCases.map {
            LanguageProgress.Point(date: day, skill: $0, level: $0 == .writtenExpression ? .a1 : .a2, source: "test")
        }
        #expect(LanguageProgress(points: all).currentLevel == .a1)
        #expect(LanguageProgress(points: Array(all.prefix(2))).currentLevel == .belowA1_1)
        #expect(LanguageProgress(points: []).currentLevel == nil)
    }
}
