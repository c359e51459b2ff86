import SQLKit

/// Reads a column holding the raw value of a Domain enum; an unknown value is a corrupt row, never a guess.
enum StoredValue {
    /// The enum case stored in `column`.
    static func decode<Value: RawRepresentable>(
        _ type: Value.Type,
        column: String,
        in row: any SQLRow
    ) throws -> Value where Value.RawValue == String {
        let raw = try row.decode(column: column, as: String.self)
        guard let value = Value(rawValue: raw) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: [], debugDescription: "\(column) : valeur inconnue « \(raw) »")
            )
        }
        return value
    }
}

extension SQLQueryString {
    /// A Domain enum's stored value as an SQL string literal, so that SQL names a stage or status through its enum.
    public mutating func appendInterpolation<Value: RawRepresentable>(stored value: Value)
    where Value.RawValue == String {
        appendInterpolation(literal: value.rawValue)
    }
}
