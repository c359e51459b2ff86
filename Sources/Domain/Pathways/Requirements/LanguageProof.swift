/// Justificatif de niveau de français : attestation de certification (TCF, TEF, TCF IRN…) ou diplôme (DELF, DALF, diplôme français).
public struct LanguageProof: Sendable, Codable, Equatable {
    /// Nature du justificatif, qui décide s'il a une durée de validité.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case certification = "certification"
        case diploma = "diploma"
    }

    /// Une attestation qui n'est pas un diplôme compte si elle a « moins de deux ans » au jour du dépôt.
    public static let certificateValidityYears = 2

    public let kind: Kind
    /// Nom libre du justificatif, par exemple « TCF IRN » ou « DELF B1 ».
    public let name: String
    /// Date de délivrance (date de la session pour une certification).
    public let date: CalendarDay
    /// Niveau obtenu par compétence ; une compétence absente n'est pas prouvée par ce justificatif.
    public let levels: [LanguageSkill: CEFRLevel]

    /// Crée un justificatif tel quel (utilisé aussi par le décodage JSON).
    public init(kind: Kind, name: String, date: CalendarDay, levels: [LanguageSkill: CEFRLevel]) {
        self.kind = kind
        self.name = name
        self.date = date
        self.levels = levels
    }

    /// Attestation de certification avec un niveau par compétence évaluée.
    public static func certification(
        _ name: String,
        date: CalendarDay,
        levels: [LanguageSkill: CEFRLevel]
    ) -> LanguageProof {
        LanguageProof(kind: .certification, name: name, date: date, levels: levels)
    }

    /// Attestation de certification au même niveau dans les quatre compétences.
    public static func certification(_ name: String, date: CalendarDay, allSkills level: CEFRLevel) -> LanguageProof {
        certification(name, date: date, levels: uniformLevels(level))
    }

    /// Diplôme (DELF, DALF, brevet, CAP…) : un seul niveau, valable pour les quatre compétences.
    public static func diploma(_ name: String, date: CalendarDay, level: CEFRLevel) -> LanguageProof {
        LanguageProof(kind: .diploma, name: name, date: date, levels: uniformLevels(level))
    }

    /// Premier jour où une attestation ne compte plus (date + 2 ans, le 29 février devenant 28 février) ; nil pour un diplôme.
    ///
    /// « Moins de deux ans » : le jour du deuxième anniversaire, l'attestation a exactement deux ans et ne compte plus.
    /// Ainsi une attestation du 15 mars 2024 compte pour un dépôt le 14 mars 2026, pas le 15 mars 2026.
    public var stopsCountingOn: CalendarDay? {
        switch kind {
        case .diploma: nil
        case .certification: date.adding(years: LanguageProof.certificateValidityYears)
        }
    }

    /// Vrai si le justificatif compte pour un dépôt à cette date : déjà délivré, et encore valable s'il s'agit d'une attestation.
    public func counts(on applicationDate: CalendarDay) -> Bool {
        // Un justificatif postérieur au dépôt n'existait pas encore ce jour-là.
        guard date <= applicationDate else { return false }
        guard let end = stopsCountingOn else { return true }
        return applicationDate < end
    }

    private static func uniformLevels(_ level: CEFRLevel) -> [LanguageSkill: CEFRLevel] {
        Dictionary(uniqueKeysWithValues: LanguageSkill.allCases.map { ($0, level) })
    }
}
