public import StreamEvents
import StreamJSON

/// Writes DynamoDB events, records and change records as compact JSON without going through `Codable`: the same
/// bytes as `StreamJSONEncoder().encode(_:)`. `Codable` pays for containers, coding keys and existential boxes at
/// every attribute value, and a stream record is mostly attribute values. Members in the order of the models'
/// `encode(to:)`.
extension JSONByteWriter {
    mutating func append(_ map: AttributeMap) {
        append(UInt8(ascii: "{"))
        // Members are read in place (a `for` loop over the array copies each one, retaining its name and value).
        map.members.withUnsafeBufferPointer { members in
            for index in members.indices {
                if index > 0 { append(UInt8(ascii: ",")) }
                appendString(members[index].name)
                append(members[index].value, afterName: true)
            }
        }
        append(UInt8(ascii: "}"))
    }

    /// Appends an attribute value; `afterName` puts the `:` that follows a member name in the same copy as the
    /// value's opening (one call into the writer instead of two, per member).
    mutating func append(_ value: AttributeValue, afterName: Bool = false) {
        switch value {
        case .string(let text):
            openValue(":{\"S\":", afterName)
            appendString(text)
        case .number(let number):
            openValue(":{\"N\":", afterName)
            appendString(number.text)
        case .binary(let data):
            openValue(":{\"B\":", afterName)
            data.withUnsafeBytes { appendBase64String($0) }
        case .stringSet(let texts):
            openValue(":{\"SS\":[", afterName)
            for (index, text) in texts.enumerated() {
                if index > 0 { append(UInt8(ascii: ",")) }
                appendString(text)
            }
            append(UInt8(ascii: "]"))
        case .numberSet(let numbers):
            openValue(":{\"NS\":[", afterName)
            for (index, number) in numbers.enumerated() {
                if index > 0 { append(UInt8(ascii: ",")) }
                appendString(number.text)
            }
            append(UInt8(ascii: "]"))
        case .binarySet(let sets):
            openValue(":{\"BS\":[", afterName)
            for (index, data) in sets.enumerated() {
                if index > 0 { append(UInt8(ascii: ",")) }
                data.withUnsafeBytes { appendBase64String($0) }
            }
            append(UInt8(ascii: "]"))
        case .map(let map):
            openValue(":{\"M\":", afterName)
            append(map)
        case .list(let elements):
            openValue(":{\"L\":[", afterName)
            for (index, element) in elements.enumerated() {
                if index > 0 { append(UInt8(ascii: ",")) }
                append(element)
            }
            append(UInt8(ascii: "]"))
        case .null:
            openValue(":{\"NULL\":true}", afterName)
            return
        case .bool(let flag):
            if flag { openValue(":{\"BOOL\":true}", afterName) } else { openValue(":{\"BOOL\":false}", afterName) }
            return
        }
        append(UInt8(ascii: "}"))
    }

    /// `text` (which starts with `:`) as it is after a member name, else without its `:`.
    private mutating func openValue(_ text: StaticString, _ afterName: Bool) {
        let skip = afterName ? 0 : 1
        append(text.utf8Start + skip, count: text.utf8CodeUnitCount - skip)
    }

    mutating func append(_ record: DynamoDBStreamRecord) {
        append(UInt8(ascii: "{"))
        if let created = record.approximateCreationDateTime {
            raw("\"ApproximateCreationDateTime\":")
            append(created)
            append(UInt8(ascii: ","))
        }
        raw("\"Keys\":")
        append(record.keys)
        if let image = record.newImage {
            raw(",\"NewImage\":")
            append(image)
        }
        if let image = record.oldImage {
            raw(",\"OldImage\":")
            append(image)
        }
        if let sequenceNumber = record.sequenceNumber {
            raw(",\"SequenceNumber\":")
            appendString(sequenceNumber)
        }
        if let size = record.sizeBytes {
            raw(",\"SizeBytes\":")
            rawInteger(Int64(size))
        }
        if let viewType = record.streamViewType {
            raw(",\"StreamViewType\":")
            appendString(viewType.rawValue)
        }
        append(UInt8(ascii: "}"))
    }

    mutating func append(_ identity: DynamoDBUserIdentity) {
        raw("{\"type\":")
        appendString(identity.type)
        raw(",\"principalId\":")
        appendString(identity.principalId)
        append(UInt8(ascii: "}"))
    }

    mutating func append(_ record: DynamoDBEventRecord) {
        raw("{\"eventID\":")
        appendString(record.eventID)
        raw(",\"eventName\":")
        appendString(record.eventName.rawValue)
        raw(",\"eventVersion\":")
        appendString(record.eventVersion)
        raw(",\"eventSource\":")
        appendString(record.eventSource)
        raw(",\"awsRegion\":")
        appendString(record.awsRegion.rawValue)
        raw(",\"dynamodb\":")
        append(record.dynamodb)
        if let arn = record.eventSourceARN {
            raw(",\"eventSourceARN\":")
            appendString(arn)
        }
        if let identity = record.userIdentity {
            raw(",\"userIdentity\":")
            append(identity)
        }
        append(UInt8(ascii: "}"))
    }

    mutating func append(_ event: DynamoDBEvent) {
        appendEvent(event) { writer, record in writer.append(record) }
    }

    mutating func append(_ change: DynamoDBKinesisChangeRecord) {
        raw("{\"awsRegion\":")
        appendString(change.awsRegion.rawValue)
        raw(",\"eventID\":")
        appendString(change.eventID)
        raw(",\"eventName\":")
        appendString(change.eventName.rawValue)
        switch change.userIdentity {
        case nil:
            break
        case .null?:
            raw(",\"userIdentity\":null")
        case .value(let identity)?:
            raw(",\"userIdentity\":")
            append(identity)
        }
        raw(",\"recordFormat\":")
        appendString(change.recordFormat)
        raw(",\"tableName\":")
        appendString(change.tableName)
        raw(",\"dynamodb\":")
        append(change.dynamodb)
        raw(",\"eventSource\":")
        appendString(change.eventSource)
        append(UInt8(ascii: "}"))
    }
}

extension DynamoDBEvent {
    /// The event as compact JSON, byte for byte what `StreamJSONEncoder().encode(self)` writes, several times
    /// faster.
    ///
    /// `StreamJSONEncoder` goes through `Codable`'s containers for every attribute value; this writes the fixed
    /// shape of a DynamoDB event directly, which matters when generating fixtures or benchmark corpora in bulk. A
    /// test pins the two outputs to each other.
    ///
    /// - Returns: UTF-8 JSON bytes.
    ///
    /// ```swift
    /// var table = try DynamoDBTableSimulator(name: "orders", seed: 42)
    /// let bytes = table.nextEvent(recordCount: 100).compactJSON()
    /// ```
    package func compactJSON() -> [UInt8] {
        var bytes: [UInt8] = []
        appendCompactJSON(to: &bytes)
        return bytes
    }

    /// Appends the event's compact JSON (see ``compactJSON()``) to `bytes`, so one buffer can serve many events.
    ///
    /// - Parameter bytes: The buffer to append to.
    package func appendCompactJSON(to bytes: inout [UInt8]) {
        var writer = JSONByteWriter(capacity: 512 + records.count * 1_024)
        writer.append(self)
        writer.appendBytes(to: &bytes)
    }
}

extension DynamoDBEventRecord {
    /// The record as compact JSON, byte for byte what `StreamJSONEncoder().encode(self)` writes.
    ///
    /// - Returns: UTF-8 JSON bytes.
    package func compactJSON() -> [UInt8] {
        var writer = JSONByteWriter()
        writer.append(self)
        return writer.bytes
    }
}

extension DynamoDBKinesisChangeRecord {
    /// The change record as compact JSON — the decoded `data` of the Kinesis record that carries it — byte for
    /// byte what `StreamJSONEncoder().encode(self)` writes.
    ///
    /// - Returns: UTF-8 JSON bytes.
    ///
    /// ```swift
    /// let change = Gen.dynamoDBKinesisChangeRecord().run(seed: 3)
    /// let data = change.compactJSON()
    /// ```
    package func compactJSON() -> [UInt8] {
        var writer = JSONByteWriter()
        writer.append(self)
        return writer.bytes
    }
}
