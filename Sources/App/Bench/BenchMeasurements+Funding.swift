import Domain
import Foundation
import Persistence
import SQLKit
import Services
import Synchronization

extension BenchMeasurements {
    /// The national credits page (lines, committed grants and overdue reports computed live) beside the queries
    /// behind it, and an application's draft save (parse every field, lock, check the version, write) beside the bare
    /// update.
    func funding() async throws -> [BenchRow] {
        let database = environment.database
        let today = environment.time.todayInMetropolitanFrance()
        let floor = try await sql {
            _ = try await database.read { sql in
                (
                    try await FundingLineRecords.lines(LineFilter(year: today.year), in: sql),
                    try await FundingSteeringQueries.totals(LineFilter(year: today.year), in: sql),
                    try await FundingSteeringQueries.awaitingReports(
                        LineFilter(year: nil),
                        startedBefore: FundingSteeringService.lateReportsStartedBefore(today),
                        in: sql
                    )
                )
            }
        }
        var rows = [
            BenchRow(
                name: "Crédits du programme 104, France entière (HTTP)",
                measured: try await http(port: appPort, path: "/pilotage/credits/france", session: national),
                floorName: "requêtes des lignes, des sommes engagées et des comptes rendus attendus",
                floor: floor,
                bar: 100
            )
        ]
        if let save = try await applicationSave() { rows.append(save) }
        return rows
    }

    /// A draft of the busiest département saved again and again by its association, each time at its new version.
    func applicationSave() async throws -> BenchRow? {
        let database = environment.database
        let departement = targets.departement
        guard
            let row = try await database.read({ sql in
                try await sql.raw(
                    """
                    SELECT a.id, a.version, a.content, c.year, u.email FROM funding_applications a
                    JOIN funding_calls c ON c.id = a.call_id JOIN accounts u ON u.organisation_id = a.organisation_id
                    WHERE a.status = 'brouillon' AND a.departement_code = \(bind: departement) ORDER BY a.id LIMIT 1
                    """
                ).first()
            }),
            let credentials = try await database.read({
                try await AccountRecords.credentials(email: try row.decode(column: "email", as: String.self), in: $0)
            })
        else { return nil }
        let id = try row.decode(column: "id", as: String.self)
        let year = try row.decode(column: "year", as: Int.self)
        let values = try JSONDecoder().decode(
            [String: String].self,
            from: Data(try row.decode(column: "content", as: String.self).utf8)
        )
        let version = Atomic<Int>(try row.decode(column: "version", as: Int.self))
        let service = FundingApplicationService(environment: environment)
        let actor = credentials.account
        let measured = try await Stopwatch.measure(iterations: iterations) {
            let current = version.add(1, ordering: .relaxed).oldValue
            try await service.save(id: id, raw: values, version: current, actor: actor)
        }
        let floor = try await sql {
            try await database.write { sql in
                try await FundingApplicationRecords.saveDraft(
                    id: id,
                    values: values,
                    callYear: year,
                    at: Date(),
                    in: sql
                )
            }
            _ = version.add(1, ordering: .relaxed)
        }
        return BenchRow(
            name: "Enregistrement d'une demande de subvention (service)",
            measured: measured,
            floorName: "mise à jour seule de la demande",
            floor: floor,
            bar: 50
        )
    }
}
