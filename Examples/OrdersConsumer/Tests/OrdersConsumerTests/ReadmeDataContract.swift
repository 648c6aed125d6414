import Foundation
import StreamEvents
import StreamFixtures
import StreamJSON
import StreamJSONSchema
import Testing

@Suite struct OrderContractTests {
    @Test func theConsumerReadsEveryOrderTheContractAllows() throws {
        let file = URL(fileURLWithPath: "Tests/StreamFixturesTests/DataSchemas/order.schema.json")
        let schema = try JSONSchema(compiling: JSONDocument(parsing: Data(contentsOf: file)))
        var stream = KinesisStreamSimulator(
            stream: KinesisStream(name: "orders", shardCount: 2),
            recipe: KinesisRecordRecipe(payload: try .json(matching: schema)), seed: 42)
        for record in stream.nextEvent(recordCount: 50).records {
            let order = try JSONDocument(parsing: record.kinesis.dataBytes())
            #expect(schema.isValid(order))  // hand `record` to your handler here
        }
    }
}
