import Foundation

/// A French département with its region and the date AGIR was deployed there (nil when not deployed).
public struct Departement: Sendable, Equatable {
    public let code: String
    public let name: String
    public let regionCode: String
    public let overseas: Bool
    public let agirDeployedOn: CalendarDay?

    public init(code: String, name: String, regionCode: String, overseas: Bool, agirDeployedOn: CalendarDay?) {
        self.code = code
        self.name = name
        self.regionCode = regionCode
        self.overseas = overseas
        self.agirDeployedOn = agirDeployedOn
    }

    /// "Rhône (69)", as shown in pickers.
    public var label: String { "\(name) (\(code))" }
}

/// A French region.
public struct Region: Sendable, Equatable {
    public let code: String
    public let name: String

    public init(code: String, name: String) {
        self.code = code
        self.name = name
    }
}

/// A commune (or a municipal arrondissement of Paris, Lyon or Marseille).
public struct Commune: Sendable, Equatable {
    public let code: String
    public let name: String
    public let departementCode: String
    public let population: Int?

    public init(code: String, name: String, departementCode: String, population: Int?) {
        self.code = code
        self.name = name
        self.departementCode = departementCode
        self.population = population
    }

    /// "Villeurbanne (69266)", as shown in pickers.
    public var label: String { "\(name) (\(code))" }
}

/// A country or territory by its ISO 3166 alpha-2 code.
public struct Country: Sendable, Equatable {
    public let code: String
    public let name: String

    public init(code: String, name: String) {
        self.code = code
        self.name = name
    }

    /// Whether a newcomer can hold this nationality: not France nor its overseas territories (their people are
    /// French), and not a territory without a people of its own (Antarctica, Bouvet Island…).
    public var isForeignNationality: Bool { !Self.notNationalities.contains(code) }

    /// France and the codes ISO gives French overseas territories, then territories without a permanent population.
    static let notNationalities: Set<String> = [
        "FR", "GP", "MQ", "GF", "RE", "YT", "PM", "BL", "MF", "NC", "PF", "WF", "TF",
        "AQ", "BV", "HM", "GS", "UM", "IO",
    ]
}
