/// An indicator as the catalogue documents it: what it measures, how, and against which target.
public struct IndicatorDefinition: Sendable, Hashable, Identifiable {
    /// The unit a value is expressed in.
    public enum Unit: String, Sendable, Hashable {
        case count = "nombre"
        case percent = "pourcentage"
        case days = "jours"
    }

    /// The stable code, e.g. `AGIR_ORIENTATIONS`.
    public let code: String
    /// The French label.
    public let label: String
    /// What it measures, in French.
    public let definition: String
    /// How it is computed, in words.
    public let formula: String
    /// The unit.
    public let unit: Unit
    /// The national target, in the indicator's unit, when there is one.
    public let target: Double?
    /// Where the data come from.
    public let source: String
    /// The version of the definition; a changed formula gets a new version.
    public let version: Int

    public var id: String { code }
}
