public import StreamJSON

/// Replaces the secrets of a captured payload — account ids, resource names, request ids, IP and e-mail addresses,
/// chosen fields of Kinesis data and DynamoDB images — so that it can be committed as a fixture, keeping it valid.
///
/// A value maps to a replacement of the same length and character classes, drawn from ``seed`` and the value
/// itself: the same account id becomes the same other account id in every ARN of a run (and of every run with that
/// seed), so rules that compare values (the account of `eventSourceARN` against the role's, a table's keys against
/// its images) still hold. Kinesis `data` is decoded (base64, gzip, KPL aggregates), redacted inside and encoded
/// again as canonical base64; DynamoDB `SizeBytes` follows the redacted images. Partition keys and sequence
/// numbers carry the shard mapping and are kept unless ``redactsKeys``.
///
/// ```swift
/// let redactor = try Redactor(seed: "fixtures", fields: ["email", "/customer/name"])
/// let fixture = try redactor.redact(json: capturedEventBytes)
/// ```
///
/// What is found by shape: 12-digit account ids anywhere; every name part of an ARN's resource (stream, table,
/// function, role, consumer…; resource-type words, numbers and stream labels are kept); `StreamName`,
/// `TableName`, `FunctionName`, `ConsumerName` and `DeliveryStreamName` values; UUIDs; IPv4 addresses; e-mail
/// addresses (the top-level domain is kept). What is found by ``fields``: any value inside decoded Kinesis data
/// or a DynamoDB image whose member (attribute) name is a field, or whose JSON Pointer from the data's (item's)
/// root is one; the whole value is replaced, leaf by leaf.
public struct Redactor: Sendable, Hashable {
    /// The seed every replacement is drawn from.
    public var seed: Seed
    /// Member names and JSON Pointers (starting with `/`) of values to replace inside Kinesis data and DynamoDB
    /// images.
    public var fields: [String]
    /// Whether partition keys and Kinesis sequence numbers are re-derived too.
    ///
    /// A new partition key hashes (MD5, as Kinesis maps keys) into the same 1/4096 of the hash-key space as the old
    /// one and into the same shard of every evenly split stream of up to 64 shards; a new sequence number keeps the
    /// shard index, the arrival time and the order within its shard (its per-shard counter moves by an offset fixed
    /// per shard), and `eventID`s and batch item failures follow it.
    public var redactsKeys: Bool

    /// Creates a redactor.
    ///
    /// - Parameters:
    ///   - seed: The seed of every replacement; the same seed gives the same output.
    ///   - fields: Member names, or JSON Pointers starting with `/`, of values inside Kinesis data and DynamoDB
    ///     images to replace.
    ///   - redactsKeys: Whether to re-derive partition keys and sequence numbers.
    /// - Throws: ``RedactionError`` (`invalidField`) for an empty field or a malformed pointer.
    public init(seed: Seed = 0, fields: [String] = [], redactsKeys: Bool = false) throws(RedactionError) {
        for field in fields {
            guard !field.isEmpty, !field.hasPrefix("/") || JSONPointer(field) != nil else {
                throw RedactionError(
                    .invalidField, "\"\(field)\" is neither a member name nor a JSON Pointer (\"/customer/name\")")
            }
        }
        self.seed = seed
        self.fields = fields
        self.redactsKeys = redactsKeys
    }

    /// Redacts a JSON value.
    ///
    /// - Parameter value: A payload of any kind.
    /// - Returns: The payload with its secrets replaced; member order and number texts kept.
    /// - Throws: ``RedactionError`` when a part cannot be redacted (undecodable gzip data, a collision).
    public func redact(_ value: JSONValue) throws(RedactionError) -> JSONValue {
        var pass = RedactionPass(self)
        return try pass.walk(value, at: .root, inside: nil)
    }

    /// Redacts a JSON document given as bytes.
    ///
    /// - Parameter bytes: A payload's JSON text.
    /// - Returns: The redacted payload as compact JSON, members in their order.
    /// - Throws: ``RedactionError``: `notJSON`, `duplicateMember`, or what ``redact(_:)`` throws.
    public func redact(json bytes: [UInt8]) throws(RedactionError) -> [UInt8] {
        let document: JSONDocument
        do {
            document = try JSONDocument(parsing: bytes)
        } catch {
            throw RedactionError(.notJSON, "the input is not JSON: \(error)")
        }
        if let duplicate = document.duplicateMemberNames.first {
            throw RedactionError(
                .duplicateMember, at: duplicate.pointer,
                "an object repeats member \"\(duplicate.stringValue ?? "")\"; its canonical form would drop a value")
        }
        return JSONWriter.bytes(of: try redact(document.root.value))
    }
}
