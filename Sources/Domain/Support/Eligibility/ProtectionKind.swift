/// The protection a person holds, as recorded in the case file.
public enum ProtectionKind: String, Sendable, CaseIterable, Codable {
    /// Refugee status (international protection).
    case refugee
    /// Subsidiary protection (international protection).
    case subsidiary
    /// Stateless person; accepted by AGIR operators alongside international protection.
    case stateless
    /// Temporary protection (Ukraine); excluded from AGIR.
    case temporary

    /// The French label shown to caseworkers.
    public var label: String {
        switch self {
        case .refugee: "réfugié"
        case .subsidiary: "protection subsidiaire"
        case .stateless: "apatride"
        case .temporary: "protection temporaire"
        }
    }

    /// Whether this protection can open AGIR as a protection holder.
    public var opensAGIR: Bool {
        self != .temporary
    }
}
