import Domain
import Testing

@Suite("Validité des preuves de langue")
struct ProofValidityTests {
    private let certificate = LanguageProof.certification(
        "TCF carte de résident",
        date: day("2024-03-15"),
        allSkills: .b1
    )

    @Test("une attestation du 15 mars 2024 compte le 14 mars 2026 (veille des deux ans)")
    func certificateOneDayBeforeTwoYears() throws {
        #expect(certificate.counts(on: day("2026-03-14")))
        let evaluation = try evaluate(on: "2026-03-14", title: .carteResident, proofs: [certificate])
        #expect(evaluation.condition(RequirementConditionCode.languageLevel)?.met == true)
        #expect(evaluation.proofsValidUntil == day("2026-03-15"))
    }

    @Test("la même attestation ne compte plus le 15 mars 2026 (exactement deux ans)")
    func certificateExactlyTwoYears() throws {
        #expect(!certificate.counts(on: day("2026-03-15")))
        let evaluation = try evaluate(on: "2026-03-15", title: .carteResident, proofs: [certificate])
        #expect(evaluation.condition(RequirementConditionCode.languageLevel)?.met == false)
        #expect(
            evaluation.condition("language_oral_comprehension")?.explanation
                == "B1 manquant en compréhension orale (aucune preuve valable)"
        )
        #expect(evaluation.proofsValidUntil == nil)
    }

    @Test("une attestation du 29 février 2024 cesse de compter le 28 février 2026")
    func leapDayCertificate() {
        let leap = LanguageProof.certification("TEF IRN", date: day("2024-02-29"), allSkills: .a2)
        #expect(leap.stopsCountingOn == day("2026-02-28"))
        #expect(leap.counts(on: day("2026-02-27")))
        #expect(!leap.counts(on: day("2026-02-28")))
    }

    @Test(
        "un diplôme compte sans limite d'âge",
        arguments: [
            LanguageProof.diploma("DELF B1", date: day("2016-01-05"), level: .b1),
            LanguageProof.diploma("DALF C1", date: day("1996-01-05"), level: .c1),
            LanguageProof.diploma("diplôme national du brevet", date: day("2011-07-01"), level: .b1),
        ]
    )
    func diplomaHasNoAgeLimit(diploma: LanguageProof) throws {
        #expect(diploma.stopsCountingOn == nil)
        #expect(diploma.counts(on: day("2026-01-05")))
        let evaluation = try evaluate(on: "2026-01-05", title: .carteResident, proofs: [diploma])
        #expect(evaluation.condition(RequirementConditionCode.languageLevel)?.met == true)
        #expect(evaluation.proofsValidUntil == nil)
    }

    @Test(
        "une preuve délivrée le jour du dépôt compte ; le lendemain, non",
        arguments: [LanguageProof.Kind.certification, .diploma]
    )
    func proofDatedAfterApplicationDoesNotCount(kind: LanguageProof.Kind) {
        let proof = LanguageProof(
            kind: kind,
            name: "DELF A2",
            date: day("2026-02-10"),
            levels: [.oralComprehension: .a2]
        )
        #expect(proof.counts(on: day("2026-02-10")))
        #expect(!proof.counts(on: day("2026-02-09")))
    }

    @Test("proofsValidUntil : la plus proche fin de validité parmi les attestations prises en compte")
    func proofsValidUntilIsTheEarliest() throws {
        let proofs: [LanguageProof] = [
            .certification("TCF", date: day("2025-09-01"), allSkills: .a2),
            .certification("TEF", date: day("2025-06-01"), allSkills: .a1),
            .certification("TCF ancien", date: day("2023-01-01"), allSkills: .b2),
            .certification("TEF futur", date: day("2026-05-01"), allSkills: .b2),
            .diploma("DELF A2", date: day("2015-01-01"), level: .a2),
        ]
        let evaluation = try evaluate(on: "2026-02-01", title: .csp, proofs: proofs)
        #expect(evaluation.proofsValidUntil == day("2027-06-01"))
    }

    @Test("proofsValidUntil vaut nil avec seulement des diplômes ou sans preuve")
    func proofsValidUntilNil() throws {
        let diplomaOnly = try evaluate(
            on: "2026-02-01",
            title: .csp,
            proofs: [.diploma("DELF A2", date: day("2015-01-01"), level: .a2)]
        )
        #expect(diplomaOnly.proofsValidUntil == nil)
        #expect(try evaluate(on: "2026-02-01", title: .csp).proofsValidUntil == nil)
    }

    @Test("une attestation périmée de haut niveau ne compte plus, la valable de bas niveau oui")
    func expiredHighLevelIgnored() throws {
        let proofs: [LanguageProof] = [
            .certification("TCF", date: day("2023-06-01"), allSkills: .c1),
            .certification("TEF", date: day("2025-06-01"), allSkills: .a1),
        ]
        let evaluation = try evaluate(on: "2026-02-01", title: .csp, proofs: proofs)
        #expect(
            evaluation.bestLevels == Dictionary(uniqueKeysWithValues: LanguageSkill.allCases.map { ($0, CEFRLevel.a1) })
        )
        #expect(!evaluation.met)
    }
}
