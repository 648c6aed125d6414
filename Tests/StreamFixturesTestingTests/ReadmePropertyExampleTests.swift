// The README's property-test example, verbatim, and the failure message it shows, compared with a real run.
import Foundation
import StreamEvents
import StreamFixtures
import StreamFixturesTesting
import Testing

@Suite struct RefundTests {
    struct Order: Codable, Sendable {
        var orderID: String
        var amountCents: Int
    }

    struct NegativeAmount: Error {
        var cents: Int
    }

    // The README's `@Test`; not a test here, because it fails by design.
    func handlerAcceptsEveryOrder() throws {
        let orders = Gen.zip(Gen.alphanumeric(length: 8...12), Gen.bool(probability: 0.05), Gen.int(in: 1...50_000))
            .map { id, refund, cents in Order(orderID: id, amountCents: refund ? -cents : cents) }
        let events = try Gen.kinesisEvent(records: 1...40, recipe: KinesisRecordRecipe(payload: .json(orders)))
        try check(events, seed: 1, shrinking: ShrinkBudget(steps: 2_000, seconds: 10)) { event in
            for record in event.records {
                let order = try record.kinesis.decode(Order.self)
                if order.amountCents < 0 { throw NegativeAmount(cents: order.amountCents) }  // the planted bug
            }
        }
    }

    /// The README's ```text block after "The test fails with this message".
    static func readmeOutput() throws -> String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let after = try #require(readme.range(of: "The test fails with this message"))
        let start = try #require(readme.range(of: "```text\n", range: after.upperBound..<readme.endIndex))
        let end = try #require(readme.range(of: "\n```", range: start.upperBound..<readme.endIndex))
        return String(readme[start.upperBound..<end.lowerBound])
    }

    @Test func theReadmeShowsTheFailureVerbatim() throws {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("__Counterexamples__")
        defer { try? FileManager.default.removeItem(at: file) }
        do {
            try handlerAcceptsEveryOrder()
            Issue.record("the README's property passed")
        } catch let failure as PropertyFailure {
            let written = try #require(failure.counterexampleFile)
            #expect(written.hasSuffix("/__Counterexamples__/ReadmePropertyExampleTests/handlerAcceptsEveryOrder.json"))
            #expect(try String(contentsOfFile: written, encoding: .utf8) == failure.value + "\n")
            let shown = failure.description.replacingOccurrences(
                of: file.path, with: "/path/to/Tests/__Counterexamples__")
            let readme = try Self.readmeOutput()
            #expect(shown == readme)
        }
    }
}
