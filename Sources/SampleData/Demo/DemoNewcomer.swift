import Domain
import Foundation
import Persistence
import Services

/// Opens the personal space of two adults followed by the demo caseworker, through the same use cases as the screens:
/// an appointment with documents to bring, a step of the plan, and for the first a PIN already chosen and a message
/// waiting for the caseworker. `parcours demo` prints their codes with the other logins.
public struct DemoNewcomer: Sendable {
    /// A demo person with access: the code of their letter, its language, and the PIN when already chosen.
    public struct Access: Sendable, Equatable {
        public let name: String
        public let code: String
        public let language: SpaceLanguage
        public let pin: String?
    }

    /// The PIN of the first demo person.
    public static let pin = "246810"

    let environment: ServiceEnvironment

    public init(environment: ServiceEnvironment) { self.environment = environment }

    /// The letter language of a household's reference person, by nationality (French when no language of the space
    /// is likely).
    static let languages: [String: SpaceLanguage] = [
        "AF": .dari, "SY": .arabic, "SD": .arabic, "ER": .tigrinya, "TR": .turkish, "UA": .ukrainian, "RU": .russian,
    ]

    /// Opens the two spaces; does nothing (and returns no code) when spaces already exist.
    public func load() async throws -> [Access] {
        let (existing, caseworker) = try await environment.database.read { sql in
            (
                try await sql.raw("SELECT COUNT(*) AS n FROM newcomer_accesses").first()?.decode(
                    column: "n",
                    as: Int.self
                )
                    ?? 0,
                try await AccountRecords.credentials(email: DemoDepartement.email(for: .referent), in: sql)?.account
            )
        }
        guard existing == 0, let caseworker else { return [] }
        let households = try await DemoCaseload.inSupport(environment, actor: caseworker)
        var chosen: [(HouseholdSummary, HouseholdMember, SpaceLanguage)] = []
        for household in households where chosen.count < 2 {
            let members = try await environment.database.read {
                try await HouseholdQueries.members(householdID: household.id, in: $0)
            }
            guard let person = members.first(where: { $0.isReference }),
                let language = Self.languages[person.nationality]
            else { continue }
            chosen.append((household, person, language))
        }
        var accesses: [Access] = []
        for (index, (household, person, language)) in chosen.enumerated() {
            try await prepare(household, caseworker: caseworker)
            let letter = try await NewcomerAccessService(environment: environment).open(
                personID: person.id,
                language: language.rawValue,
                actor: caseworker
            )
            let name = person.usualNames.isEmpty ? person.documentNames : person.usualNames
            if index == 0 {
                try await activate(letter, householdID: household.id)
                accesses.append(Access(name: name, code: letter.code.description, language: language, pin: Self.pin))
            } else {
                accesses.append(Access(name: name, code: letter.code.description, language: language, pin: nil))
            }
        }
        return accesses
    }

    /// An appointment in two days with documents to bring, and a step of the plan for the person.
    func prepare(_ household: HouseholdSummary, caseworker: AccountSummary) async throws {
        let today = environment.time.today(inDepartement: household.departement)
        let appointmentID = try await AppointmentService(environment: environment).add(
            householdID: household.id,
            day: today.adding(days: 2).iso,
            time: "10:00",
            minutes: "45",
            place: "Permanence AGIR, 20 rue Francis de Pressensé, 69100 Villeurbanne",
            actor: caseworker
        )
        try await AppointmentDocumentService(environment: environment).set(
            appointmentID: appointmentID,
            codes: [DocumentToBring.residencePermit, .proofOfAddress, .bankDetails].map(\.rawValue),
            actor: caseworker
        )
        let plan = PlanService(environment: environment)
        let goal = try await plan.addGoal(
            householdID: household.id,
            domain: DiagnosisDomain.housing.rawValue,
            personID: "",
            title: "Accéder à un logement durable",
            actor: caseworker
        )
        _ = try await plan.addAction(
            householdID: household.id,
            goalID: goal,
            description: "Déposer la demande de logement social en ligne",
            actorKind: PlanActor.person.rawValue,
            partnerID: "",
            due: today.adding(days: 14).iso,
            actor: caseworker
        )
    }

    /// The first person chooses a PIN with the code of their letter and writes to the caseworker.
    func activate(_ letter: SpaceLetter, householdID: String) async throws {
        let signIn = NewcomerSignInService(environment: environment)
        let opened = try await signIn.checkCode(typed: letter.code.description, address: "démonstration")
        let session = try await signIn.chooseSecret(
            token: opened.token,
            kind: SpaceSecretKind.pin.rawValue,
            secret: Self.pin,
            confirmation: Self.pin
        )
        try await NewcomerSpaceService(environment: environment).send(
            session.session,
            householdID: householdID,
            body: "Bonjour, quels papiers faut-il apporter pour le rendez-vous de la CAF ? Merci."
        )
    }
}
