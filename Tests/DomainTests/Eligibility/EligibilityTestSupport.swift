import Foundation

/// JSON helpers for Codable checks.
enum JSONRoundTrip {
    /// Encodes a value to JSON.
    static func encode<T: Encodable>(_ value: T) throws -> Data {
        try JSONEncoder().encode(value)
    }

    /// Decodes a value from JSON.
    static func decode<T: Decodable>(_ type: T.Type, _ data: Data) throws -> T {
        try JSONDecoder().decode(type, from: data)
    }
}
