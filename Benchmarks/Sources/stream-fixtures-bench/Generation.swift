import Foundation
import StreamJSON

/// Generation + serialisation throughput per kind, through the CLI a user runs (`stream-fixtures generate`).
///
/// The catalog behind `generate` is not public API, so the figures come from the release CLI itself: one
/// process per measurement, output to `/dev/null` (the ~4 ms process start is included; with 10 MB+ per run it is
/// under 2 % of the time).
enum GenerationBenchmarks {
    static func run(cli: String, scale: Int, repetitions: Int) throws {
        // 100-record events for MB/s; 1-record events for events/s against `sam local generate-event`,
        // which writes one 1-record event per run.
        let cases = [
            ("generate kinesis-event", "kinesis-event", 100, 100 * scale),
            ("generate dynamodb-event", "dynamodb-event", 100, 100 * scale),
            ("generate kinesis-event 1 record", "kinesis-event", 1, 10_000 * scale),
        ]
        for (name, kind, records, count) in cases {
            let arguments = [
                "generate", kind, "--seed", "bench-generate", "--count", "\(count)", "--records", "\(records)",
                "--format", "jsonl",
            ]
            // Sizes and record counts from one run kept in memory (counting re-parses the output), then timed runs.
            let sample = try runCLI(cli, arguments, keepingOutput: true)
            var recordCount = 0
            for line in sample.split(separator: UInt8(ascii: "\n")) {
                if let parsed = try? JSONDocument(parsing: Array(line)), let list = parsed.root["Records"] {
                    recordCount += list.count
                }
            }
            let seconds = try Measure.median(repetitions: repetitions) {
                _ = try runCLI(cli, arguments, keepingOutput: false)
            }
            var figure = Figure(name: name, seconds: seconds, bytes: sample.count, records: recordCount)
            figure.events = count
            figure.print()
        }
    }

    struct CLIFailed: Error, CustomStringConvertible {
        var status: Int32
        var description: String { "stream-fixtures generate exited \(status)" }
    }

    /// Runs the CLI; its output is read into memory, or sent to `/dev/null`.
    static func runCLI(_ cli: String, _ arguments: [String], keepingOutput: Bool) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: cli)
        process.arguments = arguments
        let pipe = Pipe()
        if keepingOutput {
            process.standardOutput = pipe
        } else {
            process.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
        }
        try process.run()
        let output = keepingOutput ? [UInt8](pipe.fileHandleForReading.readDataToEndOfFile()) : []
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CLIFailed(status: process.terminationStatus) }
        return output
    }
}
