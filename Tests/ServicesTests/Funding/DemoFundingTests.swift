import Domain
import Foundation
import Persistence
import SampleData
import Services
import TestSupport
import Testing

@Suite("Démonstration : crédits du Rhône à chaque étape")
struct DemoFundingTests {
    @Test func loadsApplicationsAtEveryStageThroughTheUseCases() async throws {
        try await TestEnvironment.withDemo(secondFactorRequired: false) { environment, _ in
            try await DemoCasework(environment: environment).load()
            try await DemoPathways(environment: environment).load()
            #expect(try await DemoFunding(environment: environment).load() == 14)
            #expect(try await DemoFunding(environment: environment).load() == 0)
            let association = try await LoginService(environment: environment).login(
                email: DemoDepartement.associationEmail,
                password: DemoDepartement.password
            ).account
            let overview = try await FundingApplicationService(environment: environment).overview(actor: association)
            #expect(Set(overview.files.map(\.application.status)) == [.draft, .granted])
            // The submitted versions carry the organisation's identity pre-filled in the draft.
            #expect(overview.files.map { $0.application.values["org.siret"] } == ["81234560100015", "81234560100015"])
            let prefecture = try await TestEnvironment.signIn(.prefecture, environment)
            let steering = try await FundingSteeringService(environment: environment).steering(
                scope: .departement("69"),
                year: 2025,
                actor: prefecture
            )
            // Last year's stages: an advance without report is overdue since 1 July 2026.
            #expect(steering.overdue.count == 1)
            #expect(steering.committedGrants > .zero)
            let stages = try await environment.database.read { sql in
                try await sql.raw("SELECT status FROM funding_applications").all().map {
                    try $0.decode(column: "status", as: String.self)
                }
            }
            #expect(Set(stages) == Set(ApplicationStatus.allCases.map(\.rawValue)))
        }
    }
}
