import Foundation

/// An organisation as administrators see it.
public struct Organisation: Sendable, Equatable {
    public let id: String
    public let name: String
    public let kind: OrganisationKind
    public let siret: String?
    public let rna: String?
    public let departementCodes: [String]
    public let active: Bool

    public init(
        id: String,
        name: String,
        kind: OrganisationKind,
        siret: String?,
        rna: String?,
        departementCodes: [String],
        active: Bool
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.siret = siret
        self.rna = rna
        self.departementCodes = departementCodes
        self.active = active
    }

    /// The fields compared by the audit log, by name.
    public var auditFields: [String: String?] {
        [
            "nom": name, "type": kind.rawValue, "siret": siret, "rna": rna,
            "departements": departementCodes.joined(separator: ","), "actif": active ? "oui" : "non",
        ]
    }
}

/// An account as administrators see it.
public struct AccountDetails: Sendable, Equatable {
    public let summary: AccountSummary
    public let active: Bool

    public init(summary: AccountSummary, active: Bool) {
        self.summary = summary
        self.active = active
    }

    /// The fields compared by the audit log; the name and e-mail are personal and masked there.
    public var auditFields: [String: String?] {
        [
            "nom": summary.displayName, "email": summary.email, "role": summary.role.rawValue,
            "perimetre": summary.scope.storedValue, "organisation": summary.organisationID,
            "actif": active ? "oui" : "non",
        ]
    }

    /// The account fields that are personal data and are masked in the audit log.
    public static let personalAuditFields: Set<String> = ["nom", "email"]
}
