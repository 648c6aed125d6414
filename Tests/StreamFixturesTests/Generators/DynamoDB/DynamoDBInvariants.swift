import StreamContracts
import StreamEvents
import StreamFixtures
import StreamJSON
import StreamJSONSchema

/// The contract's strict patterns (defs.schema.json `…Strict`), compiled with the validator's pattern engine.
enum StrictPatterns {
    static func pattern(_ name: String) -> ECMAPattern? {
        guard let source = ContractSchemas.documents["defs.schema.json"]?["$defs"]?[name]?["pattern"]?.stringValue
        else { return nil }
        return try? ECMAPattern(source)
    }

    static let streamARN = pattern("dynamodbStreamArnStrict")
    static let shardID = pattern("dynamodbShardIdStrict")
    static let sequenceNumber = pattern("dynamodbSequenceNumberStrict")
    static let eventID = pattern("dynamodbEventIdStrict")
    static let region = pattern("regionStrict")
    static let uuid = pattern("uuidStrict")
    static let tableName = pattern("dynamodbTableName")
    static let number = pattern("dynamodbNumber")

    static func matches(_ pattern: ECMAPattern?, _ text: String) -> Bool {
        pattern?.matches(text) ?? false
    }
}

/// Every invariant EventContract §B states for DynamoDB stream records, as a list of problems (empty when valid).
enum DynamoDBInvariants {
    /// `a > b` for digit strings without leading zeros, compared as big integers.
    static func isGreater(_ a: String, than b: String) -> Bool {
        a.utf8.count != b.utf8.count ? a.utf8.count > b.utf8.count : a > b
    }

    static func problems(in event: DynamoDBEvent, allowEmpty: Bool = false) -> [String] {
        var problems: [String] = []
        if event.records.isEmpty, !allowEmpty { problems.append("no records") }
        if event.records.count > 10_000 { problems.append("more than 10000 records") }
        for (index, record) in event.records.enumerated() {
            problems += self.problems(in: record).map { "record \(index): \($0)" }
        }
        if Set(event.records.compactMap(\.eventSourceARN)).count > 1 { problems.append("records from several streams") }
        for (previous, next) in zip(event.records, event.records.dropFirst()) {
            if let a = previous.dynamodb.sequenceNumber, let b = next.dynamodb.sequenceNumber, !isGreater(b, than: a) {
                problems.append("sequence numbers do not grow: \(a) then \(b)")
            }
            if let a = seconds(previous), let b = seconds(next), b < a {
                problems.append("creation time goes back: \(a) then \(b)")
            }
        }
        return problems
    }

    static func seconds(_ record: DynamoDBEventRecord) -> Int64? {
        guard case .number(let number)? = record.dynamodb.approximateCreationDateTime?.form else { return nil }
        return number.int64Value
    }

    static func problems(in record: DynamoDBEventRecord) -> [String] {
        var problems: [String] = []
        if !StrictPatterns.matches(StrictPatterns.eventID, record.eventID) {
            problems.append("eventID \(record.eventID)")
        }
        if record.eventVersion != "1.1" { problems.append("eventVersion \(record.eventVersion)") }
        if record.eventSource != "aws:dynamodb" { problems.append("eventSource \(record.eventSource)") }
        if !record.eventName.isKnown { problems.append("eventName \(record.eventName)") }
        if !StrictPatterns.matches(StrictPatterns.region, record.awsRegion.rawValue) {
            problems.append("awsRegion \(record.awsRegion)")
        }
        if let arn = record.eventSourceARN {
            if !StrictPatterns.matches(StrictPatterns.streamARN, arn) { problems.append("stream ARN \(arn)") }
            let parts = arn.split(separator: ":", omittingEmptySubsequences: false)
            if parts.count < 6 || String(parts[3]) != record.awsRegion.rawValue {
                problems.append("ARN region differs from awsRegion \(record.awsRegion): \(arn)")
            }
            if parts.count < 6 || String(parts[1]) != record.awsRegion.partition {
                problems.append("ARN partition differs from the region's: \(arn)")
            }
        } else {
            problems.append("no eventSourceARN")
        }
        let change = record.dynamodb
        if let sequence = change.sequenceNumber {
            if !StrictPatterns.matches(StrictPatterns.sequenceNumber, sequence) || sequence.hasPrefix("0") {
                problems.append("SequenceNumber \(sequence)")
            }
        } else {
            problems.append("no SequenceNumber")
        }
        if let created = change.approximateCreationDateTime {
            guard case .number(let number) = created.form, number.isInteger else {
                return problems + ["ApproximateCreationDateTime not whole seconds: \(created)"]
            }
        } else {
            problems.append("no ApproximateCreationDateTime")
        }
        guard let viewType = change.streamViewType, viewType.isKnown else { return problems + ["StreamViewType"] }
        let expectNew = viewType.includesNewImage && record.eventName != .remove
        let expectOld = viewType.includesOldImage && record.eventName != .insert
        if (change.newImage != nil) != expectNew {
            problems.append("NewImage presence for \(viewType) \(record.eventName)")
        }
        if (change.oldImage != nil) != expectOld {
            problems.append("OldImage presence for \(viewType) \(record.eventName)")
        }
        if !(1...2).contains(change.keys.count) { problems.append("Keys has \(change.keys.count) attributes") }
        for key in change.keys {
            switch key.value {
            case .string(let text) where !text.isEmpty && text.utf8.count <= 2048: break
            case .binary(let bytes) where !bytes.isEmpty && bytes.count <= 2048: break
            case .number: break
            default: problems.append("key \(key.name) is \(key.value.typeKey) or empty")
            }
            for image in [change.newImage, change.oldImage].compactMap({ $0 }) where image[key.name] != key.value {
                problems.append("image lacks key \(key.name) or differs")
            }
        }
        let expectedSize = DynamoDBItemSize.streamRecordSize(of: change)
        if change.sizeBytes != expectedSize || (change.sizeBytes ?? 0) < 1 {
            problems.append(
                "SizeBytes \(String(describing: change.sizeBytes)) but the formula gives \(String(describing: expectedSize))"
            )
        }
        if let identity = record.userIdentity, record.eventName != .remove || identity != .ttlService {
            problems.append("userIdentity on \(record.eventName): \(identity)")
        }
        for (name, map) in [("Keys", change.keys), ("NewImage", change.newImage), ("OldImage", change.oldImage)] {
            guard let map else { continue }
            problems += itemProblems(map, path: name, depth: 0)
            if let size = DynamoDBItemSize.size(of: map), size > DynamoDBItemSize.maximumItemSize {
                problems.append("\(name) is \(size) bytes")
            }
        }
        return problems
    }

    /// DynamoDB's rules for stored values: names, canonical valid numbers, non-empty unique sets, nesting ≤ 32.
    static func itemProblems(_ map: AttributeMap, path: String, depth: Int) -> [String] {
        var problems: [String] = []
        var previous: String?
        for member in map.members {
            if member.name.isEmpty { problems.append("\(path): empty attribute name") }
            if let previous, !(previous < member.name) { problems.append("\(path): members not sorted") }
            previous = member.name
            problems += valueProblems(member.value, path: path + "." + member.name, depth: depth)
        }
        return problems
    }

    static func valueProblems(_ value: AttributeValue, path: String, depth: Int) -> [String] {
        func numberProblems(_ number: DynamoDBNumber) -> [String] {
            var problems: [String] = []
            if !number.isValid { problems.append("\(path): invalid N \(number.text)") }
            if number.canonical.text != number.text { problems.append("\(path): N not canonical \(number.text)") }
            if !StrictPatterns.matches(StrictPatterns.number, number.text) { problems.append("\(path): N pattern") }
            return problems
        }
        switch value {
        case .number(let number):
            return numberProblems(number)
        case .stringSet(let texts):
            return texts.isEmpty || Set(texts).count != texts.count ? ["\(path): SS empty or repeated"] : []
        case .numberSet(let numbers):
            let own = numbers.flatMap(numberProblems)
            return own
                + (numbers.isEmpty || Set(numbers).count != numbers.count ? ["\(path): NS empty or repeated"] : [])
        case .binarySet(let sets):
            return sets.isEmpty || Set(sets).count != sets.count ? ["\(path): BS empty or repeated"] : []
        case .map(let map):
            return (depth + 1 > 32 ? ["\(path): nested deeper than 32"] : [])
                + itemProblems(map, path: path, depth: depth + 1)
        case .list(let elements):
            return (depth + 1 > 32 ? ["\(path): nested deeper than 32"] : [])
                + elements.enumerated().flatMap { valueProblems($1, path: path + "[\($0)]", depth: depth + 1) }
        case .string, .binary, .null, .bool:
            return []
        }
    }

    /// The problems of a Kinesis Data Streams for DynamoDB change record (§B.9).
    static func problems(in change: DynamoDBKinesisChangeRecord) -> [String] {
        var problems: [String] = []
        if !StrictPatterns.matches(StrictPatterns.uuid, change.eventID) { problems.append("eventID \(change.eventID)") }
        if change.recordFormat != "application/json" { problems.append("recordFormat") }
        if change.eventSource != "aws:dynamodb" { problems.append("eventSource") }
        if !StrictPatterns.matches(StrictPatterns.tableName, change.tableName) { problems.append("tableName") }
        let record = change.dynamodb
        if record.sequenceNumber != nil || record.streamViewType != nil {
            problems.append("SequenceNumber/StreamViewType")
        }
        guard case .number(let created)? = record.approximateCreationDateTime?.form, created.isInteger,
            let value = created.int64Value, value > 1_000_000_000_000
        else { return problems + ["ApproximateCreationDateTime not ms/µs"] }
        if (record.newImage != nil) != (change.eventName != .remove) { problems.append("NewImage presence") }
        if (record.oldImage != nil) != (change.eventName != .insert) { problems.append("OldImage presence") }
        if record.sizeBytes != DynamoDBItemSize.streamRecordSize(of: record) { problems.append("SizeBytes") }
        switch change.userIdentity {
        case .null?: break
        case .value(let identity)? where identity == .ttlService && change.eventName == .remove: break
        default: problems.append("userIdentity \(String(describing: change.userIdentity))")
        }
        for (name, map) in [("Keys", record.keys), ("NewImage", record.newImage), ("OldImage", record.oldImage)] {
            guard let map else { continue }
            problems += itemProblems(map, path: name, depth: 0)
        }
        for key in record.keys {
            for image in [record.newImage, record.oldImage].compactMap({ $0 }) where image[key.name] != key.value {
                problems.append("image lacks key \(key.name)")
            }
        }
        return problems
    }
}

extension Gen {
    /// Samples `range` of the sequence `seededSamples(count:seed:)` would give, without drawing the others (each
    /// sample's stream is seeded with `seed.derived(index:)`), so property tests can split seeds into chunks.
    func seededSamples(_ range: Range<Int>, seed: Seed) -> [Sample<Value>] {
        range.map { index in
            let sampleSeed = seed.derived(index: index)
            return Sample(seed: sampleSeed, value: run(seed: sampleSeed))
        }
    }
}

/// Encoding round trips with the project's own coder.
enum RoundTrip {
    /// `nil` when decode(encode(x)) == x and encode(decode(bytes)) == bytes; otherwise what differed.
    static func problem<T: Codable & Equatable>(_ value: T) -> String? {
        do {
            let bytes = try StreamJSONEncoder().encode(value)
            let decoded = try StreamJSONDecoder().decode(T.self, from: bytes)
            if decoded != value { return "decoded value differs" }
            let again = try StreamJSONEncoder().encode(decoded)
            if again != bytes {
                return
                    "re-encoded bytes differ:\n\(String(decoding: bytes, as: UTF8.self))\n\(String(decoding: again, as: UTF8.self))"
            }
            return nil
        } catch {
            return "\(error)"
        }
    }
}
