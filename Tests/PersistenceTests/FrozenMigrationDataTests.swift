import Crypto
import Foundation
import Testing

/// Migration 2 loads the reference files shipped with Parcours: they are its data, and a migration must give the same
/// result forever. Newer reference data comes with a new migration and new files; these never change.
@Suite("Données figées des migrations")
struct FrozenMigrationDataTests {
    static let expected: [String: String] = [
        "agir_deploiement.csv": "81c716b1f2403db56956985efe45816adf9d71824b98340c863821d9163f02cf",
        "communes.csv": "206b47341de7d3af7d21865c74dbd45ff920390de6251950706c1c791301a44b",
        "countries.csv": "70d3710041c8386c7ae058fd9a3fabb9843adf9445796e4c948db47a7fb5d43b",
        "departements.csv": "e4bd6395b34347f25a1fff236ec85e1ad2b0c525e9e4635ee574202e527e5c69",
        "qpv.csv": "24e48a2146fa663e8eee3f9af49aa01622342a9f03f1499e16e53c941b32770f",
        "regions.csv": "084f42bc78aeb9b23846306daa4a415ea271086c8dc6d78b5040d5fa47877809",
    ]

    @Test func theFilesOfMigration2NeverChange() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Sources/Persistence/Resources/ReferenceData")
        for (name, digest) in Self.expected {
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            let actual = SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
            #expect(actual == digest, "\(name) a changé : ajoutez une migration plutôt que de modifier ce fichier")
        }
    }
}
