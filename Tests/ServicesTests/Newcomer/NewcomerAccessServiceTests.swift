import Domain
import Persistence
import Services
import TestSupport
import Testing

@Suite("Ouverture des espaces personnels")
struct NewcomerAccessServiceTests {
    @Test func aSpaceOpensOnlyForAnAdultOfAHouseholdStillFollowed() async throws {
        try await TestEnvironment.withDemo(secondFactorRequired: false) { environment, _ in
            let fixture = try await SpaceFixture.household(environment)
            let caseworker = try await TestEnvironment.signIn(.referent, environment)
            let service = NewcomerAccessService(environment: environment)
            await #expect(throws: DomainError.conflict("Un espace personnel ne s'ouvre que pour un adulte du ménage."))
            {
                try await service.open(personID: fixture.childID, language: "fr", actor: caseworker)
            }
            await #expect(throws: DomainError.self) {
                try await service.open(personID: fixture.personID, language: "xx", actor: caseworker)
            }
            let letter = try await service.open(personID: fixture.personID, language: "ar", actor: caseworker)
            #expect(letter.language == .arabic)
            #expect(letter.validUntil == CalendarDay(year: 2026, month: 12, day: 27))
            #expect(letter.caseworkerName == "Camille Martin")
            #expect(!letter.reopened)
            // The code is stored only as its hash.
            let stored = try await environment.database.read { sql in
                try await sql.raw("SELECT code_hash FROM newcomer_accesses").all().map {
                    try $0.decode(column: "code_hash", as: String.self)
                }
            }
            #expect(stored == [TokenHash.of(letter.code.symbols)])
            let members = try await service.members(householdID: fixture.householdID, actor: caseworker)
            #expect(members.count == 3)
            #expect(members.first { $0.personID == fixture.childID }?.adult == false)
        }
    }

    @Test func onlyTheRightAgentsOpenASpace() async throws {
        try await TestEnvironment.withDemo(secondFactorRequired: false) { environment, _ in
            let fixture = try await SpaceFixture.household(environment)
            let service = NewcomerAccessService(environment: environment)
            let ofii = try await TestEnvironment.signIn(.ofii, environment)
            _ = try await service.open(personID: fixture.spouseID, language: "fa_AF", actor: ofii)
            for role in [Role.prefecture, .partenaire, .dpo, .admin, .national] {
                let actor = try await TestEnvironment.signIn(role, environment)
                await #expect(throws: DomainError.notFound, "\(role)") {
                    try await service.open(personID: fixture.personID, language: "fr", actor: actor)
                }
            }
            // OFII opens, but never reads the thread.
            let overview = try await NewcomerMessageService(environment: environment).overview(
                personID: fixture.spouseID,
                actor: ofii
            )
            #expect(!overview.rights.readsMessages && overview.messages.isEmpty)
        }
    }

    @Test func theRetentionPurgeErasesTheSpaceAndItsMessages() async throws {
        try await TestEnvironment.withDemo(secondFactorRequired: false) { environment, time in
            let fixture = try await SpaceFixture.household(environment)
            let pinCode = try await SpaceFixture.activated(fixture.personID, environment)
            let signIn = NewcomerSignInService(environment: environment)
            let session = try await signIn.signIn(typed: pinCode, secret: "246810", address: "x").session
            try await NewcomerSpaceService(environment: environment).send(
                session,
                householdID: fixture.householdID,
                body: "Bonjour"
            )
            let code = try await SpaceFixture.open(fixture.spouseID, environment)
            _ = try await signIn.checkCode(typed: code, address: "x")
            let caseworker = try await TestEnvironment.signIn(.referent, environment)
            _ = try await CaseworkService(environment: environment).recordExit(
                householdID: fixture.householdID,
                date: "2026-11-27",
                reason: "objectives_reached",
                housing: "social_rental_lease",
                activity: "cdi",
                months: "",
                actor: caseworker
            )
            time.advance(by: 3 * 366 * 86_400)
            let report = try await RetentionService(environment: environment).execute()
            #expect(report.households >= 1)
            for table in ["newcomer_accesses", "newcomer_sessions", "newcomer_messages"] {
                let left = try await environment.database.read { sql in
                    try await sql.raw("SELECT COUNT(*) AS n FROM \(unsafeRaw: table)").first()?.decode(
                        column: "n",
                        as: Int.self
                    )
                }
                #expect(left == 0, "\(table)")
            }
            let verification = try await AuditLog.verify(database: environment.database, key: TestAuditKey.key)
            guard case .intact = verification else {
                Issue.record("journal d'audit rompu : \(verification)")
                return
            }
        }
    }
}
