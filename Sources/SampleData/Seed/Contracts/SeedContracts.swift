import Domain
import Foundation
import Persistence
import Services

/// Generates the territorial contracts of `parcours seed`: about 45 nationally (one per intercommunal body with the
/// most QPV of the reference list, in the covered départements), about 400 actions over their QPV, with funding,
/// indicators, reviews and diagnosis snapshots computed from the generated households; and records the QPV part of
/// the households of communes with QPV live in.
public struct SeedContracts: Sendable {
    let environment: ServiceEnvironment

    public init(environment: ServiceEnvironment) { self.environment = environment }

    /// The number of contracts of the national scale (about 44 CTAI territories after four years: domain facts §3).
    static let nationalCount = 45
    /// Contracts of a one-département scale.
    static let departementCount = 3
    /// The share of households of a commune with QPV recorded as living in one. An assumption of the generator,
    /// not a published figure.
    static let residenceShare = 0.4

    /// What was written.
    public struct Summary: Sendable {
        public let contracts: Int
        public let actions: Int
        public let residences: Int
        public let rows: Int
    }

    /// Writes the residences then the contracts of the covered départements.
    @discardableResult
    public func run(departements: [String], today: CalendarDay, seed: UInt64) async throws -> Summary {
        let database = environment.database
        var rng = SplitMix64(seed: seed ^ 0xC7A1)
        let candidates = try await database.read { try await ResidenceRecords.householdsInQPVCommunes(in: $0) }
        var residences: [(household: String, qpv: String)] = []
        for candidate in candidates where rng.chance(Self.residenceShare) {
            residences.append((candidate.household, rng.element(of: candidate.qpv)))
        }
        try await database.write { try await ResidenceRecords.setQPV(residences, in: $0) }
        let covered = Set(departements)
        let count = departements.count > 1 ? Self.nationalCount : Self.departementCount
        let epcis = Array(
            SeedReference.epcis().filter {
                covered.contains($0.departement) && CompanyIdentifiers.validateSiren($0.siren).isSuccess
            }.prefix(count)
        )
        let context = try await database.read { sql in
            (
                try await OrganisationRecords.all(in: sql),
                try await ContractTerritoryRecords.regions(ofDepartements: departements, in: sql),
                try await ContractTerritoryRecords.names(region: "", departements: departements, in: sql).departements
            )
        }
        var planner = SeedContractPlanner(
            today: today,
            organisations: context.0,
            regions: context.1,
            departementNames: context.2,
            rng: SplitMix64(seed: seed ^ 0x5EED)
        )
        for (index, epci) in epcis.enumerated() { planner.add(epci, index: index) }
        var rows = planner.rows
        for request in planner.snapshots {
            let diagnosis = try await database.read { sql in
                try await TerritoryDiagnosisBuilder.compute(
                    communes: request.communes,
                    departements: [request.departement],
                    on: request.day,
                    in: sql
                )
            }
            rows.snapshots.append([
                .text(request.id), .text(request.contractID), .text(request.reviewID == nil ? "signature" : "revue"),
                .optional(request.reviewID), .text(request.day.iso),
                .text(try ContractSnapshotRecords.encode(diagnosis)), .text(request.analysis),
                .text(planner.created),
            ])
        }
        try await database.write { try await ContractSeedWriter.write(rows, in: $0) }
        try await database.write { try await ContractSeedWriter.analyze(in: $0) }
        return Summary(
            contracts: rows.contracts.count,
            actions: rows.actions.count,
            residences: residences.count,
            rows: rows.count + residences.count
        )
    }
}

extension Result {
    /// Whether this is a success.
    var isSuccess: Bool {
        if case .success = self { return true }
        return false
    }
}
