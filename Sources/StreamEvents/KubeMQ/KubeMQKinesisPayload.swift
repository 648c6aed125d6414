import StreamJSON

/// What every typed KubeMQ `aws.kinesis` request provides to the envelope coder.
protocol KubeMQKinesisPayload: Sendable {
    /// Reads the method's metadata keys from `reader` (leaving the rest in it) and the envelope's `data`.
    init(reading reader: inout KubeMQMetadataReader, data: String?) throws
    /// The metadata the method writes, in the order of the connector's documentation.
    var knownMetadata: [(String, String)] { get }
    /// Metadata keys the method does not read, kept for the round trip.
    var additionalMetadata: [String: String] { get }
    /// The envelope's `data`; `nil` writes `null`.
    var envelopeData: String? { get }
}

extension KubeMQKinesisPayload {
    var envelopeData: String? { nil }
}

/// Takes a request's metadata apart key by key, with errors that name the method, the key and what was found.
struct KubeMQMetadataReader {
    private(set) var remaining: [String: String]
    let method: KubeMQKinesisRequest.Method
    let codingPath: [any CodingKey]

    init(metadata: [String: String], method: KubeMQKinesisRequest.Method, codingPath: [any CodingKey]) {
        var remaining = metadata
        remaining[KubeMQKinesisRequest.Method.metadataKey] = nil
        self.remaining = remaining
        self.method = method
        self.codingPath = codingPath
    }

    /// The value of a key the method requires.
    mutating func required(_ key: String, _ meaning: String) throws -> String {
        guard let value = remaining.removeValue(forKey: key) else {
            throw DecodingError.keyNotFound(
                AnyCodingKey(key),
                DecodingError.Context(
                    codingPath: codingPath,
                    debugDescription: "\(method.rawValue) requires metadata \"\(key)\" (\(meaning)); found keys "
                        + Self.describe(keys: remaining.keys)))
        }
        return value
    }

    /// The value of an optional key.
    mutating func optional(_ key: String) -> String? {
        remaining.removeValue(forKey: key)
    }

    /// The value of an optional integer key, written as plain decimal text (`"1"`, not `"01"` or `"+1"`).
    mutating func optionalInteger(_ key: String) throws -> Int? {
        guard let text = remaining.removeValue(forKey: key) else { return nil }
        guard let value = Int(text), String(value) == text else {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(
                    codingPath: codingPath + [AnyCodingKey(key)],
                    debugDescription: "\(method.rawValue) metadata \"\(key)\" must be a decimal integer written "
                        + "as a string, e.g. \"1\"; found \"\(text)\""))
        }
        return value
    }

    /// Keys in byte order, quoted, for messages.
    static func describe(keys: some Sequence<String>) -> String {
        let sorted = keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        return sorted.isEmpty ? "none" : sorted.map { "\"\($0)\"" }.joined(separator: ", ")
    }
}
