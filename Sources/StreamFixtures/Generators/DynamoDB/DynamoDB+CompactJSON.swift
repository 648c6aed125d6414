public import StreamEvents
import StreamJSON

/// Writes DynamoDB events, records and change records as compact JSON without going through `Codable`: the same
/// bytes as `StreamJSONEncoder().encode(_:)`. `Codable` pays for containers, coding keys and existential boxes at
/// every attribute value, and a stream record is mostly attribute values.
enum DynamoDBCompactJSON {
    /// The byte buffer and the writing of each shape, in the member order of the models' `encode(to:)`.
    struct Writer {
        var bytes: [UInt8] = []

        mutating func raw(_ text: StaticString) {
            bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
        }

        /// `,"key":` (or without the comma for the first member).
        mutating func key(_ text: StaticString, first: Bool = false) {
            if !first { bytes.append(UInt8(ascii: ",")) }
            bytes.append(UInt8(ascii: "\""))
            raw(text)
            bytes.append(UInt8(ascii: "\""))
            bytes.append(UInt8(ascii: ":"))
        }

        /// A JSON string with StreamJSON's escaping (`"`, `\` and control characters); text that needs none — nearly
        /// all of it — is copied in one piece without a generic call into StreamJSON.
        mutating func string(_ text: String) {
            let copied: Bool? = text.utf8.withContiguousStorageIfAvailable { utf8 in
                for byte in utf8 where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                    return false
                }
                bytes.append(UInt8(ascii: "\""))
                bytes.append(contentsOf: utf8)
                bytes.append(UInt8(ascii: "\""))
                return true
            }
            if copied != true { JSONWriter.appendString(text.utf8, to: &bytes) }
        }

        mutating func bool(_ value: Bool) {
            if value { raw("true") } else { raw("false") }
        }

        mutating func integer(_ value: Int) {
            bytes.append(contentsOf: String(value).utf8)
        }

        static let base64Alphabet: [UInt8] = Array(
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

        /// Padded standard base64 as a JSON string.
        mutating func base64(_ data: [UInt8]) {
            bytes.append(UInt8(ascii: "\""))
            let alphabet = Self.base64Alphabet
            var index = 0
            let count = data.count
            bytes.reserveCapacity(bytes.count + (count + 2) / 3 * 4 + 1)
            while index + 3 <= count {
                let value = UInt32(data[index]) << 16 | UInt32(data[index + 1]) << 8 | UInt32(data[index + 2])
                bytes.append(alphabet[Int(value >> 18)])
                bytes.append(alphabet[Int(value >> 12 & 0x3F)])
                bytes.append(alphabet[Int(value >> 6 & 0x3F)])
                bytes.append(alphabet[Int(value & 0x3F)])
                index += 3
            }
            if count - index == 1 {
                let value = UInt32(data[index]) << 16
                bytes.append(alphabet[Int(value >> 18)])
                bytes.append(alphabet[Int(value >> 12 & 0x3F)])
                raw("==")
            } else if count - index == 2 {
                let value = UInt32(data[index]) << 16 | UInt32(data[index + 1]) << 8
                bytes.append(alphabet[Int(value >> 18)])
                bytes.append(alphabet[Int(value >> 12 & 0x3F)])
                bytes.append(alphabet[Int(value >> 6 & 0x3F)])
                bytes.append(UInt8(ascii: "="))
            }
            bytes.append(UInt8(ascii: "\""))
        }

        mutating func timestamp(_ timestamp: AWSTimestamp) {
            switch timestamp.form {
            case .number(let number): bytes.append(contentsOf: number.text.utf8)
            case .numericString(let text), .iso8601(let text): string(text)
            }
        }

        mutating func write(_ map: AttributeMap) {
            bytes.append(UInt8(ascii: "{"))
            var first = true
            for member in map.members {
                if !first { bytes.append(UInt8(ascii: ",")) }
                first = false
                string(member.name)
                bytes.append(UInt8(ascii: ":"))
                write(member.value)
            }
            bytes.append(UInt8(ascii: "}"))
        }

        mutating func write(_ value: AttributeValue) {
            switch value {
            case .string(let text):
                raw("{\"S\":")
                string(text)
            case .number(let number):
                raw("{\"N\":")
                string(number.text)
            case .binary(let data):
                raw("{\"B\":")
                base64(data)
            case .stringSet(let texts):
                raw("{\"SS\":[")
                for (index, text) in texts.enumerated() {
                    if index > 0 { bytes.append(UInt8(ascii: ",")) }
                    string(text)
                }
                bytes.append(UInt8(ascii: "]"))
            case .numberSet(let numbers):
                raw("{\"NS\":[")
                for (index, number) in numbers.enumerated() {
                    if index > 0 { bytes.append(UInt8(ascii: ",")) }
                    string(number.text)
                }
                bytes.append(UInt8(ascii: "]"))
            case .binarySet(let sets):
                raw("{\"BS\":[")
                for (index, data) in sets.enumerated() {
                    if index > 0 { bytes.append(UInt8(ascii: ",")) }
                    base64(data)
                }
                bytes.append(UInt8(ascii: "]"))
            case .map(let map):
                raw("{\"M\":")
                write(map)
            case .list(let elements):
                raw("{\"L\":[")
                for (index, element) in elements.enumerated() {
                    if index > 0 { bytes.append(UInt8(ascii: ",")) }
                    write(element)
                }
                bytes.append(UInt8(ascii: "]"))
            case .null:
                raw("{\"NULL\":true")
            case .bool(let flag):
                raw("{\"BOOL\":")
                bool(flag)
            }
            bytes.append(UInt8(ascii: "}"))
        }

        mutating func write(_ record: DynamoDBStreamRecord) {
            bytes.append(UInt8(ascii: "{"))
            var first = true
            if let created = record.approximateCreationDateTime {
                key("ApproximateCreationDateTime", first: true)
                timestamp(created)
                first = false
            }
            key("Keys", first: first)
            write(record.keys)
            if let image = record.newImage {
                key("NewImage")
                write(image)
            }
            if let image = record.oldImage {
                key("OldImage")
                write(image)
            }
            if let sequenceNumber = record.sequenceNumber {
                key("SequenceNumber")
                string(sequenceNumber)
            }
            if let size = record.sizeBytes {
                key("SizeBytes")
                integer(size)
            }
            if let viewType = record.streamViewType {
                key("StreamViewType")
                string(viewType.rawValue)
            }
            bytes.append(UInt8(ascii: "}"))
        }

        mutating func write(_ identity: DynamoDBUserIdentity) {
            key("type", first: true)
            string(identity.type)
            key("principalId")
            string(identity.principalId)
        }

        mutating func write(_ record: DynamoDBEventRecord) {
            raw("{\"eventID\":")
            string(record.eventID)
            key("eventName")
            string(record.eventName.rawValue)
            key("eventVersion")
            string(record.eventVersion)
            key("eventSource")
            string(record.eventSource)
            key("awsRegion")
            string(record.awsRegion.rawValue)
            key("dynamodb")
            write(record.dynamodb)
            if let arn = record.eventSourceARN {
                key("eventSourceARN")
                string(arn)
            }
            if let identity = record.userIdentity {
                key("userIdentity")
                bytes.append(UInt8(ascii: "{"))
                write(identity)
                bytes.append(UInt8(ascii: "}"))
            }
            bytes.append(UInt8(ascii: "}"))
        }

        mutating func write(_ event: DynamoDBEvent) {
            raw("{\"Records\":[")
            for (index, record) in event.records.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                write(record)
            }
            bytes.append(UInt8(ascii: "]"))
            if let window = event.window {
                key("window")
                raw("{\"start\":")
                timestamp(window.start)
                key("end")
                timestamp(window.end)
                bytes.append(UInt8(ascii: "}"))
            }
            if let state = event.state {
                key("state")
                var writer = JSONWriter()
                writer.write(state)
                bytes.append(contentsOf: writer.bytes)
            }
            if let shardId = event.shardId {
                key("shardId")
                string(shardId)
            }
            if let arn = event.eventSourceARN {
                key("eventSourceARN")
                string(arn)
            }
            if let final = event.isFinalInvokeForWindow {
                key("isFinalInvokeForWindow")
                bool(final)
            }
            if let early = event.isWindowTerminatedEarly {
                key("isWindowTerminatedEarly")
                bool(early)
            }
            bytes.append(UInt8(ascii: "}"))
        }

        mutating func write(_ change: DynamoDBKinesisChangeRecord) {
            raw("{\"awsRegion\":")
            string(change.awsRegion.rawValue)
            key("eventID")
            string(change.eventID)
            key("eventName")
            string(change.eventName.rawValue)
            switch change.userIdentity {
            case nil:
                break
            case .null?:
                key("userIdentity")
                raw("null")
            case .value(let identity)?:
                key("userIdentity")
                bytes.append(UInt8(ascii: "{"))
                write(identity)
                bytes.append(UInt8(ascii: "}"))
            }
            key("recordFormat")
            string(change.recordFormat)
            key("tableName")
            string(change.tableName)
            key("dynamodb")
            write(change.dynamodb)
            key("eventSource")
            string(change.eventSource)
            bytes.append(UInt8(ascii: "}"))
        }
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
    public func compactJSON() -> [UInt8] {
        var bytes: [UInt8] = []
        appendCompactJSON(to: &bytes)
        return bytes
    }

    /// Appends the event's compact JSON (see ``compactJSON()``) to `bytes`, so one buffer can serve many events.
    ///
    /// - Parameter bytes: The buffer to append to.
    public func appendCompactJSON(to bytes: inout [UInt8]) {
        var writer = DynamoDBCompactJSON.Writer(bytes: bytes)
        bytes = []
        writer.bytes.reserveCapacity(writer.bytes.count + 512 + records.count * 1_024)
        writer.write(self)
        bytes = writer.bytes
    }
}

extension DynamoDBEventRecord {
    /// The record as compact JSON, byte for byte what `StreamJSONEncoder().encode(self)` writes.
    ///
    /// - Returns: UTF-8 JSON bytes.
    public func compactJSON() -> [UInt8] {
        var writer = DynamoDBCompactJSON.Writer()
        writer.write(self)
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
    public func compactJSON() -> [UInt8] {
        var writer = DynamoDBCompactJSON.Writer()
        writer.write(self)
        return writer.bytes
    }
}
