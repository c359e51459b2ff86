/// A person's identity as recorded and corrected: names as on documents and usual spellings, what is known of the
/// birth date, sex, nationality, and the protection obtained with its authority and date.
public struct PersonIdentity: Sendable, Equatable {
    public let name: PersonName
    public let birthYear: Int
    public let birthMonth: Int?
    public let birthDay: Int?
    public let sex: String
    public let nationality: String
    public let protection: ProtectionKind?
    public let protectionAuthority: String?
    public let protectionDate: CalendarDay?

    public init(
        name: PersonName,
        birthYear: Int,
        birthMonth: Int?,
        birthDay: Int?,
        sex: String,
        nationality: String,
        protection: ProtectionKind?,
        protectionAuthority: String?,
        protectionDate: CalendarDay?
    ) {
        self.name = name
        self.birthYear = birthYear
        self.birthMonth = birthMonth
        self.birthDay = birthDay
        self.sex = sex
        self.nationality = nationality
        self.protection = protection
        self.protectionAuthority = protectionAuthority
        self.protectionDate = protectionDate
    }

    /// The fields as the audit log writes them (French names); `personalFields` are masked there.
    public var auditFields: [String: String?] {
        [
            "noms_documents": name.documentNames, "noms_usuels": name.usualNames.isEmpty ? nil : name.usualNames,
            "annee_naissance": String(birthYear), "mois_naissance": birthMonth.map(String.init),
            "jour_naissance": birthDay.map(String.init), "sexe": sex, "nationalite": nationality,
            "protection": protection?.rawValue, "autorite_protection": protectionAuthority,
            "date_protection": protectionDate?.iso,
        ]
    }

    /// The audit fields that identify the person, masked in the log as the other personal fields are.
    public static let personalFields: Set<String> = [
        "noms_documents", "noms_usuels", "annee_naissance", "mois_naissance", "jour_naissance",
    ]
}
