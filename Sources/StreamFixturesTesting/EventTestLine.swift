import StreamEvents

/// Builds the one-line descriptions Swift Testing shows for events and responses: kind, record count, shard, stream
/// or table, and the first and last sequence numbers, each long number shortened in the middle.
enum EventTestLine {
    /// Sequence numbers longer than this are shown as their first 8 and last 12 digits.
    static let longestNumber = 24

    /// A sequence number short enough for a log line: `49647888…381468803122`.
    static func number(_ text: String) -> String {
        guard text.count > longestNumber else { return text }
        return "\(text.prefix(8))…\(text.suffix(12))"
    }

    /// `first…last`, or the one number, or `-` when there is none.
    static func range(_ numbers: [String]) -> String {
        guard let first = numbers.first, let last = numbers.last else { return "-" }
        return first == last ? number(first) : "\(number(first))–\(number(last))"
    }

    /// `1 record`, `3 records`.
    static func count(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }

    /// The name an ARN ends with: the stream of `…:stream/orders`, the table of `…:table/orders/stream/…`.
    static func resourceName(_ arn: String?) -> String? {
        guard let arn else { return nil }
        if let table = arn.range(of: ":table/") {
            return "table " + String(arn[table.upperBound...].prefix { $0 != "/" })
        }
        if let stream = arn.range(of: ":stream/") {
            return "stream " + String(arn[stream.upperBound...].prefix { $0 != "/" })
        }
        return arn
    }

    /// The words of a line joined by single spaces, leaving out the absent ones.
    static func join(_ parts: String?...) -> String { parts.compactMap { $0 }.joined(separator: " ") }

    /// What a tumbling-window invocation adds: `window final`, `window`, or nothing.
    static func window(_ window: TumblingWindow) -> String? {
        guard window.window != nil else { return nil }
        return window.isFinalInvokeForWindow == true ? "window final" : "window"
    }
}
