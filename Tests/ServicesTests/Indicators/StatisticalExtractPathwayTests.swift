import Domain
import Persistence
import Services
import TestSupport
import Testing

@Suite("Extrait statistique : colonnes de parcours")
struct StatisticalExtractPathwayTests {
    @Test func theExtractCarriesTheCIRTrainingTheProvenLevelsAndTheCivicExam() async throws {
        try await TestEnvironment.withEmpty { environment, _ in
            try await IndicatorFixture.load(environment)
            try await IndicatorFixture.loadPathways(environment)
            let extract = try await StatisticalExtractTests.extract(environment)
            let byPerson = Dictionary(
                uniqueKeysWithValues: extract.rows.map { ($0["pseudonyme_personne"] ?? "", $0) }
            )
            let first = try #require(byPerson[extract.pseudonymiser.person("H1-0")])
            let second = try #require(byPerson[extract.pseudonymiser.person("H1-1")])
            let fourth = try #require(byPerson[extract.pseudonymiser.person("H4-0")])
            // See IndicatorFixture+Pathways: H1-0 has A2 (not B1) and passed at 32; H1-1 has B1 and failed at 31;
            // H4-0's certificate is exactly two years old and its exam was cancelled for fraud.
            #expect(first["mois_fin_formation_cir"] == "2026-05")
            #expect(first["niveau_fin_formation_cir"] == "a1")
            #expect(
                [first["a2_justifie"], first["b1_justifie"], first["examen_civique_reussi"]] == ["oui", "non", "oui"]
            )
            #expect(
                [second["a2_justifie"], second["b1_justifie"], second["examen_civique_reussi"]] == [
                    "oui", "oui", "non",
                ]
            )
            #expect([fourth["a2_justifie"], fourth["examen_civique_reussi"]] == ["non", "non"])
            #expect(fourth["mois_fin_formation_cir"] == "2025-12")
        }
    }
}
