import StreamContracts
import StreamEvents
import StreamFixtures
import StreamJSON
import Testing

/// Redaction keeps the contract: a generated event of any kind, redacted with fields and with re-derived keys,
/// still passes every schema and rule with no finding.
@Suite struct RedactionPropertyTests {
    static let validator: ContractValidator? = try? ContractValidator()

    @Test(arguments: FixtureCatalog.kinds)
    func redactionNeverMakesAValidPayloadInvalid(_ kind: PayloadKind) throws {
        let validator = try #require(Self.validator)
        var findings: [String] = []
        var changed = 0
        for seed in 0..<24 {
            let recipe = FixtureRecipe(
                kind: kind, seed: Seed(UInt64(seed)), count: seed % 4 + 1, records: seed % 5 + 1, shards: seed % 3 + 1)
            let redactor = try Redactor(
                seed: Seed(UInt64(seed)), fields: ["email", "name", "/orderId", "Id", "customerId", "/items/0"],
                redactsKeys: seed % 2 == 0)
            for bytes in try FixtureCatalog.generate(recipe) {
                let redacted = try redactor.redact(json: bytes)
                if redacted != bytes { changed += 1 }
                let (detected, diagnostics) = validator.check(try JSONDocument(parsing: redacted))
                if detected != kind { findings.append("seed \(seed): detected as \(detected?.rawValue ?? "nothing")") }
                findings += diagnostics.map {
                    "seed \(seed): \($0.severity.rawValue)[\($0.rule)] \($0.pointer): \($0.message)"
                }
            }
            if findings.count > 5 { break }
        }
        #expect(findings.isEmpty, "\(kind): \(findings.prefix(5).joined(separator: "\n"))")
        #expect(changed > 0, "\(kind): redaction changed none of the generated documents")
    }

    @Test func theSameSeedGivesTheSameBytesAndAnotherSeedOthers() throws {
        let bytes = try #require(
            try FixtureCatalog.generate(FixtureRecipe(kind: .kinesisEvent, seed: 5, records: 4)).first)
        let first = try Redactor(seed: "a", fields: ["email"], redactsKeys: true).redact(json: bytes)
        let again = try Redactor(seed: "a", fields: ["email"], redactsKeys: true).redact(json: bytes)
        let other = try Redactor(seed: "b", fields: ["email"], redactsKeys: true).redact(json: bytes)
        #expect(first == again)
        #expect(first != other)
    }

    @Test func oneAccountIdBecomesOneOtherAccountIdEverywhere() throws {
        let event = """
            {"a":"arn:aws:kinesis:us-east-1:111122223333:stream/orders","b":"arn:aws:iam::111122223333:role/orders-role",\
            "c":"account 111122223333","d":"arn:aws:lambda:us-east-1:444455556666:function:orders"}
            """
        let output = try Redactor(seed: 9).redact(json: Array(event.utf8))
        let root = try JSONDocument(parsing: output).root.value
        let a = try #require(root["a"]?.stringValue)
        let b = try #require(root["b"]?.stringValue)
        func accountOf(_ arn: String) -> Substring { arn.split(separator: ":", omittingEmptySubsequences: false)[4] }
        let c = try #require(root["c"]?.stringValue)
        let d = try #require(root["d"]?.stringValue)
        let account = String(accountOf(a))
        #expect(account.count == 12 && account != "111122223333")
        #expect(accountOf(b) == account)
        #expect(c == "account " + account)
        #expect(accountOf(d) != account)
        #expect(a.hasPrefix("arn:aws:kinesis:us-east-1:") && a.contains(":stream/") && !a.hasSuffix("/orders"))
        #expect(d.contains(":function:") && !d.hasSuffix(":orders"))
    }

    @Test func redactedKeysStayInTheirShardAndSequenceNumbersKeepTheirLayout() throws {
        let recipe = FixtureRecipe(kind: .kinesisEvent, seed: 11, records: 20, shards: 4)
        let bytes = try #require(try FixtureCatalog.generate(recipe).first)
        let output = try Redactor(seed: "keys", redactsKeys: true).redact(json: bytes)
        let before = try #require(try JSONDocument(parsing: bytes).root.value["Records"]?.arrayValue)
        let after = try #require(try JSONDocument(parsing: output).root.value["Records"]?.arrayValue)
        let ranges = try #require(KinesisShardRanges(shardCount: 4))
        var previous: KinesisSequenceNumber?
        for (old, new) in zip(before, after) {
            let oldKey = try #require(old["kinesis"]?["partitionKey"]?.stringValue)
            let newKey = try #require(new["kinesis"]?["partitionKey"]?.stringValue)
            #expect(newKey != oldKey)
            #expect(ranges.shardIndex(forPartitionKey: newKey) == ranges.shardIndex(forPartitionKey: oldKey))
            let oldText = try #require(old["kinesis"]?["sequenceNumber"]?.stringValue)
            let newText = try #require(new["kinesis"]?["sequenceNumber"]?.stringValue)
            #expect(newText != oldText)
            let oldNumber = try #require(KinesisSequenceNumber(decimal: oldText))
            let newNumber = try #require(KinesisSequenceNumber(decimal: newText))
            #expect(newNumber.shardIndex == oldNumber.shardIndex)
            #expect(newNumber.arrivalSeconds == oldNumber.arrivalSeconds)
            #expect(new["eventID"]?.stringValue?.hasSuffix(":" + newText) == true)
            if let previous { #expect(previous < newNumber) }
            previous = newNumber
        }
    }

    @Test func sizeBytesFollowsTheRedactedImages() throws {
        let recipe = FixtureRecipe(kind: .dynamodbEvent, seed: 3, records: 6)
        let bytes = try #require(try FixtureCatalog.generate(recipe).first)
        let output = try Redactor(seed: 2, fields: ["/pk", "sk", "name", "email"]).redact(json: bytes)
        #expect(output != bytes)
        for record in try #require(try JSONDocument(parsing: output).root.value["Records"]?.arrayValue) {
            let stream = try #require(record["dynamodb"])
            let keys = try AttributeMap(json: try #require(stream["Keys"]))
            let new = try stream["NewImage"].map { try AttributeMap(json: $0) }
            let old = try stream["OldImage"].map { try AttributeMap(json: $0) }
            let size = DynamoDBItemSize.streamRecordSize(keys: keys, newImage: new, oldImage: old)
            #expect(stream["SizeBytes"]?.numberValue?.int64Value == size.map(Int64.init))
        }
    }

    @Test func aMalformedFieldPointerIsRejected() {
        #expect(throws: RedactionError.self) { try Redactor(fields: ["/a/~2"]) }
        #expect(throws: RedactionError.self) { try Redactor(fields: [""]) }
    }
}
