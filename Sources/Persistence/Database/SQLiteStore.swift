import Foundation
import Logging
import NIOPosix
import SQLKit
import SQLiteKit
import Synchronization

/// SQLite with one writer connection (transactions take turns) and reader connections in WAL mode.
public final class SQLiteStore: Database {
    public let kind = DatabaseKind.sqlite
    private let writer: SQLiteConnection
    private let readers: [SQLiteConnection]
    private let writeLock = AsyncMutex()
    private let nextReader = Atomic<Int>(0)
    private let isMemory: Bool

    /// Opens the database at `path` (nil for a private in-memory database) with `readerCount` readers.
    public static func open(path: String?, readerCount: Int = 2, logger: Logger) async throws -> SQLiteStore {
        if let path {
            let directory = (path as NSString).deletingLastPathComponent
            if !directory.isEmpty {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            }
        }
        let storage: SQLiteConnection.Storage = path.map { .file(path: $0) } ?? .memory
        var opened: [SQLiteConnection] = []
        do {
            let writer = try await SQLiteConnection.open(storage: storage, logger: logger).get()
            opened.append(writer)
            try await configure(writer, isMemory: path == nil)
            var readers: [SQLiteConnection] = []
            if path != nil {
                for _ in 0..<max(1, readerCount) {
                    let reader = try await SQLiteConnection.open(storage: storage, logger: logger).get()
                    opened.append(reader)
                    try await configure(reader, isMemory: false)
                    readers.append(reader)
                }
            }
            return SQLiteStore(writer: writer, readers: readers, isMemory: path == nil)
        } catch {
            // A connection dropped unclosed stops the process: close those opened before the file was refused.
            for connection in opened { try? await connection.close().get() }
            throw error
        }
    }

    private init(writer: SQLiteConnection, readers: [SQLiteConnection], isMemory: Bool) {
        self.writer = writer
        self.readers = readers
        self.isMemory = isMemory
    }

    private static func configure(_ connection: SQLiteConnection, isMemory: Bool) async throws {
        let sql = connection.sql()
        if !isMemory {
            try await sql.raw("PRAGMA journal_mode=WAL").run()
            try await sql.raw("PRAGMA synchronous=NORMAL").run()
            // SQLite's default page cache is 2 MB per connection, small for a national database of about 1 GB.
            // Memory-mapped reads were measured too: no faster here, and they triple the resident memory.
            try await sql.raw("PRAGMA cache_size=-16000").run()
        }
        try await sql.raw("PRAGMA busy_timeout=5000").run()
        try await sql.raw("PRAGMA foreign_keys=ON").run()
    }

    public func read<T>(_ body: (any SQLDatabase) async throws -> T) async throws -> T {
        // A private in-memory database has a single connection: reads wait for writes so they never see half a transaction.
        if readers.isEmpty {
            return try await writeLock.withLock { try await body(writer.sql()) }
        }
        let index = nextReader.add(1, ordering: .relaxed).oldValue % readers.count
        return try await body(readers[index].sql())
    }

    public func write<T>(_ body: (any SQLDatabase) async throws -> T) async throws -> T {
        // IMMEDIATE takes the write lock at once, so a transaction never fails half-way on a busy database.
        try await writeLock.withLock {
            try await Transaction.run(on: writer.sql(), begin: "BEGIN IMMEDIATE", body)
        }
    }

    /// SQLite's connections are opened with the store: nothing runs beside them, so this only waits for the end.
    public func run() async {
        while !Task.isCancelled {
            do { try await Task.sleep(for: .seconds(3_600)) } catch { return }
        }
    }

    public func close() async {
        for connection in readers + [writer] {
            try? await connection.close().get()
        }
    }
}
