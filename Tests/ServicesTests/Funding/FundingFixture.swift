import Domain
import Foundation
import Persistence
import SampleData
import Services
import TestSupport

/// A budget line of the Rhône for 2026, a published call on it, and the demo accounts of the chain.
struct FundingFixture {
    let environment: ServiceEnvironment
    let time: MutableTime
    let dreets: AccountSummary
    let prefecture: AccountSummary
    let association: AccountSummary
    let lineID: String
    let callID: String

    /// A complete application (the Domain tests' one), balanced: 60 000 € of charges, 45 000 € asked.
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
        "indicator.1.target": "30", "budget.60": "10 000", "budget.64": "50 000,00", "budget.74.etat_p104": "45000",
        "budget.74.communes": "10000", "budget.75": "5000", "attest.cer": "oui", "attest.regularity": "oui",
        "attest.accuracy": "oui", "attest.signatory": "Alice Durand",
    ]

    static let pdf = Array("%PDF-1.4\n%%EOF\n".utf8)

    /// Builds the fixture with a line of `allocation` euros and no reserve; the call closes on `closes`.
    static func make(
        _ environment: ServiceEnvironment,
        _ time: MutableTime,
        allocation: Int = 100_000,
        closes: String = "2026-12-31"
    ) async throws -> FundingFixture {
        let dreets = try await TestEnvironment.signIn(.dreets, environment)
        let prefecture = try await TestEnvironment.signIn(.prefecture, environment)
        let association = try await LoginService(environment: environment).login(
            email: DemoDepartement.associationEmail,
            password: DemoDepartement.password
        ).account
        var line = FundingLineInput()
        line.year = "2026"
        line.departementCode = "69"
        line.action = BudgetAction.integration.rawValue
        line.subAction = SubAction.localCalls.rawValue
        line.label = "Appels à projets"
        line.allocation = String(allocation)
        line.reserveRate = "0"
        let lineID = try await FundingLineService(environment: environment).create(
            input: line,
            regionCode: "84",
            actor: dreets
        )
        var call = CallInput()
        call.lineID = lineID
        call.title = "AAP 2026"
        call.body = "Texte."
        call.audience = "Signataires du CIR"
        call.tags = ["emploi", "langue"]
        call.opensOn = "2026-01-15"
        call.closesOn = closes
        call.criteria = "Pertinence ; 3\nPartenariat ; 2\nBudget ; 1"
        call.documents = ["statuts"]
        let calls = FundingCallService(environment: environment)
        let callID = try await calls.create(input: call, actor: prefecture)
        try await calls.publish(id: callID, actor: prefecture)
        return FundingFixture(
            environment: environment,
            time: time,
            dreets: dreets,
            prefecture: prefecture,
            association: association,
            lineID: lineID,
            callID: callID
        )
    }

    var applications: FundingApplicationService { FundingApplicationService(environment: environment) }

    /// A submitted application with its statutes attached; returns its identifier.
    func submitted(_ values: [String: String] = FundingFixture.values) async throws -> String {
        let id = try await applications.start(callID: callID, actor: association)
        try await applications.attach(
            applicationID: id,
            kind: "statuts",
            fileName: "statuts.pdf",
            bytes: Self.pdf,
            actor: association
        )
        try await applications.submit(id: id, raw: values, version: 1, actor: association)
        return id
    }

    /// A committee of the call; returns its identifier.
    func committee() async throws -> String {
        try await FundingInstructionService(environment: environment).createCommittee(
            callID: callID,
            heldOn: "2026-05-20",
            members: "DDETS, OFII",
            actor: prefecture
        )
    }

    /// Grants `amounts` (euros per year) to a submitted application.
    func grant(_ id: String, _ amounts: [String], committee: String) async throws {
        var decision = FundingDecisionInput()
        decision.committeeID = committee
        decision.outcome = "accordee"
        decision.amounts = amounts
        try await FundingInstructionService(environment: environment).decide(
            applicationID: id,
            input: decision,
            actor: prefecture
        )
    }

    /// Pays `amount` on a committed grant.
    func pay(_ id: String, _ kind: PaymentKind, _ amount: String, on day: String = "2026-07-01") async throws {
        var input = PaymentInput()
        input.kind = kind.rawValue
        input.amount = amount
        input.paidOn = day
        try await FundingMoneyService(environment: environment).pay(applicationID: id, input: input, actor: prefecture)
    }

    /// The line's execution now.
    func line() async throws -> LineExecution {
        try await environment.database.read { try await FundingLineRecords.find(id: lineID, in: $0) }!.execution
    }
}
