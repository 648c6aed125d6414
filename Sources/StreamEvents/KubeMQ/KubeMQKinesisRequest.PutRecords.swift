public import Foundation
import StreamJSON

extension KubeMQKinesisRequest {
    /// A `put_records` request: writes one record per partition key.
    ///
    /// The envelope's `data` is base64 of a JSON object that maps each partition key to its message, the
    /// message itself base64 (Go's `map[string][]byte`), e.g. base64 of
    /// `{"1":"eyJteV9yZXN1bHQiOiJvayJ9","2":"eyJteV9yZXN1bHQyIjoib2shIn0="}`. A map holds one message per
    /// partition key; the connector sends the records in Go's random map order.
    ///
    /// ```swift
    /// let put = KubeMQKinesisRequest.PutRecords(
    ///     streamName: "my_stream", messages: ["1": Data(#"{"my_result":"ok"}"#.utf8)])
    /// try put.messages()["1"]  // the bytes of {"my_result":"ok"}
    /// ```
    public struct PutRecords: Hashable, Sendable {
        /// The name of the stream (`stream_name`, required).
        public var streamName: String

        /// The messages as base64 text of a JSON map (the envelope's `data`); `nil` writes `null`.
        public var data: String?

        /// Metadata keys `put_records` does not read, kept so that they round-trip.
        public var additionalMetadata: [String: String]

        /// Creates a `put_records` request from the envelope's base64 text.
        ///
        /// - Parameters:
        ///   - streamName: The name of the stream.
        ///   - data: base64 of the JSON map of partition keys to base64 messages.
        ///   - additionalMetadata: further metadata keys to send.
        public init(streamName: String, data: String? = nil, additionalMetadata: [String: String] = [:]) {
            self.streamName = streamName
            self.data = data
            self.additionalMetadata = additionalMetadata
        }

        /// Creates a `put_records` request from messages by partition key.
        ///
        /// The JSON map is written as Go's `encoding/json` writes it: keys in byte order, no spaces, `<`, `>`
        /// and `&` escaped, so the `data` equals what a Go client sends.
        ///
        /// - Parameters:
        ///   - streamName: The name of the stream.
        ///   - messages: the message bytes of each partition key.
        ///   - additionalMetadata: further metadata keys to send.
        public init(streamName: String, messages: [String: Data], additionalMetadata: [String: String] = [:]) {
            let members = messages.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }.map {
                Self.goJSONString($0.key) + ":\"" + Base64.encode($0.value) + "\""
            }
            let json = "{" + members.joined(separator: ",") + "}"
            self.init(
                streamName: streamName, data: Base64.encode(Array(json.utf8)),
                additionalMetadata: additionalMetadata)
        }

        /// The message bytes of each partition key.
        ///
        /// - Returns: the decoded map.
        /// - Throws: `DecodingError` at `data` when it is `null`, not canonical base64, or not a JSON object
        ///   of strings, and at `data.<partition key>` when a message is not canonical base64.
        public func messages() throws -> [String: Data] {
            let path: [any CodingKey] = [EnvelopeKeys.data]
            let json = try Base64.decodeData(
                KubeMQKinesisRequest.requireData(data, of: .putRecords), at: path)
            let map: [String: String]
            do {
                map = try JSONDecoder().decode([String: String].self, from: json)
            } catch {
                throw DecodingError.dataCorrupted(
                    DecodingError.Context(
                        codingPath: path,
                        debugDescription: "put_records data must be base64 of a JSON object mapping partition "
                            + "keys to base64 messages; the decoded bytes are not (\(error))",
                        underlyingError: error))
            }
            var messages: [String: Data] = [:]
            for (key, value) in map {
                messages[key] = try Base64.decodeData(value, at: path + [AnyCodingKey(key)])
            }
            return messages
        }

        /// A JSON string literal as Go's `encoding/json` writes it (HTML-safe escaping).
        static func goJSONString(_ text: String) -> String {
            var out = "\""
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                case "<", ">", "&", "\u{2028}", "\u{2029}":
                    out += "\\u" + hex4(scalar.value)
                default:
                    if scalar.value < 0x20 {
                        out += "\\u" + hex4(scalar.value)
                    } else {
                        out.unicodeScalars.append(scalar)
                    }
                }
            }
            return out + "\""
        }

        static func hex4(_ value: UInt32) -> String {
            let digits = Array("0123456789abcdef")
            return String((0..<4).reversed().map { digits[Int((value >> (UInt32($0) * 4)) & 0xF)] })
        }
    }
}

extension KubeMQKinesisRequest.PutRecords: KubeMQKinesisPayload {
    init(reading reader: inout KubeMQMetadataReader, data: String?) throws {
        let streamName = try reader.required("stream_name", "the name of the stream")
        self.init(streamName: streamName, data: data, additionalMetadata: reader.remaining)
    }

    var knownMetadata: [(String, String)] { [("stream_name", streamName)] }

    var envelopeData: String? { data }
}
