/// Where an appointment stands: planned, then attended or missed once its time has come, or cancelled before. The raw
/// values are the ones stored in `appointments.status`.
public enum AppointmentStatus: String, Sendable, CaseIterable {
    case planned = "prevu"
    case attended = "honore"
    case missed = "manque"
    case cancelled = "annule"

    /// The French label.
    public var label: String {
        switch self {
        case .planned: "Prévu"
        case .attended: "Honoré"
        case .missed: "Manqué"
        case .cancelled: "Annulé"
        }
    }

    /// The outcomes a caseworker records once the appointment's time has come.
    public static let outcomes: [AppointmentStatus] = [.attended, .missed]
}
