import Foundation
import StreamContracts
import StreamFixtures
import StreamJSON

/// Generation + serialisation throughput per kind, through the same catalog the CLI uses.
enum GenerationBenchmarks {
    static func run(scale: Int, repetitions: Int) throws {
        // 100-record events for MB/s; 1-record events for events/s against `sam local generate-event`,
        // which writes one 1-record event per run.
        let cases = [
            ("generate kinesis-event", "kinesis-event", 100, 100 * scale),
            ("generate dynamodb-event", "dynamodb-event", 100, 100 * scale),
            ("generate kinesis-event 1 record", "kinesis-event", 1, 10_000 * scale),
        ]
        for (name, kind, records, count) in cases {
            guard FixtureCatalog.entry(PayloadKind(rawValue: kind)) != nil else {
                print(#"{"name": "\#(name)", "error": "kind not in the catalog"}"#)
                continue
            }
            let recipe = FixtureRecipe(kind: PayloadKind(rawValue: kind), seed: Seed("bench-generate"), count: count, records: records)
            // Sizes and record counts from one pass (counting re-parses the output), then timed passes.
            let sample = try FixtureCatalog.generate(recipe)
            let bytes = sample.reduce(0) { $0 + $1.count }
            var recordCount = 0
            for document in sample {
                if let parsed = try? JSONDocument(parsing: document), let list = parsed.member(0, named: "Records") {
                    recordCount += parsed.childCount(list)
                }
            }
            let seconds = try Measure.median(repetitions: repetitions) { _ = try FixtureCatalog.generate(recipe) }
            var figure = Figure(name: name, seconds: seconds, bytes: bytes, records: recordCount)
            figure.events = recipe.count
            figure.print()
        }
    }
}
