import Domain
import Foundation
import Persistence
import SampleData
import Services
import TestSupport

/// The complete application content the web tests submit.
enum FundingFixtureValues {
    static let values: [String: String] = [
        "org.name": "Entraide Rhône", "org.siret": "81234560100015", "org.rna": "W691000001",
        "org.address": "3 rue de la République, Lyon", "org.commune": "69123", "rep.last_name": "Durand",
        "rep.first_name": "Alice", "rep.function": "Présidente", "rep.phone": "04 72 00 00 00",
        "rep.email": "presidente@entraide.example", "admin.public_aid": "120000", "org.financial_year_end": "31/12",
        "staff.members": "80", "staff.volunteers": "25", "staff.employees": "6", "staff.fte": "5",
        "project.title": "Français vers l'emploi", "project.objectives": "Atteindre A2.",
        "project.description": "Ateliers.", "project.public": "Signataires du CIR", "project.expected_people": "60",
        "project.communes": "69123, 69266", "project.start": "2026-03-01", "project.end": "2026-12-31",
        "project.tags": "langue,emploi", "project.period": "annuelle", "indicator.1.label": "Personnes atteignant A2",
        "indicator.1.target": "30", "budget.60": "10 000", "budget.64": "70 000,00", "budget.74.etat_p104": "45000",
        "budget.74.communes": "30000", "budget.75": "5000", "attest.cer": "oui", "attest.regularity": "oui",
        "attest.accuracy": "oui", "attest.signatory": "Alice Durand",
    ]
}

/// A submitted application of the Rhône made through the use cases, for page tests.
enum FundingWebFixture {
    static func submittedApplication(_ app: TestApp) async throws -> String {
        let services = app.services
        let dreets = try await TestEnvironment.signIn(.dreets, services)
        let prefecture = try await TestEnvironment.signIn(.prefecture, services)
        let association = try await LoginService(environment: services).login(
            email: DemoDepartement.associationEmail,
            password: DemoDepartement.password
        ).account
        var line = FundingLineInput()
        line.year = "2026"
        line.departementCode = "69"
        line.action = "12"
        line.subAction = SubAction.localCalls.rawValue
        line.label = "Appels à projets"
        line.allocation = "100000"
        line.reserveRate = "0"
        let lineID = try await FundingLineService(environment: services).create(
            input: line,
            regionCode: "84",
            actor: dreets
        )
        var call = CallInput()
        call.lineID = lineID
        call.title = "AAP"
        call.body = "Texte."
        call.audience = "CIR"
        call.tags = ["emploi"]
        call.opensOn = "2026-01-15"
        call.closesOn = "2026-12-31"
        call.criteria = "Pertinence ; 3"
        let calls = FundingCallService(environment: services)
        let callID = try await calls.create(input: call, actor: prefecture)
        try await calls.publish(id: callID, actor: prefecture)
        let applications = FundingApplicationService(environment: services)
        let id = try await applications.start(callID: callID, actor: association)
        try await applications.submit(id: id, raw: FundingFixtureValues.values, version: 1, actor: association)
        return id
    }
}
