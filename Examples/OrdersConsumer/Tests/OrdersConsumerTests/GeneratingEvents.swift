// From Sources/StreamFixtures/Documentation.docc/GeneratingEvents.md and StreamFixtures.md.
import StreamEvents
import StreamFixtures

func recipes() {
    let kinesis = KinesisEvent.generate(KinesisOptions(count: 3, records: 10, shards: 2), seed: 42)
    let dynamo = DynamoDBEvent.generate(DynamoDBOptions(records: 5, viewType: .newImage), seed: "orders")
    print(kinesis.count, dynamo[0].records.count)
}

func generators() throws {
    let events = try Gen.kinesisEvent(records: 1...50).samples(count: 100, seed: 7)
    let first = try Gen.kinesisEvent(records: 1...50).seededSamples(count: 100, seed: 7)[0]
    let again = try Gen.kinesisEvent(records: 1...50).run(seed: first.seed)
    print(events.count, again == first.value)
}

func simulators() throws {
    var stream = KinesisStreamSimulator(name: "orders", shardCount: 2, seed: 7)
    let batches = stream.nextEvents(5, recordCount: 10)

    var table = try DynamoDBTableSimulator(name: "orders", streamViewType: .newAndOldImages, seed: 7)
    let insert = try table.put(["pk": .string("order#1"), "total": .number("12.5")])
    let modify = try table.update(key: ["pk": .string("order#1")], set: ["total": .number("13")])
    let random = table.nextEvent(recordCount: 10)
    print(batches.count, insert?.eventName == .insert, modify?.eventName == .modify, random.records.count)
}

struct Order: Codable, Sendable {
    var pk: String
    var quantity: Int
}

func yourOwnPayloads() throws {
    let orders = Gen.zip(Gen.alphanumeric(length: 8...8), Gen.int(in: 1...5)).map { Order(pk: $0, quantity: $1) }

    let recipe = KinesisRecordRecipe(payload: .json(orders))
    var stream = KinesisStreamSimulator(
        stream: KinesisStream(name: "orders", shardCount: 1), recipe: recipe, seed: "orders")
    let event = stream.nextEvent(recordCount: 5)
    let order = try event.records[0].kinesis.decode(Order.self)

    var table = try DynamoDBTableSimulator(name: "orders", items: .values(orders), seed: "orders")
    let changes = table.nextEvent(recordCount: 5)
    print(order.quantity, changes.records.count)
}

func landingPage() {
    let events = KinesisEvent.generate(KinesisOptions(count: 1, records: 3), seed: 42)
    print(events.count)
}
