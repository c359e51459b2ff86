import Domain
import Persistence
import SQLKit

/// The pages of a QPV and of a commune for steering: the contracts and actions that serve the place, their credits,
/// the language courses held there, and the newcomers in support who live there (counts only; the views hide those
/// under 5). Steering roles see any place, as for the dashboards.
public struct PlaceService: Sendable {
    let environment: ServiceEnvironment

    public init(environment: ServiceEnvironment) { self.environment = environment }

    /// A QPV's page.
    public struct QPVPage: Sendable {
        public let area: QPVArea
        public let communes: [Commune]
        public let departement: Departement
        public let newcomers: PlaceNewcomers
        /// The contracts whose territory holds the QPV, each with its actions that serve it.
        public let contracts: [(summary: ContractSummary, actions: [ContractActionRecord])]
        /// The credits of the year of the signed contracts' actions that serve the QPV.
        public let credits: FundingSummary
        /// The contracts the viewer may open (the others are listed without a link).
        public let readable: Set<String>
        public let day: CalendarDay
    }

    /// A commune's page.
    public struct CommunePage: Sendable {
        public let commune: Commune
        public let departement: Departement
        public let newcomers: PlaceNewcomers
        public let qpv: [QPVArea]
        public let contracts: [ContractSummary]
        /// The contracts the viewer may open (the others are listed without a link).
        public let readable: Set<String>
        public let courses: [CourseRecord]
        public let day: CalendarDay
    }

    /// The page of a QPV of the 2024 list.
    public func qpv(code: String, actor: AccountSummary) async throws -> QPVPage {
        let found = try await environment.database.read { try await ContractTerritoryRecords.qpv(code: code, in: $0) }
        guard let area = found else { throw DomainError.notFound }
        let departement = try await authorise(area.departementCode, actor: actor)
        let day = environment.time.today(inDepartement: area.departementCode)
        return try await environment.database.read { sql in
            let communes = try await ContractTerritoryRecords.communes(codes: area.communeCodes, in: sql)
            let covering = try await Self.contracts(covering: area.communeCodes, actor: actor, in: sql)
            let actions = try await ContractStructureRecords.actions(contracts: covering.map(\.contract.id), in: sql)
                .filter { $0.qpv.contains(code) }
            let signed = Set(covering.filter(\.contract.status.isSigned).map(\.contract.id))
            let lines = try await ContractFundingRecords.lines(contracts: covering.map(\.contract.id), in: sql)
            let serving = Set(actions.filter { signed.contains($0.contractID) }.map(\.id))
            return QPVPage(
                area: area,
                communes: communes,
                departement: departement,
                newcomers: try await PlaceQueries.newcomers(qpv: code, on: day, in: sql),
                contracts: covering.map { summary in
                    (summary, actions.filter { $0.contractID == summary.contract.id })
                },
                credits: FundingSummary(lines: lines.filter { serving.contains($0.actionID) }, year: day.year),
                readable: Self.readable(covering, actor: actor),
                day: day
            )
        }
    }

    /// The page of a commune (or a municipal arrondissement).
    public func commune(code: String, actor: AccountSummary) async throws -> CommunePage {
        let found = try await environment.database.read {
            try await ContractTerritoryRecords.communes(codes: [code], in: $0).first
        }
        guard let commune = found else { throw DomainError.notFound }
        let departement = try await authorise(commune.departementCode, actor: actor)
        let day = environment.time.today(inDepartement: commune.departementCode)
        return try await environment.database.read { sql in
            let arrondissements = ContractTerritoryRecords.arrondissements
            let city = arrondissements.first { $0.value.contains(code) }?.key
            let places = ContractTerritoryRecords.expand([code], arrondissements: arrondissements)
            let courses = try await CourseRecords.open(departement: commune.departementCode, today: day, in: sql)
            let contracts = try await Self.contracts(covering: [code] + [city].compactMap { $0 }, actor: actor, in: sql)
            return CommunePage(
                commune: commune,
                departement: departement,
                newcomers: try await PlaceQueries.newcomers(communes: places, on: day, in: sql),
                qpv: try await ContractTerritoryRecords.qpv(inCommunes: places + [city].compactMap { $0 }, in: sql),
                contracts: contracts,
                readable: Self.readable(contracts, actor: actor),
                courses: courses.filter { places.contains($0.course.communeCode) },
                day: day
            )
        }
    }

    /// The contracts a steering viewer may open: for these roles, reading depends on the territory alone.
    static func readable(_ contracts: [ContractSummary], actor: AccountSummary) -> Set<String> {
        Set(
            contracts.filter {
                ContractAccess.canRead(
                    actor,
                    ContractParties(
                        departements: $0.contract.departements,
                        regionCode: $0.contract.regionCode,
                        signatoryOrganisations: [],
                        leadOrganisations: []
                    )
                )
            }.map(\.contract.id)
        )
    }

    /// Steering roles see the places of any territory; an unknown département is "not found".
    func authorise(_ code: String, actor: AccountSummary) async throws -> Departement {
        let departements = try await TerritoryQueries(database: environment.database).departements()
        try IndicatorService.authorise(.departement(code), actor: actor, departements: departements)
        guard let departement = departements.first(where: { $0.code == code }) else { throw DomainError.notFound }
        return departement
    }

    /// The contracts whose territory lists one of these communes: the signed ones, and the drafts the actor writes.
    static func contracts(
        covering communes: [String],
        actor: AccountSummary,
        in sql: any SQLDatabase
    ) async throws
        -> [ContractSummary]
    {
        let wanted = Set(communes)
        let byContract = try await ContractTerritoryRecords.communeCodes(in: sql)
        let contracts = try await ContractRecords.all(in: sql).filter { contract in
            guard !(wanted.isDisjoint(with: byContract[contract.id] ?? [])) else { return false }
            return contract.status.isSigned
                || ContractAccess.canDraft(
                    actor,
                    ContractParties(
                        departements: contract.departements,
                        regionCode: contract.regionCode,
                        signatoryOrganisations: [],
                        leadOrganisations: []
                    )
                )
        }
        let ids = contracts.map(\.id)
        let signatories = try await ContractStructureRecords.signatories(contracts: ids, in: sql)
        let axes = try await ContractStructureRecords.axes(contracts: ids, in: sql)
        return contracts.map {
            ContractSummary(contract: $0, signatories: signatories[$0.id] ?? [], axes: axes[$0.id] ?? [])
        }
    }
}
