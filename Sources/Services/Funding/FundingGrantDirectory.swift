import Domain
import Foundation
import Persistence

/// A grant as other domains and the API refer to it: by its public number, stable from submission to closing
/// (contracts' actions funded by programme 104 point at it).
public struct GrantReference: Sendable, Equatable {
    /// "P104-2026-69-00012".
    public let number: String
    public let title: String
    public let organisationName: String
    public let siret: String?
    public let year: Int
    public let regionCode: String
    public let departementCode: String
    public let status: ApplicationStatus
    public let requested: Money
    /// The total granted, once decided.
    public let granted: Money?
    public let tags: [ThematicTag]
}

/// Looks grants up by their public number or by SIRET.
public struct FundingGrantDirectory: Sendable {
    let environment: ServiceEnvironment

    public init(environment: ServiceEnvironment) { self.environment = environment }

    /// The submitted application or grant with this public number; nil for an unknown number or a draft.
    public func grant(number: String) async throws -> GrantReference? {
        guard number.count <= 40 else { return nil }
        return try await environment.database.read { sql in
            try await FundingApplicationRecords.find(number: number, in: sql).map(Self.reference)
        }
    }

    /// Every submitted application and grant of one SIRET, across years and départements, latest first.
    public func grants(siret: String) async throws -> [GrantReference] {
        guard case .success(let valid) = CompanyIdentifiers.validateSiret(siret) else {
            throw FundingAccess.invalid("siret", "SIRET invalide : 14 chiffres dont la clé de contrôle est juste.")
        }
        return try await environment.database.read { sql in
            try await FundingApplicationRecords.ofSiret(valid, in: sql).map(Self.reference)
        }
    }

    static func reference(_ row: FundingApplicationRow) -> GrantReference {
        let application = row.application
        return GrantReference(
            number: application.number ?? "",
            title: application.title,
            organisationName: row.organisationName,
            siret: application.siret,
            year: row.callYear,
            regionCode: application.regionCode,
            departementCode: application.departementCode,
            status: application.status,
            requested: application.requested,
            granted: application.granted,
            tags: application.tags
        )
    }
}
