import Foundation
import StreamContracts
import StreamJSON
import StreamJSONSchema

/// Parse, parse + schema, and full validation over a JSON Lines file.
enum ValidationBenchmarks {
    /// Byte ranges of the non-empty lines.
    static func lines(_ bytes: [UInt8]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        for (index, byte) in bytes.enumerated() where byte == 0x0A {
            if index > start { ranges.append(start..<index) }
            start = index + 1
        }
        if start < bytes.count { ranges.append(start..<bytes.count) }
        return ranges
    }

    /// Counts records (`Records[]` elements) over all documents, for records/s figures.
    static func recordCount(_ bytes: [UInt8], _ lines: [Range<Int>]) -> Int {
        var total = 0
        for line in lines {
            guard let document = try? JSONDocument(parsing: bytes, from: line.lowerBound, allowsTrailingContent: true),
                let records = document.root["Records"]
            else { continue }
            total += records.count
        }
        return total
    }

    /// Counts documents and records the way `validate` finds them (any capture container).
    static func capturedCounts(_ bytes: [UInt8], source: String) -> (documents: Int, records: Int) {
        var documents = 0
        var records = 0
        for captured in CaptureReader.documents(in: bytes, source: source) {
            guard case .document(let document) = captured.content else { continue }
            documents += 1
            if let list = document.root["Records"] { records += list.count }
        }
        return (documents, records)
    }

    /// What a full `validate` found: per-status document counts and finding counts.
    struct Tally {
        var valid = 0
        var invalid = 0
        var unreadable = 0
        var errors = 0
        var warnings = 0
    }

    /// Full `validate` the way `stream-fixtures validate` runs it: the capture reader fed 1 MiB at a time (as the CLI
    /// reads a file), its results checked in batches of about 256 KiB of documents, as the CLI checks them
    /// (schema + every rule; a batch's KPL aggregates hashed together), and tallied, no report kept.
    /// (`ContractValidator.validate(capture:source:)` returns a report holding every document's findings, which on
    /// a 120 MB corpus is a gigabyte of memory the CLI never holds.)
    static func validate(_ bytes: [UInt8], source: String, with validator: ContractValidator) -> Tally {
        var tally = Tally()
        var reader = CaptureReader(source: source)
        func check(_ results: [CapturedDocument]) {
            var start = 0
            while start < results.count {
                var end = start
                var weight = 0
                while end < results.count, weight < 1 << 18, end - start < 256 {
                    weight += results[end].document?.bytes.count ?? 64
                    end += 1
                }
                count(validator.validate(Array(results[start..<end])))
                start = end
            }
        }
        func count(_ reports: [DocumentReport]) {
            for report in reports {
                switch report.status {
                case .valid: tally.valid += 1
                case .invalid: tally.invalid += 1
                case .unreadable: tally.unreadable += 1
                case .other, .skipped: break
                }
                tally.errors += report.errorCount
                tally.warnings += report.warningCount
            }
        }
        var start = 0
        while start < bytes.count {
            let end = min(start + (1 << 20), bytes.count)
            check(reader.feed(bytes[start..<end]))
            start = end
        }
        check(reader.finish())
        return tally
    }

    /// The file's first lines, about `limit` bytes of them (whole lines), for an untimed warm-up run.
    ///
    /// The first documents a process validates build the lazily made tables (strict formats' automata, member
    /// shapes, pattern caches) — a one-time cost, like compiling the schemas, which the peers also pay before their
    /// clocks start. Benchmarks/run measures in rounds of one repetition, so the timed run must not include it.
    static func warmUpPrefix(_ bytes: [UInt8], limit: Int = 1 << 20) -> [UInt8] {
        guard bytes.count > limit else { return bytes }
        let end = bytes[limit...].firstIndex(of: 0x0A).map { $0 + 1 } ?? bytes.count
        return Array(bytes[..<end])
    }

    /// Full `validate` only, for captures that are not JSON Lines (a CloudWatch Logs text export).
    static func runCapture(file: String, repetitions: Int) throws {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: file)))
        let name = (file as NSString).lastPathComponent
        let counts = capturedCounts(bytes, source: name)
        let validator = try ContractValidator()
        _ = validate(warmUpPrefix(bytes), source: name, with: validator)
        var summary: Tally?
        let full = Measure.median(repetitions: repetitions) {
            summary = validate(bytes, source: name, with: validator)
        }
        Figure(name: "validate \(name)", seconds: full, bytes: bytes.count, records: counts.records).print()
        FileHandle.standardError.write(
            Data(
                "\(name): \(counts.documents) documents, \(counts.records) records; validate: \(summary?.valid ?? 0) valid, \(summary?.invalid ?? 0) invalid, \(summary?.unreadable ?? 0) unreadable, \(summary?.errors ?? 0) errors, \(summary?.warnings ?? 0) warnings; peak RSS \(Measure.peakRSS() / 1_048_576) MiB\n"
                    .utf8))
    }

    /// The schema of each stream event kind, compiled from the `Schemas/` folder the way a user of the engine would.
    static func eventSchemas(folder: String) throws -> [PayloadKind: JSONSchema] {
        var registry = SchemaRegistry()
        var documents: [PayloadKind: (JSONDocument, String)] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) where name.hasSuffix(".schema.json") {
            let document = try JSONDocument(parsing: try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name)))
            let id = document.root["$id"]?.stringValue ?? name
            try registry.register(document, at: id)
            let kind = PayloadKind(rawValue: String(name.dropLast(".schema.json".count)))
            if kind == .kinesisEvent || kind == .dynamodbEvent { documents[kind] = (document, id) }
        }
        return try documents.mapValues { try JSONSchema(compiling: $0.0, baseURI: $0.1, registry: registry) }
    }

    static func run(file: String, schemas folder: String, repetitions: Int) throws {
        guard file.hasSuffix(".jsonl") else { return try runCapture(file: file, repetitions: repetitions) }
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: file)))
        let ranges = lines(bytes)
        let records = recordCount(bytes, ranges)
        let name = (file as NSString).lastPathComponent

        var failures = 0
        let parse = Measure.median(repetitions: repetitions) {
            for line in ranges {
                if (try? JSONDocument(parsing: bytes, from: line.lowerBound, allowsTrailingContent: true)) == nil {
                    failures += 1
                }
            }
        }
        Figure(name: "parse \(name)", seconds: parse, bytes: bytes.count, records: records).print()

        let validator = try ContractValidator()
        let schemas = try eventSchemas(folder: folder)
        let warmUp = warmUpPrefix(bytes)
        for line in lines(warmUp) {
            if let document = try? JSONDocument(parsing: warmUp, from: line.lowerBound, allowsTrailingContent: true),
                let kind = PayloadKind.detect(in: document)
            {
                _ = schemas[kind]?.isValid(document)
            }
        }
        _ = validate(warmUp, source: name, with: validator)
        var invalid = 0
        let schema = Measure.median(repetitions: repetitions) {
            for line in ranges {
                guard
                    let document = try? JSONDocument(
                        parsing: bytes, from: line.lowerBound, allowsTrailingContent: true),
                    let kind = PayloadKind.detect(in: document), let schema = schemas[kind]
                else { continue }
                if !schema.isValid(document) { invalid += 1 }
            }
        }
        Figure(name: "parse+schema \(name)", seconds: schema, bytes: bytes.count, records: records).print()

        var summary: Tally?
        let full = Measure.median(repetitions: repetitions) {
            summary = validate(bytes, source: name, with: validator)
        }
        Figure(name: "validate \(name)", seconds: full, bytes: bytes.count, records: records).print()
        FileHandle.standardError.write(
            Data(
                "\(name): \(ranges.count) documents, \(records) records; parse failures \(failures / max(1, repetitions)), schema-invalid \(invalid / max(1, repetitions)); validate: \(summary?.valid ?? 0) valid, \(summary?.invalid ?? 0) invalid, \(summary?.unreadable ?? 0) unreadable, \(summary?.errors ?? 0) errors, \(summary?.warnings ?? 0) warnings; peak RSS \(Measure.peakRSS() / 1_048_576) MiB\n"
                    .utf8))
    }
}
