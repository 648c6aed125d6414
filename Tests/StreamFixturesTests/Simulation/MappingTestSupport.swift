import Foundation
import StreamEvents
import StreamFixtures
import StreamJSON

/// Builds small scripted mappings whose records carry their number as `{"n":1}`, so a test can spell out the exact
/// invocations it expects.
enum MappingScript {
    /// An error a test handler throws.
    struct Failure: Error, CustomStringConvertible {
        var description: String { "record failed" }
    }

    /// A one-shard Kinesis stream; `gap` is the simulated time between two `putRecords` calls.
    static func kinesis(
        _ mapping: EventSourceMappingConfiguration, shards: Int = 1, gap: Int64 = 5, seed: Seed = 1
    ) throws -> EventSourceMappingSimulator<KinesisEvent> {
        var recipe = KinesisRecordRecipe()
        recipe.millisecondsBetweenRecords = gap...gap
        let stream = KinesisStreamSimulator(
            stream: KinesisStream(name: "orders", shardCount: shards), recipe: recipe, seed: seed)
        return try EventSourceMappingSimulator(mapping: mapping, stream: stream, seed: seed)
    }

    /// Writes records `numbers` in one `PutRecords` call, all with partition key `key` (or `keys(n)`).
    static func put(
        _ numbers: ClosedRange<Int>, key: String = "order-1", keys: ((Int) -> String)? = nil,
        into simulator: inout EventSourceMappingSimulator<KinesisEvent>
    ) {
        simulator.putRecords(numbers.map { (partitionKey: keys?($0) ?? key, data: #"{"n":\#($0)}"#) })
    }

    /// The record numbers of a Kinesis event.
    static func numbers(_ event: KinesisEvent) -> [Int] {
        event.records.compactMap { record in
            guard let text = try? record.kinesis.dataText() else { return nil }
            return number(in: text)
        }
    }

    /// The record numbers of a DynamoDB event: the `n` attribute of each new image.
    static func numbers(_ event: DynamoDBEvent) -> [Int] {
        event.records.compactMap { record in
            guard case .number(let number)? = record.dynamodb.newImage?["n"] else { return nil }
            return Int(number.text)
        }
    }

    static func number(in text: String) -> Int? {
        guard let object = try? JSONDocument(parsing: text).root.value.objectValue,
            let number = object["n"]?.numberValue
        else { return nil }
        return Int(number.text)
    }

    /// The record numbers of every invocation, in order.
    static func sequence(_ outcome: EventSourceMappingOutcome<KinesisEvent>) -> [[Int]] {
        outcome.invocations.map { numbers($0.event) }
    }

    /// The sequence number of record `n` in the simulator's traffic.
    static func sequenceNumber(_ n: Int, in simulator: EventSourceMappingSimulator<KinesisEvent>) -> String {
        simulator.records.first { record in
            (try? record.kinesis.dataText()).flatMap(number(in:)) == n
        }?.kinesis.sequenceNumber ?? ""
    }
}
