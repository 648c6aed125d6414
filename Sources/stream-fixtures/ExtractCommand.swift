import Foundation
import StreamContracts
import StreamFixtures
import StreamJSON

/// `stream-fixtures extract`: turns the documents of production captures into fixture files, optionally redacted,
/// and records them in a manifest that `snapshot --check` checks.
enum ExtractCommand {
    static let usage = """
        USAGE: stream-fixtures extract CAPTURE... --out DIR [options]

        Finds every payload in the captures (any container 'validate' reads: CloudWatch Logs exports,
        'aws logs' JSON, Lambda JSON logs, JSON Lines, gzip…) and writes each as one fixture file,
        DIR/<kind>/<capture-stem>-<line>.json, in the canonical indented JSON of generated fixtures.
        A document identical to one already written is written once. Invalid documents are extracted
        too (they are the interesting regressions) unless --valid-only.

        Options:
          --out DIR             Where to write the fixtures (created if needed).
          --kind KIND           Only documents of this kind, validated as it.
          --valid-only          Only documents the contract reports no error for.
          --manifest FILE       Record each fixture in FILE's "captured" array (created if missing; an
                                entry of the same path is replaced): its source file, line, column and
                                containers, the redaction settings and the findings it has, which
                                'snapshot --check --manifest FILE' then checks. DIR must be inside
                                FILE's folder.
          --redact              Replace account ids, resource names in ARNs, request ids (UUIDs), IP
                                and e-mail addresses, consistently (one value, one replacement), keeping
                                each value's length and characters' classes, so the contract still holds.
          --redact-seed SEED    The seed of the replacements (default 0): same seed, same output.
          --redact-field NAME   Also replace this member (or, starting with '/', this JSON Pointer from
                                the root) inside decoded Kinesis data and DynamoDB images. Repeatable.
          --redact-keys         Also re-derive partition keys (same shard) and Kinesis sequence numbers
                                (same layout, shard and order).
          --help                Print this help.

        A document whose findings redaction would change, or that redaction cannot open (a corrupt gzip
        inside Kinesis data), is not written and is reported.

        Exit status: 0 written, 1 a document could not be extracted safely, 64 usage error, 65 a capture
        or the manifest cannot be read or a file cannot be written.

        """

    static func run(_ arguments: [String]) throws(UsageError) -> Int32 {
        let args = try Arguments(
            arguments, options: ["--out", "--kind", "--manifest", "--redact-seed", "--redact-field"],
            flags: ["--valid-only", "--redact", "--redact-keys", "--help"])
        if args.has("--help") {
            Console.out(usage)
            return Console.ok
        }
        guard let out = args.value("--out") else { throw UsageError("extract needs --out DIR") }
        guard !args.operands.isEmpty else { throw UsageError("extract needs at least one capture") }
        let fields = args.values["--redact-field"] ?? []
        let redacting = args.has("--redact")
        if !redacting, args.value("--redact-seed") != nil || !fields.isEmpty || args.has("--redact-keys") {
            throw UsageError("--redact-seed, --redact-field and --redact-keys need --redact")
        }
        var redactor: Redactor?
        if redacting {
            let seedText = args.value("--redact-seed") ?? "0"
            let seed = UInt64(seedText).map { Seed($0) } ?? Seed(seedText)
            do throws(RedactionError) {
                redactor = try Redactor(seed: seed, fields: fields, redactsKeys: args.has("--redact-keys"))
            } catch {
                throw UsageError(error.description)
            }
        }
        let kind = args.value("--kind").map(PayloadKind.init(rawValue:))
        let manifestPath = args.value("--manifest")
        let manifestFolder = manifestPath.map { ($0 as NSString).deletingLastPathComponent }
        var prefix = ""
        if let manifestFolder {
            guard let relative = relativePath(of: out, in: manifestFolder) else {
                throw UsageError("--out \(out) is not inside the folder of the manifest \(manifestPath ?? "")")
            }
            prefix = relative.isEmpty ? "" : relative + "/"
        }
        let extractor: CaptureExtractor
        do {
            extractor = try CaptureExtractor(kind: kind, validOnly: args.has("--valid-only"), redactor: redactor)
        } catch {
            Console.error("error: the embedded contract schemas do not compile: \(error)\n")
            return Console.unreadable
        }

        var entries: [CapturedFixtureEntry] = []
        var written = 0
        var unchanged = 0
        var failures = 0
        var problems = 0
        var duplicates = 0
        var unreadable = false
        var seen: Set<[UInt8]> = []
        var paths: Set<String> = []
        for input in InputFiles.expand(args.operands) {
            let source: String
            let bytes: [UInt8]
            switch input {
            case .standardInput:
                source = "-"
                bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
            case .file(let path):
                source = path
                guard let data = FileManager.default.contents(atPath: path) else {
                    Console.error("\(path): cannot read\n")
                    unreadable = true
                    continue
                }
                bytes = [UInt8](data)
            case .missing(let path, let reason):
                Console.error("\(path): \(reason)\n")
                unreadable = true
                continue
            case .skipped(let path, let skip):
                Console.error("\(path): not read: \(skip)\n")
                continue
            }
            let result = extractor.extract(capture: bytes, source: source)
            duplicates += result.duplicates
            for problem in result.problems {
                Console.error("\(problem)\n")
                problems += 1
                if problem.isFailure { failures += 1 }
            }
            for fixture in result.fixtures {
                // Identical documents of different captures are written once too, and names stay unique.
                guard seen.insert(fixture.bytes).inserted else {
                    duplicates += 1
                    continue
                }
                var path = fixture.path
                var counter = 2
                while paths.contains(path) {
                    path = String(fixture.path.dropLast(".json".count)) + "-\(counter).json"
                    counter += 1
                }
                paths.insert(path)
                let target = (out as NSString).appendingPathComponent(path)
                let stored = FileManager.default.contents(atPath: target).map { [UInt8]($0) }
                if stored == fixture.bytes {
                    unchanged += 1
                } else {
                    do {
                        let url = URL(fileURLWithPath: target)
                        try FileManager.default.createDirectory(
                            at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                        try Data(fixture.bytes).write(to: url, options: .atomic)
                    } catch {
                        Console.error("\(target): cannot write: \(error.localizedDescription)\n")
                        return Console.unreadable
                    }
                    Console.out("\(stored == nil ? "created" : "updated") \(target)\n")
                    written += 1
                }
                entries.append(
                    CapturedFixtureEntry(
                        path: prefix + path, source: source, line: fixture.location.line,
                        column: fixture.location.column, containers: fixture.containers, kind: fixture.kind,
                        forcedKind: kind != nil, redactor: redactor, findings: fixture.findings))
            }
        }
        if let manifestPath {
            do {
                let existing = FileManager.default.contents(atPath: manifestPath).map { [UInt8]($0) }
                let bytes = try FixtureManifest.recording(entries, in: existing)
                if bytes != existing {
                    try Data(bytes).write(to: URL(fileURLWithPath: manifestPath), options: .atomic)
                    Console.out(
                        "recorded \(entries.count) fixture\(entries.count == 1 ? "" : "s") in \(manifestPath)\n")
                }
            } catch let error as FixtureManifestError {
                Console.error("\(manifestPath):\(error.message)\n")
                return Console.unreadable
            } catch {
                Console.error("\(manifestPath): cannot write: \(error.localizedDescription)\n")
                return Console.unreadable
            }
        }
        let total = written + unchanged
        Console.error(
            "\(total) fixture\(total == 1 ? "" : "s") in \(out): \(written) written, \(unchanged) unchanged; "
                + "\(duplicates) duplicate\(duplicates == 1 ? "" : "s"), \(problems) not extracted\n")
        if unreadable { return Console.unreadable }
        return failures > 0 ? Console.violations : Console.ok
    }

    /// `path` relative to `folder` (both as given, resolved against the working directory), or `nil` when it is
    /// not inside it.
    static func relativePath(of path: String, in folder: String) -> String? {
        let base = URL(fileURLWithPath: folder.isEmpty ? "." : folder).standardizedFileURL.path
        let full = URL(fileURLWithPath: path).standardizedFileURL.path
        if full == base { return "" }
        let prefix = base.hasSuffix("/") ? base : base + "/"
        guard full.hasPrefix(prefix) else { return nil }
        return String(full.dropFirst(prefix.count))
    }
}
