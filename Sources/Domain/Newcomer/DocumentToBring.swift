/// A document a person is asked to bring to an appointment, from a fixed list so that each can be translated.
public enum DocumentToBring: String, Sendable, CaseIterable, Codable {
    case residencePermit = "titre_sejour"
    case passport = "passeport"
    case civilStatus = "etat_civil"
    case proofOfAddress = "justificatif_domicile"
    case bankDetails = "rib"
    case cafCertificate = "attestation_caf"
    case healthInsuranceCard = "carte_vitale"
    case cirContract = "cir"
    case languageCertificates = "certificats_francais"
    case diplomas = "diplomes"
    case cv
    case taxNotice = "avis_impot"
    case familyRecordBook = "livret_famille"
    case lease = "bail"
    case franceTravailCertificate = "attestation_france_travail"
    case photos = "photos_identite"

    /// The French label shown to caseworkers.
    public var label: String {
        switch self {
        case .residencePermit: "Titre de séjour ou récépissé"
        case .passport: "Passeport ou titre de voyage"
        case .civilStatus: "Actes d'état civil (OFPRA)"
        case .proofOfAddress: "Justificatif de domicile ou attestation d'hébergement"
        case .bankDetails: "RIB"
        case .cafCertificate: "Attestation de la CAF"
        case .healthInsuranceCard: "Carte Vitale ou attestation de droits"
        case .cirContract: "Contrat d'intégration républicaine (CIR)"
        case .languageCertificates: "Attestations et diplômes de français"
        case .diplomas: "Diplômes et certificats de travail"
        case .cv: "CV"
        case .taxNotice: "Avis d'impôt"
        case .familyRecordBook: "Livret de famille"
        case .lease: "Bail ou quittance de loyer"
        case .franceTravailCertificate: "Attestation France Travail"
        case .photos: "Photos d'identité"
        }
    }

    /// Reads the codes of a form; an unknown code is nil (the form is refused, nothing is dropped silently).
    public static func read(_ codes: [String]) -> [DocumentToBring]? {
        var documents: [DocumentToBring] = []
        for code in codes {
            guard let document = DocumentToBring(rawValue: code) else { return nil }
            if !documents.contains(document) { documents.append(document) }
        }
        return documents.sorted { allCases.firstIndex(of: $0)! < allCases.firstIndex(of: $1)! }
    }
}
