import Testing

@testable import Domain

/// Commune fields read names the way people type them.
@Suite struct CommuneQueryTests {
    @Test(arguments: [
        ("69266", "69266", ""), ("2a004", "2A004", ""), ("Villeurbanne (69266)", "69266", "villeurbanne"),
    ])
    func codesAndLabels(typed: String, code: String, key: String) {
        let query = CommuneQuery(typed)
        #expect(query?.code == code)
        #expect(query?.nameKey == key)
    }

    @Test(arguments: [
        ("Villeurbanne", "villeurbanne"), ("VÉNISSIEUX", "venissieux"), ("St-Priest", "saint priest"),
        ("Ste Foy-lès-Lyon", "sainte foy les lyon"), ("Lyon 3ème", "lyon 3e"), ("Lyon 3e", "lyon 3e"),
        ("Marseille 1ere", "marseille 1er"), ("Paris 15", "paris 15"), ("L'Arbresle", "l arbresle"),
    ])
    func names(typed: String, key: String) {
        let query = CommuneQuery(typed)
        #expect(query?.code == nil)
        #expect(query?.nameKey == key)
    }

    @Test func blankIsNoQuery() {
        #expect(CommuneQuery("   ") == nil)
        #expect(CommuneQuery("--") == nil)
    }
}
