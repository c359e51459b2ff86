import Domain
import Foundation
import Persistence
import SQLKit

/// Computes the dashboards live from the casework, for the territory the actor steers.
public struct IndicatorService: Sendable {
    let environment: ServiceEnvironment

    public init(environment: ServiceEnvironment) { self.environment = environment }

    /// The dashboard of the actor's own territory: the nation, its region, or its first département.
    public func home(actor: AccountSummary) throws -> Dashboard.Scope {
        switch (actor.role, actor.scope) {
        case (.national, _): return .nation
        case (.dreets, .region(let code)): return .region(code)
        case (.prefecture, .departements(let codes)) where !codes.isEmpty: return .departement(codes[0])
        default: throw DomainError.forbidden
        }
    }

    /// The dashboard of a territory for a period, if the actor steers it.
    public func dashboard(scope: Dashboard.Scope, period: String, actor: AccountSummary) async throws -> Dashboard {
        let departements = try await TerritoryQueries(database: environment.database).departements()
        try Self.authorise(scope, actor: actor, departements: departements)
        return try await compute(scope: scope, period: period, byDepartement: false)
    }

    /// The open data: the nation's figures per département for a period, for anyone; the views hide small counts.
    public func openData(period: String) async throws -> Dashboard {
        try await compute(scope: .nation, period: period, byDepartement: true)
    }

    /// The figures of a territory; the nation's parts are its regions, or its départements when `byDepartement`.
    func compute(scope: Dashboard.Scope, period: String, byDepartement perDepartement: Bool) async throws -> Dashboard {
        let today: CalendarDay =
            switch scope {
            case .departement(let code): environment.time.today(inDepartement: code)
            case .region, .nation: environment.time.todayInMetropolitanFrance()
            }
        let period = IndicatorPeriod(parameter: period, today: today)
        let territories = TerritoryQueries(database: environment.database)
        let departements = try await territories.departements()
        let regions = try await territories.regions()
        // The nation needs every département; a region or a département only its own.
        let codes: [String]? =
            switch scope {
            case .nation: nil
            case .region(let region): departements.filter { $0.regionCode == region }.map(\.code)
            case .departement(let code): [code]
            }
        // The households in support and the period's events are read on two connections at once: on two cores the
        // national dashboard then waits for the longer of the two passes, not for their sum.
        let database = environment.database
        async let support = database.read { sql in
            (
                try await IndicatorQueries.support(at: period.to, departements: codes, in: sql),
                try await IndicatorQueries.certifiedLevels(at: period.to, departements: codes, in: sql)
            )
        }
        let (events, deployed, monthly, operators) = try await environment.database.read { sql in
            (
                try await IndicatorQueries.figures(from: period.from, to: period.to, departements: codes, in: sql),
                try await IndicatorQueries.deployed(on: period.to, in: sql),
                try await Self.monthly(period: period, departements: codes, in: sql),
                try await OrganisationRecords.names(in: sql)
            )
        }
        let (pathways, seats) = try await environment.database.read { sql in
            (
                try await IndicatorQueries.pathwayEvents(
                    from: period.from,
                    to: period.to,
                    departements: codes,
                    in: sql
                ),
                try await IndicatorQueries.courseSeats(on: period.to, in: sql)
            )
        }
        let (inSupport, certified) = try await support
        let figures = events.merging(inSupport, uniquingKeysWith: +).merging(pathways, uniquingKeysWith: +)
            .merging(certified, uniquingKeysWith: +)
        var byDepartement: [String: AreaFigures] = [:]
        for (key, area) in figures {
            byDepartement[key.departement, default: .init()] = byDepartement[key.departement, default: .init()] + area
        }
        for code in deployed { byDepartement[code, default: .init()].departementsCovered = 1 }
        // Courses belong to a département, not to an operator: their seats join the département's figures only.
        for (code, count) in seats { byDepartement[code, default: .init()].courseSeats = count }
        // Credits are a département's UO's, not an operator's: they join the département's figures only.
        let credits = try await database.read {
            try await FundingIndicatorQueries.figures(from: period.from, to: period.to, in: $0)
        }
        for (code, figures) in credits {
            byDepartement[code, default: .init()].fundingCommittedCents = figures.committed
            byDepartement[code, default: .init()].fundingEmploymentLanguageCents = figures.employmentOrLanguage
            byDepartement[code, default: .init()].grantsAwarded = figures.awarded
        }
        for code in byDepartement.keys { byDepartement[code]?.coversDepartements = true }
        let inScope: (String) -> Bool = { code in
            switch scope {
            case .nation: true
            case .region(let region): departements.first { $0.code == code }?.regionCode == region
            case .departement(let departement): code == departement
            }
        }
        let names = Dictionary(uniqueKeysWithValues: departements.map { ($0.code, $0.name) })
        let total = byDepartement.filter { inScope($0.key) }.values.reduce(AreaFigures(), +)
        let parts: [Dashboard.Part]
        let title: String
        let partLabel: String
        switch scope {
        case .nation where perDepartement:
            title = "France entière"
            partLabel = "Département"
            parts = departements.map {
                Dashboard.Part(
                    code: $0.code,
                    name: "\($0.name) (\($0.code))",
                    scope: nil,
                    figures: byDepartement[$0.code] ?? .init()
                )
            }
        case .nation:
            title = "France entière"
            partLabel = "Région"
            parts = regions.map { region in
                let codes = Set(departements.filter { $0.regionCode == region.code }.map(\.code))
                return Dashboard.Part(
                    code: region.code,
                    name: region.name,
                    scope: .region(region.code),
                    figures: byDepartement.filter { codes.contains($0.key) }.values.reduce(AreaFigures(), +)
                )
            }
        case .region(let code):
            title = "Région " + (regions.first { $0.code == code }?.name ?? code)
            partLabel = "Département"
            parts = departements.filter { $0.regionCode == code }.map {
                Dashboard.Part(
                    code: $0.code,
                    name: $0.name,
                    scope: .departement($0.code),
                    figures: byDepartement[$0.code] ?? .init()
                )
            }
        case .departement(let code):
            title = "\(names[code] ?? code) (\(code))"
            partLabel = "Opérateur"
            parts = figures.filter { $0.key.departement == code }.map {
                Dashboard.Part(
                    code: $0.key.operatorID,
                    name: operators[$0.key.operatorID] ?? "Opérateur",
                    scope: nil,
                    figures: $0.value
                )
            }.sorted { SearchKey.frenchOrder($0.name, $1.name) }
        }
        let series = monthly.map { event, entries in
            var months = Dictionary(uniqueKeysWithValues: period.months.map { ($0, 0) })
            for entry in entries where inScope(entry.departement) { months[entry.month, default: 0] += entry.count }
            return MonthlySeries(event: event, months: months.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
        }
        return Dashboard(
            scope: scope,
            title: title,
            period: period,
            total: total,
            parts: parts,
            partLabel: partLabel,
            series: series,
            byDepartement: byDepartement.filter { inScope($0.key) },
            departementNames: names,
            today: today
        )
    }

    /// Each time series' events per month and département.
    static func monthly(
        period: IndicatorPeriod,
        departements: [String]?,
        in sql: any SQLDatabase
    ) async throws -> [(IndicatorQueries.MonthlyEvent, [(departement: String, month: String, count: Int)])] {
        var series: [(IndicatorQueries.MonthlyEvent, [(departement: String, month: String, count: Int)])] = []
        for event in IndicatorQueries.MonthlyEvent.allCases {
            let entries = try await IndicatorQueries.monthly(
                event,
                from: period.from,
                to: period.to,
                departements: departements,
                in: sql
            )
            series.append((event, entries))
        }
        return series
    }

    /// Steering roles see the aggregates of any territory (they are published as open data once small counts are
    /// hidden); their own territory is only where they land. A territory that does not exist is "not found".
    static func authorise(_ scope: Dashboard.Scope, actor: AccountSummary, departements: [Departement]) throws {
        guard SteeringRoles().admits(actor.role) else { throw DomainError.forbidden }
        switch scope {
        case .nation: return
        case .region(let code):
            // Another region than the actor's own is "not found", like a region that does not exist.
            guard departements.contains(where: { $0.regionCode == code }), actor.scope.reaches(region: code) else {
                throw DomainError.notFound
            }
        case .departement(let code):
            guard let departement = departements.first(where: { $0.code == code }),
                actor.scope.reaches(departement: code, region: departement.regionCode)
            else { throw DomainError.notFound }
        }
    }
}
