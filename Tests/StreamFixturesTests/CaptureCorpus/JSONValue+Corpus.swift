import StreamJSON

extension JSONValue {
    /// An object with members in the given order (JSON loggers and the AWS CLI keep insertion order).
    static func members(_ pairs: KeyValuePairs<String, JSONValue>) -> JSONValue {
        .object(JSONObject(pairs.map { JSONObject.Member(key: $0.key, value: $0.value) }))
    }

    /// An integer.
    static func int(_ value: Int64) -> JSONValue { .number(JSONNumber(value)) }

    /// A number written as `text` (e.g. Python's `1.0` for a `double` statistic).
    static func number(text: String) -> JSONValue { JSONNumber(text).map(JSONValue.number) ?? .null }

    /// The value of a JSON text.
    ///
    /// - Throws: `JSONSyntaxError` when `bytes` is not JSON.
    init(parsing bytes: [UInt8]) throws {
        self = try JSONDocument(parsing: bytes).root.value
    }
}

/// JSON text as JavaScript's `JSON.stringify`, Go's `encoding/json`, serde_json and jq write it: compact,
/// `"`, `\` and control characters escaped, everything else literal (the canonical writer's rules).
enum CompactJSON {
    /// A JSON string literal holding `text`.
    static func quoted(_ text: String) -> String { JSONWriter.string(of: .string(text)) }

    /// Compact JSON of `value`.
    static func text(_ value: JSONValue) -> String { JSONWriter.string(of: value) }
}
