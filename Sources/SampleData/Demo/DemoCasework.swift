import Domain
import Foundation
import Persistence
import Services

/// Loads demo referrals in the Rhône through the same use cases as the screens: pending, accepted and assigned to
/// the demo caseworker, and declined. Only `parcours demo` loads them; tests start without.
public struct DemoCasework: Sendable {
    let environment: ServiceEnvironment

    public init(environment: ServiceEnvironment) { self.environment = environment }

    /// A demo household: names, birth, nationality, protection, and how many days ago it was referred.
    struct Household {
        let names: String
        let usual: String
        let birthYear: Int
        let birthMonth: Int?
        let sex: String
        let nationality: String
        let protection: ProtectionKind
        let commune: String
        let daysAgo: Int
        let decision: Decision
    }

    enum Decision {
        case pending, accepted
        case declined(String)
    }

    static let households: [Household] = [
        .init(
            names: "HAKIMI Farid",
            usual: "Fareed Hakimi",
            birthYear: 1991,
            birthMonth: 4,
            sex: "M",
            nationality: "AF",
            protection: .subsidiary,
            commune: "69266",
            daysAgo: 3,
            decision: .pending
        ),
        .init(
            names: "CAMARA Mariama",
            usual: "",
            birthYear: 1998,
            birthMonth: nil,
            sex: "F",
            nationality: "GN",
            protection: .refugee,
            commune: "69123",
            daysAgo: 5,
            decision: .pending
        ),
        .init(
            names: "KOUASSI Yao Serge",
            usual: "",
            birthYear: 1987,
            birthMonth: 11,
            sex: "M",
            nationality: "CI",
            protection: .refugee,
            commune: "69256",
            daysAgo: 8,
            decision: .pending
        ),
        .init(
            names: "TESFAY Selam",
            usual: "Selam Tesfaye",
            birthYear: 1996,
            birthMonth: 2,
            sex: "F",
            nationality: "ER",
            protection: .refugee,
            commune: "69259",
            daysAgo: 12,
            decision: .accepted
        ),
        .init(
            names: "NOORI Abdul Rahman",
            usual: "Abdelrahman Nouri",
            birthYear: 1993,
            birthMonth: nil,
            sex: "M",
            nationality: "AF",
            protection: .subsidiary,
            commune: "69266",
            daysAgo: 20,
            decision: .accepted
        ),
        .init(
            names: "YILMAZ Zeynep",
            usual: "",
            birthYear: 1985,
            birthMonth: 7,
            sex: "F",
            nationality: "TR",
            protection: .refugee,
            commune: "69123",
            daysAgo: 27,
            decision: .accepted
        ),
        .init(
            names: "MBUYI Kalala Jean",
            usual: "",
            birthYear: 1979,
            birthMonth: 1,
            sex: "M",
            nationality: "CD",
            protection: .refugee,
            commune: "69290",
            daysAgo: 35,
            decision: .accepted
        ),
        .init(
            names: "AL-HASSAN Rania",
            usual: "Rania Alhassan",
            birthYear: 1990,
            birthMonth: 9,
            sex: "F",
            nationality: "SY",
            protection: .refugee,
            commune: "69029",
            daysAgo: 48,
            decision: .accepted
        ),
        .init(
            names: "ADAM Ishag Musa",
            usual: "Issa Adam",
            birthYear: 1997,
            birthMonth: nil,
            sex: "M",
            nationality: "SD",
            protection: .subsidiary,
            commune: "69256",
            daysAgo: 63,
            decision: .accepted
        ),
        .init(
            names: "RAHIMI Shabnam",
            usual: "",
            birthYear: 2001,
            birthMonth: 5,
            sex: "F",
            nationality: "AF",
            protection: .refugee,
            commune: "69266",
            daysAgo: 90,
            decision: .accepted
        ),
        .init(
            names: "DIALLO Thierno Ousmane",
            usual: "",
            birthYear: 1995,
            birthMonth: 12,
            sex: "M",
            nationality: "GN",
            protection: .refugee,
            commune: "69123",
            daysAgo: 120,
            decision: .accepted
        ),
        .init(
            names: "BAKARI Amani",
            usual: "",
            birthYear: 1988,
            birthMonth: 3,
            sex: "F",
            nationality: "CD",
            protection: .stateless,
            commune: "69259",
            daysAgo: 15,
            decision: .declined("Ménage déjà accompagné par un centre provisoire d'hébergement")
        ),
    ]

    /// Moves an accepted household along: welcome interview, contract, a contact, and an exit for the oldest two.
    func followUp(referralID: String, referral: CalendarDay, daysAgo: Int, caseworker: AccountSummary) async throws {
        let casework = CaseworkService(environment: environment)
        let householdID = try await ReferralService(environment: environment).find(id: referralID, actor: caseworker)
            .householdID
        let welcome = referral.adding(days: 4)
        try await casework.recordWelcome(householdID: householdID, date: welcome.iso, actor: caseworker)
        try await casework.recordContract(
            householdID: householdID,
            date: welcome.adding(days: 5).iso,
            actor: caseworker
        )
        try await casework.addContact(
            householdID: householdID,
            date: welcome.adding(days: 7).iso,
            mode: ContactMode.inPerson.rawValue,
            minutes: "45",
            attendees: "",
            note: "Point sur l'ouverture des droits",
            actor: caseworker
        )
        // The oldest two leave after three months and two months of support, not on the day the demo loads.
        let exitDay = referral.adding(days: daysAgo >= 120 ? 95 : 60).iso
        if daysAgo >= 120 {
            _ = try await casework.recordExit(
                householdID: householdID,
                date: exitDay,
                reason: ExitReason.objectivesReached.rawValue,
                housing: HousingSituation.socialRentalLease.rawValue,
                activity: "cdi",
                months: "",
                actor: caseworker
            )
        } else if daysAgo >= 90 {
            _ = try await casework.recordExit(
                householdID: householdID,
                date: exitDay,
                reason: ExitReason.moved.rawValue,
                housing: HousingSituation.hotel.rawValue,
                activity: "jobseeker_registered",
                months: "",
                actor: caseworker
            )
        }
    }

    /// Writes the demo referrals, unless referrals already exist; returns how many were written.
    @discardableResult
    public func load() async throws -> Int {
        let existing = try await environment.database.read { sql in
            try await sql.raw("SELECT COUNT(*) AS n FROM referrals").first()?.decode(column: "n", as: Int.self) ?? 0
        }
        guard existing == 0 else { return 0 }
        let accounts = try await environment.database.read { sql in
            (
                try await AccountRecords.credentials(email: DemoDepartement.email(for: .ofii), in: sql)?.account,
                try await AccountRecords.credentials(email: DemoDepartement.email(for: .responsable), in: sql)?.account,
                try await AccountRecords.credentials(email: DemoDepartement.email(for: .referent), in: sql)?.account
            )
        }
        guard let ofii = accounts.0, let manager = accounts.1, let caseworker = accounts.2 else { return 0 }
        let today = environment.time.today(inDepartement: "69")
        let referrals = ReferralService(environment: environment)
        var written = 0
        for household in Self.households {
            let referral = today.adding(days: -household.daysAgo)
            var input = ReferralInput()
            input.referralDate = referral.iso
            input.departement = "69"
            input.commune = household.commune
            input.documentNames = household.names
            input.usualNames = household.usual
            input.birthYear = String(household.birthYear)
            input.birthMonth = household.birthMonth.map(String.init) ?? ""
            input.sex = household.sex
            input.nationality = household.nationality
            input.protection = household.protection.rawValue
            input.protectionAuthority = "OFPRA"
            input.protectionDate = referral.adding(months: -5).iso
            input.cirSignatureDate = referral.adding(days: -7).iso
            guard case .created(let id) = try await referrals.create(input, duplicatesReviewed: true, actor: ofii)
            else {
                continue
            }
            // The manager decides the next day, as on a real desk: the report's months then read true.
            let decisions = ReferralService(environment: at(referral.adding(days: 1), hour: 10))
            switch household.decision {
            case .pending: break
            case .accepted:
                try await decisions.decide(
                    id: id,
                    accept: true,
                    caseworkerID: caseworker.id,
                    reason: "",
                    actor: manager
                )
                try await followUp(
                    referralID: id,
                    referral: referral,
                    daysAgo: household.daysAgo,
                    caseworker: caseworker
                )
            case .declined(let reason):
                try await decisions.decide(id: id, accept: false, caseworkerID: "", reason: reason, actor: manager)
            }
            written += 1
        }
        return written
            + (try await loadGenerated(actors: Actors(ofii: ofii, manager: manager, caseworker: caseworker)))
    }
}

extension DemoCasework {
    /// The same environment with its clock set to a past day in the Rhône, so that a decision replayed by the demo is
    /// dated when it would have been taken, not when the demo loads.
    func at(_ day: CalendarDay, hour: Int) -> ServiceEnvironment {
        let instant = LocalTime.departement("69").instant(day: day, hour: hour, minute: 0)
        return ServiceEnvironment(
            database: environment.database,
            time: FixedTime(min(instant, environment.time.now())),
            ids: environment.ids,
            security: environment.security
        )
    }
}
