import Foundation
import StreamContracts

/// `stream-fixtures report merge`: the report of a whole run from the JSON Lines reports of its parts.
enum ReportCommand {
    static let usage = """
        USAGE: stream-fixtures report merge [--format FORMAT] [--inputs TEXT] REPORT.jsonl...

        Merges the reports that 'validate --format jsonl' printed for parts of a run (files, folders, or
        objects validated on other machines) into the report of the whole run: the documents in the order the
        parts are given, one summary, and the exit status one run over every part would have had. Give the parts
        in the order a single run would read them (sorted paths, as 'validate' reads a folder).

        Options:
          --format FORMAT      text (default), json, junit, github, jsonl or html.
          --inputs TEXT        How the report names the inputs when nothing was found (default: the reports).
          --help               Print this help.

        Exit status: as 'validate' (0 no errors, 1 errors found, 65 nothing readable); 64 usage error; 65 when a
        report cannot be read or is not a whole 'validate --format jsonl' report (it has no summary line, or its
        lines do not add up to it).

        """

    static func run(_ arguments: [String]) throws(UsageError) -> Int32 {
        guard arguments.first == "merge" else {
            if arguments.first == "--help" || arguments.isEmpty {
                Console.out(usage)
                return arguments.isEmpty ? Console.usage : Console.ok
            }
            throw UsageError("unknown report command '\(arguments[0])'; the report command is 'merge'")
        }
        let args = try Arguments(Array(arguments.dropFirst()), options: ["--format", "--inputs"], flags: ["--help"])
        if args.has("--help") {
            Console.out(usage)
            return Console.ok
        }
        let format = try args.choice("--format", default: ReportFormat.text, from: ReportFormat.allCases)
        guard !args.operands.isEmpty else { throw UsageError("report merge needs at least one REPORT.jsonl") }
        var writer = ReportWriter(
            format: format, colors: Console.stdoutColors(format: format), listsOther: true, write: Console.out)
        writer.inputs = args.value("--inputs") ?? args.operands.joined(separator: ", ")
        var merger = ReportMerger(writer: writer)
        for path in args.operands {
            do {
                try merge(path, into: &merger)
            } catch {
                Console.error("error: \(error)\n")
                return Console.unreadable
            }
        }
        return merger.finish().exitCode
    }

    /// Feeds one part's lines to `merger`, reading the file 64 KiB at a time.
    private static func merge(_ path: String, into merger: inout ReportMerger) throws {
        guard let handle = path == "-" ? FileHandle.standardInput : FileHandle(forReadingAtPath: path) else {
            throw ReportMerger.Failure(part: path, message: "cannot open for reading")
        }
        defer { if path != "-" { try? handle.close() } }
        var pending: [UInt8] = []
        while let chunk = try handle.read(upToCount: 1 << 16), !chunk.isEmpty {
            pending.append(contentsOf: chunk)
            var start = 0
            while let end = pending[start...].firstIndex(of: 0x0A) {
                try merger.add(line: Array(pending[start..<end]), part: path)
                start = end + 1
            }
            pending.removeFirst(start)
        }
        if !pending.isEmpty { try merger.add(line: pending, part: path) }
        try merger.endPart(path)
    }
}
