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

    @Test func handlerAcceptsEveryOrder() throws {
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
}
