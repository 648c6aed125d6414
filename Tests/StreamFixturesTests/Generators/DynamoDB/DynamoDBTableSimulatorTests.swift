import Foundation
import StreamEvents
import StreamFixtures
import StreamJSON
import Testing

@Suite struct DynamoDBTableSimulatorTests {
    static let schema = DynamoDBKeySchema(partitionKey: .string("pk"))

    func table(
        _ viewType: StreamViewType = .newAndOldImages, schema: DynamoDBKeySchema = schema, seed: Seed = 1
    ) throws -> DynamoDBTableSimulator {
        try DynamoDBTableSimulator(
            name: "orders", keySchema: schema, streamViewType: viewType, existingItemCount: 0, seed: seed)
    }

    @Test func putOfANewKeyStreamsAnInsertWithTheNewImage() throws {
        var table = try table()
        let record = try #require(try table.put(["pk": "order#1", "total": 12.5]))
        #expect(record.eventName == .insert)
        #expect(record.dynamodb.keys == ["pk": "order#1"])
        #expect(record.dynamodb.newImage == ["pk": "order#1", "total": 12.5])
        #expect(record.dynamodb.oldImage == nil)
        #expect(record.dynamodb.sizeBytes == 26)
        #expect(DynamoDBInvariants.problems(in: record).isEmpty)
    }

    @Test func writesThatChangeNothingStreamNothing() throws {
        var table = try table()
        try table.put(["pk": "a", "n": 1, "tags": .stringSet(["x"])])
        #expect(try table.put(["n": 1, "pk": "a", "tags": .stringSet(["x"])]) == nil)
        #expect(try table.put(["pk": "a", "n": .number("1.0"), "tags": .stringSet(["x"])]) == nil)
        #expect(try table.update(key: ["pk": "a"], set: ["n": 1]) == nil)
        #expect(try table.update(key: ["pk": "a"], remove: ["missing"]) == nil)
        #expect(try table.delete(key: ["pk": "b"]) == nil)
        #expect(try table.expire(key: ["pk": "b"]) == nil)
    }

    @Test func modifyCarriesThePreviousNewImageAsOldImage() throws {
        var table = try table()
        let insert = try #require(try table.put(["pk": "a", "status": "PENDING", "total": 10]))
        let update = try #require(try table.update(key: ["pk": "a"], set: ["status": "PAID"], remove: ["total"]))
        #expect(update.eventName == .modify)
        #expect(update.dynamodb.oldImage == insert.dynamodb.newImage)
        #expect(update.dynamodb.newImage == ["pk": "a", "status": "PAID"])
        let replace = try #require(try table.put(["pk": "a", "note": "replaced"]))
        #expect(replace.eventName == .modify)
        #expect(replace.dynamodb.oldImage == update.dynamodb.newImage)
        #expect(table.item(forKey: ["pk": "a"]) == ["pk": "a", "note": "replaced"])
    }

    @Test func removeCarriesTheLastImageAndEmptiesTheKey() throws {
        var table = try table()
        try table.put(["pk": "a", "n": 1])
        let remove = try #require(try table.delete(key: ["pk": "a"]))
        #expect(remove.eventName == .remove)
        #expect(remove.dynamodb.oldImage == ["pk": "a", "n": 1])
        #expect(remove.dynamodb.newImage == nil)
        #expect(remove.userIdentity == nil)
        #expect(table.item(forKey: ["pk": "a"]) == nil)
        #expect(table.itemCount == 0)
    }

    @Test func updateOfAMissingKeyInsertsTheItem() throws {
        var table = try table()
        let record = try #require(try table.update(key: ["pk": "new"], set: ["count": 1]))
        #expect(record.eventName == .insert)
        #expect(record.dynamodb.newImage == ["pk": "new", "count": 1])
    }

    @Test func expiryIsARemoveByTheTimeToLiveService() throws {
        var table = try table()
        try table.put(["pk": "s-1", "expiresAt": 1_704_067_000])
        let record = try #require(try table.expire(key: ["pk": "s-1"]))
        #expect(record.eventName == .remove)
        #expect(record.userIdentity == DynamoDBUserIdentity(type: "Service", principalId: "dynamodb.amazonaws.com"))
    }

    @Test(arguments: StreamViewType.knownValues)
    func imagesFollowTheStreamViewType(viewType: StreamViewType) throws {
        var table = try table(viewType)
        let records = try table.apply([
            .put(["pk": "a", "v": 1]), .update(key: ["pk": "a"], set: ["v": 2], remove: []), .delete(key: ["pk": "a"]),
        ])
        #expect(records.map(\.eventName) == [.insert, .modify, .remove])
        let presence = records.map { ($0.dynamodb.newImage != nil, $0.dynamodb.oldImage != nil) }
        let new = viewType.includesNewImage
        let old = viewType.includesOldImage
        #expect(presence.map(\.0) == [new, new, false])
        #expect(presence.map(\.1) == [false, old, old])
        for record in records {
            #expect(DynamoDBInvariants.problems(in: record).isEmpty, "\(DynamoDBInvariants.problems(in: record))")
        }
    }

    @Test func numbersAreStoredInCanonicalForm() throws {
        var table = try table()
        let record = try #require(
            try table.put([
                "pk": "a", "price": .number("12.50"), "big": .number("1.5E+3"), "set": .numberSet(["+1", "2.0"]),
            ]))
        let image = try #require(record.dynamodb.newImage)
        #expect(image["price"]?.numberValue?.text == "12.5")
        #expect(image["big"]?.numberValue?.text == "1500")
        #expect(image["set"] == .numberSet(["1", "2"]))
        if case .numberSet(let numbers)? = image["set"] { #expect(numbers.map(\.text) == ["1", "2"]) }
    }

    @Test func numericKeysMatchByValue() throws {
        var table = try table(schema: DynamoDBKeySchema(partitionKey: .number("id")))
        try table.put(["id": .number("7"), "n": 1])
        let record = try #require(try table.update(key: ["id": .number("7.0")], set: ["n": 2]))
        #expect(record.eventName == .modify)
        #expect(record.dynamodb.keys["id"]?.numberValue?.text == "7")
    }

    @Test func imagesAreSortedByNameAtEveryLevel() throws {
        var table = try table(
            schema: DynamoDBKeySchema(partitionKey: .string("orderId"), sortKey: .number("lineNumber")))
        let record = try #require(
            try table.put([
                "orderId": "o-1", "lineNumber": 1, "zeta": ["b": 1, "a": [["y": 1, "x": 2]]], "alpha": true,
            ]))
        #expect(record.dynamodb.keys.names == ["lineNumber", "orderId"])
        #expect(record.dynamodb.newImage?.names == ["alpha", "lineNumber", "orderId", "zeta"])
        #expect(record.dynamodb.newImage?["zeta"]?.mapValue?.names == ["a", "b"])
        #expect(record.dynamodb.newImage?["zeta"]?["a"]?[0]?.mapValue?.names == ["x", "y"])
        #expect(RoundTrip.problem(DynamoDBEvent(records: [record])) == nil)
    }

    @Test func scriptedWritesGetGrowingSequenceNumbersAndTimes() throws {
        var table = try table()
        var operations: [DynamoDBWriteOperation] = []
        for index in 0..<50 {
            operations.append(.put(["pk": .string("k\(index % 7)"), "n": .number(DynamoDBNumber(index))]))
            if index % 5 == 0 { operations.append(.delete(key: ["pk": .string("k\(index % 7)")])) }
        }
        let event = DynamoDBEvent(records: try table.apply(operations))
        #expect(event.records.count > 40)
        #expect(DynamoDBInvariants.problems(in: event).isEmpty, "\(DynamoDBInvariants.problems(in: event))")
    }

    struct Order: Codable, Equatable {
        var pk: String
        var total: Decimal
        var tags: Set<String>
        var paid: Bool
    }

    @Test func encodableValuesArePutThroughTheItemEncoder() throws {
        var table = try table()
        let order = Order(pk: "order#9", total: 99.95, tags: ["vip", "new"], paid: false)
        let record = try #require(try table.put(order))
        let image = try #require(record.dynamodb.newImage)
        #expect(image["tags"] == .stringSet(["new", "vip"]))
        #expect(try DynamoDBItemDecoder().decode(Order.self, from: image) == order)
    }

    struct Reading: Codable, Equatable {
        var sensor: String
        var celsius: Double
        var ok: Bool
    }

    @Test func customValuesDriveRandomWritesAndGetKeysGenerated() throws {
        let readings = Gen.zip(Gen.element("t1", "t2", "t3"), Gen.int(in: -300...450), Gen.bool())
            .map { Reading(sensor: $0, celsius: Double($1) / 10, ok: $2) }
        var table = try DynamoDBTableSimulator(
            name: "readings",
            keySchema: DynamoDBKeySchema(partitionKey: .string("deviceId"), sortKey: .number("timestamp")),
            streamViewType: .newImage, items: .values(readings), seed: 3)
        let event = table.nextEvent(recordCount: 30)
        #expect(DynamoDBInvariants.problems(in: event).isEmpty, "\(DynamoDBInvariants.problems(in: event))")
        let images = event.records.compactMap(\.dynamodb.newImage)
        #expect(!images.isEmpty)
        for image in images {
            #expect(image["deviceId"]?.stringValue != nil)
            #expect(image["timestamp"]?.numberValue != nil)
            if image["sensor"] != nil, image["celsius"] != nil, image["ok"] != nil {
                #expect((try? DynamoDBItemDecoder().decode(Reading.self, from: image)) != nil)
            }
        }
    }

    @Test func aSourceThatCannotBeStoredFailsAtCreation() {
        let broken = Gen<AttributeMap>.constant(["pk": "a", "tags": .stringSet([])])
        #expect(throws: DynamoDBGeneratorError.self) {
            try DynamoDBTableSimulator(items: .items(broken), seed: 1)
        }
        do {
            _ = try DynamoDBTableSimulator(items: .items(broken), seed: 1)
        } catch {
            #expect(error.code == .invalidSet)
        }
    }

    @Test func aRepetitiveSourceStillStreamsRecords() throws {
        var table = try DynamoDBTableSimulator(
            items: .items(.constant(["pk": "same", "n": 1])),
            operations: DynamoDBOperationMix(put: 1, update: 1, delete: 0),
            existingItemCount: 0, seed: 2)
        let event = table.nextEvent(recordCount: 5)
        #expect(event.records.count == 5)
        #expect(DynamoDBInvariants.problems(in: event).isEmpty, "\(DynamoDBInvariants.problems(in: event))")
    }

    // MARK: Rejected writes

    static let rejected: [(String, DynamoDBWriteOperation, DynamoDBGeneratorError.Code)] = [
        ("no key", .put(["total": 1]), .missingKeyAttribute),
        ("key of the wrong type", .put(["pk": 1]), .keyTypeMismatch),
        ("empty key string", .put(["pk": ""]), .invalidKeyValue),
        (
            "partition key over 2048 bytes", .put(["pk": .string(String(repeating: "x", count: 2_049))]),
            .invalidKeyValue
        ),
        ("empty string set", .put(["pk": "a", "s": .stringSet([])]), .invalidSet),
        ("repeated string", .put(["pk": "a", "s": .stringSet(["x", "x"])]), .invalidSet),
        ("numbers equal by value", .put(["pk": "a", "s": .numberSet(["1", "1.0"])]), .invalidSet),
        ("repeated bytes", .put(["pk": "a", "s": .binarySet([[1], [1]])]), .invalidSet),
        ("number out of range", .put(["pk": "a", "n": .number("1E+126")]), .invalidNumber),
        ("39 digits", .put(["pk": "a", "n": .number("123456789012345678901234567890123456789")]), .invalidNumber),
        ("not a number", .put(["pk": "a", "n": .number("12a")]), .invalidNumber),
        ("empty attribute name", .put(["pk": "a", "": 1]), .invalidAttributeName),
        ("item over 400 KB", .put(["pk": "a", "b": .binary([UInt8](repeating: 7, count: 409_600))]), .itemTooLarge),
        ("update of a key attribute", .update(key: ["pk": "a"], set: ["pk": "b"], remove: []), .updatesKeyAttribute),
        ("removal of a key attribute", .update(key: ["pk": "a"], set: [:], remove: ["pk"]), .updatesKeyAttribute),
        ("key with another attribute", .delete(key: ["pk": "a", "x": 1]), .keyTypeMismatch),
        ("key without its attribute", .expire(key: ["id": "a"]), .missingKeyAttribute),
    ]

    @Test(arguments: rejected.indices)
    func writesDynamoDBWouldRejectThrow(index: Int) throws {
        let (name, operation, code) = Self.rejected[index]
        var table = try table()
        do {
            _ = try table.apply(operation)
            Issue.record("\(name): accepted")
        } catch {
            #expect(error.code == code, "\(name): \(error)")
            #expect(!error.message.isEmpty)
        }
    }

    @Test func documentsNestAtMostThirtyTwoLevels() throws {
        var table = try table()
        func nested(_ levels: Int) -> AttributeValue {
            var value: AttributeValue = "leaf"
            for _ in 0..<levels { value = .list([value]) }
            return value
        }
        #expect(try table.put(["pk": "a", "doc": nested(32)]) != nil)
        do {
            _ = try table.put(["pk": "b", "doc": nested(33)])
            Issue.record("33 levels accepted")
        } catch {
            #expect(error.code == .nestingTooDeep)
        }
    }

    @Test(arguments: [
        ("x", "name"), ("orders/v2", "name"),
    ])
    func tableOptionsAreChecked(name: String, location: String) {
        do {
            _ = try DynamoDBTableSimulator(name: name, seed: 1)
            Issue.record("accepted \(name)")
        } catch {
            #expect(error.code == .invalidOption)
            #expect(error.location == location)
        }
    }

    @Test func otherTableOptionsAreChecked() {
        func location(_ make: () throws(DynamoDBGeneratorError) -> DynamoDBTableSimulator) -> String? {
            do throws(DynamoDBGeneratorError) {
                _ = try make()
                return nil
            } catch {
                return error.location
            }
        }
        #expect(
            location { () throws(DynamoDBGeneratorError) in try DynamoDBTableSimulator(shardCount: 0, seed: 1) }
                == "shardCount")
        #expect(
            location { () throws(DynamoDBGeneratorError) in try DynamoDBTableSimulator(ttlShare: 1.5, seed: 1) }
                == "ttlShare")
        #expect(
            location { () throws(DynamoDBGeneratorError) in
                try DynamoDBTableSimulator(streamViewType: "NEW", seed: 1)
            } == "streamViewType")
        #expect(
            location { () throws(DynamoDBGeneratorError) in
                try DynamoDBTableSimulator(environment: AWSEnvironment(partition: .aws, region: .cnNorth1), seed: 1)
            } == "environment.region")
        #expect(
            location { () throws(DynamoDBGeneratorError) in
                try DynamoDBTableSimulator(ttlAttributeName: "pk", seed: 1)
            } == "ttlAttributeName")
        #expect(
            location { () throws(DynamoDBGeneratorError) in
                try DynamoDBTableSimulator(operations: DynamoDBOperationMix(put: 0, update: 0, delete: 0), seed: 1)
            } == "operations")
    }

    @Test func streamIdentifiersHaveTheRealFormats() throws {
        let table = try DynamoDBTableSimulator(
            name: "Music", environment: AWSEnvironment(region: .usGovWest1, accountID: "123456789012"), shardCount: 3,
            clock: SimulatedClock(start: 1_571_767_400_000), seed: 9)
        #expect(table.streamARN.hasPrefix("arn:aws-us-gov:dynamodb:us-gov-west-1:123456789012:table/Music/stream/"))
        #expect(StrictPatterns.matches(StrictPatterns.streamARN, table.streamARN))
        #expect(table.streamLabel.utf8.count == 23)
        let labelTime = try #require(labelMilliseconds(table.streamLabel))
        #expect(labelTime < 1_571_767_400_000)
        #expect(table.shardIDs.count == 3)
        for shardID in table.shardIDs {
            #expect(StrictPatterns.matches(StrictPatterns.shardID, shardID), "\(shardID)")
            let millis = try #require(Int64(shardID.dropFirst(8).prefix(20)))
            #expect(millis > labelTime && millis - labelTime <= 1_500)
        }
    }

    func labelMilliseconds(_ label: String) -> Int64? {
        AWSTimestamp(form: .iso8601(label + "Z")).date().map { Int64(($0.timeIntervalSince1970 * 1_000).rounded()) }
    }
}
