import Domain
import Foundation
import Persistence

/// Builds the steering pages of credits for a département, a région or the nation.
public struct FundingSteeringService: Sendable {
    let environment: ServiceEnvironment

    public init(environment: ServiceEnvironment) { self.environment = environment }

    /// The actor's own territory.
    public func home(actor: AccountSummary) throws -> FundingSteering.Scope {
        switch (actor.role, actor.scope) {
        case (.national, _): return .nation
        case (.dreets, .region(let code)): return .region(code)
        case (.prefecture, .departements(let codes)) where !codes.isEmpty: return .departement(codes[0])
        default: throw DomainError.forbidden
        }
    }

    /// The steering of a territory for `year` (this year in metropolitan France when nil), if the actor steers it:
    /// national steering everything, a DREETS its région and its départements, a DDETS its département.
    public func steering(
        scope: FundingSteering.Scope,
        year: Int?,
        actor: AccountSummary
    ) async throws -> FundingSteering {
        let territories = TerritoryQueries(database: environment.database)
        let departements = try await territories.departements()
        let regions = try await territories.regions()
        try Self.authorise(scope, actor: actor, departements: departements)
        let today = environment.time.todayInMetropolitanFrance()
        let year = year ?? today.year
        var names = Dictionary(uniqueKeysWithValues: departements.map { ($0.code, $0.name) })
        for region in regions { names["R" + region.code] = region.name }
        let filter: LineFilter
        let allYears: LineFilter
        switch scope {
        case .nation:
            filter = LineFilter(year: year)
            allYears = LineFilter(year: nil)
        case .region(let code):
            filter = LineFilter(year: year, regionCode: code)
            allYears = LineFilter(year: nil, regionCode: code)
        case .departement(let code):
            filter = LineFilter(year: year, departementCode: code)
            allYears = LineFilter(year: nil, departementCode: code)
        }
        let (lines, totals, awaiting) = try await environment.database.read { sql in
            (
                try await FundingLineRecords.lines(filter, in: sql),
                try await FundingSteeringQueries.totals(filter, in: sql),
                try await FundingSteeringQueries.awaitingReports(
                    allYears,
                    startedBefore: Self.lateReportsStartedBefore(today),
                    in: sql
                )
            )
        }
        return FundingSteeringBuilder(
            scope: scope,
            year: year,
            today: today,
            now: environment.time.now(),
            names: names,
            departements: departements,
            regions: regions
        ).build(lines: lines, totals: totals, awaiting: awaiting)
    }

    /// A report is due six months (at least 181 days) after its year's end, itself on or after the start, and no
    /// local day is more than one day after metropolitan France's: a grant started 180 days ago or since cannot be
    /// late, so only grants started before this day are read for overdue reports.
    public static func lateReportsStartedBefore(_ today: CalendarDay) -> CalendarDay { today.adding(days: -180) }

    static func authorise(_ scope: FundingSteering.Scope, actor: AccountSummary, departements: [Departement]) throws {
        switch scope {
        case .nation:
            guard actor.role == .national else { throw DomainError.notFound }
        case .region(let code):
            guard departements.contains(where: { $0.regionCode == code }),
                FundingAccess.steers(actor, regionCode: code, departementCode: nil)
            else { throw DomainError.notFound }
        case .departement(let code):
            guard let departement = departements.first(where: { $0.code == code }),
                FundingAccess.steers(actor, regionCode: departement.regionCode, departementCode: code)
            else { throw DomainError.notFound }
        }
    }
}
