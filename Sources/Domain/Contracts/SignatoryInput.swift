/// A local authority that signs a contract, as typed: its kind, name, SIREN, who signs, and the Parcours
/// organisation whose partner accounts follow the contract (optional).
public struct SignatoryInput: Sendable, Equatable {
    public var authorityKind = ""
    public var name = ""
    public var siren = ""
    public var signer = ""
    public var organisationID = ""

    public init() {}

    /// The signatory once checked.
    public struct Valid: Sendable, Equatable {
        public let authorityKind: LocalAuthorityKind
        public let name: String
        public let siren: String
        public let signer: String
        public let organisationID: String?
    }

    /// Checks every field; `organisations` are the local-authority organisations the author may link.
    public func validate(organisations: Set<String>, _ errors: inout FieldErrors) -> Valid? {
        let before = errors.messages.count
        let kind = LocalAuthorityKind(rawValue: authorityKind)
        if kind == nil { errors.add("signatoryKind", "Choisissez le type de collectivité.") }
        let authority = errors.text(
            name,
            field: "signatoryName",
            kind: .title,
            required: "Indiquez le nom de la collectivité."
        )
        var number: String?
        switch CompanyIdentifiers.validateSiren(siren) {
        case .success(let value): number = value
        case .failure(let message): errors.add("signatorySiren", message.text)
        }
        let person = errors.text(
            signer,
            field: "signatorySigner",
            kind: .title,
            required: "Indiquez qui signe, par exemple « Président de la Métropole »."
        )
        let organisation = organisationID.isEmpty ? nil : organisationID
        if let organisation, !organisations.contains(organisation) {
            errors.add("signatoryOrganisation", "Choisissez une collectivité inscrite dans Parcours, ou aucune.")
        }
        guard errors.messages.count == before, let kind, let authority, let number, let person else { return nil }
        return Valid(authorityKind: kind, name: authority, siren: number, signer: person, organisationID: organisation)
    }
}
