import Domain
import Persistence
import SQLKit
import SampleData
import Services
import TestSupport
import Testing

@Suite("Contrats territoriaux : cas d'usage")
struct ContractServiceTests {
    /// A CTAI of Villeurbanne and Vaulx-en-Velin over 2026–2028.
    static func input(communes: String = "69266, 69256") -> ContractInput {
        var input = ContractInput()
        input.kind = "ctai"
        input.title = "CTAI de l'Est lyonnais"
        input.departements = ["69"]
        input.startsOn = "2026-01-01"
        input.endsOn = "2028-12-31"
        input.prefect = "Préfète du Rhône"
        input.communes = communes
        return input
    }

    static func count(_ table: String, _ environment: ServiceEnvironment) async throws -> Int {
        try await environment.database.read { sql in
            try await sql.raw("SELECT COUNT(*) AS n FROM \(ident: table)").first()?.decode(column: "n", as: Int.self)
                ?? 0
        }
    }

    /// A contract with a local authority (linked to `organisation` when given) and one axis, ready to sign.
    static func ready(
        _ environment: ServiceEnvironment,
        prefecture: AccountSummary,
        organisation: String = ""
    ) async throws -> String {
        let contracts = ContractService(environment: environment)
        let id = try await contracts.create(input: input(), actor: prefecture)
        var signatory = SignatoryInput()
        signatory.authorityKind = "metropole"
        signatory.name = "Métropole de Lyon"
        signatory.siren = "200046977"
        signatory.signer = "Président de la Métropole"
        signatory.organisationID = organisation
        try await contracts.addSignatory(contractID: id, input: signatory, actor: prefecture)
        var axis = AxisInput()
        axis.domain = "francais"
        try await contracts.addAxis(contractID: id, input: axis, actor: prefecture)
        return id
    }

    @Test func aCommuneOutsideTheDepartementIsRefusedAndNothingIsWritten() async throws {
        try await TestEnvironment.withDemo { environment, _ in
            let prefecture = try await TestEnvironment.signIn(.prefecture, environment)
            let audit = try await Self.count("audit_events", environment)
            await #expect(throws: DomainError.self) {
                try await ContractService(environment: environment).create(
                    input: Self.input(communes: "69266, 13055"),
                    actor: prefecture
                )
            }
            do {
                try await ContractService(environment: environment).create(
                    input: Self.input(communes: "69266, 13055"),
                    actor: prefecture
                )
            } catch DomainError.invalid(let errors) {
                #expect(
                    errors["contractCommunes"]
                        == "Ces communes ne sont pas dans le ou les départements du contrat : Marseille (13055, département 13)."
                )
            }
            #expect(try await Self.count("territorial_contracts", environment) == 0)
            #expect(try await Self.count("contract_communes", environment) == 0)
            #expect(try await Self.count("audit_events", environment) == audit)
        }
    }

    @Test func signingKeepsTheDiagnosisOfTheDayAndAReviewCannotPrecedeIt() async throws {
        try await TestEnvironment.withDemo { environment, _ in
            let prefecture = try await TestEnvironment.signIn(.prefecture, environment)
            let contracts = ContractService(environment: environment)
            let bare = try await contracts.create(input: Self.input(), actor: prefecture)
            await #expect(throws: DomainError.self) {
                try await contracts.sign(contractID: bare, signedOn: "2026-11-20", actor: prefecture)
            }
            let id = try await Self.ready(environment, prefecture: prefecture)
            try await contracts.sign(contractID: id, signedOn: "2026-11-20", actor: prefecture)
            var file = try await contracts.file(id: id, actor: prefecture)
            #expect(file.contract.status == .signed)
            #expect(file.snapshots.map(\.diagnosis.day) == [CalendarDay(iso: "2026-11-20")!])
            await #expect(throws: DomainError.conflict("Ce contrat est déjà signé (le 20 novembre 2026).")) {
                try await contracts.sign(contractID: id, signedOn: "2026-11-21", actor: prefecture)
            }
            let reviews = ContractReviewService(environment: environment)
            var review = ReviewInput()
            review.heldOn = "2026-11-19"
            review.participants = "Préfecture, Métropole"
            await #expect(throws: DomainError.self) {
                try await reviews.record(contractID: id, input: review, actor: prefecture)
            }
            review.heldOn = "2026-11-25"
            let reviewID = try await reviews.record(contractID: id, input: review, actor: prefecture)
            file = try await contracts.file(id: id, actor: prefecture)
            #expect(file.reviews.map(\.id) == [reviewID])
            #expect(file.snapshots.last?.reviewID == reviewID)
            let actions = try await environment.database.read { sql in
                try await sql.raw("SELECT action FROM audit_events WHERE record_id = \(bind: id) ORDER BY seq").all()
                    .map {
                        try $0.decode(column: "action", as: String.self)
                    }
            }
            #expect(
                actions == [
                    "contrat.creation", "contrat.signataire", "contrat.axe", "contrat.signature",
                    "contrat.comite_pilotage",
                ]
            )
        }
    }

    @Test func aPartnerReadsOnlyTheContractsItSignedAndEntersResultsButNotTargets() async throws {
        try await TestEnvironment.withDemo { environment, _ in
            try await DemoLocalAuthority(environment: environment).load()
            let prefecture = try await TestEnvironment.signIn(.prefecture, environment)
            let contracts = ContractService(environment: environment)
            let authority = try await contracts.options(actor: prefecture).localAuthorities.first {
                $0.name.hasPrefix("Métropole")
            }
            let signed = try await Self.ready(
                environment,
                prefecture: prefecture,
                organisation: try #require(authority).id
            )
            let other = try await Self.ready(environment, prefecture: prefecture)
            var action = ContractActionInput()
            action.axisID = try await contracts.file(id: signed, actor: prefecture).axes[0].id
            action.title = "Ateliers sociolinguistiques"
            action.leadName = "Centre social"
            action.audience = "Primo-arrivants"
            action.qpv = ["QN06916M"]
            action.startsOn = "2026-03-01"
            action.endsOn = "2026-12-31"
            let actionID = try await contracts.addAction(contractID: signed, input: action, actor: prefecture)
            let actions = ContractActionService(environment: environment)
            var indicator = ActionIndicatorInput()
            indicator.label = "Apprenants"
            indicator.unit = "personnes"
            try await actions.addIndicator(actionID: actionID, input: indicator, actor: prefecture)
            let partner = try await LoginService(environment: environment).login(
                email: DemoLocalAuthority.email,
                password: DemoDepartement.password
            ).account
            #expect(try await contracts.list(actor: partner).map(\.contract.id) == [signed])
            await #expect(throws: DomainError.notFound) { try await contracts.file(id: other, actor: partner) }
            var figure = IndicatorFigureInput()
            figure.indicatorID = try await actions.file(actionID: actionID, actor: partner).indicators[0].id
            figure.year = "2026"
            figure.value = "42"
            figure.prefix = "result"
            try await actions.setFigure(.result, actionID: actionID, input: figure, actor: partner)
            await #expect(throws: DomainError.forbidden) {
                try await actions.setFigure(.target, actionID: actionID, input: figure, actor: partner)
            }
            let stored = try await actions.file(actionID: actionID, actor: prefecture).indicators[0].figures[2026]
            #expect(stored == IndicatorFigures(target: nil, result: 42))
        }
    }

    @Test func thePrefectureOfAnotherDepartementCannotOpenTheContract() async throws {
        try await TestEnvironment.withDemo { environment, _ in
            let prefecture = try await TestEnvironment.signIn(.prefecture, environment)
            let id = try await Self.ready(environment, prefecture: prefecture)
            let marseille = AccountSummary(
                id: prefecture.id,
                email: prefecture.email,
                displayName: prefecture.displayName,
                role: .prefecture,
                scope: .departements(["13"]),
                organisationID: prefecture.organisationID,
                organisationName: prefecture.organisationName
            )
            await #expect(throws: DomainError.notFound) {
                try await ContractService(environment: environment).file(id: id, actor: marseille)
            }
            await #expect(throws: DomainError.notFound) {
                try await ContractService(environment: environment).sign(
                    contractID: id,
                    signedOn: "2026-11-20",
                    actor: marseille
                )
            }
        }
    }

    @Test func twoSignaturesAtOnceSignOnceAndKeepOneSnapshot() async throws {
        try await TestEnvironment.withDemo { environment, _ in
            let prefecture = try await TestEnvironment.signIn(.prefecture, environment)
            let id = try await Self.ready(environment, prefecture: prefecture)
            let contracts = ContractService(environment: environment)
            async let first: Bool = {
                (try? await contracts.sign(contractID: id, signedOn: "2026-11-20", actor: prefecture)) != nil
            }()
            async let second: Bool = {
                (try? await contracts.sign(contractID: id, signedOn: "2026-11-21", actor: prefecture)) != nil
            }()
            let outcomes = await [first, second]
            #expect(outcomes.filter { $0 }.count == 1)
            #expect(try await Self.count("contract_snapshots", environment) == 1)
        }
    }

    @Test func theSteeringPageSumsTheCreditsOfSignedContractsBySourceAndDomain() async throws {
        try await TestEnvironment.withDemo { environment, _ in
            let prefecture = try await TestEnvironment.signIn(.prefecture, environment)
            let contracts = ContractService(environment: environment)
            let id = try await Self.ready(environment, prefecture: prefecture)
            var action = ContractActionInput()
            action.axisID = try await contracts.file(id: id, actor: prefecture).axes[0].id
            action.title = "Français à visée professionnelle"
            action.leadName = "Organisme"
            action.audience = "Réfugiés"
            action.startsOn = "2026-01-01"
            action.endsOn = "2028-12-31"
            let actionID = try await contracts.addAction(contractID: id, input: action, actor: prefecture)
            let actions = ContractActionService(environment: environment)
            for (source, from, to, amount) in [
                ("p104", "2026", "2028", "30 000"), ("p147", "2027", "2027", "12 500,50"),
            ] {
                var line = ContractFundingInput()
                line.source = source
                line.fromYear = from
                line.toYear = to
                line.annualAmount = amount
                try await actions.addFunding(actionID: actionID, input: line, actor: prefecture)
            }
            let draft = try await contracts.create(input: Self.input(), actor: prefecture)
            try await contracts.sign(contractID: id, signedOn: "2026-02-01", actor: prefecture)
            let steering = ContractSteeringService(environment: environment)
            let year2027 = try await steering.steering(scope: .departement("69"), year: 2027, actor: prefecture)
            #expect(year2027.figures.credits == [.p104: Money(euros: 30_000), .p147: Money(cents: 1_250_050)])
            #expect(year2027.creditsByDomain == [.french: Money(cents: 4_250_050)])
            #expect(year2027.actionsByDomain == [.french: 1])
            #expect(year2027.figures.byStatus == [.signed: 1, .preparation: 1])
            #expect(year2027.figures.signedInYear == 0)
            let year2026 = try await steering.steering(scope: .departement("69"), year: 2026, actor: prefecture)
            #expect(year2026.figures.signedInYear == 1)
            #expect(year2026.figures.inForce == 1)
            #expect(year2026.figures.credits == [.p104: Money(euros: 30_000)])
            // The prefecture's own draft is listed to it, not to the région.
            #expect(year2026.contracts.map(\.contract.id).sorted() == [draft, id].sorted())
            let region = try await TestEnvironment.signIn(.dreets, environment)
            let regional = try await steering.steering(scope: .region("84"), year: 2026, actor: region)
            #expect(regional.contracts.map(\.contract.id) == [id])
            #expect(regional.parts.first { $0.code == "69" }?.figures.inForce == 1)
        }
    }
}
