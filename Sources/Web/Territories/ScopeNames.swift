import Domain
import Foundation
import Persistence

/// The names of départements and régions, read once from the reference data, so that a scope reads "Rhône (69)" or
/// "Auvergne-Rhône-Alpes" on every page rather than "Département 69" or "Région 84".
final class ScopeNames: @unchecked Sendable {
    private let territories: TerritoryQueries
    private let lock = NSLock()
    private var names: (departements: [String: String], regions: [String: String])?

    init(territories: TerritoryQueries) { self.territories = territories }

    /// "Rhône (69)", "Rhône (69), Ain (01)", "Auvergne-Rhône-Alpes", "France entière".
    func label(_ scope: TerritorialScope) async throws -> String {
        let names = try await loaded()
        switch scope {
        case .departements(let codes):
            return codes.map { code in names.departements[code].map { "\($0) (\(code))" } ?? code }
                .joined(separator: ", ")
        case .region(let code): return names.regions[code] ?? scope.label
        case .nation: return scope.label
        }
    }

    private func loaded() async throws -> (departements: [String: String], regions: [String: String]) {
        if let names = lock.withLock({ self.names }) { return names }
        // Reference data does not change while the server runs: two first requests may both read it, harmlessly.
        let departements = Dictionary(
            uniqueKeysWithValues: try await territories.departements().map { ($0.code, $0.name) }
        )
        let regions = Dictionary(uniqueKeysWithValues: try await territories.regions().map { ($0.code, $0.name) })
        lock.withLock { self.names = (departements, regions) }
        return (departements, regions)
    }
}
