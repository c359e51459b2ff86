import Domain
import Foundation
import Persistence
import Services

/// Generates programme 104 credits for the seeded départements, consistent with the rules the screens apply: three
/// budget years, a call per département and year, associations with valid SIRET and RNA, applications at every stage,
/// the grants' conventions, commitments (whole AE in the award year), payments (CP of the payment's year) and
/// financial reports. Each line's allocation covers what is programmed and paid on it.
struct SeedFunding {
    let today: CalendarDay
    let seed: UInt64
    let createdAt: String
    let departements: [(departement: Departement, weight: Int, communes: [String])]
    /// Applications over the three years (about 20 000 at national scale) and associations (about 3 000).
    let applicationTarget: Int
    let associationTarget: Int

    /// The three budget years: two closed ones and the current one.
    var years: [Int] { [today.year - 2, today.year - 1, today.year] }

    func rows(passwordHash: String) -> (SeedRows, FundingSeedRows) {
        var accounts = SeedRows()
        var funding = FundingSeedRows()
        var random = SplitMix64(seed: seed ^ 0x0104_0104)
        var serial = 0
        var legal = 0
        let totalWeight = max(1, departements.reduce(0) { $0 + $1.weight })
        for entry in departements {
            let share = Double(entry.weight) / Double(totalWeight)
            let associations = max(3, Int((Double(associationTarget) * share).rounded()))
            let perYear = max(2, Int((Double(applicationTarget) / Double(years.count) * share).rounded()))
            var members: [SeedAssociation] = []
            for index in 0..<associations {
                serial += 1
                let association = SeedAssociation(departement: entry.departement, index: index, serial: serial)
                association.append(passwordHash: passwordHash, createdAt: createdAt, into: &accounts)
                members.append(association)
            }
            var generator = SeedFundingDepartement(
                departement: entry.departement,
                communes: entry.communes.isEmpty ? ["69123"] : entry.communes,
                associations: members,
                years: years,
                today: today,
                createdAt: createdAt
            )
            generator.generate(perYear: perYear, random: &random, legal: &legal, into: &funding)
        }
        return (accounts, funding)
    }
}

/// A generated association: its organisation, a partner account, valid SIRET and RNA.
struct SeedAssociation {
    let id: String
    let name: String
    let siret: String
    let rna: String
    let accountID: String

    static let names = [
        "Accueil et Solidarité", "Langues Partagées", "Emploi Passerelle", "Femmes Relais", "Maison des Cultures",
        "Droits pour Tous", "Sport Ensemble", "Toit Commun", "Parole et Savoirs", "Réseau Entraide",
    ]

    init(departement: Departement, index: Int, serial: Int) {
        let code = departement.code
        id = "seed-asso-\(code)-\(index + 1)"
        name = "\(Self.names[index % Self.names.count]) \(index / Self.names.count + 1) – \(departement.name)"
        let siren = Luhn.complete(String(700_000_000 + serial).prefix(8).description)
        siret = Luhn.complete(siren + "0001")
        rna = "W" + String(format: "%09d", 100_000_000 + serial)
        accountID = "seed-acc-association-\(code)-\(index + 1)"
    }

    func append(passwordHash: String, createdAt: String, into rows: inout SeedRows) {
        let code = id.split(separator: "-")[2]
        rows.organisations.append([
            .text(id), .text(name), .text(OrganisationKind.association.rawValue), .text(siret), .text(rna),
            .text(String(code)), .boolean(true), .text(createdAt),
        ])
        rows.accounts.append([
            .text(accountID), .text(id),
            .text("\(id.replacingOccurrences(of: "seed-asso-", with: "association."))@\(SeedAccounts.domain)"),
            .text("Contact \(name)"), .text(Role.partenaire.rawValue),
            .text(TerritorialScope.departements([String(code)]).storedValue), .text(passwordHash), .boolean(true),
            .text(createdAt),
        ])
    }
}

/// Luhn check digits, to generate identifiers that pass INSEE's key.
enum Luhn {
    /// `digits` followed by the one digit that makes the whole pass Luhn.
    static func complete(_ digits: String) -> String {
        for candidate in 0...9 where CompanyIdentifiers.luhnPasses(digits + String(candidate)) {
            return digits + String(candidate)
        }
        return digits + "0"
    }
}
