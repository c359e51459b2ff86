import Foundation

/// Writing to the terminal.
enum Console {
    /// Prints a line to standard output.
    static func say(_ line: String) {
        // Written straight to the file descriptor: `print` buffers when the output is a pipe, and the server never returns.
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    /// Prints a line to standard error.
    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}

/// The process environment, readable and overridable.
enum ProcessInfoEnvironment {
    static var current: [String: String] { ProcessInfo.processInfo.environment }
}
