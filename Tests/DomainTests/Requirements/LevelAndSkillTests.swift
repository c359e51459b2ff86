import Domain
import Foundation
import Testing

@Suite("CEFRLevel et LanguageSkill")
struct LevelAndSkillTests {
    @Test(
        "chaque niveau est strictement au-dessus du précédent",
        arguments: zip(CEFRLevel.allCases.dropLast(), CEFRLevel.allCases.dropFirst())
    )
    func order(lower: CEFRLevel, higher: CEFRLevel) {
        #expect(lower < higher)
        #expect(!(higher < lower))
        #expect(higher.rank == lower.rank + 1)
    }

    @Test("valeurs brutes et libellés français des niveaux")
    func levelNames() {
        #expect(CEFRLevel.allCases.map(\.rawValue) == ["below_a1_1", "a1_1", "a1", "a2", "b1", "b2", "c1", "c2"])
        #expect(
            CEFRLevel.allCases.map(\.frenchLabel) == ["inférieur à A1.1", "A1.1", "A1", "A2", "B1", "B2", "C1", "C2"]
        )
        #expect(CEFRLevel(rawValue: "b1") == .b1)
    }

    @Test("valeurs brutes et libellés français des compétences")
    func skillNames() {
        #expect(
            LanguageSkill.allCases.map(\.rawValue)
                == ["oral_comprehension", "written_comprehension", "oral_expression", "written_expression"]
        )
        #expect(
            LanguageSkill.allCases.map(\.frenchLabel)
                == ["compréhension orale", "compréhension écrite", "expression orale", "expression écrite"]
        )
    }

    @Test("valeurs brutes des titres, demandes et protections")
    func otherRawValues() {
        #expect(ResidenceTitle.allCases.map(\.rawValue) == ["csp", "carte_resident", "naturalisation"])
        #expect(ApplicationKind.allCases.map(\.rawValue) == ["first", "renewal"])
        #expect(ProtectionStatus.allCases.map(\.rawValue) == ["refugee", "subsidiary", "stateless", "none"])
        #expect(ProtectionStatus.allCases.filter(\.isProtected) == [.refugee, .subsidiary, .stateless])
    }

    @Test("une preuve s'écrit en JSON avec les compétences comme clés")
    func proofJSON() throws {
        let proof = LanguageProof.certification("TCF IRN", date: day("2025-06-01"), levels: [.oralExpression: .b1])
        let encoded = try JSONEncoder().encode(proof)
        let object = try #require(try JSONSerialization.jsonObject(with: encoded) as? [String: Any])
        let levels = try #require(object["levels"] as? [String: String])
        #expect(levels == ["oral_expression": "b1"])
        #expect(object["kind"] as? String == "certification")
        #expect(try JSONDecoder().decode(LanguageProof.self, from: encoded) == proof)
    }

    @Test("un diplôme porte le même niveau dans les quatre compétences")
    func diplomaLevels() {
        let diploma = LanguageProof.diploma("DELF B1", date: day("2016-01-05"), level: .b1)
        #expect(diploma.kind == .diploma)
        #expect(diploma.levels.count == 4)
        #expect(Set(diploma.levels.values) == [.b1])
    }
}
