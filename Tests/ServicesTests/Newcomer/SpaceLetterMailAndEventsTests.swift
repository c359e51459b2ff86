import Domain
import Persistence
import SampleData
import Services
import TestSupport
import Testing

@Suite("Espace personnel : lettre par courriel, événements près de chez soi")
struct SpaceLetterMailAndEventsTests {
    let composer: NewcomerAccessService.LetterMail = { letter in
        (subject: "Votre espace Parcours", blocks: [.paragraph("Code : \(letter.code.description)")])
    }

    func outbox(_ environment: ServiceEnvironment) async throws -> [(recipient: String, purpose: String)] {
        try await environment.database.read { sql in
            try await sql.raw("SELECT recipient, purpose FROM mail_outbox").all().map {
                (try $0.decode(column: "recipient", as: String.self), try $0.decode(column: "purpose", as: String.self))
            }
        }
    }

    @Test func theLetterIsQueuedForTheKnownAddressWithTheOpening() async throws {
        try await TestEnvironment.withDemo(secondFactorRequired: false) { environment, _ in
            let fixture = try await SpaceFixture.household(environment)
            let caseworker = try await TestEnvironment.signIn(.referent, environment)
            var details = PersonDetailsInput()
            details.email = "amina.ahmadzai@exemple.fr"
            try await PersonDetailsService(environment: environment).save(
                householdID: fixture.householdID,
                personID: fixture.personID,
                input: details,
                actor: caseworker
            )
            let overview = try await NewcomerMessageService(environment: environment).overview(
                personID: fixture.personID,
                actor: caseworker
            )
            #expect(overview.email == "amina.ahmadzai@exemple.fr")
            let letter = try await NewcomerAccessService(environment: environment).open(
                personID: fixture.personID,
                language: "fa_AF",
                mail: composer,
                actor: caseworker
            )
            #expect(letter.mailedTo == "amina.ahmadzai@exemple.fr")
            let queued = try await outbox(environment)
            #expect(queued.map(\.recipient) == ["amina.ahmadzai@exemple.fr"])
            #expect(queued.map(\.purpose) == ["espace.lettre"])
        }
    }

    @Test func withoutAKnownAddressNothingIsOpenedNorQueued() async throws {
        try await TestEnvironment.withDemo(secondFactorRequired: false) { environment, _ in
            let fixture = try await SpaceFixture.household(environment)
            let caseworker = try await TestEnvironment.signIn(.referent, environment)
            do {
                _ = try await NewcomerAccessService(environment: environment).open(
                    personID: fixture.spouseID,
                    language: "fr",
                    mail: composer,
                    actor: caseworker
                )
                Issue.record("a letter was sent without an address")
            } catch DomainError.invalid(let errors) {
                #expect(errors["sendLetter"]?.hasPrefix("Aucune adresse e-mail valable") == true)
            }
            #expect(try await outbox(environment).isEmpty)
            let overview = try await NewcomerMessageService(environment: environment).overview(
                personID: fixture.spouseID,
                actor: caseworker
            )
            #expect(overview.access == .none)
        }
    }

    @Test func theHomePageListsTheNextPublishedEventsOfTheDepartement() async throws {
        try await TestEnvironment.withDemo(secondFactorRequired: false) { environment, _ in
            try await DemoEvents(environment: environment, snapshot: { _ in [] }).load()
            let fixture = try await SpaceFixture.household(environment)
            let session = try await SpaceFixture.signedIn(fixture.personID, environment)
            let home = try await NewcomerSpaceService(environment: environment).home(
                session,
                householdID: fixture.householdID
            )
            let today = environment.time.today(inDepartement: "69")
            let zone = LocalTime.departement("69")
            let all = try await environment.database.read {
                try await EventRecords.backOffice(departements: nil, organisationID: nil, limit: 10_000, in: $0)
            }
            let expected = all.filter {
                $0.departementCode == "69" && $0.state == .published && zone.day(of: $0.endsAt) >= today
            }.sorted { ($0.startsAt, $0.id) < ($1.startsAt, $1.id) }
            #expect(!expected.isEmpty)
            #expect(home.events.map(\.id) == Array(expected.prefix(3)).map(\.id))
        }
    }
}
