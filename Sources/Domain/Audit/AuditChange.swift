/// One field's change in an audit event; personal values are masked, so the log shows that they changed, not what.
public struct AuditChange: Sendable, Equatable, Codable {
    public let field: String
    public let before: String?
    public let after: String?

    /// The masked placeholder written instead of a personal value.
    public static let masked = "•••"

    /// A change of `field`; `personal` values are replaced by the masked placeholder.
    public init(_ field: String, before: String?, after: String?, personal: Bool = false) {
        self.field = field
        self.before = personal ? before.map { _ in Self.masked } : before
        self.after = personal ? after.map { _ in Self.masked } : after
    }

    /// The changes between two versions of a record, keeping only the fields that differ.
    public static func diff(
        before: [String: String?],
        after: [String: String?],
        personalFields: Set<String> = []
    ) -> [AuditChange] {
        Set(before.keys).union(after.keys).sorted().compactMap { field in
            let old = before[field] ?? nil
            let new = after[field] ?? nil
            guard old != new else { return nil }
            return AuditChange(field, before: old, after: new, personal: personalFields.contains(field))
        }
    }
}

/// An event to append to the audit log: who did what to which record.
public struct AuditEntry: Sendable, Equatable {
    public let actor: AccountSummary?
    public let action: String
    public let recordType: String
    public let recordID: String
    public let personID: String?
    public let changes: [AuditChange]

    public init(
        actor: AccountSummary?,
        action: String,
        recordType: String,
        recordID: String,
        personID: String? = nil,
        changes: [AuditChange] = []
    ) {
        self.actor = actor
        self.action = action
        self.recordType = recordType
        self.recordID = recordID
        self.personID = personID
        self.changes = changes
    }
}
