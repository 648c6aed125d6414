import Foundation
import StreamEvents
import StreamFixtures
import StreamJSON
import Testing

/// The committed fixture library: each edge-case fixture holds the case its manifest entry promises,
/// every kind has a small, a large and an edge fixture, and regenerating is byte-stable.
@Suite struct FixtureLibraryTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func manifest() throws -> FixtureManifest {
        try FixtureManifest(parsing: [UInt8](Data(contentsOf: folder.appendingPathComponent("fixtures.json"))))
    }

    /// The documents of one fixture file.
    static func documents(_ path: String) throws -> [JSONValue] {
        let text = try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
        if path.hasSuffix(".jsonl") {
            return try text.split(separator: "\n").map { try JSONValue(parsing: String($0)) }
        }
        return [try JSONValue(parsing: text)]
    }

    @Test func everyKindHasAtLeastThreeFixtures() throws {
        let manifest = try Self.manifest()
        for kind in FixtureCatalog.kinds {
            let count = manifest.fixtures.filter { $0.recipe.kind == kind }.count
            #expect(count >= 3, "\(kind) has \(count) fixtures")
        }
    }

    @Test func regeneratingEveryFixtureTwiceGivesTheCommittedBytes() throws {
        for fixture in try Self.manifest().fixtures {
            let first = try fixture.generate()
            let second = try fixture.generate()
            let committed = [UInt8](try Data(contentsOf: Self.folder.appendingPathComponent(fixture.path)))
            #expect(first == second, "\(fixture.path)")
            #expect(first == committed, "\(fixture.path) drifted; run stream-fixtures snapshot")
        }
    }

    @Test func kplFixtureHoldsOnlyAggregatedRecords() throws {
        let event = try JSONDecoder().decode(
            KinesisEvent.self,
            from: Data(contentsOf: Self.folder.appendingPathComponent("kinesis-event/kpl-aggregate.json")))
        #expect(event.records.count == 4)
        for record in event.records {
            #expect(Array(try record.kinesis.dataBytes().prefix(4)) == [0xF3, 0x89, 0x9A, 0xC2])
        }
    }

    @Test func tumblingWindowFixtureEndsWithTheFinalInvokeOfItsWindow() throws {
        let events = try Self.documents("kinesis-event/tumbling-window.jsonl")
        #expect(events.count == 3)
        #expect(events.map { $0["isFinalInvokeForWindow"] } == [false, false, true])
        #expect(Set(events.map { $0["window"] }).count == 1)
        #expect(events.first?["state"] == .object(JSONObject()))
        #expect(events.last?["state"]?.objectValue?.isEmpty == false)
        let dynamo = try Self.documents("dynamodb-event/tumbling-window.jsonl")
        #expect(dynamo.contains { $0["isFinalInvokeForWindow"] == true })
    }

    @Test func ttlFixtureHoldsServiceDeletes() throws {
        let records = try #require(try Self.documents("dynamodb-event/ttl-delete.json").first?["Records"]?.arrayValue)
        let ttl = records.filter { $0["userIdentity"]?["principalId"] == "dynamodb.amazonaws.com" }
        #expect(!ttl.isEmpty)
        #expect(ttl.allSatisfy { $0["eventName"] == "REMOVE" && $0["userIdentity"]?["type"] == "Service" })
    }

    @Test func keysOnlyFixtureCarriesNoImages() throws {
        let records = try #require(try Self.documents("dynamodb-event/keys-only.json").first?["Records"]?.arrayValue)
        #expect(records.count == 10)
        for record in records {
            #expect(record["dynamodb"]?["StreamViewType"] == "KEYS_ONLY")
            #expect(record["dynamodb"]?["NewImage"] == nil && record["dynamodb"]?["OldImage"] == nil)
            #expect(record["dynamodb"]?["Keys"] != nil)
        }
    }

    @Test func cliV1AndV2MappingsWriteTimestampsAsEachToolPrintsThem() throws {
        for mapping in try Self.documents("event-source-mapping/cli-v1.jsonl") {
            #expect(mapping["LastModified"]?.numberValue != nil)
        }
        for mapping in try Self.documents("event-source-mapping/cli-v2.jsonl") {
            let text = try #require(mapping["LastModified"]?.stringValue)
            #expect(text.hasSuffix("+00:00") && text.contains("T"))
        }
    }

    @Test func partitionFixturesUseThePartitionsArns() throws {
        let event = try #require(try Self.documents("kinesis-event/text-payload-aws-cn.json").first)
        #expect(
            event["Records"]?[0]?["eventSourceARN"]?.stringValue?.hasPrefix("arn:aws-cn:kinesis:cn-north-1:") == true)
    }
}

/// Reading a manifest: strict, with the location of every problem.
@Suite struct FixtureManifestTests {
    func error(_ text: String) -> String {
        do {
            _ = try FixtureManifest(parsing: Array(text.utf8))
            return "no error"
        } catch {
            return error.message
        }
    }

    @Test func readsRecipesLayoutsAndTextOrNumberSeeds() throws {
        let manifest = try FixtureManifest(
            parsing: Array(
                """
                {"fixtures": [
                  {"path": "a/b.jsonl", "kind": "dynamodb-event", "seed": "orders", "count": 2, "records": 4,
                   "viewType": "NEW_IMAGE", "windowSeconds": 30, "ttlShare": 0.5, "format": "jsonl"},
                  {"path": "c.json", "kind": "event-source-mapping", "seed": 7, "timestampStyle": "iso8601", "pretty": false}
                ]}
                """.utf8))
        #expect(manifest.fixtures.count == 2)
        #expect(
            manifest.fixtures[0].recipe
                == FixtureRecipe(
                    kind: .dynamodbEvent, seed: "orders", count: 2, records: 4, viewType: .newImage, windowSeconds: 30,
                    ttlShare: 0.5))
        #expect(manifest.fixtures[0].layout == .jsonLines)
        #expect(manifest.fixtures[1].recipe.seed == 7)
        #expect(manifest.fixtures[1].recipe.timestampStyle == .iso8601)
        #expect(manifest.fixtures[1].layout == .json(pretty: false))
        let bytes = try manifest.fixtures[0].generate()
        #expect(bytes.split(separator: 0x0A).count == 2)
    }

    @Test func rejectsUnknownMembersUnusedOptionsAndBadValuesWithTheirLocation() {
        #expect(
            error(#"{"fixtures": [{"path": "a.json", "kind": "kinesis-event", "sed": 1}]}"#)
                == #"1:59: /fixtures/0/sed: unknown member "sed"; expected one of aggregationShare, condition, count, destination, format, kind, path, payload, pretty, records, region, seed, shards, summary, timestampStyle, ttlShare, viewType, windowSeconds"#
        )
        #expect(
            error(#"{"fixtures": [{"path": "a.json", "kind": "batch-item-failures", "shards": 2}]}"#)
                == #"1:75: /fixtures/0/shards: kind "batch-item-failures" does not use "shards"; it uses seed, count, records"#
        )
        #expect(
            error(#"{"fixtures": [{"path": "a.json", "kind": "kinesis-event", "records": 0}]}"#)
                == #"1:70: /fixtures/0/records: records: expected 1…10000, found 0"#)
        #expect(
            error(#"{"fixtures": [{"path": "a.json", "kind": "kinesis-event", "aggregationShare": 2}]}"#)
                == #"1:79: /fixtures/0/aggregationShare: aggregationShare: expected 0.0…1.0, found 2.0"#)
        #expect(
            error(#"{"fixtures": [{"path": "a.json", "kind": "nope"}]}"#).hasPrefix(
                #"1:42: /fixtures/0/kind: unknown kind "nope"; known kinds: batch-item-failures,"#))
        #expect(error(#"{"fixtures": [{"kind": "kinesis-event"}]}"#) == #"1:15: /fixtures/0: missing "path""#)
        #expect(
            error(#"{"fixtures": [{"path": "a.json", "kind": "kinesis-event", "seed": -1}]}"#)
                == #"1:67: /fixtures/0/seed: expected a seed: a whole number from 0 to 2^64-1, or a text"#)
        #expect(
            error(#"{"fixtures": [{"path": "a.jsonl", "kind": "kinesis-event", "format": "jsonl", "pretty": true}]}"#)
                == #"1:89: /fixtures/0/pretty: "pretty" applies to the json format only"#)
        #expect(error("{\"fixtures\": [\n") == "2:1: the manifest is not JSON: expected a value, found end of input")
    }

    @Test func rejectsPathsThatLeaveTheFolderOrRepeat() {
        for path in ["../x.json", "/etc/x.json", "a//b.json", "./a.json", "a.txt", ""] {
            #expect(
                error(#"{"fixtures": [{"path": "\#(path)", "kind": "kinesis-event"}]}"#).contains(
                    "path \"\(path)\" must"), "\(path)")
        }
        #expect(
            error(
                #"{"fixtures": [{"path": "a.json", "kind": "kinesis-event"}, {"path": "a.json", "kind": "kinesis-event"}]}"#
            )
                == #"1:60: /fixtures/1: path "a.json" is already generated by the entry at 1:15"#)
    }
}
