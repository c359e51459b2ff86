import SQLKit

extension SQLDatabase {
    /// Whether `SELECT … FOR UPDATE` exists here: on PostgreSQL; not on SQLite, whose single writer already runs
    /// write transactions one at a time.
    public var locksRows: Bool { dialect.exclusiveSelectLockExpression != nil }

    /// ` FOR UPDATE OF alias` (or ` FOR UPDATE` of every table read, without an alias) on PostgreSQL, so that the
    /// rows a transaction decides on stay as read until it ends; nothing on SQLite. Every row lock of Parcours is
    /// written here.
    public func lockingRows(of alias: String? = nil) -> SQLQueryString {
        guard locksRows else { return "" }
        return alias.map { " FOR UPDATE OF \(unsafeRaw: $0)" } ?? " FOR UPDATE"
    }
}
