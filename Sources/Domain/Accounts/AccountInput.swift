import Foundation

/// What an administrator types to create or edit an account, before validation.
public struct AccountInput: Sendable, Equatable {
    public var organisationID: String
    public var email: String
    public var displayName: String
    public var role: String
    /// `departements`, `region` or `nation`.
    public var scopeKind: String
    public var departementCodes: [String]
    public var regionCode: String

    public init(
        organisationID: String,
        email: String,
        displayName: String,
        role: String,
        scopeKind: String,
        departementCodes: [String],
        regionCode: String
    ) {
        self.organisationID = organisationID
        self.email = email
        self.displayName = displayName
        self.role = role
        self.scopeKind = scopeKind
        self.departementCodes = departementCodes
        self.regionCode = regionCode
    }

    /// The account's fields once valid.
    public struct Valid: Sendable, Equatable {
        public let organisationID: String
        public let email: String
        public let displayName: String
        public let role: Role
        public let scope: TerritorialScope
    }

    /// Checks every field; `organisation` is the one chosen (nil when it does not exist).
    public func validate(
        organisation: Organisation?,
        knownDepartements: Set<String>,
        knownRegions: Set<String>
    ) -> Result<Valid, FieldErrors> {
        var errors = FieldErrors()
        let name = errors.text(
            displayName,
            field: "displayName",
            kind: .name,
            required: "Saisissez le prénom et le nom de la personne."
        )
        let email = EmailAddress.normalise(self.email)
        if email == nil { errors.add("email", "Saisissez une adresse e-mail valide, par exemple nom@exemple.fr.") }
        let role = Role(rawValue: self.role)
        if role == nil { errors.add("role", "Choisissez un rôle.") }
        if organisation == nil {
            errors.add("organisationID", "Choisissez l'organisation du compte.")
        } else if let organisation, !organisation.active {
            errors.add("organisationID", "Cette organisation est désactivée : réactivez-la d'abord.")
        } else if let organisation, let role, !role.allowedOrganisationKinds.contains(organisation.kind) {
            errors.add(
                "role",
                "Le rôle « \(role.label) » n'existe pas dans une organisation de type « \(organisation.kind.label) »."
            )
        }
        let scope = readScope(role: role, organisation: organisation, knownDepartements, knownRegions, &errors)
        guard errors.isEmpty, let name, let email, let role, let scope, let organisation else {
            return .failure(errors)
        }
        return .success(
            Valid(organisationID: organisation.id, email: email, displayName: name, role: role, scope: scope)
        )
    }

    private func readScope(
        role: Role?,
        organisation: Organisation?,
        _ knownDepartements: Set<String>,
        _ knownRegions: Set<String>,
        _ errors: inout FieldErrors
    ) -> TerritorialScope? {
        guard let kind = TerritorialScope.Kind(rawValue: scopeKind) else {
            errors.add("scopeKind", "Choisissez le périmètre : des départements, une région ou la France entière.")
            return nil
        }
        if let role, !role.allowedScopeKinds.contains(kind) {
            errors.add("scopeKind", "Le rôle « \(role.label) » ne peut pas avoir ce périmètre.")
            return nil
        }
        switch kind {
        case .nation:
            return .nation
        case .region:
            guard knownRegions.contains(regionCode) else {
                errors.add("regionCode", "Choisissez la région du périmètre.")
                return nil
            }
            return .region(regionCode)
        case .departements:
            let codes = Array(Set(departementCodes.filter { !$0.isEmpty })).sorted()
            if codes.isEmpty {
                errors.add("departements", "Choisissez au moins un département.")
                return nil
            }
            if let unknown = codes.first(where: { !knownDepartements.contains($0) }) {
                errors.add("departements", "Le département « \(unknown) » n'existe pas.")
                return nil
            }
            if let organisation, !organisation.departementCodes.isEmpty,
                let outside = codes.first(where: { !organisation.departementCodes.contains($0) })
            {
                errors.add("departements", "L'organisation n'intervient pas dans le département \(outside).")
                return nil
            }
            return .departements(codes)
        }
    }
}

extension TerritorialScope {
    /// The three kinds of scope, as chosen in forms.
    public enum Kind: String, Sendable, CaseIterable {
        case departements
        case region
        case nation
    }

    /// This scope's kind.
    public var kind: Kind {
        switch self {
        case .departements: .departements
        case .region: .region
        case .nation: .nation
        }
    }
}

extension Role {
    /// The kinds of territorial scope an account with this role may have.
    public var allowedScopeKinds: Set<TerritorialScope.Kind> {
        switch self {
        case .referent, .responsable, .ofii, .prefecture, .partenaire: [.departements]
        case .dreets: [.region]
        case .national, .admin: [.nation]
        case .dpo: [.departements, .region, .nation]
        }
    }
}
