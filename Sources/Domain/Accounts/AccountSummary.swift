/// Who is signed in: the account, its organisation, its role and its scope.
public struct AccountSummary: Sendable, Equatable {
    public let id: String
    public let email: String
    public let displayName: String
    public let role: Role
    public let scope: TerritorialScope
    public let organisationID: String
    public let organisationName: String

    public init(
        id: String,
        email: String,
        displayName: String,
        role: Role,
        scope: TerritorialScope,
        organisationID: String,
        organisationName: String
    ) {
        self.id = id
        self.email = email
        self.displayName = displayName
        self.role = role
        self.scope = scope
        self.organisationID = organisationID
        self.organisationName = organisationName
    }
}
