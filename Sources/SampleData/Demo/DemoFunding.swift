import Domain
import Foundation
import Persistence
import Services

/// Loads the Rhône's programme 104 credits through the same use cases as the screens: budget lines of last year and
/// this year, a call for projects each year, and about fifteen applications at every stage (draft, submitted,
/// scored, granted, refused, convention signed, advance paid, report due, report overdue, report to review, closed).
/// Each step runs on its own date, so that last year's call is filled while it was open.
public struct DemoFunding: Sendable {
    let environment: ServiceEnvironment

    public init(environment: ServiceEnvironment) { self.environment = environment }

    /// The demo associations beyond the two of the demo département, with their SIRET (valid, fictitious).
    static let associations: [(name: String, siret: String, rna: String)] = [
        ("Lyon Accueil Réfugiés (démo)", "83456780200014", "W691000003"),
        ("Maison de l'Emploi Solidaire (démo)", "84567890300012", "W691000004"),
        ("Toit et Droits (démo)", "85678910200014", "W691000005"),
        ("Parole de Femmes (démo)", "86789120200014", "W691000006"),
        ("Sport et Citoyenneté Vaulx (démo)", "87891230200014", "W691000007"),
        ("Cultures Croisées (démo)", "88912340200014", "W691000008"),
        ("Numérique pour Tous (démo)", "89123450200013", "W691000009"),
    ]

    /// Loads once: does nothing when a funding line exists. Returns the number of applications written.
    @discardableResult
    public func load() async throws -> Int {
        let (existing, dreets, prefecture, association, provider) = try await environment.database.read { sql in
            (
                try await sql.raw("SELECT COUNT(*) AS n FROM funding_lines").first()?.decode(column: "n", as: Int.self)
                    ?? 0,
                try await AccountRecords.credentials(email: DemoDepartement.email(for: .dreets), in: sql)?.account,
                try await AccountRecords.credentials(email: DemoDepartement.email(for: .prefecture), in: sql)?.account,
                try await AccountRecords.credentials(email: DemoDepartement.associationEmail, in: sql)?.account,
                try await AccountRecords.credentials(email: DemoDepartement.email(for: .partenaire), in: sql)?.account
            )
        }
        guard existing == 0, let dreets, let prefecture, let association, let provider else { return 0 }
        let today = environment.time.todayInMetropolitanFrance()
        let clock = DemoFundingClock(environment: environment, today: today)
        let members = try await createAssociations()
        var applicants: [String: AccountSummary] = ["entraide": association, "langues": provider]
        for (index, account) in members.enumerated() { applicants["a\(index)"] = account }
        try await setIdentifiers(association: association, provider: provider)
        let lines = try await DemoFundingLines(clock: clock).create(dreets: dreets)
        let calls = try await DemoFundingCalls(clock: clock).create(prefecture: prefecture, lines: lines)
        return try await DemoFundingApplications(
            clock: clock,
            prefecture: prefecture,
            calls: calls,
            applicants: applicants
        )
        .create()
    }

    /// The demo associations' organisations and one partner account each (same demo password, not printed).
    func createAssociations() async throws -> [AccountSummary] {
        let hash = try await PasswordHasher(cost: environment.security.bcryptCost).hash(DemoDepartement.password)
        let now = environment.time.now()
        return try await environment.database.write { sql in
            var accounts: [AccountSummary] = []
            for (index, association) in Self.associations.enumerated() {
                let organisationID = environment.ids.makeIdentifier()
                try await OrganisationRecords.insert(
                    NewOrganisation(
                        id: organisationID,
                        name: association.name,
                        kind: .association,
                        siret: association.siret,
                        rna: association.rna,
                        departementCodes: ["69"]
                    ),
                    at: now,
                    in: sql
                )
                let email = "association\(index + 2)@\(DemoDepartement.emailDomain)"
                try await AccountRecords.insert(
                    NewAccount(
                        id: environment.ids.makeIdentifier(),
                        organisationID: organisationID,
                        email: email,
                        displayName: "Contact \(association.name)",
                        role: .partenaire,
                        scope: .departements(["69"]),
                        passwordHash: hash
                    ),
                    at: now,
                    in: sql
                )
                if let account = try await AccountRecords.credentials(email: email, in: sql)?.account {
                    accounts.append(account)
                }
            }
            return accounts
        }
    }

    /// The two demo organisations that apply get their SIRET and RNA.
    func setIdentifiers(association: AccountSummary, provider: AccountSummary) async throws {
        try await environment.database.write { sql in
            for (id, siret, rna) in [
                (association.organisationID, "81234560100015", "W691000001"),
                (provider.organisationID, "82345670200013", "W691000002"),
            ] {
                try await sql.raw(
                    "UPDATE organisations SET siret = \(bind: siret), rna = \(bind: rna) WHERE id = \(bind: id)"
                ).run()
            }
        }
    }
}

/// Runs demo steps on chosen dates: a day of last year or this year, never later than today.
struct DemoFundingClock: Sendable {
    let environment: ServiceEnvironment
    let today: CalendarDay

    var year: Int { today.year }

    /// The day `month`/`day` of this year (offset 0) or last year (offset −1), but not after today.
    func day(_ offset: Int, _ month: Int, _ day: Int) -> CalendarDay {
        min(CalendarDay(year: year + offset, month: month, day: day) ?? today, today)
    }

    /// The environment of a step taken on `day`, at 10:00 in Paris.
    func on(_ day: CalendarDay) -> ServiceEnvironment {
        ServiceEnvironment(
            database: environment.database,
            time: FixedTime(LocalTime.metropolitan.instant(day: day, hour: 10, minute: 0)),
            ids: environment.ids,
            security: environment.security
        )
    }
}
