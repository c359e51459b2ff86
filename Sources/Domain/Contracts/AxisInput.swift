/// An axis of a contract: the field it works in and its title.
public struct AxisInput: Sendable, Equatable {
    public var domain = ""
    public var title = ""

    public init() {}

    /// The axis once checked.
    public struct Valid: Sendable, Equatable {
        public let domain: IntegrationDomain
        public let title: String
    }

    /// Checks both fields; the title defaults to the domain's name.
    public func validate(_ errors: inout FieldErrors) -> Valid? {
        let field = IntegrationDomain(rawValue: domain)
        if field == nil { errors.add("axisDomain", "Choisissez le domaine de l'axe.") }
        let name = errors.text(title, field: "axisTitle", kind: .title)
        guard let field, let name else { return nil }
        return Valid(domain: field, title: name.isEmpty ? field.label : name)
    }
}
