import Foundation
import StreamEvents
import StreamJSON
import Testing

@testable import StreamContracts

@Suite struct RuleBehaviourTests {
    static func check(_ text: String, _ kind: PayloadKind, _ options: RuleOptions = RuleOptions()) throws
        -> [Diagnostic]
    {
        ContractRules.check(try JSONDocument(parsing: text), at: 0, kind: kind, options: options)
    }

    static func rules(_ text: String, _ kind: PayloadKind, _ options: RuleOptions = RuleOptions()) throws -> [String] {
        try check(text, kind, options).map(\.rule)
    }

    static func kinesis(data: String, partitionKey: String = "order-1") -> String {
        RuleCases.kinesisBatch([RuleCases.kinesisRecord(sequence: RuleCases.sequence1, data: data)])
            .replacingOccurrences(of: #""partitionKey": "order-1""#, with: #""partitionKey": "\#(partitionKey)""#)
    }

    // MARK: Record size

    @Test func recordSizeCountsThePartitionKeyAgainstOneMebibyte() throws {
        // 1 MiB − 7 bytes of data + "order-1" (7 bytes) is exactly 1 MiB.
        let exactly = String(repeating: "AAAA", count: 349_522) + "AAAA"  // 1,048,569 bytes
        #expect(try Self.rules(Self.kinesis(data: exactly), .kinesisEvent).isEmpty)
        let over = try Self.check(Self.kinesis(data: exactly, partitionKey: "order-10"), .kinesisEvent)
        #expect(over.map(\.rule) == ["kinesis.record-size-limit"])
        #expect(over.first?.message.contains("1048577 bytes (1048569 of data + 8 of partition key)") == true)
    }

    @Test func largeRecordStreamsTurnTheErrorIntoNothingOrAWarning() throws {
        let document = Self.kinesis(data: RuleCases.oneMebibyteOfZeros)
        #expect(try Self.rules(document, .kinesisEvent) == ["kinesis.record-size-limit"])
        #expect(
            try Self.rules(document, .kinesisEvent, RuleOptions(maximumRecordBytes: 10_485_760))
                == ["kinesis.record-size-large-stream"])
        #expect(try Self.rules(document, .kinesisEvent, RuleOptions(allowsLargeRecordStreams: true)).isEmpty)
        #expect(
            try Self.rules(Self.kinesis(data: "e30="), .kinesisEvent, RuleOptions(maximumRecordBytes: 3)) == [
                "kinesis.record-size-limit"
            ])
    }

    // MARK: KPL aggregation

    @Test func wellFormedAggregatesPassAndTheirUserRecordsAreCounted() throws {
        let blob = KPLAggregate.encode([
            KPLUserRecord(partitionKey: "order-1", data: Data("{}".utf8)),
            KPLUserRecord(partitionKey: "order-2", data: Data("{\"n\":2}".utf8)),
            KPLUserRecord(partitionKey: "order-1", data: Data()),
        ])
        let document = RuleCases.kinesisBatch([
            RuleCases.kinesisRecord(sequence: RuleCases.sequence1, data: Data(blob).base64EncodedString()),
            RuleCases.kinesisRecord(sequence: RuleCases.sequence2, arrival: "1704153600.25"),
        ])
        #expect(try Self.rules(document, .kinesisEvent).isEmpty)
        #expect(ContractRules.userRecordCount(try JSONDocument(parsing: document), at: 0) == 4)
        #expect(ContractRules.userRecordCount(try JSONDocument(parsing: RuleCases.kinesisMinimal), at: 0) == 1)
    }

    @Test func anAggregateWithAnIndexOutsideItsTableIsCorrupt() throws {
        // A record whose partition_key_index is 1 in a table of one key, with a correct digest.
        var body: [UInt8] = [0x0A, 0x01, UInt8(ascii: "a"), 0x1A, 0x04, 0x08, 0x01, 0x1A, 0x00]
        let digest = MD5.digest(body)
        body = KPLAggregate.magic + body + digest
        let diagnostics = try Self.check(Self.kinesis(data: Data(body).base64EncodedString()), .kinesisEvent)
        #expect(diagnostics.map(\.rule) == ["kinesis.kpl-aggregate"])
        #expect(diagnostics.first?.message.contains("out of range") == true)
    }

    /// A batch with several aggregates checks them together (their digests side by side): each must get exactly the
    /// finding it gets alone, at its own pointer, with plain and non-base64 data in between.
    @Test func aBatchOfAggregatesGetsTheFindingsEachGetsAlone() throws {
        let valid = KPLAggregate.encode([
            KPLUserRecord(partitionKey: "order-1", data: Data("{}".utf8)),
            KPLUserRecord(partitionKey: "order-2", data: Data(repeating: 0x41, count: 300)),
        ])
        var badDigest = valid
        badDigest[badDigest.count - 1] ^= 1
        var badBody = valid
        badBody[9] ^= 0x10
        let body: [UInt8] = [0x0A, 0x01, UInt8(ascii: "a"), 0x1A, 0x04, 0x08, 0x01, 0x1A, 0x00]
        let badIndex = KPLAggregate.magic + body + MD5.digest(body)
        let truncated = KPLAggregate.magic + Array(body.prefix(5)) + MD5.digest(Array(body.prefix(5)))
        let tooShort = KPLAggregate.magic + [UInt8](repeating: 7, count: 16)
        let encoded = [valid, badDigest, badBody, badIndex, truncated, tooShort, valid].map {
            Data($0).base64EncodedString()
        }
        // Plain data and text that starts like an aggregate but is not base64 sit between the aggregates.
        let datas = [encoded[0], "e30=", encoded[1], encoded[2], "84mawg!!", encoded[3]] + encoded[4...]
        let alone = try datas.map { data in
            try Self.check(Self.kinesis(data: data), .kinesisEvent).filter { $0.rule == "kinesis.kpl-aggregate" }
        }
        #expect(alone.filter { !$0.isEmpty }.count == 5)
        let records = datas.map { RuleCases.kinesisRecord(sequence: RuleCases.sequence1, data: $0) }
        let together = try Self.check(RuleCases.kinesisBatch(records), .kinesisEvent)
            .filter { $0.rule == "kinesis.kpl-aggregate" }
        #expect(together.map(\.message) == alone.flatMap { $0.map(\.message) })
        let expectedPointers = alone.enumerated().flatMap { position, findings in
            findings.map { _ in "/Records/\(position)/kinesis/data" }
        }
        #expect(together.map(\.pointer.description) == expectedPointers)
    }

    // MARK: Order, shards and arrival

    @Test func sequenceNumbersCompareAsIntegersNotText() throws {
        let document = RuleCases.dynamodbTwoRecords.replacingOccurrences(
            of: "700000000000000000001", with: "999999999999999999999"
        ).replacingOccurrences(of: "700000000000000000002", with: "1000000000000000000000")
        #expect(try Self.rules(document, .dynamodbEvent).isEmpty)
        let reversed = RuleCases.dynamodbTwoRecords.replacingOccurrences(
            of: "700000000000000000001", with: "1000000000000000000000"
        ).replacingOccurrences(of: "700000000000000000002", with: "999999999999999999999")
        #expect(try Self.rules(reversed, .dynamodbEvent) == ["batch.sequence-numbers-increasing"])
    }

    @Test func arrivalWithinTheToleranceOfTheSequenceNumberIsFine() throws {
        func rules(_ arrival: String, _ options: RuleOptions = RuleOptions()) throws -> [String] {
            try Self.rules(
                RuleCases.kinesisBatch([RuleCases.kinesisRecord(sequence: RuleCases.sequence1, arrival: arrival)]),
                .kinesisEvent, options)
        }
        #expect(try rules("1704153604.9").isEmpty)
        #expect(try rules("1704153595.1").isEmpty)
        #expect(try rules("1704153605.1") == ["kinesis.sequence-number-arrival"])
        #expect(try rules("1704153594.5") == ["kinesis.sequence-number-arrival"])
        #expect(try rules("1704153605.1", RuleOptions(maximumArrivalSkewSeconds: 10)).isEmpty)
    }

    /// The rules read a shard id's index once and reuse it while the records name the same shard: each record's
    /// `kinesis.sequence-number-shard` finding is the one it gets alone, whatever shards the records before it named.
    @Test func eachRecordIsCheckedAgainstItsOwnShardIndex() throws {
        let cases = [
            (RuleCases.sequence1, "shardId-000000000003"), (RuleCases.sequenceShard4, "shardId-000000000003"),
            (RuleCases.sequenceShard4, "shardId-000000000004"), (RuleCases.sequence1, "shardId-000000000004"),
            (RuleCases.sequence1, "shardId-000000000003"), (RuleCases.sequence1, "shardId-3"),
        ]
        let records = cases.map { RuleCases.kinesisRecord(sequence: $0.0, shard: $0.1) }
        let alone = try records.map { record in
            try Self.check(RuleCases.kinesisBatch([record]), .kinesisEvent)
                .filter { $0.rule == "kinesis.sequence-number-shard" }
        }
        #expect(alone.map(\.count) == [0, 1, 0, 1, 0, 0])
        let together = try Self.check(RuleCases.kinesisBatch(records), .kinesisEvent)
            .filter { $0.rule == "kinesis.sequence-number-shard" }
        #expect(together.map(\.message) == alone.flatMap { $0.map(\.message) })
        #expect(
            together.map(\.pointer.description) == [
                "/Records/1/kinesis/sequenceNumber", "/Records/3/kinesis/sequenceNumber",
            ])
    }

    @Test func theWindowShardIsTheBatchShard() throws {
        let document = RuleCases.kinesisWindow.replacingOccurrences(
            of: #""shardId": "shardId-000000000003""#, with: #""shardId": "shardId-000000000004""#)
        let diagnostics = try Self.check(document, .kinesisEvent)
        #expect(diagnostics.map(\.rule) == ["kinesis.batch-single-shard"])
        #expect(diagnostics.first?.pointer.description == "/Records/0/eventID")
    }

    @Test func aFirstWindowInvocationMayLackState() throws {
        let document = RuleCases.kinesisWindow.replacingOccurrences(of: "\"state\": {\"1\": 282},\n", with: "")
        #expect(!document.contains("\"state\""))
        #expect(try Self.rules(document, .kinesisEvent).isEmpty)
    }

    // MARK: DynamoDB images

    static let imageTable: [(view: String, event: String, new: Bool, old: Bool)] = [
        ("KEYS_ONLY", "INSERT", false, false), ("KEYS_ONLY", "MODIFY", false, false),
        ("KEYS_ONLY", "REMOVE", false, false), ("NEW_IMAGE", "INSERT", true, false),
        ("NEW_IMAGE", "MODIFY", true, false), ("NEW_IMAGE", "REMOVE", false, false),
        ("OLD_IMAGE", "INSERT", false, false), ("OLD_IMAGE", "MODIFY", false, true),
        ("OLD_IMAGE", "REMOVE", false, true), ("NEW_AND_OLD_IMAGES", "INSERT", true, false),
        ("NEW_AND_OLD_IMAGES", "MODIFY", true, true), ("NEW_AND_OLD_IMAGES", "REMOVE", false, true),
    ]

    static func dynamodbRecord(view: String, event: String, new: Bool, old: Bool) -> String {
        let image = #"{ "pk": { "S": "order#1" }, "total": { "N": "10" } }"#
        let size = 9 + (new ? 16 : 0) + (old ? 16 : 0)
        return #"""
            { "Records": [{
              "eventID": "9a0e5c1f3b7d4e2a8c6b0d1f2e3a4b5c", "eventName": "\#(event)", "eventVersion": "1.1",
              "eventSource": "aws:dynamodb", "awsRegion": "us-east-1",
              "dynamodb": {
                "Keys": { "pk": { "S": "order#1" } },
                \#(new ? #""NewImage": \#(image),"# : "")
                \#(old ? #""OldImage": \#(image),"# : "")
                "SequenceNumber": "700000000000000000001", "SizeBytes": \#(size), "StreamViewType": "\#(view)"
              },
              "eventSourceARN": "arn:aws:dynamodb:us-east-1:111122223333:table/orders/stream/2024-01-01T00:00:00.000"
            }]}
            """#
    }

    @Test(arguments: 0..<12)
    func imagesFollowTheStreamViewTypeTable(_ row: Int) throws {
        let (view, event, new, old) = Self.imageTable[row]
        #expect(
            try Self.rules(Self.dynamodbRecord(view: view, event: event, new: new, old: old), .dynamodbEvent).isEmpty)
        let flippedNew = try Self.check(
            Self.dynamodbRecord(view: view, event: event, new: !new, old: old), .dynamodbEvent)
        #expect(flippedNew.map(\.rule) == ["dynamodb.images-match-stream-view-type"])
        #expect(flippedNew.first?.message.contains(new ? "NewImage is missing" : "NewImage is unexpected") == true)
        let flippedOld = try Self.rules(
            Self.dynamodbRecord(view: view, event: event, new: new, old: !old), .dynamodbEvent)
        #expect(flippedOld == ["dynamodb.images-match-stream-view-type"])
    }

    @Test func keyValuesCompareAsDynamoDBValues() throws {
        let document = RuleCases.dynamodbMinimal.replacingOccurrences(of: #""S": "order#1""#, with: #""N": "1""#)
            .replacingOccurrences(
                of: #""NewImage": { "pk": { "N": "1" }"#, with: #""NewImage": { "pk": { "N": "1.0" }"#
            )
            .replacingOccurrences(of: #""SizeBytes": 48"#, with: #""SizeBytes": 33"#)
        #expect(try Self.rules(document, .dynamodbEvent) == [])
    }

    @Test func binarySetsCompareDecodedBytes() throws {
        let document = RuleCases.dynamodbMinimal.replacingOccurrences(
            of: #""SS": ["a", "b"]"#, with: #""BS": ["AQ==", "Ag==", "AQ=="]"#
        ).replacingOccurrences(of: #""SizeBytes": 48"#, with: #""SizeBytes": 49"#)
        let diagnostics = try Self.check(document, .dynamodbEvent)
        #expect(diagnostics.map(\.rule) == ["dynamodb.set-unique"])
        #expect(diagnostics.first?.pointer.description == "/Records/0/dynamodb/NewImage/tags/BS/2")
    }

    @Test func sizeBytesFollowsDynamoDBItemSize() throws {
        // The tape-based size equals DynamoDBItemSize on the typed images of every DynamoDB example.
        let folder = RuleExampleTests.examples.appendingPathComponent("dynamodb-event/valid")
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            let document = try JSONDocument(parsing: Data(contentsOf: folder.appendingPathComponent(file)))
            let context = RuleContext(document: document, root: 0, options: RuleOptions())
            for record in document.root["Records"]?.elements ?? [] {
                guard let change = record["dynamodb"] else { continue }
                for name in ["Keys", "NewImage", "OldImage"] {
                    guard let image = change[name] else { continue }
                    let typed = try AttributeMap(json: image.value)
                    #expect(context.itemSize(image.index) == DynamoDBItemSize.size(of: typed), "\(file) \(name)")
                }
            }
        }
    }

    // MARK: Event source mappings

    @Test func maximumRecordAgeAcceptsMinusOneAndSixtyUp() throws {
        for (age, expected) in [
            ("-1", []), ("60", []), ("604800", []), ("0", ["esm.maximum-record-age"]),
            ("59", ["esm.maximum-record-age"]),
        ] {
            let document = RuleCases.eventSourceMapping.replacingOccurrences(
                of: #""MaximumRecordAgeInSeconds": -1"#, with: #""MaximumRecordAgeInSeconds": \#(age)"#)
            #expect(try Self.rules(document, .eventSourceMapping) == expected, "\(age)")
        }
    }

    @Test func atTimestampNeedsATimestamp() throws {
        let document = RuleCases.eventSourceMapping.replacingOccurrences(of: "LATEST", with: "AT_TIMESTAMP")
        #expect(try Self.rules(document, .eventSourceMapping) == ["esm.starting-position-timestamp"])
    }

    @Test func kafkaDestinationsAreNotStreamDestinations() throws {
        let document = #"""
            { "UUID": "4f3e2d1c-0b9a-4877-a665-544332211000", "Topics": ["orders"],
              "FunctionArn": "arn:aws:lambda:eu-west-1:111122223333:function:kafka-consumer",
              "DestinationConfig": { "OnSuccess": { "Destination": "kafka://done" },
                                     "OnFailure": { "Destination": "kafka://failed-orders" } } }
            """#
        #expect(try Self.rules(document, .eventSourceMapping).isEmpty)
    }

    @Test func mappingsInAListAreEachChecked() throws {
        let list =
            "{ \"EventSourceMappings\": [" + RuleCases.eventSourceMapping + ", "
            + RuleCases.eventSourceMapping.replacingOccurrences(
                of: #""MaximumRecordAgeInSeconds": -1"#, with: #""MaximumRecordAgeInSeconds": 1"#) + "] }"
        let diagnostics = try Self.check(list, .eventSourceMappings)
        #expect(diagnostics.map(\.rule) == ["esm.maximum-record-age"])
        #expect(diagnostics.first?.pointer.description == "/EventSourceMappings/1/MaximumRecordAgeInSeconds")
    }

    // MARK: Batch responses

    @Test func itemIdentifiersAreCheckedAgainstTheGivenBatch() throws {
        let response = try JSONDocument(
            parsing:
                #"{"batchItemFailures":[{"itemIdentifier":"\#(RuleCases.sequence2)"},"#
                + #"{"itemIdentifier":"\#(RuleCases.sequence1)"}]}"#
        )
        let inBatch = ContractRules.checkBatchResponse(
            response, event: try JSONDocument(parsing: RuleCases.kinesisTwoRecords), options: RuleOptions())
        #expect(inBatch.isEmpty)
        let notInBatch = ContractRules.checkBatchResponse(
            response, event: try JSONDocument(parsing: RuleCases.kinesisMinimal), options: RuleOptions())
        #expect(notInBatch.map(\.rule) == ["response.item-identifier-in-batch"])
        #expect(notInBatch.first?.pointer.description == "/batchItemFailures/0/itemIdentifier")
        #expect(notInBatch.first?.location?.line == 1)
    }

    @Test func aResponseNeedsAStreamEventToBeCheckedAgainst() throws {
        let diagnostics = ContractRules.checkBatchResponse(
            try JSONDocument(parsing: RuleCases.batchItemFailures),
            event: try JSONDocument(parsing: RuleCases.eventSourceMapping), options: RuleOptions())
        #expect(diagnostics.map(\.rule) == ["response.item-identifier-in-batch"])
        #expect(diagnostics.first?.message.contains("event-source-mapping") == true)
    }

    // MARK: Diagnostics

    @Test func findingsOfAnEmbeddedValueHavePointersRelativeToItAndTheirTextLocation() throws {
        let wrapped =
            "{\"requestId\": \"x\",\n \"message\": "
            + RuleCases.kinesisMinimal.replacingOccurrences(
                of: #""awsRegion": "us-east-1""#, with: #""awsRegion": "us-west-2""#) + "}"
        let document = try JSONDocument(parsing: wrapped)
        let index = try #require(document.root["message"]).index
        let diagnostics = ContractRules.check(document, at: index, kind: .kinesisEvent, options: RuleOptions())
        #expect(diagnostics.map(\.rule) == ["batch.region-matches-arn"])
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.pointer.description == "/Records/0/awsRegion")
        let offset = try #require(wrapped.range(of: #""us-west-2""#)).lowerBound.utf16Offset(in: wrapped)
        #expect(diagnostic.location?.offset == offset)
        #expect(diagnostic.location?.line == 16)
    }

    @Test func pointerIndexAgreesWithThePathScan() throws {
        for text in [RuleCases.kinesisWindow, RuleCases.dynamodbTwoRecords, RuleCases.getRecordsResponse] {
            let document = try JSONDocument(parsing: text)
            let index = PointerIndex(document)
            for node in 0..<document.nodes.count {
                #expect(index.tokens(to: node, in: document) == document.path(to: node))
            }
        }
    }

    @Test func manyFindingsKeepTheirPointers() throws {
        let synthetic = (0..<20).map { position in
            RuleCases.kinesisRecord(
                sequence: "496500000000000000000000000000000000000000000000000000" + String(10 + position))
        }
        let diagnostics = try Self.check(RuleCases.kinesisBatch(synthetic), .kinesisEvent)
        #expect(diagnostics.map(\.rule) == Array(repeating: "kinesis.sequence-number-layout", count: 20))
        #expect(diagnostics.map(\.pointer.description) == (0..<20).map { "/Records/\($0)/kinesis/sequenceNumber" })
    }

    @Test func theEventIDMessageSaysWhatWasExpected() throws {
        let document = RuleCases.kinesisBatch([
            RuleCases.kinesisRecord(sequence: RuleCases.sequence1),
            RuleCases.kinesisRecord(sequence: RuleCases.sequence2, arrival: "1704153600.25")
                .replacingOccurrences(
                    of: "shardId-000000000003:\(RuleCases.sequence2)",
                    with: "shardId-000000000003:\(RuleCases.sequence1)"),
        ])
        let diagnostics = try Self.check(document, .kinesisEvent)
        #expect(diagnostics.map(\.rule) == ["kinesis.event-id-matches-sequence-number"])
        #expect(
            diagnostics.first?.message
                == "eventID \"shardId-000000000003:\(RuleCases.sequence1)\" does not match the record's shard "
                + "\"shardId-000000000003\" and sequence number \"\(RuleCases.sequence2)\"; expected "
                + "\"shardId-000000000003:\(RuleCases.sequence2)\"")
    }

    @Test func unknownMembersSuggestTheDeclaredSpelling() throws {
        let document = RuleCases.kinesisMinimal.replacingOccurrences(
            of: #""eventSourceARN""#, with: #""eventSourceArn""#)
        let diagnostics = try Self.check(document, .kinesisEvent)
        #expect(diagnostics.map(\.rule) == ["contract.unknown-member"])
        #expect(diagnostics.first?.message.contains("did you mean \"eventSourceARN\"?") == true)
        #expect(diagnostics.first?.pointer.description == "/Records/0/eventSourceArn")
    }

    @Test func mapsAndFreeFormObjectsHaveNoUnknownMembers() throws {
        // Image attributes, window state and KubeMQ metadata are maps; an AttributeValue's keys are the schema's.
        let dynamodb = RuleCases.dynamodbMinimal.replacingOccurrences(
            of: #""total": { "N": "10" }"#, with: #""total": { "N": "10" }, "x": { "Q": "1" }"#)
        #expect(try !Self.rules(dynamodb, .dynamodbEvent).contains("contract.unknown-member"))
        let window = RuleCases.kinesisWindow.replacingOccurrences(
            of: #"{"1": 282}"#, with: #"{"anything": {"goes": 1}}"#)
        #expect(try Self.rules(window, .kinesisEvent).isEmpty)
        let kubemq = RuleCases.kubemqGetRecords.replacingOccurrences(
            of: #""limit": "100""#, with: #""limit": "100", "extra": "x""#)
        #expect(try Self.rules(kubemq, .kubemqKinesisRequest).isEmpty)
    }

    @Test func rulesNeverTrapOnAnyShapeOfDocument() throws {
        var documents = RuleCases.clean.map(\.document) + RuleCases.all.map(\.document).filter { $0.count < 100_000 }
        documents += [
            "null", "[]", "{}", "1", #""text""#, #"{"Records": 5}"#, #"{"Records": [1, "x", null, [], {}]}"#,
            #"{"Records": [{"kinesis": [], "eventID": 3, "dynamodb": "x"}], "window": [], "shardId": 1}"#,
            #"{"Records": [{"kinesis": {"data": "====", "sequenceNumber": "", "partitionKey": 1}, "eventID": ":"}]}"#,
            #"{"Records": [{"dynamodb": {"Keys": {"k": {}}, "NewImage": {"k": {"S": 1, "N": 2}}, "SizeBytes": 1e9}}]}"#,
            #"{"EventSourceMappings": [{"MaximumRecordAgeInSeconds": 1e30, "StartingPosition": 1}]}"#,
            #"{"KinesisBatchInfo": {"startSequenceNumber": "9", "endSequenceNumber": "10"}, "DDBStreamBatchInfo": 1}"#,
            #"{"metadata": {"method": "put_record", "limit": "99999999999999999999999"}, "data": "YR=="}"#,
        ]
        for text in documents {
            let document = try JSONDocument(parsing: text)
            for kind in ContractRules.allKinds {
                _ = ContractRules.check(document, at: 0, kind: kind, options: RuleOptions())
                _ = ContractRules.check(document, at: document.nodes.count, kind: kind, options: RuleOptions())
                _ = ContractRules.check(document, at: -1, kind: kind, options: RuleOptions())
            }
            _ = ContractRules.checkBatchResponse(document, event: document, options: RuleOptions())
        }
    }
}
