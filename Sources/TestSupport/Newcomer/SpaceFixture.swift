import Domain
import Persistence
import SampleData
import Services

/// A household in support for the newcomer's space tests: referred by OFII, accepted for the demo caseworker, welcomed,
/// with an adult spouse and a child; and the letters that open its members' spaces.
public struct SpaceFixture: Sendable {
    public let householdID: String
    /// The reference person (an adult).
    public let personID: String
    /// An adult spouse.
    public let spouseID: String
    /// A child of the household.
    public let childID: String

    /// Writes the household through the same use cases as the screens; `names` must differ between households.
    public static func household(
        _ environment: ServiceEnvironment,
        names: String = "AHMADZAI Amina",
        spouse: String = "AHMADZAI Javid",
        agdref: String = "6912345678"
    ) async throws -> SpaceFixture {
        let ofii = try await TestEnvironment.signIn(.ofii, environment)
        let manager = try await TestEnvironment.signIn(.responsable, environment)
        let caseworker = try await TestEnvironment.signIn(.referent, environment)
        var input = ReferralInput()
        (input.referralDate, input.departement, input.commune) = ("2026-11-20", "69", "69266")
        (input.documentNames, input.birthYear, input.birthMonth, input.sex) = (names, "1994", "3", "F")
        (input.nationality, input.protection, input.protectionAuthority) = ("AF", "refugee", "OFPRA")
        (input.protectionDate, input.cirSignatureDate, input.agdref) = ("2026-05-04", "2026-11-02", agdref)
        let referrals = ReferralService(environment: environment)
        guard case .created(let referralID) = try await referrals.create(input, duplicatesReviewed: true, actor: ofii)
        else { throw DomainError.conflict("orientation non créée") }
        try await referrals.decide(
            id: referralID,
            accept: true,
            caseworkerID: caseworker.id,
            reason: "",
            actor: manager
        )
        let householdID = try await referrals.find(id: referralID, actor: caseworker).householdID
        let casework = CaseworkService(environment: environment)
        try await casework.recordWelcome(householdID: householdID, date: "2026-11-24", actor: caseworker)
        let family = String(names.split(separator: " ").first ?? "X")
        for (name, year, relation) in [(spouse, "1990", "conjoint"), (family + " Sara", "2019", "enfant")] {
            var member = PersonInput()
            (member.documentNames, member.birthYear, member.sex, member.nationality) = (name, year, "M", "AF")
            _ = try await casework.addMember(
                householdID: householdID,
                person: member,
                relation: relation,
                arrivedOn: "",
                duplicatesReviewed: true,
                actor: caseworker
            )
        }
        let members = try await environment.database.read {
            try await HouseholdQueries.members(householdID: householdID, in: $0)
        }
        guard let reference = members.first(where: \.isReference),
            let adult = members.first(where: { !$0.isReference && $0.birthYear == 1990 }),
            let child = members.first(where: { $0.birthYear == 2019 })
        else { throw DomainError.notFound }
        return SpaceFixture(householdID: householdID, personID: reference.id, spouseID: adult.id, childID: child.id)
    }

    /// Opens a member's space as the demo caseworker and returns the letter's code.
    public static func open(
        _ personID: String,
        language: SpaceLanguage = .french,
        _ environment: ServiceEnvironment
    ) async throws -> String {
        let caseworker = try await TestEnvironment.signIn(.referent, environment)
        return try await NewcomerAccessService(environment: environment).open(
            personID: personID,
            language: language.rawValue,
            actor: caseworker
        ).code.description
    }

    /// Opens a member's space and chooses a PIN with the code, as the person would; returns the code.
    public static func activated(
        _ personID: String,
        pin: String = "246810",
        _ environment: ServiceEnvironment
    ) async throws -> String {
        let code = try await open(personID, environment)
        let signIn = NewcomerSignInService(environment: environment)
        let opened = try await signIn.checkCode(typed: code, address: "198.51.100.7")
        _ = try await signIn.chooseSecret(token: opened.token, kind: "code", secret: pin, confirmation: pin)
        return code
    }

    /// Opens and activates a member's space, then signs the person in; returns their session.
    public static func signedIn(_ personID: String, _ environment: ServiceEnvironment) async throws -> SpaceSession {
        let code = try await activated(personID, pin: "246810", environment)
        return try await NewcomerSignInService(environment: environment).signIn(
            typed: code,
            secret: "246810",
            address: "198.51.100.7"
        ).session
    }
}
