/// The French-language certificates and diplomas a person may prove a level with (arrêtés of 21 February 2018 and
/// 22 December 2025): certificates count for two years, diplomas without limit.
public enum CertificationKind: String, Sendable, CaseIterable {
    case tcf = "tcf"
    case tcfIRN = "tcf_irn"
    case tcfANF = "tcf_anf"
    case tef = "tef"
    case tefIRN = "tef_irn"
    case tefNaturalisation = "tef_naturalisation"
    case delf = "delf"
    case dalf = "dalf"
    case dcl = "dcl"
    case frenchDiploma = "diplome_francais"

    /// The name on screens.
    public var label: String {
        switch self {
        case .tcf: "TCF tout public"
        case .tcfIRN: "TCF IRN (intégration, résidence, nationalité)"
        case .tcfANF: "TCF ANF (accès à la nationalité française)"
        case .tef: "TEF"
        case .tefIRN: "TEF IRN (intégration, résidence, nationalité)"
        case .tefNaturalisation: "TEF Naturalisation"
        case .delf: "DELF (diplôme)"
        case .dalf: "DALF (diplôme)"
        case .dcl: "DCL FLE (diplôme)"
        case .frenchDiploma: "Diplôme français (brevet, CAP, BEP…)"
        }
    }

    /// Whether a proof of this kind is a certificate (two-year validity) or a diploma.
    public var proofKind: LanguageProof.Kind {
        switch self {
        case .tcf, .tcfIRN, .tcfANF, .tef, .tefIRN, .tefNaturalisation: .certification
        case .delf, .dalf, .dcl, .frenchDiploma: .diploma
        }
    }
}
