import Domain
import Foundation
import SQLKit

/// Reading funding columns: Domain enums (an unknown value is a corrupt row), days, JSON documents.
enum FundingColumns {
    /// The enum case stored in `column`.
    static func value<Value: RawRepresentable>(
        _ type: Value.Type,
        _ column: String,
        _ row: any SQLRow
    ) throws -> Value where Value.RawValue == String {
        let raw = try row.decode(column: column, as: String.self)
        guard let value = Value(rawValue: raw) else {
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "\(column) : « \(raw) »"))
        }
        return value
    }

    /// A day column, nil when NULL.
    static func day(_ column: String, _ row: any SQLRow) throws -> CalendarDay? {
        try row.decode(column: column, as: String?.self).flatMap(CalendarDay.init(iso:))
    }

    /// Money in a cents column, nil when NULL.
    static func money(_ column: String, _ row: any SQLRow) throws -> Money? {
        try row.decode(column: column, as: Int?.self).map(Money.init(cents:))
    }

    /// A JSON document written by `json(_:)`.
    static func decodeJSON<T: Decodable>(_ type: T.Type, _ column: String, _ row: any SQLRow) throws -> T {
        let text = try row.decode(column: column, as: String.self)
        return try JSONDecoder().decode(T.self, from: Data(text.utf8))
    }

    /// A value as compact JSON with sorted keys (stable, so that equal contents store equal text).
    static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
