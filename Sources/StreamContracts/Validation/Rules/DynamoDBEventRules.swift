import StreamEvents
import StreamJSON

/// The rules of a DynamoDB stream record (EventContract §B): images, keys, TTL identity, ids and sequence numbers.
enum DynamoDBEventRules: Int, RuleGroup {
    case imagesMatchStreamViewType, keysInImages, keyAttributeValue, userIdentityOnlyOnRemove, userIdentityTTLPrincipal,
        eventIDFormat, sequenceNumberLength, eventIDUnique, batchSameStreamViewType, creationTimeSeconds,
        kinesisCreationTimeUnit

    static let descriptors: [RuleDescriptor] = describingAllCases()

    static func describe(_ rule: Self) -> RuleDescriptor {
        switch rule {
        case .imagesMatchStreamViewType:
            RuleDescriptor(
                id: "dynamodb.images-match-stream-view-type", severity: .error, kinds: RuleKinds.dynamodbStreamRecords,
                summary: "NewImage and OldImage appear exactly as StreamViewType and eventName say", section: "B.4")
        case .keysInImages:
            RuleDescriptor(
                id: "dynamodb.keys-in-images", severity: .error, kinds: RuleKinds.dynamodbRecords,
                summary: "every Keys attribute is in each image present, with the same value", section: "B.4")
        case .keyAttributeValue:
            RuleDescriptor(
                id: "dynamodb.key-attribute-value", severity: .error, kinds: RuleKinds.dynamodbRecords,
                summary: "key attributes are S, N or B, and S and B keys are not empty", section: "B.3")
        case .userIdentityOnlyOnRemove:
            RuleDescriptor(
                id: "dynamodb.user-identity-only-on-remove", severity: .error, kinds: RuleKinds.dynamodbRecords,
                summary: "userIdentity (TTL deletion) appears only on REMOVE records", section: "B.1")
        case .userIdentityTTLPrincipal:
            RuleDescriptor(
                id: "dynamodb.user-identity-ttl-principal", severity: .warning, kinds: RuleKinds.dynamodbRecords,
                summary:
                    "userIdentity is the TTL principal: type Service, principalId dynamodb.amazonaws.com",
                section: "B.1")
        case .eventIDFormat:
            RuleDescriptor(
                id: "dynamodb.event-id-format", severity: .warning, kinds: RuleKinds.dynamodbStreamRecords,
                summary: "eventID is 32 lowercase hex characters as AWS issues it (samples use \"1\")", section: "B.1")
        case .sequenceNumberLength:
            RuleDescriptor(
                id: "dynamodb.sequence-number-length", severity: .warning, kinds: RuleKinds.dynamodbStreamRecords,
                summary: "SequenceNumber has 21 to 40 digits (documentation samples use \"111\")", section: "B.2")
        case .eventIDUnique:
            // "A globally unique identifier for the event that was recorded in this stream record"
            // (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_streams_Record.html).
            RuleDescriptor(
                id: "dynamodb.event-id-unique", severity: .error, kinds: RuleKinds.dynamodbStreamBatches,
                summary: "no two records of a batch have the same eventID (a globally unique id)", section: "B.1")
        case .batchSameStreamViewType:
            // One stream per batch (https://docs.aws.amazon.com/lambda/latest/dg/with-ddb.html), and a stream's view
            // type is fixed once enabled
            // (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Streams.html).
            RuleDescriptor(
                id: "dynamodb.batch-same-stream-view-type", severity: .error, kinds: RuleKinds.dynamodbStreamBatches,
                summary: "every record of a batch has the same StreamViewType (one stream, fixed view type)",
                section: "B.4")
        case .creationTimeSeconds:
            // "rounded down to the closest second"
            // (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_streams_StreamRecord.html);
            // milliseconds come from re-serialising with a `Date` (aws-lambda-java-events), hence a warning.
            RuleDescriptor(
                id: "dynamodb.creation-time-seconds", severity: .warning, kinds: RuleKinds.dynamodbStreamRecords,
                summary:
                    "ApproximateCreationDateTime of a DynamoDB Streams record is epoch seconds, not ms or µs",
                section: "B.2")
        case .kinesisCreationTimeUnit:
            // Kinesis Data Streams for DynamoDB: milliseconds by default, microseconds with
            // ApproximateCreationDateTimePrecision MICROSECOND
            // (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/kds.html).
            RuleDescriptor(
                id: "dynamodb.kinesis-creation-time-unit", severity: .error, kinds: [.dynamodbKinesisRecord],
                summary:
                    "ApproximateCreationDateTime of a change record in Kinesis is epoch ms or µs, not seconds",
                section: "B.8")
        }
    }
}

extension RuleContext {
    /// Rules for a Lambda event from a DynamoDB stream (EventContract §B).
    mutating func checkDynamoDBEvent(_ event: Int) {
        guard document.kind(event) == .object else { return }
        checkBatchEnvelope(event)
        var identity = BatchIdentity()
        if let shard = stringMember(event, MemberName.shardId) {
            checkFormat(shard, StrictFormats.dynamodbShardId, rule: FormatRules.shardIDFormat, label: "shardId")
        }
        if let stream = stringMember(event, MemberName.eventSourceARN) {
            identity.stream = tapeText(stream)
            checkARN(stream, StrictFormats.dynamodbStreamArn, label: "eventSourceARN")
        }
        guard let records = arrayMember(event, MemberName.records) else { return }
        checkDynamoDBRecords(records, identity: &identity)
    }

    /// The record rules of a Lambda event's or a DynamoDB Streams `GetRecords` output's `Records`: ids, one stream
    /// and region, increasing sequence numbers, images, keys, identity and size. API records have no
    /// `eventSourceARN`, so the stream checks skip them.
    mutating func checkDynamoDBRecords(_ records: Int, identity: inout BatchIdentity) {
        var batch = DynamoDBBatch(identity: identity)
        for record in elements(records) { checkDynamoDBRecord(record, in: &batch) }
        identity = batch.identity
    }

    /// What the rules carry from one DynamoDB stream record of a batch to the next.
    struct DynamoDBBatch {
        /// The stream, region and event version of the batch's first record.
        var identity = BatchIdentity()
        /// Tape index of the previous record's `SequenceNumber` (digits).
        var previousSequence: Int?
        /// The stream and region (tape indexes; `nil` when absent, which reads as empty) last checked for format and
        /// agreement, so a batch checks them once.
        var previousIdentity: (stream: Int?, region: Int?)?
        /// The batch's `StreamViewType` as first seen.
        var streamViewType: TapeText?
        /// Where each `eventID` of the batch was first seen.
        var eventIDs = SeenStrings()
    }

    /// Rules for one record of a DynamoDB stream event (`Records[i]`), given what the records before it established.
    mutating func checkDynamoDBRecord(_ record: Int, in batch: inout DynamoDBBatch) {
        guard document.kind(record) == .object else { return }
        let members = DynamoDBRecordMembers.read(record, in: self)
        if let eventID = members.eventID {
            checkFormat(
                eventID, StrictFormats.dynamodbEventId, rule: DynamoDBEventRules.eventIDFormat, label: "eventID")
            checkUnique(
                eventID, &batch.eventIDs, rule: DynamoDBEventRules.eventIDUnique, label: "eventID",
                reason: "every stream record has its own globally unique eventID")
        }
        let stream = members.eventSourceARN
        let region = members.awsRegion
        if let stream { checkSingleStream(stream, &batch.identity) }
        var sameRegion = true
        if let region { sameRegion = checkSameRegion(region, &batch.identity) }
        if let version = members.eventVersion {
            checkSameEventVersion(version, &batch.identity)
        }
        var sameIdentity = false
        if let previous = batch.previousIdentity {
            sameIdentity = optionalTextsEqual(previous.stream, stream) && optionalTextsEqual(previous.region, region)
        }
        if !sameIdentity {
            batch.previousIdentity = (stream, region)
            checkARN(stream, StrictFormats.dynamodbStreamArn, label: "eventSourceARN")
            if sameRegion, let region { checkRegion(region, of: stream) }
        }
        guard let change = members.change else { return }
        if let sequence = members.sequenceNumber, withUTF8(sequence, { DecimalDigits.isDigits($0) }) {
            checkFormat(
                sequence, StrictFormats.dynamodbSequenceNumber, rule: DynamoDBEventRules.sequenceNumberLength,
                label: "SequenceNumber")
            if let previous = batch.previousSequence { checkIncreasing(previous, sequence) }
            batch.previousSequence = sequence
        }
        if let view = members.streamViewType {
            checkSameInBatch(
                view, &batch.streamViewType, rule: DynamoDBEventRules.batchSameStreamViewType,
                label: "StreamViewType",
                reason: "a batch comes from one stream, and a stream's view type can't change once it is enabled")
        }
        if let created = members.approximateCreationDateTime, let value = double(created) {
            let unit = EpochUnit(magnitudeOf: value)
            if unit != .seconds, unit.isPlausible {
                report(
                    DynamoDBEventRules.creationTimeSeconds, at: created,
                    "ApproximateCreationDateTime \(quoted(created)) reads as epoch \(unit.name) "
                        + "(\(unit.instant(value))); DynamoDB Streams send epoch seconds (rounded down to the "
                        + "second); milliseconds and microseconds only come through Kinesis Data Streams")
            }
        }
        checkImagesPresence(change, members)
        checkChangeRecord(change, members)
    }

    /// Rules for a DynamoDB change record carried in Kinesis data (Kinesis Data Streams for DynamoDB, §B.9).
    mutating func checkDynamoDBKinesisRecord(_ record: Int) {
        guard document.kind(record) == .object else { return }
        let members = DynamoDBRecordMembers.read(record, in: self)
        if let eventID = members.eventID {
            checkFormat(eventID, StrictFormats.uuid, rule: FormatRules.uuidFormat, label: "eventID")
        }
        if let region = members.awsRegion { checkRegion(region, of: nil) }
        guard let change = members.change else { return }
        if let created = members.approximateCreationDateTime, let value = double(created),
            EpochUnit(magnitudeOf: value) == .seconds
        {
            report(
                DynamoDBEventRules.kinesisCreationTimeUnit, at: created,
                "ApproximateCreationDateTime \(quoted(created)) reads as epoch seconds "
                    + "(\(EpochUnit.seconds.instant(value))); a change record streamed to Kinesis Data Streams carries "
                    + "milliseconds (or microseconds with ApproximateCreationDateTimePrecision MICROSECOND)")
        }
        checkChangeRecord(change, members)
    }

    /// Rules shared by stream records and KDS change records: keys, attribute values, user identity, size.
    private mutating func checkChangeRecord(_ change: Int, _ members: DynamoDBRecordMembers) {
        let keys = members.keys
        let newMember = members.newImage
        let oldMember = members.oldImage
        let newImage = newMember.flatMap { document.kind($0) == .object ? $0 : nil }
        let oldImage = oldMember.flatMap { document.kind($0) == .object ? $0 : nil }
        var sizes = ChangeSizes()
        if let keys {
            checkKeyAttributes(keys)
            if let newImage { checkKeys(keys, in: newImage) }
            if let oldImage { checkKeys(keys, in: oldImage) }
            sizes.keys = checkAttributeMap(keys)
        }
        // An image that is not an object has no size (the schema reports it), which keeps SizeBytes unchecked.
        if let newMember { sizes.newImage = (newMember, newImage.flatMap { checkAttributeMap($0) }) }
        if let oldMember { sizes.oldImage = (oldMember, oldImage.flatMap { checkAttributeMap($0) }) }
        checkUserIdentity(members)
        checkSizeBytes(members.sizeBytes, sizes: sizes)
    }

    /// Which images a stream view type carries.
    private static let viewTypes: [(name: [UInt8], new: Bool, old: Bool)] = [
        (Array("KEYS_ONLY".utf8), false, false), (Array("NEW_IMAGE".utf8), true, false),
        (Array("OLD_IMAGE".utf8), false, true), (Array("NEW_AND_OLD_IMAGES".utf8), true, true),
    ]

    /// The `eventName`s of stream records: INSERT, MODIFY, REMOVE, in this order.
    private static let eventNames = [Array("INSERT".utf8), Array("MODIFY".utf8), Array("REMOVE".utf8)]

    /// NewImage and OldImage appear as the StreamViewType × eventName table says (§B.4).
    private mutating func checkImagesPresence(_ change: Int, _ members: DynamoDBRecordMembers) {
        guard let view = members.streamViewType, let name = members.eventName,
            let carries = withUTF8(view, { bytes in Self.viewTypes.first { $0.name.bytesEqual(bytes) } })
        else { return }
        let expectsNew: Bool
        let expectsOld: Bool
        switch withUTF8(name, { bytes in Self.eventNames.firstIndex { $0.bytesEqual(bytes) } }) {
        case 0: (expectsNew, expectsOld) = (carries.new, false)
        case 1: (expectsNew, expectsOld) = (carries.new, carries.old)
        case 2: (expectsNew, expectsOld) = (false, carries.old)
        default: return
        }
        let newImage = members.newImage
        let oldImage = members.oldImage
        guard (newImage != nil) != expectsNew || (oldImage != nil) != expectsOld else { return }
        let expected = ["Keys"] + (expectsNew ? ["NewImage"] : []) + (expectsOld ? ["OldImage"] : [])
        let description = "StreamViewType \(text(view)) with eventName \(text(name)) carries \(Self.list(expected))"
        for (image, expects, label) in [(newImage, expectsNew, "NewImage"), (oldImage, expectsOld, "OldImage")] {
            if let image, !expects {
                report(
                    DynamoDBEventRules.imagesMatchStreamViewType, at: image, "\(description); \(label) is unexpected")
            } else if image == nil, expects {
                report(DynamoDBEventRules.imagesMatchStreamViewType, at: change, "\(description); \(label) is missing")
            }
        }
    }

    /// `a`, `a and b`, `a, b and c`.
    static func list(_ items: [String]) -> String {
        guard items.count > 1, let last = items.last else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + last
    }

    /// Key attributes are S, N or B, and S and B keys are not empty (§B.3).
    private mutating func checkKeyAttributes(_ keys: Int) {
        var members = document.memberCursor(of: keys)
        while let (name, value) = members.next(in: document) {
            guard document.kind(value) == .object, document.childCount(value) == 1 else { continue }
            let typeName = value + 1
            let typed = value + 2
            // The type as decoded: a name written with escapes is read from its decoded bytes.
            let type =
                document.stringHasEscapes(typeName)
                ? AttributeType(utf8(typeName)) : AttributeType.of(typeName, in: document)
            switch type {
            case .s, .b:
                if document.kind(typed) == .string, document.rawStringLength(typed) == 0 {
                    report(
                        DynamoDBEventRules.keyAttributeValue, at: typed,
                        "key attribute \(quoted(name)) is an empty \(text(typeName)); key values are 1 to 2048 bytes")
                }
            case .n:
                break
            default:
                report(
                    DynamoDBEventRules.keyAttributeValue, at: typeName,
                    "key attribute \(quoted(name)) has type \(text(typeName)); DynamoDB keys are S, N or B")
            }
        }
    }

    /// Every key attribute is in `image` with the same value (§B.4).
    private mutating func checkKeys(_ keys: Int, in image: Int) {
        var imageName: String { document.string(image - 1) }
        var members = document.memberCursor(of: keys)
        while let (name, value) = members.next(in: document) {
            guard let other = member(image, nameAt: name) else {
                report(
                    DynamoDBEventRules.keysInImages, at: image,
                    "\(imageName) lacks key attribute \(quoted(name)); every image holds the item's key")
                continue
            }
            if !attributeValuesEqual(value, other) {
                report(
                    DynamoDBEventRules.keysInImages, at: other,
                    "\(imageName) has key attribute \(quoted(name)) = \(Self.compact(document.value(other))), but Keys "
                        + "has \(Self.compact(document.value(value))); an image's key equals the record's Keys")
            }
        }
    }

    /// TTL identity only on REMOVE, and only the TTL principal (§B.1).
    private mutating func checkUserIdentity(_ members: DynamoDBRecordMembers) {
        // A userIdentity of the wrong type is the schema's finding; `null` means none (KDS records).
        guard let identity = members.userIdentity else { return }
        if let name = members.eventName, !document.string(name, equals: "REMOVE".utf8) {
            report(
                DynamoDBEventRules.userIdentityOnlyOnRemove, at: identity,
                "userIdentity marks a deletion by TTL, but eventName is \(quoted(name)); only REMOVE records have it")
        }
        // The Lambda event spells the members `type`, `principalId`; the Streams API `Type`, `PrincipalId`.
        guard let type = stringMember(identity, MemberName.type) ?? stringMember(identity, MemberName.typePascal),
            let principal = stringMember(identity, MemberName.principalId)
                ?? stringMember(identity, MemberName.principalIdPascal)
        else { return }
        let ttl = StrictFormats.ttlIdentity
        if !document.string(type, equals: ttl.type) || !document.string(principal, equals: ttl.principalId) {
            report(
                DynamoDBEventRules.userIdentityTTLPrincipal, at: identity,
                "userIdentity is type \(quoted(type)), principalId \(quoted(principal)); AWS only sends "
                    + "type \"Service\", principalId \"dynamodb.amazonaws.com\" (deletion by TTL)")
        }
    }

    /// A JSON value in one line for messages.
    static func compact(_ value: JSONValue) -> String {
        let text = JSONWriter.string(of: value)
        return text.count <= 120 ? text : String(text.prefix(117)) + "…"
    }
}
