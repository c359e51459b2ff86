import Domain
import Foundation
import Persistence
import SQLKit
import Services

/// Loads the demo contracts of the Rhône through the same use cases as the screens: a CTAI with the Métropole de
/// Lyon (4 axes, 10 actions, funding, indicators, signed two years ago, two reviews with decisions) and the
/// contrat de ville of Villefranche-sur-Saône counted as CTAI; and records the QPV some demo households live in,
/// so that the diagnoses count people in QPV.
public struct DemoContracts: Sendable {
    let environment: ServiceEnvironment

    public init(environment: ServiceEnvironment) { self.environment = environment }

    /// The accounts the demo acts as.
    struct Actors {
        let prefecture: AccountSummary
        let caseworker: AccountSummary
    }

    /// Loads once (nothing when a contract exists); returns the number of contracts written.
    @discardableResult
    public func load() async throws -> Int {
        try await DemoLocalAuthority(environment: environment).load()
        let found = try await environment.database.read { sql in
            (
                try await sql.raw("SELECT COUNT(*) AS n FROM territorial_contracts").first()?.decode(
                    column: "n",
                    as: Int.self
                ) ?? 0,
                try await AccountRecords.credentials(email: DemoDepartement.email(for: .prefecture), in: sql)?.account,
                try await AccountRecords.credentials(email: DemoDepartement.email(for: .referent), in: sql)?.account
            )
        }
        guard found.0 == 0, let prefecture = found.1, let caseworker = found.2 else { return 0 }
        let actors = Actors(prefecture: prefecture, caseworker: caseworker)
        try await placeHouseholds(actors)
        try await metropole(actors)
        try await cityContract(actors)
        return 2
    }

    /// Records a QPV of its commune for every other household of the caseworker that lives in a commune with QPV.
    func placeHouseholds(_ actors: Actors) async throws {
        let households = try await DemoCaseload.inSupport(environment, actor: actors.caseworker)
        let residences = ResidenceService(environment: environment)
        for (index, household) in households.enumerated() where index % 2 == 0 {
            let options = try await residences.residence(householdID: household.id, actor: actors.caseworker).options
            guard !options.isEmpty else { continue }
            try await residences.setQPV(
                householdID: household.id,
                qpv: options[index / 2 % options.count].code,
                actor: actors.caseworker
            )
        }
    }

    /// The CTAI of the Métropole de Lyon: over four years from 1 January two years ago, signed in February.
    func metropole(_ actors: Actors) async throws {
        let today = environment.time.today(inDepartement: "69")
        let start = CalendarDay.firstOfJanuary(today.year - 2)
        let communes = try await environment.database.read { sql in
            try await sql.raw(
                """
                SELECT DISTINCT c.commune_code FROM qpv_communes c JOIN qpv q ON q.code = c.qpv_code
                WHERE q.epci_name = 'Métropole de Lyon' ORDER BY c.commune_code
                """
            ).all().map { try $0.decode(column: "commune_code", as: String.self) }
        }
        let id = try await contract(
            kind: .ctai,
            title: "CTAI de la Métropole de Lyon",
            start: start,
            end: CalendarDay(year: today.year + 1, month: 12, day: 31)!,
            communes: communes,
            signatory: ("Métropole de Lyon", .metropole, DemoLocalAuthority.siren, "Président de la Métropole de Lyon"),
            actors: actors
        )
        try await plan(id, axes: Self.metropoleAxes, actions: Self.metropoleActions, actors: actors)
        try await sign(
            id,
            on: start.adding(days: 45),
            analysis: "Les réfugiés accompagnés se concentrent à Vénissieux, Vaulx-en-Velin et Villeurbanne, dans des "
                + "quartiers prioritaires où l'offre de français à visée professionnelle manque.\nPriorités partagées : "
                + "français vers l'A2 exigé depuis 2026, accès au logement social, emploi des femmes.",
            actors: actors
        )
        let contracts = ContractService(environment: environment)
        try await contracts.changeStatus(
            contractID: id,
            target: ContractStatus.running.rawValue,
            day: start.adding(days: 75).iso,
            actor: actors.prefecture
        )
        let firstReview = start.adding(years: 1).adding(days: 40)
        let secondReview = max(firstReview.adding(days: 1), min(today, start.adding(years: 2).adding(days: 40)))
        try await reviews(id, days: [firstReview, secondReview], actors: actors)
    }

    /// The contrat de ville 2024–2030 of Villefranche-sur-Saône, counted as CTAI, signed on 28 March 2024.
    func cityContract(_ actors: Actors) async throws {
        let id = try await contract(
            kind: .cityContract,
            title: "Contrat de ville Engagements Quartiers 2030 – Villefranche Beaujolais Saône",
            start: CalendarDay(year: 2024, month: 1, day: 1)!,
            end: CalendarDay(year: 2030, month: 12, day: 31)!,
            communes: ["69264", "69092", "69115"],
            signatory: (
                "Communauté d'agglomération Villefranche Beaujolais Saône", .agglomeration, "200040590",
                "Président de la communauté d'agglomération"
            ),
            actors: actors
        )
        try await plan(id, axes: Self.cityAxes, actions: Self.cityActions, actors: actors)
        try await sign(id, on: CalendarDay(year: 2024, month: 3, day: 28)!, analysis: "", actors: actors)
        try await ContractService(environment: environment).changeStatus(
            contractID: id,
            target: ContractStatus.running.rawValue,
            day: "2024-04-01",
            actor: actors.prefecture
        )
    }
}
