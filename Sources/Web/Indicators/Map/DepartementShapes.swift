import Foundation

/// The départements' outlines for the map, read once from `Resources/Map/departements.tsv` (written by
/// tools/make_map.py from IGN's ADMIN EXPRESS, Licence Ouverte): a drawing of 600 × 463 SVG units with the overseas
/// départements in insets.
public enum DepartementShapes {
    /// One département's outline.
    public typealias Shape = (code: String, name: String, path: String)
    /// One overseas inset box.
    public typealias Inset = (code: String, x: Double, y: Double, width: Double, height: Double)

    private static let file = load()

    /// Width of the drawing in SVG user units.
    public static var width: Int { file.width }
    /// Height of the drawing in SVG user units.
    public static var height: Int { file.height }
    /// (code, French name, SVG path data) for the 101 départements, in code order.
    public static var all: [Shape] { file.shapes }
    /// The boxes of the overseas insets.
    public static var insets: [Inset] { file.insets }

    private static func load() -> (width: Int, height: Int, shapes: [Shape], insets: [Inset]) {
        // The file ships inside the module: its absence is a packaging fault, not a runtime condition.
        guard let url = Bundle.module.url(forResource: "departements", withExtension: "tsv", subdirectory: "Map"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { preconditionFailure("Resources/Map/departements.tsv manque dans le module Web") }
        var size = (width: 0, height: 0)
        var shapes: [Shape] = []
        var insets: [Inset] = []
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            switch (fields.first, fields.count) {
            case ("size", 3): size = (Int(fields[1]) ?? 0, Int(fields[2]) ?? 0)
            case ("shape", 4): shapes.append((fields[1], fields[2], fields[3]))
            case ("inset", 6):
                let box = fields[2...].compactMap(Double.init)
                if box.count == 4 { insets.append((fields[1], box[0], box[1], box[2], box[3])) }
            default: preconditionFailure("ligne illisible dans departements.tsv : \(line.prefix(40))")
            }
        }
        return (size.width, size.height, shapes, insets)
    }
}
