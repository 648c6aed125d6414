import Foundation
import StreamContracts
import StreamEvents
import StreamJSON

/// One run of a ``Redactor`` over one document: walks the JSON tree, opens Kinesis data and DynamoDB images, and
/// remembers the partition keys it has re-derived.
struct RedactionPass {
    let text: TextRedaction
    let pseudonym: Pseudonym
    let names: Set<String>
    let pointers: Set<[String]>
    let redactsKeys: Bool
    var partitionKeys: [String: String] = [:]

    /// Members whose string value is a resource name, redacted whole (consistently with the same name in ARNs).
    static let resourceNameMembers: Set<String> = [
        "StreamName", "TableName", "FunctionName", "ConsumerName", "DeliveryStreamName", "streamName", "tableName",
        "functionName", "consumerName", "deliveryStreamName", "stream_name", "table_name", "function_name",
        "consumer_name",
    ]
    /// Members holding a Kinesis partition key.
    static let partitionKeyMembers: Set<String> = ["partitionKey", "PartitionKey", "partition_key"]
    /// Members that mark an object as a Kinesis or Firehose record, whose `data` / `Data` is base64.
    static let recordMarkers: [String] = [
        "partitionKey", "PartitionKey", "recordId", "sequenceNumber", "SequenceNumber", "approximateArrivalTimestamp",
        "ApproximateArrivalTimestamp", "kinesisSchemaVersion", "result", "metadata",
    ]
    /// The members of a DynamoDB stream record that hold attribute maps.
    static let imageMembers: Set<String> = ["Keys", "NewImage", "OldImage"]

    init(_ redactor: Redactor) {
        pseudonym = Pseudonym(seed: redactor.seed.value)
        text = TextRedaction(pseudonym: pseudonym, sequenceNumbers: redactor.redactsKeys)
        names = Set(redactor.fields.filter { !$0.hasPrefix("/") })
        pointers = Set(
            redactor.fields.compactMap { JSONPointer($0) }.map { $0.tokens.map(\.name) }.filter { !$0.isEmpty })
        redactsKeys = redactor.redactsKeys
    }

    /// Whether the value at `path` (from the data's or item's root), reached through member `name`, is a field.
    func isField(_ path: [String], name: String?) -> Bool {
        (name.map(names.contains) ?? false) || pointers.contains(path)
    }

    /// Redacts `value`; `scope` is its path inside decoded Kinesis data (field redaction applies), `nil` outside.
    mutating func walk(_ value: JSONValue, at pointer: JSONPointer, inside scope: [String]?) throws(RedactionError)
        -> JSONValue
    {
        switch value {
        case .null, .bool, .number: return value
        case .string(let string): return .string(text.redact(string))
        case .array(let elements):
            var result: [JSONValue] = []
            result.reserveCapacity(elements.count)
            for (index, element) in elements.enumerated() {
                let path = scope.map { $0 + [String(index)] }
                if let path, isField(path, name: nil) {
                    result.append(replacingWhole(element))
                } else {
                    result.append(try walk(element, at: pointer.appending(index), inside: path))
                }
            }
            return .array(result)
        case .object(let object):
            if Self.isStreamRecord(object) { return try streamRecord(object, at: pointer, inside: scope) }
            let isRecord = Self.recordMarkers.contains { object[$0] != nil }
            var members: [JSONObject.Member] = []
            members.reserveCapacity(object.count)
            for member in object {
                let at = pointer.appending(member.key)
                let path = scope.map { $0 + [member.key] }
                let replaced: JSONValue
                switch (member.key, member.value) {
                case ("data", .string(let data)) where isRecord, ("Data", .string(let data)) where isRecord:
                    replaced = .string(try kinesisData(data, at: at))
                case (let key, .string(let key2)) where redactsKeys && Self.partitionKeyMembers.contains(key):
                    replaced = .string(try partitionKey(key2, at: at))
                case (let key, .string(let name)) where Self.resourceNameMembers.contains(key):
                    replaced = .string(pseudonym.replacing(name))
                default:
                    if let path, isField(path, name: member.key) {
                        replaced = replacingWhole(member.value)
                    } else {
                        replaced = try walk(member.value, at: at, inside: path)
                    }
                }
                members.append(JSONObject.Member(key: member.key, value: replaced))
            }
            return .object(JSONObject(members))
        }
    }

    /// A field's value replaced leaf by leaf: strings and numbers keep their shape; true, false and null stay.
    func replacingWhole(_ value: JSONValue) -> JSONValue {
        switch value {
        case .null, .bool: value
        case .string(let string): .string(pseudonym.replacing(string))
        case .number(let number): JSONNumber(replacingDigits(number.text)).map(JSONValue.number) ?? value
        case .array(let elements): .array(elements.map(replacingWhole))
        case .object(let object):
            .object(JSONObject(object.map { JSONObject.Member(key: $0.key, value: replacingWhole($0.value)) }))
        }
    }

    /// A number's text with its significand's digits replaced (zero stays zero, so magnitude and normal form hold);
    /// the exponent is kept.
    func replacingDigits(_ number: String, salt: UInt64 = 0) -> String {
        let utf8 = Array(number.utf8)
        let end = utf8.firstIndex { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") } ?? utf8.count
        return String(decoding: pseudonym.replacing(utf8[0..<end], salt: salt) + utf8[end...], as: UTF8.self)
    }

    /// Kinesis `data`: decoded, redacted inside, encoded again (canonical base64) when anything changed.
    mutating func kinesisData(_ data: String, at pointer: JSONPointer) throws(RedactionError) -> String {
        guard let bytes = try? Base64.decode(data) else { return text.redact(data) }
        let redacted = try payload(bytes, at: pointer)
        return redacted == bytes ? data : Base64.encode(redacted)
    }

    /// Decoded record data: gzip is opened and written back as gzip, KPL aggregates record by record, JSON as a
    /// tree (fields apply), anything else byte by byte.
    mutating func payload(_ bytes: [UInt8], at pointer: JSONPointer) throws(RedactionError) -> [UInt8] {
        if bytes.count >= 2, bytes[0] == 0x1F, bytes[1] == 0x8B {
            let inner: [UInt8]
            do {
                inner = try Inflate.gunzip(bytes)
            } catch {
                throw RedactionError(
                    .undecodableData, at: pointer,
                    "the data is gzip but does not decompress (\(error)); it could hide a secret")
            }
            let redacted = try payload(inner, at: pointer)
            return redacted == inner ? bytes : GzipStored.compress(redacted)
        }
        if KPLAggregate.isAggregated(bytes) {
            let records: [KPLUserRecord]
            do {
                records = try KPLAggregate.decode(bytes)
            } catch {
                throw RedactionError(
                    .undecodableData, at: pointer, "the data is a KPL aggregate that does not decode (\(error))")
            }
            var changed = false
            var redacted: [KPLUserRecord] = []
            for var record in records {
                let data = [UInt8](record.data)
                let inner = try payload(data, at: pointer)
                if inner != data {
                    record.data = Data(inner)
                    changed = true
                }
                if redactsKeys {
                    record.partitionKey = try partitionKey(record.partitionKey, at: pointer)
                    changed = true
                }
                redacted.append(record)
            }
            return changed ? KPLAggregate.encode(redacted) : bytes
        }
        let first = bytes.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }
        if first == UInt8(ascii: "{") || first == UInt8(ascii: "["), let document = try? JSONDocument(parsing: bytes) {
            if let duplicate = document.duplicateMemberNames.first {
                throw RedactionError(
                    .duplicateMember, at: pointer,
                    "the decoded data repeats member \"\(duplicate.stringValue ?? "")\" at \(duplicate.pointer)")
            }
            let value = document.root.value
            let redacted = try walk(value, at: pointer, inside: [])
            let before = JSONWriter.bytes(of: value)
            let after = JSONWriter.bytes(of: redacted)
            return before == after ? bytes : after
        }
        var redacted = bytes
        text.redact(&redacted)
        return redacted
    }
}
