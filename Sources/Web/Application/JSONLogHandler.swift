import Foundation
import Logging

/// One JSON object per line on standard error (`PARCOURS_LOG_FORMAT=json`), for log collectors: time (UTC, ISO
/// 8601 with milliseconds), level, logger, message, and the metadata flattened as strings (the request id
/// `hb.request.id` among them, also sent to the client as `X-Request-Id`).
public struct JSONLogHandler: LogHandler {
    let label: String
    public var logLevel: Logger.Level
    public var metadata: Logger.Metadata = [:]
    public var metadataProvider: Logger.MetadataProvider?
    /// Where each line goes (standard error unless a test collects them).
    let output: @Sendable (Data) -> Void

    public init(label: String, logLevel: Logger.Level, output: @escaping @Sendable (Data) -> Void = Self.standardError)
    {
        self.label = label
        self.logLevel = logLevel
        self.output = output
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var merged = metadata
        if let provided = metadataProvider?.get() { merged.merge(provided) { _, new in new } }
        if let extra = event.metadata { merged.merge(extra) { _, new in new } }
        var object: [String: String] = [
            "time": Self.timestamp(Date()), "level": event.level.rawValue, "logger": label,
            "message": event.message.description,
        ]
        for (key, value) in merged where object[key] == nil { object[key] = value.description }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard var line = try? encoder.encode(object) else { return }
        line.append(0x0A)
        output(line)
    }

    private static let lock = NSLock()

    /// Writes a whole line to standard error, one line at a time across threads.
    public static let standardError: @Sendable (Data) -> Void = { line in
        lock.lock()
        FileHandle.standardError.write(line)
        lock.unlock()
    }

    private static let style = Date.ISO8601FormatStyle(includingFractionalSeconds: true)

    private static func timestamp(_ date: Date) -> String { date.formatted(style) }
}
