import Foundation

/// The domains of the AGIR diagnosis; health is a restricted section (GDPR art. 9).
public enum DiagnosisDomain: String, Sendable, CaseIterable {
    case accessToRights = "acces_droits"
    case housing = "logement"
    case employmentTraining = "emploi_formation"
    case language = "langue_francaise"
    case health = "sante"
    case mobility = "mobilite"
    case family = "famille_parentalite"
    case digital = "numerique"
    case budget

    /// The French label.
    public var label: String {
        switch self {
        case .accessToRights: "Accès aux droits"
        case .housing: "Logement"
        case .employmentTraining: "Emploi et formation"
        case .language: "Langue française"
        case .health: "Santé"
        case .mobility: "Mobilité"
        case .family: "Famille et parentalité"
        case .digital: "Numérique"
        case .budget: "Budget"
        }
    }

    /// Health data are visible to the assigned caseworker only, never exported, and every read is logged.
    public var isRestricted: Bool { self == .health }
}

/// How much support a domain needs.
public enum NeedLevel: String, Sendable, CaseIterable {
    case none = "aucun"
    case low = "faible"
    case medium = "moyen"
    case high = "fort"

    /// The French label.
    public var label: String {
        switch self {
        case .none: "Aucun besoin"
        case .low: "Besoin faible"
        case .medium: "Besoin moyen"
        case .high: "Besoin fort"
        }
    }
}

/// One domain of a household's diagnosis.
public struct DiagnosisEntry: Sendable, Equatable {
    public let domain: DiagnosisDomain
    public let situation: String
    public let need: NeedLevel
    public let note: String

    public init(domain: DiagnosisDomain, situation: String, need: NeedLevel, note: String) {
        self.domain = domain
        self.situation = situation
        self.need = need
        self.note = note
    }

    /// The longest situation or note accepted: a short summary, never a narrative.
    public static let maximumLength = 300

    /// Reads one domain of the form; an untouched domain (no need chosen, nothing written) gives nil.
    public static func read(
        domain: DiagnosisDomain,
        situation: String,
        need: String,
        note: String,
        _ errors: inout FieldErrors
    ) -> DiagnosisEntry? {
        let kind = TextKind(maxLength: maximumLength, multiline: true)
        let cleanSituation = errors.text(situation, field: "situation-\(domain.rawValue)", kind: kind)
        let cleanNote = errors.text(note, field: "note-\(domain.rawValue)", kind: kind)
        guard let cleanSituation, let cleanNote else { return nil }
        if need.isEmpty && cleanSituation.isEmpty && cleanNote.isEmpty { return nil }
        guard let level = NeedLevel(rawValue: need) else {
            errors.add("besoin-\(domain.rawValue)", "\(domain.label) : choisissez le niveau de besoin.")
            return nil
        }
        return DiagnosisEntry(domain: domain, situation: cleanSituation, need: level, note: cleanNote)
    }
}
