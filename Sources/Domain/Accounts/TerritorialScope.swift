/// Where an account acts: some départements, one region, or the whole nation.
public enum TerritorialScope: Sendable, Equatable, Codable {
    case departements([String])
    case region(String)
    case nation

    /// A short French description, as shown in the header.
    public var label: String {
        switch self {
        case .departements(let codes):
            codes.count == 1 ? "Département \(codes[0])" : "Départements \(codes.joined(separator: ", "))"
        case .region(let code): "Région \(code)"
        case .nation: "France entière"
        }
    }

    /// The stored form: `dep:69,01`, `reg:84` or `nation`.
    public var storedValue: String {
        switch self {
        case .departements(let codes): "dep:" + codes.joined(separator: ",")
        case .region(let code): "reg:" + code
        case .nation: "nation"
        }
    }

    /// Reads the stored form back; nil when it is not one of the three forms.
    public init?(storedValue: String) {
        if storedValue == "nation" {
            self = .nation
        } else if storedValue.hasPrefix("reg:"), storedValue.count > 4 {
            self = .region(String(storedValue.dropFirst(4)))
        } else if storedValue.hasPrefix("dep:"), storedValue.count > 4 {
            self = .departements(storedValue.dropFirst(4).split(separator: ",").map(String.init))
        } else {
            return nil
        }
    }
}
