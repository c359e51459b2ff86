import Domain
import Foundation
import Persistence
import Services

/// Builds the records service tests need through the real use cases, on the demo département: households referred,
/// accepted and welcomed, courses of the demo training provider, and the demo accounts that act on them.
public struct CaseworkFixture: Sendable {
    public let environment: ServiceEnvironment
    public let time: MutableTime
    public let ofii: AccountSummary
    public let manager: AccountSummary
    public let caseworker: AccountSummary
    public let provider: AccountSummary

    /// Runs `body` on a fresh database holding the demo département, its accounts signed in.
    public static func run(_ body: (CaseworkFixture) async throws -> Void) async throws {
        try await TestEnvironment.withDemo(secondFactorRequired: false) { environment, time in
            try await body(
                CaseworkFixture(
                    environment: environment,
                    time: time,
                    ofii: try await TestEnvironment.signIn(.ofii, environment),
                    manager: try await TestEnvironment.signIn(.responsable, environment),
                    caseworker: try await TestEnvironment.signIn(.referent, environment),
                    provider: try await TestEnvironment.signIn(.partenaire, environment)
                )
            )
        }
    }

    /// The fixture of an app under test, sharing its database and clock (the app must hold the demo département).
    public static func on(_ app: TestApp) async throws -> CaseworkFixture {
        let environment = app.services
        return CaseworkFixture(
            environment: environment,
            time: app.time,
            ofii: try await TestEnvironment.signIn(.ofii, environment),
            manager: try await TestEnvironment.signIn(.responsable, environment),
            caseworker: try await TestEnvironment.signIn(.referent, environment),
            provider: try await TestEnvironment.signIn(.partenaire, environment)
        )
    }

    /// Today in the Rhône, the demo département.
    public var today: CalendarDay { environment.time.today(inDepartement: "69") }

    /// A referral as OFII types it: an eligible refugee of the département (the Rhône by default), referred ten days
    /// ago; outside the départements where AGIR is deployed, on the prefect's instruction.
    public func referral(
        names: String = "AHMADI Farida",
        birthYear: Int = 1990,
        departement: String = "69"
    )
        -> ReferralInput
    {
        let today = environment.time.today(inDepartement: departement)
        var input = ReferralInput()
        input.referralDate = today.adding(days: -10).iso
        input.departement = departement
        input.prefectException = departement != "69"
        // Outside a département where AGIR is deployed, a referral rests on an instruction of the prefect only.
        if input.prefectException { input.prefectInstruction = "Instruction du préfet n° 2026-117" }
        input.documentNames = names
        input.birthYear = String(birthYear)
        input.sex = "F"
        input.nationality = "AF"
        input.protection = ProtectionKind.refugee.rawValue
        input.protectionAuthority = "OFPRA"
        input.protectionDate = today.adding(months: -3).iso
        input.cirSignatureDate = today.adding(days: -20).iso
        return input
    }

    /// A household referred by OFII and accepted by the manager for the caseworker (the demo team in the Rhône, or
    /// `team` in its first département); welcomed `welcomedDaysAgo` days ago unless nil. Returns the household's and
    /// its reference person's identifiers.
    @discardableResult
    public func household(
        names: String = "AHMADI Farida",
        birthYear: Int = 1990,
        welcomedDaysAgo: Int? = 5,
        team: Team? = nil
    ) async throws -> (householdID: String, personID: String) {
        let team = team ?? demoTeam
        let departement = team.departement
        let referrals = ReferralService(environment: environment)
        guard
            case .created(let referralID) = try await referrals.create(
                referral(names: names, birthYear: birthYear, departement: departement),
                duplicatesReviewed: true,
                actor: team.ofii
            )
        else { throw FixtureError("l'orientation n'a pas été créée") }
        try await referrals.decide(
            id: referralID,
            accept: true,
            caseworkerID: team.caseworker.id,
            reason: "",
            actor: team.manager
        )
        let referral = try await referrals.find(id: referralID, actor: team.manager)
        let members = try await environment.database.read {
            try await HouseholdQueries.members(householdID: referral.householdID, in: $0)
        }
        guard let person = members.first(where: \.isReference) else { throw FixtureError("pas de personne") }
        if let welcomedDaysAgo {
            try await CaseworkService(environment: environment).recordWelcome(
                householdID: referral.householdID,
                date: environment.time.today(inDepartement: departement).adding(days: -welcomedDaysAgo).iso,
                actor: team.caseworker
            )
        }
        return (referral.householdID, person.id)
    }

    /// A course of the demo training provider in Villeurbanne, started a week ago, with `seats` seats.
    public func course(seats: Int, title: String = "Français A1 – soir") async throws -> String {
        var input = CourseInput()
        input.title = title
        input.targetLevel = CEFRLevel.a1.rawValue
        input.hours = "120"
        input.slot = CourseSlot.evening.rawValue
        input.communeCode = "69266"
        input.seats = String(seats)
        input.startsOn = today.adding(days: -7).iso
        input.endsOn = today.adding(months: 3).iso
        return try await CourseService(environment: environment).create(input: input, actor: provider)
    }

    /// How many rows a table holds, for tests that check nothing more (or less) was written.
    public func count(_ table: String, where condition: String = "1 = 1") async throws -> Int {
        try await environment.database.read { sql in
            try await sql.raw("SELECT COUNT(*) AS n FROM \(unsafeRaw: table) WHERE \(unsafeRaw: condition)").first()?
                .decode(column: "n", as: Int.self) ?? 0
        }
    }
}

/// A fixture that could not be built.
public struct FixtureError: Error, CustomStringConvertible {
    public let description: String

    public init(_ description: String) { self.description = description }
}
