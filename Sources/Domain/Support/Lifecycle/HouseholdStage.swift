/// Where a household stands in AGIR: referred by OFII, in support after the operator accepted it, exited, or its
/// referral declined. The raw values are the ones stored in `households.stage`.
public enum HouseholdStage: String, Sendable, CaseIterable, Codable {
    /// Referred by OFII, waiting for the operator's decision.
    case referred = "orientation"
    /// Accepted by the operator: in AGIR support (the welcome interview may still be to come).
    case inSupport = "accompagnement"
    /// The support has ended with a recorded exit.
    case exited = "sortie"
    /// The operator declined the referral.
    case declined = "orientation_refusee"

    /// The French label.
    public var label: String {
        switch self {
        case .referred: "Orientation en attente"
        case .inSupport: "En accompagnement"
        case .exited: "Sorti d'AGIR"
        case .declined: "Orientation refusée"
        }
    }

    /// The stages a household may move to from this one; exited and declined are final.
    public var next: Set<HouseholdStage> {
        switch self {
        case .referred: [.inSupport, .declined]
        case .inSupport: [.exited]
        case .exited, .declined: []
        }
    }

    /// Whether the household may move from this stage to `stage`.
    public func allows(_ stage: HouseholdStage) -> Bool { next.contains(stage) }

    /// The stage after `stage`, or a conflict saying in French why the household cannot move there.
    public func moving(to stage: HouseholdStage) throws -> HouseholdStage {
        guard allows(stage) else { throw DomainError.conflict(refusal) }
        return stage
    }

    /// Why nothing more can be written in a household at this stage.
    public var refusal: String {
        switch self {
        case .referred: "Ce ménage est orienté mais pas encore accepté : son dossier n'est pas encore ouvert."
        case .inSupport: "Ce ménage est déjà en accompagnement."
        case .exited: "Ce ménage est sorti d'AGIR : son dossier n'est plus modifiable."
        case .declined: "L'orientation de ce ménage a été refusée : son dossier n'est pas modifiable."
        }
    }
}
