import Foundation
import StreamContracts
import StreamEvents
import StreamFixtures
import StreamJSON

/// `stream-fixtures generate`: realistic, seeded payloads of any kind as canonical JSON.
enum GenerateCommand {
    static let usage = """
        USAGE: stream-fixtures generate KIND [options]
               stream-fixtures generate --list

        Writes realistic payloads of KIND as canonical JSON: the same seed gives the same bytes on
        every machine. Every generated document passes 'stream-fixtures validate'.

        Options:
          --seed S           Seed: a whole number or a short text (default 0).
          --count N          How many documents (default 1).
          --records N        Records per event or batch, where the kind has records.
          --shards N         Shards of the simulated stream, where the kind has a stream.
          --view-type T      DynamoDB StreamViewType (KEYS_ONLY, NEW_IMAGE, OLD_IMAGE, NEW_AND_OLD_IMAGES).
          --region R         AWS region, e.g. eu-west-1 (the partition follows).
          --window-seconds N Tumbling window length in seconds: events are the invokes of consecutive windows.
          --aggregation-share X
                             Share of Kinesis records that are KPL aggregates, 0 to 1 (default 0.1).
          --ttl-share X      Share of DynamoDB deletes done by Time to Live, 0 to 1 (default 0.1).

        Every value is checked against the limits of the kind's options before anything is generated.
          --timestamp-style S
                             API timestamps as epochSeconds (wire, AWS CLI v1) or iso8601 (AWS CLI v2).
          --payload P        Kinesis record data: json (default), text, bytes or mixed.
          --destination D    On-failure destination: sqs, sns or s3 (S3 records carry the invocation event).
          --condition C      On-failure condition, e.g. RetryAttemptsExhausted or RecordAgeExceeded (no
                             responseContext).
          --data-schema FILE Kinesis record data (kinesis-event, put-records-request): JSON values generated
                             from this JSON Schema; 'validate --data-schema FILE' accepts every one.
          --item-schema FILE DynamoDB items (dynamodb-event): JSON values generated from this JSON Schema,
                             mapped to attribute values (numbers as N with their exact text).
          --format F         json (default; several documents make an array) or jsonl (one per line).
          --pretty           Indent the JSON (json format only).
          --out PATH         Write to PATH instead of standard output.
          --list             List the kinds and the options each uses.

        """

    static func run(_ arguments: [String]) throws(UsageError) -> Int32 {
        let args = try Arguments(
            arguments,
            options: [
                "--seed", "--count", "--records", "--shards", "--view-type", "--region", "--format", "--out",
                "--window-seconds", "--aggregation-share", "--ttl-share", "--timestamp-style", "--payload",
                "--destination", "--condition", "--data-schema", "--item-schema",
            ],
            flags: ["--pretty", "--list", "--help"])
        if args.has("--help") {
            Console.out(usage)
            return Console.ok
        }
        if args.has("--list") {
            var text = ""
            // The summary column starts two spaces after the longest kind name, so no name is cut.
            let width = max(36, (FixtureCatalog.kinds.map(\.rawValue.count).max() ?? 0) + 2)
            for kind in FixtureCatalog.kinds {
                guard let entry = FixtureCatalog.entry(kind) else { continue }
                let options = (["--seed", "--count"] + entry.options.map { flag(for: $0.rawValue) })
                    .joined(separator: " ")
                text += kind.rawValue.padding(toLength: width, withPad: " ", startingAt: 0) + entry.summary + "\n"
                text += String(repeating: " ", count: width) + options + "\n"
            }
            Console.out(text)
            return Console.ok
        }
        guard args.operands.count == 1, let name = args.operands.first else {
            throw UsageError("generate needs exactly one KIND; run 'stream-fixtures generate --list'")
        }
        let kind = PayloadKind(rawValue: name)
        guard FixtureCatalog.entry(kind) != nil else {
            throw UsageError(
                "unknown kind '\(kind)'; known kinds: \(FixtureCatalog.kinds.map(\.rawValue).joined(separator: ", "))")
        }
        enum OutputFormat: String, CaseIterable { case json, jsonl }
        let format = try args.choice("--format", default: OutputFormat.json, from: OutputFormat.allCases)
        var recipe = FixtureRecipe(
            kind: kind, seed: seed(args.value("--seed")),
            count: try args.integer("--count") ?? 1)
        recipe.records = try args.integer("--records")
        recipe.shards = try args.integer("--shards")
        if let region = args.value("--region") { recipe.region = AWSRegion(region) }
        if let viewType = args.value("--view-type") {
            let known = ["KEYS_ONLY", "NEW_IMAGE", "OLD_IMAGE", "NEW_AND_OLD_IMAGES"]
            guard known.contains(viewType) else {
                throw UsageError("--view-type must be one of \(known.joined(separator: ", ")); found '\(viewType)'")
            }
            recipe.viewType = StreamViewType(rawValue: viewType)
        }
        recipe.windowSeconds = try args.integer("--window-seconds")
        recipe.aggregationShare = try args.number("--aggregation-share")
        recipe.ttlShare = try args.number("--ttl-share")
        if args.value("--timestamp-style") != nil {
            recipe.timestampStyle = try args.choice(
                "--timestamp-style", default: .epochSeconds, from: APITimestampStyle.allCases)
        }
        recipe.dataSchema = args.value("--data-schema")
        recipe.itemSchema = args.value("--item-schema")
        if args.value("--payload") != nil {
            recipe.payload = try args.choice("--payload", default: .json, from: KinesisPayloadStyle.allCases)
        }
        if args.value("--destination") != nil {
            recipe.destination = try args.choice(
                "--destination", default: .sqs, from: OnFailureDestination.allCases)
        }
        recipe.condition = args.value("--condition").map(OnFailureCondition.init(rawValue:))

        if format == .jsonl {
            // JSON Lines are written document by document: a run of any size holds one document at a time.
            return try writeLines(of: recipe, to: args.value("--out"))
        }
        let documents: [[UInt8]]
        do {
            documents = try FixtureCatalog.generate(recipe)
        } catch let error as FixtureRecipeError {
            throw usageError(error)
        } catch {
            Console.error("error: generation failed: \(error)\n")
            return Console.violations
        }
        let layout: FixtureLayout = format == .jsonl ? .jsonLines : .json(pretty: args.has("--pretty"))
        if let path = args.value("--out") {
            do {
                try Data(layout.bytes(of: documents)).write(to: URL(fileURLWithPath: path))
            } catch {
                Console.error("error: cannot write \(path): \(error)\n")
                return Console.unreadable
            }
        } else {
            layout.write(documents) { Console.out(bytes: $0) }
        }
        return Console.ok
    }

    /// The usage error for a recipe the library rejects: it names the recipe member (`windowSeconds`); the user typed
    /// its flag (`--window-seconds`).
    static func usageError(_ error: FixtureRecipeError) -> UsageError {
        UsageError(error.member.map { "\(flag(for: $0)): \(error.message)" } ?? error.message)
    }

    /// Generates `recipe` as JSON Lines into the file at `path`, or standard output, through a 1 MiB buffer.
    ///
    /// - Throws: ``UsageError`` for a recipe the library rejects (checked before anything is written).
    static func writeLines(of recipe: FixtureRecipe, to path: String?) throws(UsageError) -> Int32 {
        // Checked before a file is created (a data-schema recipe is checked by its generator, before any output).
        if recipe.dataSchema == nil, recipe.itemSchema == nil {
            do {
                try FixtureCatalog.validate(recipe)
            } catch {
                throw usageError(error)
            }
        }
        let output: FileHandle
        if let path {
            guard FileManager.default.createFile(atPath: path, contents: nil),
                let handle = FileHandle(forWritingAtPath: path)
            else {
                Console.error("error: cannot write \(path)\n")
                return Console.unreadable
            }
            output = handle
        } else {
            output = FileHandle.standardOutput
        }
        defer { if path != nil { try? output.close() } }
        var pending: [UInt8] = []
        pending.reserveCapacity(1 << 20)
        func flush() throws {
            guard !pending.isEmpty else { return }
            try output.write(contentsOf: pending)
            pending.removeAll(keepingCapacity: true)
        }
        do {
            try FixtureCatalog.generate(recipe) { document in
                // The line layout is FixtureLayout's, as for a fixture file: the document, then its line end.
                FixtureLayout.jsonLines.write([document]) { pending += $0 }
                if pending.count >= 1 << 20 { try flush() }
            }
            try flush()
        } catch let error as FixtureRecipeError {
            throw usageError(error)
        } catch {
            Console.error("error: generation failed: \(error)\n")
            return Console.violations
        }
        return Console.ok
    }

    /// The flag of a recipe member: `windowSeconds` → `--window-seconds`.
    static func flag(for member: String) -> String {
        var flag = "--"
        for character in member {
            if character.isUppercase { flag += "-" + character.lowercased() } else { flag.append(character) }
        }
        return flag
    }

    /// A seed from the command line: digits are a number, anything else a text seed.
    static func seed(_ text: String?) -> Seed {
        guard let text else { return 0 }
        if let number = UInt64(text) { return Seed(number) }
        return Seed(text)
    }
}
