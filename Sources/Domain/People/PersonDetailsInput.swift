import Foundation

/// What the household file records about a person beyond the referral: languages, contact, CIR direction and
/// administrative identifiers, each optional and checked where its format is known.
public struct PersonDetailsInput: Sendable, Equatable {
    public var languages = ""
    public var phone = ""
    public var email = ""
    public var ofiiDirection = ""
    public var ofpraNumber = ""
    public var cafNumber = ""
    public var franceTravailID = ""
    public var socialSecurityNumber = ""

    public init() {}

    /// The details once checked: empty fields are nil, identifiers normalised.
    public struct Valid: Sendable, Equatable {
        public let languages: String?
        public let phone: String?
        public let email: String?
        public let ofiiDirection: String?
        public let ofpraNumber: String?
        public let cafNumber: String?
        public let franceTravailID: String?
        public let socialSecurityNumber: String?
    }

    /// The longest free text (languages, OFII direction) a field may carry.
    public static let maximumTextLength = 120

    /// Checks every field; a message per field in `errors`, nil when any is wrong.
    public func validate(_ errors: inout FieldErrors) -> Valid? {
        let before = errors.messages.count
        let languages = Self.text(self.languages, field: "languages", &errors)
        let direction = Self.text(ofiiDirection, field: "ofiiDirection", &errors)
        let phone = PersonIdentifiers.normalised(self.phone).replacingOccurrences(of: "+33", with: "0")
        if !phone.isEmpty, !(phone.count == 10 && phone.hasPrefix("0") && phone.allSatisfy(\.isNumber)) {
            errors.add("phone", "Saisissez un numéro de téléphone français à 10 chiffres, par exemple 06 12 34 56 78.")
        }
        let mail = email.trimmingCharacters(in: .whitespacesAndNewlines)
        if !mail.isEmpty, EmailAddress.normalise(mail) == nil {
            errors.add("email", "Saisissez une adresse e-mail valide, par exemple nom@exemple.fr.")
        }
        let ofpra = Self.identifier(ofpraNumber, field: "ofpraNumber", PersonIdentifiers.ofpraFileNumber, &errors)
        let caf = Self.identifier(cafNumber, field: "cafNumber", PersonIdentifiers.cafNumber, &errors)
        let franceTravail = Self.identifier(
            franceTravailID,
            field: "franceTravailID",
            PersonIdentifiers.franceTravailIdentifier,
            &errors
        )
        let nir = Self.identifier(socialSecurityNumber, field: "socialSecurityNumber", PersonIdentifiers.nir, &errors)
        guard errors.messages.count == before else { return nil }
        return Valid(
            languages: languages,
            phone: phone.isEmpty ? nil : phone,
            email: mail.isEmpty ? nil : EmailAddress.normalise(mail),
            ofiiDirection: direction,
            ofpraNumber: ofpra,
            cafNumber: caf,
            franceTravailID: franceTravail,
            socialSecurityNumber: nir
        )
    }

    static func text(_ value: String, field: String, _ errors: inout FieldErrors) -> String? {
        let text = errors.text(value, field: field, kind: TextKind(maxLength: maximumTextLength, multiline: false))
        return text?.isEmpty == false ? text : nil
    }

    static func identifier(
        _ value: String,
        field: String,
        _ check: (String) -> Result<String, IdentifierError>,
        _ errors: inout FieldErrors
    ) -> String? {
        guard !value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return nil }
        switch check(value) {
        case .success(let normalised): return normalised
        case .failure(let error):
            errors.add(field, error.message)
            return nil
        }
    }
}
