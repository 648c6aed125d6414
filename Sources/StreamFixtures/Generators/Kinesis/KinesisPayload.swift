import StreamJSON

/// Where the `data` of generated Kinesis records comes from.
///
/// A payload produces the raw bytes of one user record; the generator base64-encodes them into `kinesis.data`
/// (and, for KPL-aggregated records, packs several of them first). Build one from your own closure, your own
/// `Encodable` values, or use the realistic built-ins: JSON documents, UTF-8 log text, raw bytes, or a mix.
///
/// ```swift
/// struct Order: Encodable, Sendable { var id: String; var total: Double }
/// let orders = Gen.zip(Gen.uuid, Gen.int(in: 1...500)).map { Order(id: $0, total: Double($1) / 4) }
/// let payload = KinesisPayload.json(orders)
/// let custom = KinesisPayload.custom { random, index in Array("reading \(index)".utf8) }
/// ```
public struct KinesisPayload: Sendable {
    /// A short name for reports and manifests, e.g. `json`, `text`, `bytes`, `custom`.
    public var name: String

    /// Produces one user record's bytes from the random stream, the running record index and the event time in
    /// milliseconds since 1970 (just before the record's arrival).
    let make: @Sendable (inout SeededRandom, _ index: Int, _ eventMillis: Int64) -> [UInt8]

    init(name: String, make: @escaping @Sendable (inout SeededRandom, Int, Int64) -> [UInt8]) {
        self.name = name
        self.make = make
    }

    /// Bytes from your own closure, given the random stream and the record's running index (0, 1, 2, … over the
    /// whole simulation, counting user records inside aggregates too).
    ///
    /// Draw randomness only from the given ``SeededRandom`` so the output stays reproducible.
    ///
    /// - Parameters:
    ///   - name: A name for reports.
    ///   - make: Returns the record's bytes.
    /// - Returns: The payload.
    public static func custom(
        name: String = "custom", _ make: @escaping @Sendable (inout SeededRandom, Int) -> [UInt8]
    ) -> KinesisPayload {
        KinesisPayload(name: name) { random, index, _ in make(&random, index) }
    }

    /// The same `Encodable` value in every record, JSON-encoded with `StreamJSONEncoder`.
    ///
    /// - Parameter value: The value to encode.
    /// - Returns: The payload.
    /// - Throws: The encoder's error when `value` cannot be encoded (a non-finite floating-point number).
    public static func json(_ value: some Encodable) throws -> KinesisPayload {
        let bytes = try StreamJSONEncoder().encode(value)
        return KinesisPayload(name: "json") { _, _, _ in bytes }
    }

    /// A freshly generated `Encodable` value per record, JSON-encoded with `StreamJSONEncoder`.
    ///
    /// A value the encoder rejects (it holds NaN or an infinity, which JSON cannot represent) is written as
    /// `null`, as JavaScript's `JSON.stringify` does.
    ///
    /// - Parameter generator: Generates one value per record.
    /// - Returns: The payload.
    public static func json<T: Encodable & SendableMetatype>(_ generator: Gen<T>) -> KinesisPayload {
        KinesisPayload(name: "json") { random, _, _ in
            let value = generator.run(using: &random)
            return (try? StreamJSONEncoder().encode(value)) ?? Array("null".utf8)
        }
    }

    /// Realistic JSON documents from ``Gen/jsonDocument``: orders, clickstream events, telemetry and logs, with
    /// timestamps just before the record's arrival.
    public static var randomJSON: KinesisPayload {
        KinesisPayload(name: "json") { random, _, eventMillis in
            JSONDocumentFactory.document(using: &random, eventMillis: eventMillis)
        }
    }

    /// UTF-8 text lines as log shippers send them: access-log lines, application log lines, syslog lines, plain
    /// sentences and now and then non-ASCII text.
    public static var text: KinesisPayload {
        KinesisPayload(name: "text") { random, _, eventMillis in
            TextLineFactory.line(using: &random, eventMillis: eventMillis)
        }
    }

    /// Uniformly random bytes, as binary producers (protobuf, Avro, compressed batches) send.
    ///
    /// - Parameter count: The range of lengths in bytes; negative bounds count as 0.
    /// - Returns: The payload.
    public static func bytes(count: ClosedRange<Int> = 16...512) -> KinesisPayload {
        let lower = max(0, count.lowerBound)
        let upper = max(lower, count.upperBound)
        return KinesisPayload(name: "bytes") { random, _, _ in
            let length = random.int(in: lower...upper)
            return [UInt8](unsafeUninitializedCapacity: length) { buffer, count in
                var index = 0
                while index < length {
                    var word = random.next()
                    for _ in 0..<min(8, length - index) {
                        buffer[index] = UInt8(truncatingIfNeeded: word)
                        word >>= 8
                        index += 1
                    }
                }
                count = length
            }
        }
    }

    /// A stream carrying several kinds of data: JSON documents (70 %), text lines (20 %) and raw bytes (10 %).
    public static var mixed: KinesisPayload {
        let json = randomJSON
        let text = text
        let bytes = bytes()
        return KinesisPayload(name: "mixed") { random, index, eventMillis in
            switch random.next(below: 10) {
            case 0..<7: json.make(&random, index, eventMillis)
            case 7..<9: text.make(&random, index, eventMillis)
            default: bytes.make(&random, index, eventMillis)
            }
        }
    }
}
