import Domain
import Persistence
import SampleData
import Services
import TestSupport
import Testing

@Suite("Comptes et organisations")
struct AccountServiceTests {
    func withDemo(_ body: (ServiceEnvironment, AccountSummary, MutableTime) async throws -> Void) async throws {
        try await TestEnvironment.withDemo { environment, time in
            try await body(environment, try await TestEnvironment.signIn(.admin, environment), time)
        }
    }

    func operatorID(_ environment: ServiceEnvironment, _ admin: AccountSummary) async throws -> String {
        try #require(
            try await OrganisationService(environment: environment).list(actor: admin).first {
                $0.kind == .agirOperator
            }
        ).id
    }

    @Test func aCreatedAccountLogsInWithItsTemporaryPassword() async throws {
        try await withDemo { environment, admin, _ in
            let input = AccountInput(
                organisationID: try await operatorID(environment, admin),
                email: "nouvelle@exemple.fr",
                displayName: "Nouvelle Référente",
                role: "referent",
                scopeKind: "departements",
                departementCodes: ["69"],
                regionCode: ""
            )
            let created = try await AccountService(environment: environment).create(input, actor: admin)
            #expect(created.password.count >= PasswordPolicy.minimumLength)
            let session = try await LoginService(environment: environment).login(
                email: "nouvelle@exemple.fr",
                password: created.password
            )
            #expect(session.account.role == .referent)
        }
    }

    @Test func anEmailCanBelongToOneAccountOnly() async throws {
        try await withDemo { environment, admin, _ in
            let input = AccountInput(
                organisationID: try await operatorID(environment, admin),
                email: "REFERENT@demo.parcours.test",
                displayName: "Doublon",
                role: "referent",
                scopeKind: "departements",
                departementCodes: ["69"],
                regionCode: ""
            )
            do {
                _ = try await AccountService(environment: environment).create(input, actor: admin)
                Issue.record("duplicate accepted")
            } catch DomainError.invalid(let errors) {
                #expect(errors["email"] == "Un autre compte utilise déjà cette adresse e-mail.")
            }
        }
    }

    @Test func onlyAdministratorsAdministerAccounts() async throws {
        try await withDemo { environment, _, _ in
            let referent = try await LoginService(environment: environment).login(
                email: "referent@demo.parcours.test",
                password: DemoDepartement.password
            ).account
            await #expect(throws: DomainError.forbidden) {
                try await AccountService(environment: environment).list(actor: referent)
            }
            await #expect(throws: DomainError.forbidden) {
                try await OrganisationService(environment: environment).list(actor: referent)
            }
        }
    }

    @Test func deactivationEndsSessionsAndRefusesLogin() async throws {
        try await withDemo { environment, admin, _ in
            let login = LoginService(environment: environment)
            let opened = try await login.login(email: "ofii@demo.parcours.test", password: DemoDepartement.password)
            try await AccountService(environment: environment).setActive(false, id: opened.account.id, actor: admin)
            #expect(try await login.session(token: opened.token) == nil)
            await #expect(throws: DomainError.self) {
                try await login.login(email: "ofii@demo.parcours.test", password: DemoDepartement.password)
            }
            try await AccountService(environment: environment).setActive(true, id: opened.account.id, actor: admin)
            _ = try await login.login(email: "ofii@demo.parcours.test", password: DemoDepartement.password)
        }
    }

    @Test func resettingAPasswordEndsSessionsAndTheOldPassword() async throws {
        try await withDemo { environment, admin, _ in
            let login = LoginService(environment: environment)
            let opened = try await login.login(email: "dreets@demo.parcours.test", password: DemoDepartement.password)
            let password = try await AccountService(environment: environment).resetPassword(
                email: "dreets@demo.parcours.test",
                actor: nil
            )
            #expect(try await login.session(token: opened.token) == nil)
            await #expect(throws: DomainError.self) {
                try await login.login(email: "dreets@demo.parcours.test", password: DemoDepartement.password)
            }
            _ = try await login.login(email: "dreets@demo.parcours.test", password: password)
        }
    }

    @Test func aCommandLinePasswordMustFollowTheRules() async throws {
        try await withDemo { environment, _, _ in
            do {
                _ = try await AccountService(environment: environment).resetPassword(
                    email: "dreets@demo.parcours.test",
                    password: "court",
                    actor: nil
                )
                Issue.record("short password accepted")
            } catch DomainError.invalid(let errors) {
                #expect(errors["password"]?.contains("12 caractères") == true)
            }
        }
    }
}

@Suite("Limitation des tentatives de connexion")
struct LoginThrottlingTests {
    @Test func fiveFailuresBlockTheAccountForFifteenMinutesEvenWithTheRightPassword() async throws {
        try await TestDatabase.with { database in
            let time = MutableTime(TestClock.now)
            let environment = ServiceEnvironment(
                database: database,
                time: time,
                ids: SequentialIdentifiers(),
                security: SecuritySettings(bcryptCost: 4, auditKey: TestAuditKey.key)
            )
            try await DemoDepartement(environment: environment).load()
            let login = LoginService(environment: environment)
            for _ in 0..<LoginService.failuresPerAccount {
                await #expect(throws: DomainError.self) {
                    try await login.login(
                        email: "referent@demo.parcours.test",
                        password: "mauvais mot de passe",
                        address: "10.0.0.1"
                    )
                }
            }
            await #expect {
                try await login.login(
                    email: "referent@demo.parcours.test",
                    password: DemoDepartement.password,
                    address: "10.0.0.2"
                )
            } throws: { error in
                guard case DomainError.throttled(let message) = error else { return false }
                return message.contains("réessayez dans 15 minutes")
            }
            // Another account is not affected.
            _ = try await login.login(
                email: "responsable@demo.parcours.test",
                password: DemoDepartement.password,
                address: "10.0.0.1"
            )
            time.advance(by: LoginService.throttleWindow + 1)
            _ = try await login.login(
                email: "referent@demo.parcours.test",
                password: DemoDepartement.password,
                address: "10.0.0.1"
            )
        }
    }

    @Test func theAddressLimitBlocksThatAddressOnly() async throws {
        try await TestDatabase.with { database in
            let environment = ServiceEnvironment(
                database: database,
                time: FixedTime(TestClock.now),
                ids: SequentialIdentifiers(),
                security: SecuritySettings(bcryptCost: 4, auditKey: TestAuditKey.key)
            )
            try await DemoDepartement(environment: environment).load()
            let login = LoginService(environment: environment)
            for index in 0..<LoginService.failuresPerAddress {
                _ = try? await login.login(email: "inconnu\(index)@exemple.fr", password: "x", address: "10.9.9.9")
            }
            await #expect(throws: DomainError.self) {
                try await login.login(
                    email: "national@demo.parcours.test",
                    password: DemoDepartement.password,
                    address: "10.9.9.9"
                )
            }
            _ = try await login.login(
                email: "national@demo.parcours.test",
                password: DemoDepartement.password,
                address: "10.9.9.8"
            )
        }
    }
}
