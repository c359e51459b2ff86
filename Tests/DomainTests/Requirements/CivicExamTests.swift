import Domain
import Testing

@Suite("Examen civique")
struct CivicExamTests {
    private let a2 = [LanguageProof.certification("TCF", date: day("2025-12-01"), allSkills: .a2)]

    @Test(
        "seuil de réussite à 32/40",
        arguments: [
            (31, false), (32, true), (33, true), (40, true), (0, false), (41, false), (-1, false),
        ]
    )
    func passMark(score: Int, passes: Bool) {
        #expect(CivicExamResult(version: .csp, date: day("2026-01-05"), score: score).isPassing == passes)
    }

    @Test("31/40 échoue, avec le score et le seuil dans l'explication")
    func score31Fails() throws {
        let evaluation = try evaluate(
            on: "2026-02-01",
            title: .csp,
            proofs: a2,
            exams: [CivicExamResult(version: .csp, date: day("2026-01-05"), score: 31)]
        )
        #expect(!evaluation.met)
        #expect(
            evaluation.condition(RequirementConditionCode.civicExam)?.explanation
                == "examen civique non réussi : meilleur score 31/40 le 5 janvier 2026, 32/40 exigés"
        )
    }

    @Test("32/40 réussit")
    func score32Passes() throws {
        let evaluation = try evaluate(
            on: "2026-02-01",
            title: .csp,
            proofs: a2,
            exams: [CivicExamResult(version: .csp, date: day("2026-01-05"), score: 32)]
        )
        #expect(evaluation.met)
        #expect(
            evaluation.condition(RequirementConditionCode.civicExam)?.explanation
                == "examen civique « carte de séjour pluriannuelle » réussi le 5 janvier 2026 avec 32/40"
        )
    }

    @Test(
        "un examen réussi d'une autre version ne compte pas",
        arguments: ResidenceTitle.allCases.flatMap { title in
            ResidenceTitle.allCases.filter { $0 != title }.map { (title, $0) }
        }
    )
    func wrongVersion(title: ResidenceTitle, examVersion: ResidenceTitle) throws {
        let evaluation = try evaluate(
            on: "2026-02-01",
            title: title,
            exams: [CivicExamResult(version: examVersion, date: day("2026-01-05"), score: 38)]
        )
        let condition = try #require(evaluation.condition(RequirementConditionCode.civicExam))
        #expect(!condition.met)
        #expect(
            condition.explanation == "examen civique non réussi : aucune session en version « \(title.frenchLabel) » "
                + "(versions présentées : \(examVersion.frenchLabel))"
        )
    }

    @Test("fraude : une réussite la veille des deux ans ne compte pas")
    func fraudBanOneDayBefore() throws {
        let exams = [
            CivicExamResult(version: .csp, date: day("2026-01-10"), score: 35, fraud: true),
            CivicExamResult(version: .csp, date: day("2028-01-09"), score: 36),
        ]
        #expect(exams[0].bans(sessionOn: day("2028-01-09")))
        let evaluation = try evaluate(
            on: "2028-02-01",
            title: .csp,
            proofs: [.diploma("DELF A2", date: day("2020-01-01"), level: .a2)],
            exams: exams
        )
        #expect(!evaluation.met)
        #expect(
            evaluation.condition(RequirementConditionCode.civicExam)?.explanation
                == "examen civique non réussi : la session du 9 janvier 2028 (36/40) s'est tenue pendant une interdiction pour fraude et ne compte pas"
        )
    }

    @Test("fraude : une réussite le jour des deux ans compte")
    func fraudBanOnTheMark() throws {
        let exams = [
            CivicExamResult(version: .csp, date: day("2026-01-10"), score: 35, fraud: true),
            CivicExamResult(version: .csp, date: day("2028-01-10"), score: 36),
        ]
        #expect(!exams[0].bans(sessionOn: day("2028-01-10")))
        #expect(exams[0].banEndsOn == day("2028-01-10"))
        let evaluation = try evaluate(
            on: "2028-02-01",
            title: .csp,
            proofs: [.diploma("DELF A2", date: day("2020-01-01"), level: .a2)],
            exams: exams
        )
        #expect(evaluation.met)
    }

    @Test("pendant l'interdiction, l'explication donne la date de fin")
    func activeBanExplained() throws {
        let evaluation = try evaluate(
            on: "2026-06-01",
            title: .carteResident,
            exams: [CivicExamResult(version: .carteResident, date: day("2026-01-10"), score: 40, fraud: true)]
        )
        #expect(
            evaluation.condition(RequirementConditionCode.civicExam)?.explanation
                == "examen civique non réussi : interdiction pour fraude depuis le 10 janvier 2026, nouvel examen possible à partir du 10 janvier 2028"
        )
    }

    @Test("une session frauduleuse ne réussit jamais, même à 40/40")
    func fraudulentSessionNeverPasses() throws {
        let exam = CivicExamResult(version: .csp, date: day("2026-01-10"), score: 40, fraud: true)
        #expect(!exam.isPassing)
        let evaluation = try evaluate(on: "2029-01-01", title: .csp, exams: [exam])
        #expect(
            evaluation.condition(RequirementConditionCode.civicExam)?.explanation
                == "examen civique non réussi : session en version « carte de séjour pluriannuelle » annulée pour fraude"
        )
    }

    @Test("l'interdiction vaut pour toutes les versions")
    func banCoversAllVersions() throws {
        let exams = [
            CivicExamResult(version: .naturalisation, date: day("2026-03-01"), score: 20, fraud: true),
            CivicExamResult(version: .csp, date: day("2027-03-01"), score: 39),
        ]
        let evaluation = try evaluate(on: "2027-04-01", title: .csp, exams: exams)
        #expect(evaluation.condition(RequirementConditionCode.civicExam)?.met == false)
    }

    @Test("une réussite antérieure à la fraude reste acquise")
    func passBeforeFraudStillCounts() throws {
        let exams = [
            CivicExamResult(version: .csp, date: day("2026-01-05"), score: 33),
            CivicExamResult(version: .carteResident, date: day("2026-03-01"), score: 10, fraud: true),
        ]
        let evaluation = try evaluate(on: "2026-04-01", title: .csp, exams: exams)
        #expect(evaluation.condition(RequirementConditionCode.civicExam)?.met == true)
    }

    @Test("une réussite n'expire pas", arguments: ["2026-01-06", "2028-01-05", "2036-01-05"])
    func passDoesNotExpire(iso: String) throws {
        let evaluation = try evaluate(
            on: iso,
            title: .naturalisation,
            exams: [CivicExamResult(version: .naturalisation, date: day("2026-01-05"), score: 32)]
        )
        #expect(evaluation.condition(RequirementConditionCode.civicExam)?.met == true)
    }

    @Test("une session postérieure au dépôt ne compte pas ; celle du jour du dépôt, oui")
    func sessionAfterApplication() throws {
        let exams = [CivicExamResult(version: .csp, date: day("2026-02-02"), score: 35)]
        #expect(
            try evaluate(on: "2026-02-01", title: .csp, exams: exams).condition("civic_exam")?.explanation
                == "examen civique non réussi : aucune session présentée"
        )
        #expect(try evaluate(on: "2026-02-02", title: .csp, exams: exams).condition("civic_exam")?.met == true)
    }

    @Test("la meilleure des sessions réussies récentes est citée")
    func latestPassIsReported() throws {
        let exams = [
            CivicExamResult(version: .csp, date: day("2026-01-05"), score: 28),
            CivicExamResult(version: .csp, date: day("2026-01-20"), score: 34),
        ]
        #expect(
            try evaluate(on: "2026-02-01", title: .csp, exams: exams).condition("civic_exam")?.explanation
                == "examen civique « carte de séjour pluriannuelle » réussi le 20 janvier 2026 avec 34/40"
        )
    }
}
