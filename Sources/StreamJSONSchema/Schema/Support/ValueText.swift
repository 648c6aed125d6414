// Short renderings of values for diagnostic messages.

import StreamJSON

/// Renders values and schema fragments for messages: quoted, escaped, and cut to a readable length.
enum ValueText {
    /// Longest rendering of a string value, in characters, before it is cut with an ellipsis.
    static let limit = 64

    /// `text` as a JSON string literal, cut at `limit` characters.
    static func quoted(_ text: String) -> String {
        let cut = text.count > limit ? String(text.prefix(limit)) + "…" : text
        return JSONWriter.string(of: .string(cut))
    }

    /// `text` cut at `limit` characters (patterns, keyword values).
    static func short(_ text: String) -> String {
        text.count > limit ? String(text.prefix(limit)) + "…" : text
    }

    /// A JSON value in compact form, cut at `limit` characters.
    static func json(_ value: JSONValue) -> String { short(JSONWriter.string(of: value)) }
}
