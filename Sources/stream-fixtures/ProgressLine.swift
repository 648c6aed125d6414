import Foundation
import StreamContracts

/// The single updating line `validate` draws on standard error while it runs on a terminal:
/// `3/12 files, 41.2/96.0 MB, 52,311 documents, 1,204 findings, 84.1 MB/s, 0:07 left`.
///
/// Readers on any thread report the bytes and files they have read; the thread that writes the report reports each
/// verdict. The line is redrawn at most every `interval` seconds (`\r`, the line, erase to its end) and erased by
/// `finish()`, so nothing of it remains in a terminal's scrollback; it never writes to standard output. The writer
/// and the clock are injected, so a test draws it into a string with a clock it moves itself.
final class ProgressLine: @unchecked Sendable {
    private let totalFiles: Int
    private let totalBytes: Int?
    private let interval: Double
    private let clock: @Sendable () -> Double
    private let write: @Sendable (String) -> Void
    // Everything below is guarded by `lock`.
    private let lock = NSLock()
    private let start: Double
    private var lastDrawn: Double?
    private var filesRead = 0
    private var bytesRead = 0
    private var documents = 0
    private var findings = 0
    private var finished = false

    /// Creates a progress line; it draws nothing until something is reported.
    ///
    /// - Parameters:
    ///   - totalFiles: the inputs to read.
    ///   - totalBytes: their size, or `nil` when unknown (standard input).
    ///   - interval: the shortest time between two redraws, in seconds.
    ///   - clock: the time now, in seconds, never going back.
    ///   - write: receives what is drawn (standard error in the CLI).
    init(
        totalFiles: Int, totalBytes: Int?, interval: Double = 0.1,
        clock: @escaping @Sendable () -> Double = { ProcessInfo.processInfo.systemUptime },
        write: @escaping @Sendable (String) -> Void
    ) {
        (self.totalFiles, self.totalBytes, self.interval) = (totalFiles, totalBytes, interval)
        (self.clock, self.write) = (clock, write)
        start = clock()
    }

    /// Whether `validate` draws a progress line: only on a terminal, never with `--quiet`, and never in CI (`CI`
    /// set, however it is set: CI logs keep every redraw).
    ///
    /// - Parameters:
    ///   - stderrIsTerminal: whether standard error is a terminal.
    ///   - quiet: whether `--quiet` was given.
    ///   - environment: the process environment.
    static func isWanted(stderrIsTerminal: Bool, quiet: Bool, environment: [String: String]) -> Bool {
        stderrIsTerminal && !quiet && environment["CI"] == nil
    }

    /// Counts bytes read from an input (any thread).
    func read(bytes: Int) { update { $0.bytesRead += bytes } }

    /// Counts an input read to its end (any thread).
    func readFile() { update { $0.filesRead += 1 } }

    /// Counts a verdict: a payload document and its findings (the report's thread).
    func add(_ report: DocumentReport) {
        update { progress in
            if report.status != .other, report.status != .skipped { progress.documents += 1 }
            progress.findings += report.diagnostics.count
        }
    }

    /// Erases the line, if one was drawn; later reports draw nothing.
    func finish() {
        lock.lock()
        defer { lock.unlock() }
        guard !finished else { return }
        finished = true
        if lastDrawn != nil { write("\r\u{1B}[K") }
    }

    /// The line for the counts so far, `now` seconds on the clock.
    func line(at now: Double) -> String {
        lock.lock()
        defer { lock.unlock() }
        return text(at: now)
    }

    private func update(_ change: (ProgressLine) -> Void) {
        lock.lock()
        defer { lock.unlock() }
        guard !finished else { return }
        change(self)
        let now = clock()
        if let lastDrawn, now - lastDrawn < interval { return }
        lastDrawn = now
        write("\r" + text(at: now) + "\u{1B}[K")
    }

    private func text(at now: Double) -> String {
        let count = TextReportRenderer.count
        let elapsed = max(0, now - start)
        var parts = ["\(filesRead)/\(totalFiles) file\(totalFiles == 1 ? "" : "s")"]
        parts.append(Self.megabytes(bytesRead) + (totalBytes.map { "/" + Self.megabytes($0) } ?? "") + " MB")
        parts.append("\(count(documents)) document\(documents == 1 ? "" : "s")")
        parts.append("\(count(findings)) finding\(findings == 1 ? "" : "s")")
        if elapsed > 0 {
            let rate = Double(bytesRead) / elapsed
            parts.append(Self.megabytes(Int(rate)) + " MB/s")
            if let totalBytes, rate > 0, bytesRead < totalBytes {
                parts.append(Self.duration(Double(totalBytes - bytesRead) / rate) + " left")
            }
        }
        return parts.joined(separator: ", ")
    }

    /// Bytes as megabytes (10⁶) with one decimal: `41.2`.
    static func megabytes(_ bytes: Int) -> String {
        let tenths = (max(0, bytes) + 50_000) / 100_000
        return "\(TextReportRenderer.count(tenths / 10)).\(tenths % 10)"
    }

    /// Seconds as `m:ss`, or `h:mm:ss` from an hour.
    static func duration(_ seconds: Double) -> String {
        let total = Int(min(seconds.rounded(.up), 359_999))
        let (hours, minutes, secs) = (total / 3600, total / 60 % 60, total % 60)
        let mm = hours > 0 && minutes < 10 ? "0\(minutes)" : "\(minutes)"
        return (hours > 0 ? "\(hours):" : "") + mm + ":" + (secs < 10 ? "0\(secs)" : "\(secs)")
    }
}
