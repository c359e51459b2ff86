/// Rows of generated data, table by table, written together in one transaction by `SeedWriter`.
/// Each row lists its values in the column order of `SeedWriter`'s matching table.
public struct SeedRows: Sendable {
    public typealias Row = [BatchValue]

    public var organisations: [Row] = []
    public var accounts: [Row] = []
    public var households: [Row] = []
    public var persons: [Row] = []
    public var nameKeys: [Row] = []
    public var referrals: [Row] = []
    public var diagnoses: [Row] = []
    public var milestones: [Row] = []
    public var contacts: [Row] = []
    public var goals: [Row] = []
    public var actions: [Row] = []
    public var exits: [Row] = []
    public var appointments: [Row] = []
    public var cirRecords: [Row] = []
    public var assessments: [Row] = []
    public var proofs: [Row] = []
    public var civicExams: [Row] = []
    public var courses: [Row] = []
    public var enrolments: [Row] = []

    public init() {}

    /// How many rows in all.
    public var count: Int {
        [
            organisations, accounts, households, persons, nameKeys, referrals, diagnoses, milestones, contacts, goals,
            actions, exits, appointments, cirRecords, assessments, proofs, civicExams, courses, enrolments,
        ].reduce(0) { $0 + $1.count }
    }
}

/// A value bound into a generated row: text, integer, boolean or NULL.
public enum BatchValue: Sendable {
    case text(String)
    case integer(Int)
    case boolean(Bool)
    case null

    /// Text, or NULL when nil.
    public static func optional(_ text: String?) -> BatchValue { text.map { .text($0) } ?? .null }
    /// An integer, or NULL when nil.
    public static func optional(_ number: Int?) -> BatchValue { number.map { .integer($0) } ?? .null }
}
