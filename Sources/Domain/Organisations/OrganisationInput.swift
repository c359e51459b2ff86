import Foundation

/// What an administrator types to create or edit an organisation, before validation.
public struct OrganisationInput: Sendable, Equatable {
    public var name: String
    public var kind: String
    public var siret: String
    public var rna: String
    public var departementCodes: [String]

    public init(name: String, kind: String, siret: String, rna: String, departementCodes: [String]) {
        self.name = name
        self.kind = kind
        self.siret = siret
        self.rna = rna
        self.departementCodes = departementCodes
    }

    /// The organisation's fields once valid.
    public struct Valid: Sendable, Equatable {
        public let name: String
        public let kind: OrganisationKind
        public let siret: String?
        public let rna: String?
        public let departementCodes: [String]
    }

    /// Checks every field against the known départements; returns the valid fields or a message per field.
    public func validate(knownDepartements: Set<String>) -> Result<Valid, FieldErrors> {
        var errors = FieldErrors()
        let name = errors.text(self.name, field: "name", kind: .title, required: "Saisissez le nom de l'organisation.")
        let kind = OrganisationKind(rawValue: self.kind)
        if kind == nil { errors.add("kind", "Choisissez le type d'organisation.") }
        var siret: String?
        if !self.siret.trimmingCharacters(in: .whitespaces).isEmpty {
            switch CompanyIdentifiers.validateSiret(self.siret) {
            case .success(let value): siret = value
            case .failure(let message): errors.add("siret", message.text)
            }
        }
        var rna: String?
        if !self.rna.trimmingCharacters(in: .whitespaces).isEmpty {
            switch CompanyIdentifiers.validateRNA(self.rna) {
            case .success(let value): rna = value
            case .failure(let message): errors.add("rna", message.text)
            }
        }
        let codes = Array(Set(departementCodes.filter { !$0.isEmpty })).sorted()
        if let unknown = codes.first(where: { !knownDepartements.contains($0) }) {
            errors.add("departements", "Le département « \(unknown) » n'existe pas.")
        }
        guard errors.isEmpty, let kind, let name else { return .failure(errors) }
        return .success(Valid(name: name, kind: kind, siret: siret, rna: rna, departementCodes: codes))
    }
}
