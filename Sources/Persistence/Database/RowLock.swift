import SQLKit

extension SQLDatabase {
    /// Whether `SELECT … FOR UPDATE` exists here: on PostgreSQL; not on SQLite, whose single writer already runs
    /// write transactions one at a time.
    public var locksRows: Bool { dialect.exclusiveSelectLockExpression != nil }

    /// ` FOR UPDATE OF alias` on PostgreSQL, so that the rows a transaction decides on stay as read until it ends;
    /// nothing on SQLite.
    public func lockingRows(of alias: String) -> SQLQueryString {
        locksRows ? " FOR UPDATE OF \(unsafeRaw: alias)" : ""
    }
}
