import Domain
import Foundation
import HTTPTypes
import HummingbirdTesting
import Persistence
import SQLKit
import Services

/// The measurements of one run: each page over HTTP beside the query behind it, and the bare route.
struct BenchMeasurements: Sendable {
    let environment: ServiceEnvironment
    let targets: BenchTargets
    let caseworker: LoginService.OpenedSession
    let manager: LoginService.OpenedSession
    let national: LoginService.OpenedSession
    let iterations: Int
    let appPort: Int
    let barePort: Int

    /// Every latency row.
    func rows() async throws -> [BenchRow] {
        let bare = try await http(port: barePort, path: "/bare", session: nil)
        let database = environment.database
        let caseworkerAccount = caseworker.account
        let managerAccount = manager.account
        let mineCriteria = {
            var criteria = HouseholdCriteria()
            criteria.mine = true
            return criteria
        }()
        let caseload = try await sql {
            _ = try await database.read {
                try await HouseholdQueries.page(
                    viewer: caseworkerAccount,
                    criteria: mineCriteria,
                    limit: 50,
                    offset: 0,
                    in: $0
                )
            }
        }
        let organisation = try await sql {
            _ = try await database.read {
                try await HouseholdQueries.page(viewer: managerAccount, criteria: .init(), limit: 50, offset: 0, in: $0)
            }
        }
        let householdID = targets.householdID
        let contacts = try await sql {
            _ = try await database.read { try await CaseworkRecords.contacts(householdID: householdID, in: $0) }
        }
        var rows = [
            BenchRow(name: "Route Hummingbird nue (HTTP)", measured: bare, floorName: "–", floor: bare, bar: nil),
            BenchRow(
                name: "Accueil du référent (HTTP)",
                measured: try await http(port: appPort, path: "/accueil", session: caseworker),
                floorName: "requête de la liste du référent",
                floor: caseload,
                bar: 15
            ),
            BenchRow(
                name: "Liste « mes ménages » (HTTP)",
                measured: try await http(port: appPort, path: "/menages", session: caseworker),
                floorName: "requête de la liste du référent",
                floor: caseload,
                bar: 15
            ),
            BenchRow(
                name: "Liste des ménages de l'opérateur (HTTP)",
                measured: try await http(port: appPort, path: "/menages?tous=1", session: manager),
                floorName: "requête de la liste de l'opérateur",
                floor: organisation,
                bar: 15
            ),
            BenchRow(
                name: "Dossier du ménage (HTTP, audit compris)",
                measured: try await http(port: appPort, path: "/menages/\(targets.householdID)", session: caseworker),
                floorName: "requête des entretiens du ménage",
                floor: contacts,
                bar: 15
            ),
        ]
        rows.append(try await duplicateSearch())
        rows += try await pathways(caseworker: caseworker)
        rows += try await dashboards()
        rows += try await contracts()
        rows += try await funding()
        rows += try await publicCalendar()
        return rows
    }

    /// A person's pathway page (requirements per title, progress, courses ranked) and the prefecture's language offer
    /// against demand, beside the queries behind them.
    func pathways(caseworker: LoginService.OpenedSession) async throws -> [BenchRow] {
        let database = environment.database
        let person = targets.referenceID
        let departement = targets.departement
        let today = environment.time.today(inDepartement: departement)
        let records = try await sql {
            _ = try await database.read { sql in
                (
                    try await PathwayRecords.assessments(personID: person, in: sql),
                    try await PathwayRecords.proofs(personID: person, in: sql),
                    try await CourseRecords.open(departement: departement, today: today, in: sql)
                )
            }
        }
        let demand = try await sql {
            _ = try await database.read { sql in
                try await LanguageDemandQueries.learners(departement: departement, on: today, in: sql)
            }
        }
        return [
            BenchRow(
                name: "Parcours d'une personne (HTTP, audit compris)",
                measured: try await http(port: appPort, path: "/personnes/\(person)/parcours", session: caseworker),
                floorName: "requêtes des preuves et des formations du département",
                floor: records,
                bar: nil
            ),
            BenchRow(
                name: "Offre linguistique d'un département (HTTP)",
                measured: try await http(
                    port: appPort,
                    path: "/pilotage/departements/\(departement)/offre-linguistique",
                    session: national
                ),
                floorName: "requête des adultes et de leurs niveaux",
                floor: demand,
                bar: nil
            ),
        ]
    }

    /// The département dashboard and the national one with its map, over the last twelve months, beside the
    /// grouped queries behind them.
    func dashboards() async throws -> [BenchRow] {
        let today = environment.time.today(inDepartement: targets.departement)
        let period = IndicatorPeriod(parameter: "12m", today: today)
        let database = environment.database
        let departement = [targets.departement]
        let local = try await sql {
            _ = try await database.read { sql in
                (
                    try await IndicatorQueries.figures(
                        from: period.from,
                        to: period.to,
                        departements: departement,
                        in: sql
                    ),
                    try await IndicatorQueries.support(at: period.to, departements: departement, in: sql),
                    try await IndicatorQueries.pathwayEvents(
                        from: period.from,
                        to: period.to,
                        departements: departement,
                        in: sql
                    ),
                    try await IndicatorQueries.certifiedLevels(at: period.to, departements: departement, in: sql)
                )
            }
        }
        let floor = try await sql {
            _ = try await database.read { sql in
                (
                    try await IndicatorQueries.figures(from: period.from, to: period.to, in: sql),
                    try await IndicatorQueries.support(at: period.to, in: sql),
                    try await IndicatorQueries.pathwayEvents(from: period.from, to: period.to, in: sql),
                    try await IndicatorQueries.certifiedLevels(at: period.to, in: sql)
                )
            }
        }
        return [
            BenchRow(
                name: "Tableau de bord départemental (HTTP)",
                measured: try await http(
                    port: appPort,
                    path: "/pilotage/departements/\(targets.departement)",
                    session: national
                ),
                floorName: "requêtes des indicateurs (un département, à la suite)",
                floor: local,
                bar: 50
            ),
            BenchRow(
                name: "Tableau de bord national avec carte (HTTP)",
                measured: try await http(port: appPort, path: "/pilotage/france", session: national),
                floorName: "requêtes des indicateurs (France entière, à la suite)",
                floor: floor,
                bar: 150
            ),
        ]
    }

    /// The fuzzy duplicate search (transliterations, word order, case) against the bare name-key lookup.
    func duplicateSearch() async throws -> BenchRow {
        var input = PersonInput()
        // Another spelling order and case of a generated person's names.
        input.documentNames = targets.personNames.split(separator: " ").reversed().joined(separator: " ").lowercased()
        input.birthYear = String(targets.personBirthYear)
        input.sex = "M"
        input.nationality = "AF"
        var errors = FieldErrors()
        guard
            let valid = input.validate(
                today: environment.time.today(inDepartement: targets.departement),
                countries: ["AF"],
                &errors
            )
        else { throw BenchError("nom de recherche invalide : \(errors.messages)") }
        let finder = DuplicateFinder(environment: environment)
        let departement = targets.departement
        let found = try await finder.candidates(for: valid, departement: departement)
        guard !found.isEmpty else { throw BenchError("la recherche floue ne retrouve pas \(targets.personNames)") }
        let searched = try await Stopwatch.measure(iterations: iterations) {
            _ = try await finder.candidates(for: valid, departement: departement)
        }
        let keys = valid.name.searchKeys
        let database = environment.database
        let floor = try await sql {
            _ = try await database.read { sql in
                try await sql.raw(
                    """
                    SELECT person_id, COUNT(*) AS hits FROM person_name_keys
                    WHERE departement_code = \(bind: departement) AND name_key IN (\(SQLList(keys.map { SQLBind($0) })))
                    GROUP BY person_id ORDER BY hits DESC, person_id LIMIT 200
                    """
                ).all()
            }
        }
        return BenchRow(
            name: "Recherche floue de doublons (service)",
            measured: searched,
            floorName: "requête des clés de noms du département",
            floor: floor,
            bar: 30
        )
    }

    /// A page fetched over one keep-alive connection, as the signed-in account when given.
    func http(port: Int, path: String, session: LoginService.OpenedSession?) async throws -> Percentiles {
        let client = TestClient(host: "127.0.0.1", port: port)
        client.connect()
        var headers: HTTPFields = [:]
        if let session { headers[.cookie] = "parcours_session=\(session.token)" }
        let first = try await client.get(path, headers: headers)
        guard first.status == .ok else {
            try? await client.shutdown()
            throw BenchError("\(path) répond \(first.status.code) au lieu de 200")
        }
        let result = try await Stopwatch.measure(iterations: iterations) {
            _ = try await client.get(path, headers: headers)
        }
        try await client.shutdown()
        return result
    }

    /// A query run in-process, without HTTP.
    func sql(_ operation: @Sendable () async throws -> Void) async throws -> Percentiles {
        try await Stopwatch.measure(iterations: iterations, operation)
    }

    /// Requests per second of the caseworker's list and of a signed-in page without data (the accessibility
    /// statement: session, middleware and layout only) against the bare route, with wrk, when wrk is installed.
    func throughput(seconds: Int) async throws -> BenchThroughput? {
        guard let wrk = Wrk.find() else { return nil }
        let cookie = "parcours_session=\(caseworker.token)"
        let page = try await wrk.measure(url: "http://127.0.0.1:\(appPort)/menages", cookie: cookie, seconds: seconds)
        let light = try await wrk.measure(
            url: "http://127.0.0.1:\(appPort)/accessibilite",
            cookie: cookie,
            seconds: seconds
        )
        let bare = try await wrk.measure(url: "http://127.0.0.1:\(barePort)/bare", cookie: nil, seconds: seconds)
        return BenchThroughput(page: page, light: light, bare: bare, seconds: seconds)
    }
}
