import Domain
import Foundation
import Persistence
import SQLKit

/// The priority neighbourhood (QPV) a household lives in: the caseworker or manager records it among the QPV of the
/// household's commune; the contracts' diagnosis and the QPV pages count newcomers from it. Audited.
public struct ResidenceService: Sendable {
    let environment: ServiceEnvironment

    public init(environment: ServiceEnvironment) { self.environment = environment }

    /// The household's QPV and those of its commune, for the form of its file.
    public struct Residence: Sendable {
        public let qpv: String?
        public let options: [(code: String, name: String)]
    }

    /// The household's residence, for anyone who may open its file.
    public func residence(householdID: String, actor: AccountSummary) async throws -> Residence {
        try await environment.database.read { sql in
            guard try await HouseholdQueries.find(id: householdID, viewer: actor, in: sql) != nil else {
                throw DomainError.notFound
            }
            return try await Self.residence(householdID: householdID, in: sql)
        }
    }

    /// The household's residence inside the caller's read (the caller has found the household in the viewer's reach).
    static func residence(householdID: String, in sql: any SQLDatabase) async throws -> Residence {
        let place = try await ResidenceRecords.residence(householdID: householdID, in: sql)
        var options: [(code: String, name: String)] = []
        if let commune = place.commune {
            options = try await ResidenceRecords.qpvOptions(communeCode: commune, in: sql)
        }
        return Residence(qpv: place.qpv, options: options)
    }

    /// Records the QPV the household lives in ("" for none), checking in the same transaction that the actor may
    /// write to the household (`HouseholdWriteRule`, the household locked) and that the QPV is one of its commune's.
    public func setQPV(householdID: String, qpv raw: String, actor: AccountSummary) async throws {
        try await environment.database.write { sql in
            _ = try await WritableHousehold.lock(householdID, actor: actor, in: sql)
            let place = try await ResidenceRecords.residence(householdID: householdID, in: sql)
            let residence = try await Self.residence(householdID: householdID, in: sql)
            var errors = FieldErrors()
            guard
                let qpv = ResidenceQPV.validate(
                    raw,
                    communeQPV: Set(residence.options.map(\.code)),
                    communeKnown: place.commune != nil,
                    &errors
                )
            else { throw DomainError.invalid(errors) }
            try await ResidenceRecords.setQPV(householdID: householdID, qpv: qpv, in: sql)
            try await environment.audit(
                .householdResidenceQPV,
                recordType: "menage",
                id: householdID,
                before: ["qpv": place.qpv],
                after: ["qpv": qpv],
                actor: actor,
                in: sql
            )
        }
    }
}
