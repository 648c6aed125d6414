import Foundation
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
          --format F         json (default; several documents make an array) or jsonl (one per line).
          --pretty           Indent the JSON (json format only).
          --out PATH         Write to PATH instead of standard output.
          --list             List the kinds and the options each uses.

        """

    static func run(_ arguments: [String]) throws(UsageError) -> Int32 {
        let args = try Arguments(
            arguments, options: ["--seed", "--count", "--records", "--shards", "--view-type", "--region", "--format", "--out"],
            flags: ["--pretty", "--list", "--help"])
        if args.has("--help") {
            Console.out(usage)
            return Console.ok
        }
        if args.has("--list") {
            var text = ""
            for kind in FixtureCatalog.kinds {
                guard let entry = FixtureCatalog.entry(kind) else { continue }
                let options = (["seed", "count"] + entry.options).map { "--\($0)" }.joined(separator: " ")
                text += kind.padding(toLength: 36, withPad: " ", startingAt: 0) + entry.summary + "\n"
                text += String(repeating: " ", count: 36) + options + "\n"
            }
            Console.out(text)
            return Console.ok
        }
        guard args.operands.count == 1, let kind = args.operands.first else {
            throw UsageError("generate needs exactly one KIND; run 'stream-fixtures generate --list'")
        }
        guard FixtureCatalog.entry(kind) != nil else {
            throw UsageError("unknown kind '\(kind)'; known kinds: \(FixtureCatalog.kinds.joined(separator: ", "))")
        }
        enum OutputFormat: String, CaseIterable { case json, jsonl }
        let format = try args.choice("--format", default: OutputFormat.json, from: OutputFormat.allCases)
        var recipe = FixtureRecipe(kind: kind, seed: seed(args.value("--seed")),
                                   count: try args.integer("--count", default: 1, in: 1...100_000))
        if args.value("--records") != nil { recipe.records = try args.integer("--records", default: 1, in: 1...10_000) }
        if args.value("--shards") != nil { recipe.shards = try args.integer("--shards", default: 1, in: 1...1_000) }
        if let region = args.value("--region") { recipe.region = AWSRegion(region) }
        if let viewType = args.value("--view-type") {
            let known = ["KEYS_ONLY", "NEW_IMAGE", "OLD_IMAGE", "NEW_AND_OLD_IMAGES"]
            guard known.contains(viewType) else {
                throw UsageError("--view-type must be one of \(known.joined(separator: ", ")); found '\(viewType)'")
            }
            recipe.viewType = StreamViewType(rawValue: viewType)
        }

        let documents: [[UInt8]]
        do {
            documents = try FixtureCatalog.generate(recipe)
        } catch let error as FixtureRecipeError {
            throw UsageError(error.message)
        } catch {
            Console.error("error: generation failed: \(error)\n")
            return Console.violations
        }
        let output = render(documents, format: format == .jsonl, pretty: args.has("--pretty"))
        if let path = args.value("--out") {
            do {
                try Data(output).write(to: URL(fileURLWithPath: path))
            } catch {
                Console.error("error: cannot write \(path): \(error)\n")
                return Console.unreadable
            }
        } else {
            Console.out(bytes: output)
        }
        return Console.ok
    }

    /// A seed from the command line: digits are a number, anything else a text seed.
    static func seed(_ text: String?) -> Seed {
        guard let text else { return 0 }
        if let number = UInt64(text) { return Seed(number) }
        return Seed(text)
    }

    /// Documents as JSON Lines, one JSON document, or a JSON array of documents; always ending in a newline.
    static func render(_ documents: [[UInt8]], format jsonl: Bool, pretty: Bool) -> [UInt8] {
        if jsonl { return documents.flatMap { $0 + [0x0A] } }
        var joined: [UInt8] = documents.count == 1 ? documents[0] : [UInt8(ascii: "[")]
        if documents.count != 1 {
            for (index, document) in documents.enumerated() {
                if index > 0 { joined.append(UInt8(ascii: ",")) }
                joined += document
            }
            joined.append(UInt8(ascii: "]"))
        }
        if pretty, let document = try? JSONDocument(parsing: joined) {
            return JSONWriter.bytes(of: document.root.value, style: .pretty) + [0x0A]
        }
        return joined + [0x0A]
    }
}
