import Domain
import Foundation
import Persistence
import Services

extension BenchMeasurements {
    /// The public calendar of the Semaine de l'intégration, without login: the current edition's first page, one
    /// département filtered, an event's page, beside the queries behind them.
    func publicCalendar() async throws -> [BenchRow] {
        let database = environment.database
        guard let edition = try await EditionService(environment: environment).current() else {
            throw BenchError("aucune édition de la Semaine : lancez « parcours seed » d'abord")
        }
        let departement = targets.departement
        let first = try await database.read {
            try await EventRecords.calendar(editionID: edition.id, CalendarFilter(), limit: 1, offset: 0, in: $0)
        }.first
        guard let event = first else {
            throw BenchError("l'édition \(edition.edition.year) n'a aucun événement public")
        }
        let floor = try await sql {
            _ = try await database.read { sql in
                (
                    try await EventRecords.calendar(
                        editionID: edition.id,
                        CalendarFilter(departement: departement),
                        limit: 30,
                        offset: 0,
                        in: sql
                    ),
                    try await EventRecords.calendarCount(
                        editionID: edition.id,
                        CalendarFilter(departement: departement),
                        in: sql
                    )
                )
            }
        }
        let eventFloor = try await sql {
            _ = try await database.read { try await EventRecords.find(id: event.id, in: $0) }
        }
        return [
            BenchRow(
                name: "Calendrier public de la Semaine (HTTP, sans connexion)",
                measured: try await http(port: appPort, path: "/semaine", session: nil),
                floorName: "requêtes d'une page du calendrier (un département)",
                floor: floor,
                bar: 20
            ),
            BenchRow(
                name: "Calendrier public filtré par département (HTTP)",
                measured: try await http(port: appPort, path: "/semaine?departement=\(departement)", session: nil),
                floorName: "requêtes d'une page du calendrier (un département)",
                floor: floor,
                bar: 20
            ),
            BenchRow(
                name: "Page publique d'un événement (HTTP)",
                measured: try await http(port: appPort, path: "/semaine/evenements/\(event.id)", session: nil),
                floorName: "requête de l'événement",
                floor: eventFloor,
                bar: 20
            ),
        ]
    }

    /// Requests per second of the public calendar with wrk (no cookie: a visitor), when wrk is installed.
    func calendarThroughput(seconds: Int) async throws -> Double? {
        guard let wrk = Wrk.find() else { return nil }
        return try await wrk.measure(url: "http://127.0.0.1:\(appPort)/semaine", cookie: nil, seconds: seconds)
    }
}
