import Foundation
import StreamFixtures
import StreamJSON

/// Generation + serialisation throughput per kind, through the same catalog the CLI uses.
enum GenerationBenchmarks {
    static func run(scale: Int, repetitions: Int) throws {
        for (kind, records) in [("kinesis-event", 100), ("dynamodb-event", 100)] {
            guard FixtureCatalog.entry(kind) != nil else {
                print(#"{"name": "generate \#(kind)", "error": "kind not in the catalog"}"#)
                continue
            }
            let recipe = FixtureRecipe(kind: kind, seed: Seed("bench-generate"), count: 100 * scale, records: records)
            var bytes = 0
            var recordCount = 0
            let seconds = try Measure.median(repetitions: repetitions) {
                let documents = try FixtureCatalog.generate(recipe)
                bytes = documents.reduce(0) { $0 + $1.count }
                recordCount = 0
                for document in documents {
                    if let parsed = try? JSONDocument(parsing: document), let list = parsed.member(0, named: "Records") {
                        recordCount += parsed.childCount(list)
                    }
                }
            }
            // Counting records re-parses the output; time a pure generation pass for the figure.
            let pure = try Measure.median(repetitions: repetitions) { _ = try FixtureCatalog.generate(recipe) }
            var figure = Figure(name: "generate \(kind)", seconds: min(seconds, pure), bytes: bytes, records: recordCount)
            figure.events = recipe.count
            figure.print()
        }
    }
}
