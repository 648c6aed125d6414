import Foundation
import StreamJSON

/// The state of one rules run over one value of a document: the tape, the options, and the findings so far.
///
/// Rules read the tape directly (`kind`, `member`, raw string bytes) and allocate only to report. Locations are
/// resolved through one `LineIndex`, built the first time a finding is reported, and pointers are relative to the
/// checked value, so an event found inside a log line reports `/Records/0/eventID`.
struct RuleContext {
    let document: JSONDocument
    /// Tape index of the checked value.
    let root: Int
    let options: RuleOptions
    private(set) var diagnostics: [Diagnostic] = []
    private var lineIndex: LineIndex?
    private var pointerIndex: PointerIndex?
    private var rootDepth: Int?
    /// Per strict format, the last value checked and whether it matched: batches repeat the same ARNs in every
    /// record, so each distinct value is matched (and reported) once.
    var formatCache: [FormatMatch?] = Array(repeating: nil, count: StrictFormats.count)
    /// The checked value's KPL aggregates when a batch of documents checked them together
    /// (``ContractRules/checkAggregates(ofEvents:)``); `nil` lets the record loop check them itself.
    var precheckedAggregates: CheckedAggregates?

    /// A value a strict format was matched against, and the answer. A named struct, not a tuple: the runtime
    /// destroys an array of optional tuples through generic value witnesses, once per document. Plain data (the
    /// value by its place on the tape), so the cache is freed without a release per slot.
    struct FormatMatch {
        let text: TapeText
        let matched: Bool
    }

    init(document: JSONDocument, root: Int, options: RuleOptions) {
        self.document = document
        self.root = root
        self.options = options
    }

    /// Records a finding of `rule` about the value (or member name) at tape index `index`.
    ///
    /// Only a case of a `RuleGroup` can be reported, so every finding's rule is in `ContractRules.catalog`.
    mutating func report(_ rule: some RuleGroup, at index: Int, _ message: String) {
        report(rule.descriptor, at: index, message)
    }

    /// `report(_:at:_:)` with the rule's catalog entry.
    private mutating func report(_ rule: RuleDescriptor, at index: Int, _ message: String) {
        let index = min(max(index, 0), document.nodes.count - 1)
        if lineIndex == nil { lineIndex = LineIndex(document.bytes) }
        let location = lineIndex?.location(of: document.offset(index))
        let tokens = pathTokens(to: index)
        let depth = rootDepth ?? pathTokens(to: root).count
        rootDepth = depth
        let pointer = JSONPointer(tokens: Array(tokens.dropFirst(min(depth, tokens.count))))
        diagnostics.append(
            Diagnostic(rule: rule.id, severity: rule.severity, pointer: pointer, location: location, message: message))
    }

    /// The pointer tokens of `index` from the document root: by a scan for the first few findings, then by a
    /// `PointerIndex` so that a finding in every record of a large batch stays linear.
    private mutating func pathTokens(to index: Int) -> [JSONPointer.Token] {
        if pointerIndex == nil, diagnostics.count >= Self.findingsBeforePointerIndex {
            pointerIndex = PointerIndex(document)
        }
        if let pointerIndex { return pointerIndex.tokens(to: index, in: document) }
        return document.path(to: index)
    }

    private static let findingsBeforePointerIndex = 8

    // MARK: - Tape access

    /// The value of member `name` (UTF-8 bytes) of the object at `index`; `nil` when absent or not an object.
    /// With duplicate names the last one wins, as in `JSONDocument.member(_:named:)`.
    func member(_ index: Int, _ name: some Collection<UInt8>) -> Int? {
        guard document.kind(index) == .object else { return nil }
        if let found = name.withContiguousStorageIfAvailable({ member(index, bytes: $0) }) { return found }
        var child = index + 1
        let end = document.next(index)
        var found: Int?
        while child < end {
            if document.string(child, equals: name) { found = child + 1 }
            child = document.next(child + 1)
        }
        return found
    }

    /// The value of the member of the object at `index` whose name equals the string at tape index `name` (both
    /// decoded); `nil` when absent or not an object. As in `member(_:_:)`, the last of duplicate names wins.
    func member(_ index: Int, nameAt name: Int) -> Int? {
        guard document.kind(index) == .object else { return nil }
        return withUTF8(name) { member(index, bytes: $0) }
    }

    /// `member(_:_:)` for a name held in contiguous memory: a length check, then one byte comparison, per member
    /// name written without escapes (names with escapes are compared decoded). A document without duplicate member
    /// names (`JSONDocument.duplicateNameNodes`, found by the parser) has one match at most, so the scan stops there.
    private func member(_ index: Int, bytes name: UnsafeBufferPointer<UInt8>) -> Int? {
        let unique = document.duplicateNameNodes.isEmpty
        let escapes = JSONNode.hasEscapes  // read once: a constant of another module is read through a call
        return document.nodes.withUnsafeBufferPointer { nodes in
            document.bytes.withUnsafeBufferPointer { text in
                var child = index + 1
                let end = Int(nodes[index].end)
                var found: Int?
                while child < end {
                    let node = nodes[child]
                    let matches: Bool
                    if node.flags & escapes != 0 {
                        matches = document.string(child, equalsBuffer: name)
                    } else if Int(node.length) - 2 != name.count {
                        matches = false
                    } else if let left = text.baseAddress, let right = name.baseAddress {
                        matches = ByteEquality.equal(left + Int(node.offset) + 1, right, count: name.count)
                    } else {
                        matches = true  // both empty
                    }
                    if matches {
                        found = child + 1
                        if unique { return found }
                    }
                    child = Int(nodes[child + 1].end)
                }
                return found
            }
        }
    }

    /// The member `name` when it is a string.
    func stringMember(_ index: Int, _ name: [UInt8]) -> Int? {
        guard let value = member(index, name), document.kind(value) == .string else { return nil }
        return value
    }

    /// The member `name` when it is an object.
    func objectMember(_ index: Int, _ name: [UInt8]) -> Int? {
        guard let value = member(index, name), document.kind(value) == .object else { return nil }
        return value
    }

    /// The member `name` when it is an array.
    func arrayMember(_ index: Int, _ name: [UInt8]) -> Int? {
        guard let value = member(index, name), document.kind(value) == .array else { return nil }
        return value
    }

    /// The member `name` when it is a number.
    func numberMember(_ index: Int, _ name: [UInt8]) -> Int? {
        guard let value = member(index, name), document.kind(value) == .number else { return nil }
        return value
    }

    /// The elements of the array at `index` (empty for other kinds).
    func elements(_ index: Int) -> [Int] {
        guard document.kind(index) == .array else { return [] }
        var result: [Int] = []
        result.reserveCapacity(document.childCount(index))
        var child = index + 1
        let end = document.next(index)
        while child < end {
            result.append(child)
            child = document.next(child)
        }
        return result
    }

    /// The name and value indexes of the members of the object at `index` (empty for other kinds).
    func members(_ index: Int) -> [(name: Int, value: Int)] {
        guard document.kind(index) == .object else { return [] }
        var result: [(name: Int, value: Int)] = []
        result.reserveCapacity(document.childCount(index))
        var child = index + 1
        let end = document.next(index)
        while child < end {
            result.append((child, child + 1))
            child = document.next(child + 1)
        }
        return result
    }

    /// The UTF-8 bytes of the string at `index`, escapes decoded (a slice of the input when it has none).
    func utf8(_ index: Int) -> ArraySlice<UInt8> {
        document.stringHasEscapes(index) ? ArraySlice(document.stringBytes(index)) : document.rawStringBytes(index)
    }

    /// Calls `body` with the UTF-8 bytes of the string at `index`, escapes decoded: the input's own bytes when it
    /// has none, so reading a member name costs no slice and no allocation.
    func withUTF8<Result>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let node = document.nodes[index]
        if node.flags & JSONNode.hasEscapes != 0 { return document.stringBytes(index).withUnsafeBufferPointer(body) }
        let start = Int(node.offset) + 1
        let count = Int(node.length) - 2
        return document.bytes.withUnsafeBufferPointer { text in
            body(UnsafeBufferPointer(rebasing: text[start..<(start + count)]))
        }
    }

    /// The string at `index`, for messages.
    func text(_ index: Int) -> String { document.string(index) }

    /// The string at `index` quoted for a message, shortened in the middle when very long.
    func quoted(_ index: Int) -> String {
        switch document.kind(index) {
        case .string: return Self.quote(document.string(index))
        case .number: return document.numberText(index)
        default: return document.kind(index).description
        }
    }

    /// `text` in double quotes, shortened in the middle beyond 200 characters.
    static func quote(_ text: String) -> String {
        if text.count <= 200 { return "\"" + text + "\"" }
        return "\"" + text.prefix(96) + "…" + text.suffix(96) + "\""
    }

    /// Whether two strings of the tape have the same decoded value.
    func stringsEqual(_ left: Int, _ right: Int) -> Bool {
        let leftNode = document.nodes[left]
        let rightNode = document.nodes[right]
        if (leftNode.flags | rightNode.flags) & JSONNode.hasEscapes == 0 {
            // Both as written, quotes included: equal texts have equal lengths and bytes.
            guard leftNode.length == rightNode.length else { return false }
            return document.bytes.withUnsafeBufferPointer { text in
                guard let base = text.baseAddress else { return true }
                return ByteEquality.equal(
                    base + Int(leftNode.offset), base + Int(rightNode.offset), count: Int(leftNode.length))
            }
        }
        return utf8(left).bytesEqual(utf8(right))
    }

    /// The value of the number at `index` as a `Double` (exact enough for timestamps): `ExactDecimal` for short plain
    /// decimals, read in place, `Double(String)` for the rest.
    func double(_ index: Int) -> Double? {
        guard document.kind(index) == .number else { return nil }
        return withNumberBytes(index, ExactDecimal.double) ?? Double(document.numberText(index))
    }

    /// The number at `index` as an integer, when it is one that fits: `ExactDecimal` for up to 18 digits, read in
    /// place, `JSONNumber` for the rest (`1.0`, `1e3`, 19 digits and more).
    func integer(_ index: Int) -> Int? {
        guard document.kind(index) == .number else { return nil }
        if let value = withNumberBytes(index, ExactDecimal.integer) { return value }
        return document.number(index).int64Value.flatMap { Int(exactly: $0) }
    }

    /// Calls `body` with the text of the number at `index`, in place.
    private func withNumberBytes<Result>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let node = document.nodes[index]
        let start = Int(node.offset)
        let end = start + Int(node.length)
        return document.bytes.withUnsafeBufferPointer { text in body(UnsafeBufferPointer(rebasing: text[start..<end])) }
    }
}

/// Member names as UTF-8, built once.
enum MemberName {
    /// Whether a member name is `expected`: the lengths first, then the bytes. For the one-walk readers
    /// (`KinesisRecordMembers`, `DynamoDBRecordMembers`): a static string, not one of the arrays below, so that no
    /// comparison goes through a global's lazy initialiser.
    @inline(__always)
    static func `is`(_ name: UnsafeBufferPointer<UInt8>, _ expected: StaticString) -> Bool {
        let count = expected.utf8CodeUnitCount
        guard name.count == count else { return false }
        return ByteEquality.equal(UnsafeBufferPointer(start: expected.utf8Start, count: count), name)
    }

    static let records = Array("Records".utf8)
    static let kinesis = Array("kinesis".utf8)
    static let dynamodb = Array("dynamodb".utf8)
    static let eventID = Array("eventID".utf8)
    static let eventName = Array("eventName".utf8)
    static let eventVersion = Array("eventVersion".utf8)
    static let eventSourceARN = Array("eventSourceARN".utf8)
    static let invokeIdentityArn = Array("invokeIdentityArn".utf8)
    static let awsRegion = Array("awsRegion".utf8)
    static let sequenceNumber = Array("sequenceNumber".utf8)
    static let partitionKey = Array("partitionKey".utf8)
    static let data = Array("data".utf8)
    static let approximateArrivalTimestamp = Array("approximateArrivalTimestamp".utf8)
    static let window = Array("window".utf8)
    static let state = Array("state".utf8)
    static let shardId = Array("shardId".utf8)
    static let isFinalInvokeForWindow = Array("isFinalInvokeForWindow".utf8)
    static let isWindowTerminatedEarly = Array("isWindowTerminatedEarly".utf8)
    static let start = Array("start".utf8)
    static let end = Array("end".utf8)
    static let keys = Array("Keys".utf8)
    static let newImage = Array("NewImage".utf8)
    static let oldImage = Array("OldImage".utf8)
    static let sequenceNumberPascal = Array("SequenceNumber".utf8)
    static let sizeBytes = Array("SizeBytes".utf8)
    static let streamViewType = Array("StreamViewType".utf8)
    static let approximateCreationDateTime = Array("ApproximateCreationDateTime".utf8)
    static let userIdentity = Array("userIdentity".utf8)
    static let type = Array("type".utf8)
    static let principalId = Array("principalId".utf8)
    static let typePascal = Array("Type".utf8)
    static let principalIdPascal = Array("PrincipalId".utf8)
    static let nextShardIterator = Array("NextShardIterator".utf8)
    static let streamDescription = Array("StreamDescription".utf8)
    static let streamArnPascal = Array("StreamArn".utf8)
    static let streamLabel = Array("StreamLabel".utf8)
    static let tableName = Array("TableName".utf8)
    static let keySchema = Array("KeySchema".utf8)
    static let keyType = Array("KeyType".utf8)
    static let attributeName = Array("AttributeName".utf8)
    static let shards = Array("Shards".utf8)
    static let parentShardId = Array("ParentShardId".utf8)
    static let adjacentParentShardId = Array("AdjacentParentShardId".utf8)
    static let nextToken = Array("NextToken".utf8)
    static let hasMoreShards = Array("HasMoreShards".utf8)
    static let sequenceNumberRange = Array("SequenceNumberRange".utf8)
    static let startingSequenceNumber = Array("StartingSequenceNumber".utf8)
    static let endingSequenceNumber = Array("EndingSequenceNumber".utf8)
    static let lastEvaluatedShardId = Array("LastEvaluatedShardId".utf8)
    static let dataPascal = Array("Data".utf8)
    static let partitionKeyPascal = Array("PartitionKey".utf8)
    static let approximateArrivalTimestampPascal = Array("ApproximateArrivalTimestamp".utf8)
    static let explicitHashKey = Array("ExplicitHashKey".utf8)
    static let continuationSequenceNumber = Array("ContinuationSequenceNumber".utf8)
    static let childShards = Array("ChildShards".utf8)
    static let hashKeyRange = Array("HashKeyRange".utf8)
    static let startingHashKey = Array("StartingHashKey".utf8)
    static let endingHashKey = Array("EndingHashKey".utf8)
    static let failedRecordCount = Array("FailedRecordCount".utf8)
    static let shardIdPascal = Array("ShardId".utf8)
    static let errorCode = Array("ErrorCode".utf8)
    static let errorMessage = Array("ErrorMessage".utf8)
    static let streamARN = Array("StreamARN".utf8)
    static let streamName = Array("StreamName".utf8)
    static let consumerARN = Array("ConsumerARN".utf8)
    static let consumerName = Array("ConsumerName".utf8)
    static let consumers = Array("Consumers".utf8)
    static let consumer = Array("Consumer".utf8)
    static let consumerDescription = Array("ConsumerDescription".utf8)
    static let streamDescriptionSummary = Array("StreamDescriptionSummary".utf8)
    static let subscribeToShardEvent = Array("SubscribeToShardEvent".utf8)
    static let eventSourceMappings = Array("EventSourceMappings".utf8)
    static let uuid = Array("UUID".utf8)
    static let startingPosition = Array("StartingPosition".utf8)
    static let startingPositionTimestamp = Array("StartingPositionTimestamp".utf8)
    static let eventSourceArn = Array("EventSourceArn".utf8)
    static let functionArn = Array("FunctionArn".utf8)
    static let eventSourceMappingArn = Array("EventSourceMappingArn".utf8)
    static let kmsKeyArn = Array("KMSKeyArn".utf8)
    static let destinationConfig = Array("DestinationConfig".utf8)
    static let onSuccess = Array("OnSuccess".utf8)
    static let onFailure = Array("OnFailure".utf8)
    static let destination = Array("Destination".utf8)
    static let maximumRecordAgeInSeconds = Array("MaximumRecordAgeInSeconds".utf8)
    static let requestContext = Array("requestContext".utf8)
    static let requestId = Array("requestId".utf8)
    static let functionArnCamel = Array("functionArn".utf8)
    static let kinesisBatchInfo = Array("KinesisBatchInfo".utf8)
    static let ddbStreamBatchInfo = Array("DDBStreamBatchInfo".utf8)
    static let startSequenceNumber = Array("startSequenceNumber".utf8)
    static let endSequenceNumber = Array("endSequenceNumber".utf8)
    static let approximateArrivalOfFirstRecord = Array("approximateArrivalOfFirstRecord".utf8)
    static let approximateArrivalOfLastRecord = Array("approximateArrivalOfLastRecord".utf8)
    static let streamArn = Array("streamArn".utf8)
    static let batchSize = Array("batchSize".utf8)
    static let payload = Array("payload".utf8)
    static let batchItemFailures = Array("batchItemFailures".utf8)
    static let itemIdentifier = Array("itemIdentifier".utf8)
    static let metadata = Array("metadata".utf8)
    static let method = Array("method".utf8)
    static let limit = Array("limit".utf8)
    static let shardCount = Array("shard_count".utf8)
    static let streamArnSnake = Array("stream_arn".utf8)
    static let partitionKeySnake = Array("partition_key".utf8)
    static let recordsLowercase = Array("records".utf8)
    static let recordId = Array("recordId".utf8)
    static let region = Array("region".utf8)
    static let deliveryStreamArn = Array("deliveryStreamArn".utf8)
    static let sourceKinesisStreamArn = Array("sourceKinesisStreamArn".utf8)
    static let kinesisRecordMetadata = Array("kinesisRecordMetadata".utf8)
}

extension RuleContext {
    /// Calls `body` with the name (escapes decoded) and the value's tape index of each member of the object at
    /// `index`, in order; nothing for other kinds. Where ``member(_:_:)`` takes the last of duplicate names, so does
    /// a caller that keeps the last value `body` saw for a name.
    func forEachMember(of index: Int, _ body: (_ name: UnsafeBufferPointer<UInt8>, _ value: Int) -> Void) {
        guard document.kind(index) == .object else { return }
        let escapes = JSONNode.hasEscapes  // read once: a constant of another module is read through a call
        document.nodes.withUnsafeBufferPointer { nodes in
            document.bytes.withUnsafeBufferPointer { text in
                var child = index + 1
                let end = Int(nodes[index].end)
                while child < end {
                    let node = nodes[child]
                    if node.flags & escapes != 0 {
                        document.stringBytes(child).withUnsafeBufferPointer { body($0, child + 1) }
                    } else {
                        let start = Int(node.offset) + 1
                        body(UnsafeBufferPointer(rebasing: text[start..<(start + Int(node.length) - 2)]), child + 1)
                    }
                    child = Int(nodes[child + 1].end)
                }
            }
        }
    }
}
