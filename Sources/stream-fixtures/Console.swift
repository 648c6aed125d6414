import Foundation
import StreamContracts

/// Standard output and error, with the exit codes of the CLI.
enum Console {
    static let ok: Int32 = 0
    static let violations: Int32 = 1
    static let usage: Int32 = 64
    static let unreadable: Int32 = 65

    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Writes `bytes` to standard output without copying them into a `Data` first.
    static func out(bytes: [UInt8]) {
        bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress, !buffer.isEmpty else { return }
            FileHandle.standardOutput.write(
                Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: buffer.count, deallocator: .none))
        }
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Whether a report in `format` on standard output is coloured, as `choice` (`--color`) decides.
    static func stdoutColors(_ choice: ColorChoice = .auto, format: ReportFormat) -> Bool {
        choice.colors(
            for: format, isTerminal: isatty(STDOUT_FILENO) != 0, environment: ProcessInfo.processInfo.environment)
    }

    /// Whether standard error is a terminal (a progress line may be drawn there).
    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) != 0 }
}
