import Domain
import Persistence
import Services

extension SeedAccounts {
    /// Names of the generated training providers, followed by the département's name.
    static let providerNames = ["Langues et Intégration", "Alpha Savoirs"]

    /// The identifier of a département's training provider (slot from 0).
    static func providerID(_ code: String, _ slot: Int) -> String { "seed-of-\(code)-\(slot + 1)" }

    /// The identifier of a training provider's partner account (slot from 0).
    static func providerAccountID(_ code: String, _ slot: Int) -> String { "seed-acc-formation-\(code)-\(slot + 1)" }

    /// The e-mail address of a training provider's partner account (slot from 0).
    public static func providerEmail(_ code: String, _ slot: Int) -> String {
        "formation.\(code).\(slot + 1)@\(domain)"
    }

    /// How many training providers a département has: two where more than 400 households are expected.
    static func providerCount(expectedHouseholds: Double) -> Int { expectedHouseholds > 400 ? 2 : 1 }

    /// The training-provider organisations of one département, each with a partner account.
    static func providerRows(
        departement: Departement,
        count: Int,
        passwordHash: String,
        createdAt: String,
        into rows: inout SeedRows
    ) {
        let code = departement.code
        let scope = TerritorialScope.departements([code]).storedValue
        for slot in 0..<count {
            rows.organisations.append([
                .text(providerID(code, slot)),
                .text("\(providerNames[slot % providerNames.count]) – \(departement.name)"),
                .text(OrganisationKind.trainingProvider.rawValue), .null, .null, .text(code), .boolean(true),
                .text(createdAt),
            ])
            rows.accounts.append([
                .text(providerAccountID(code, slot)), .text(providerID(code, slot)), .text(providerEmail(code, slot)),
                .text("Formation \(code)-\(slot + 1)"), .text(Role.partenaire.rawValue), .text(scope),
                .text(passwordHash), .boolean(true), .text(createdAt),
            ])
        }
    }
}
