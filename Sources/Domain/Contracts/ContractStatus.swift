/// Where a contract stands: drafted, signed, being carried out, or over. It only moves forward.
public enum ContractStatus: String, Sendable, CaseIterable, Codable {
    case preparation
    case signed = "signe"
    case running = "en_cours"
    case ended = "termine"

    /// The French name shown on screens.
    public var label: String {
        switch self {
        case .preparation: "En préparation"
        case .signed: "Signé"
        case .running: "En cours"
        case .ended: "Terminé"
        }
    }

    /// Whether the contract has been signed (signed, running or ended): only then is it public.
    public var isSigned: Bool { self != .preparation }

    /// The statuses a contract may move to from this one; signing has its own use case (it takes the snapshot).
    public var next: [ContractStatus] {
        switch self {
        case .preparation: [.signed]
        case .signed: [.running, .ended]
        case .running: [.ended]
        case .ended: []
        }
    }
}
