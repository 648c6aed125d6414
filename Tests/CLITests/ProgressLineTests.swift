import Foundation
import StreamContracts
import StreamJSON
import Testing

@testable import stream_fixtures

/// A clock a test moves by hand, and a terminal that keeps what is drawn on it.
final class FakeTerminal: @unchecked Sendable {
    private let lock = NSLock()
    private var now = 0.0
    private var writes: [String] = []

    var clock: @Sendable () -> Double { { [self] in lock.withLock { now } } }
    var write: @Sendable (String) -> Void { { [self] text in lock.withLock { writes.append(text) } } }
    var drawn: [String] { lock.withLock { writes } }
    func advance(_ seconds: Double) { lock.withLock { now += seconds } }
}

@Suite struct ProgressLineTests {
    static let start = TextLocation(offset: 0, line: 1, column: 1)

    static func invalid() -> DocumentReport {
        DocumentReport(
            source: "a.log", location: start, kind: "kinesis-event",
            diagnostics: [
                Diagnostic(rule: "schema.required", severity: .error, message: "missing"),
                Diagnostic(rule: "kinesis.shard-id", severity: .warning, message: "odd"),
            ])
    }

    @Test func itRedrawsOneLineAtMostEveryIntervalAndErasesItAtTheEnd() {
        let terminal = FakeTerminal()
        let progress = ProgressLine(
            totalFiles: 2, totalBytes: 4_000_000, interval: 0.1, clock: terminal.clock, write: terminal.write)
        progress.read(bytes: 1_000_000)
        #expect(terminal.drawn == ["\r0/2 files, 1.0/4.0 MB, 0 documents, 0 findings\u{1B}[K"])
        terminal.advance(0.05)
        progress.add(Self.invalid())
        #expect(terminal.drawn.count == 1, "a redraw within the interval is skipped")
        terminal.advance(0.45)
        progress.readFile()
        #expect(
            terminal.drawn.last == "\r1/2 files, 1.0/4.0 MB, 1 document, 2 findings, 2.0 MB/s, 0:02 left\u{1B}[K")
        progress.finish()
        #expect(terminal.drawn.last == "\r\u{1B}[K")
        terminal.advance(1)
        progress.read(bytes: 10)
        #expect(terminal.drawn.count == 3, "nothing is drawn after finish")
    }

    @Test func standardInputHasNoTotalAndNoTimeLeft() {
        let terminal = FakeTerminal()
        let progress = ProgressLine(totalFiles: 1, totalBytes: nil, clock: terminal.clock, write: terminal.write)
        terminal.advance(2)
        progress.read(bytes: 3_000_000)
        #expect(terminal.drawn == ["\r0/1 file, 3.0 MB, 0 documents, 0 findings, 1.5 MB/s\u{1B}[K"])
    }

    @Test func aRunThatReportsNothingLeavesNothingOnTheTerminal() {
        let terminal = FakeTerminal()
        ProgressLine(totalFiles: 0, totalBytes: 0, clock: terminal.clock, write: terminal.write).finish()
        #expect(terminal.drawn.isEmpty)
    }

    @Test func itIsDrawnOnlyOnATerminalWithoutQuietOutsideCI() {
        #expect(ProgressLine.isWanted(stderrIsTerminal: true, quiet: false, environment: [:]))
        #expect(!ProgressLine.isWanted(stderrIsTerminal: false, quiet: false, environment: [:]))
        #expect(!ProgressLine.isWanted(stderrIsTerminal: true, quiet: true, environment: [:]))
        #expect(!ProgressLine.isWanted(stderrIsTerminal: true, quiet: false, environment: ["CI": "true"]))
        #expect(!ProgressLine.isWanted(stderrIsTerminal: true, quiet: false, environment: ["CI": ""]))
    }

    @Test func durationsAndSizesReadAtAGlance() {
        #expect(ProgressLine.duration(7.2) == "0:08")
        #expect(ProgressLine.duration(3_725) == "1:02:05")
        #expect(ProgressLine.megabytes(1_234_567_890) == "1,234.6")
    }
}

@Suite struct ColorChoiceTests {
    @Test func autoColoursATerminalUnlessNoColorIsSet() {
        #expect(ColorChoice.auto.colors(for: .text, isTerminal: true, environment: [:]))
        #expect(!ColorChoice.auto.colors(for: .text, isTerminal: false, environment: [:]))
        #expect(!ColorChoice.auto.colors(for: .text, isTerminal: true, environment: ["NO_COLOR": "1"]))
        #expect(!ColorChoice.auto.colors(for: .text, isTerminal: true, environment: ["TERM": "dumb"]))
        // no-color.org: an empty NO_COLOR does not count.
        #expect(ColorChoice.auto.colors(for: .text, isTerminal: true, environment: ["NO_COLOR": ""]))
    }

    @Test func theFlagOverridesTheTerminalAndNoColor() {
        #expect(ColorChoice.always.colors(for: .text, isTerminal: false, environment: ["NO_COLOR": "1"]))
        #expect(!ColorChoice.never.colors(for: .text, isTerminal: true, environment: [:]))
    }

    @Test(arguments: ReportFormat.allCases.filter { $0 != .text })
    func machineFormatsAreNeverColoured(_ format: ReportFormat) {
        #expect(!ColorChoice.always.colors(for: format, isTerminal: true, environment: [:]))
    }
}
