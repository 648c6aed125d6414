import StreamJSON

/// One element of a pattern's value list: a literal or an operator, tested against one leaf value of the event.
enum ValueMatcher: Sendable, Hashable {
    /// `"text"`: a string equal byte for byte.
    case string(String)
    /// `5`, `1e2`: a number of equal value.
    case number(JSONNumber)
    /// `true`, `false`: the same boolean.
    case bool(Bool)
    /// `null`: an explicit JSON null (a missing member is not null).
    case null
    /// `{"prefix": "…"}`, or `{"prefix": {"equals-ignore-case": "…"}}`.
    case prefix(String, ignoringCase: Bool)
    /// `{"suffix": "…"}`, or `{"suffix": {"equals-ignore-case": "…"}}`.
    case suffix(String, ignoringCase: Bool)
    /// `{"equals-ignore-case": "…"}`.
    case equalsIgnoringCase(String)
    /// `{"wildcard": "…"}`.
    case wildcard(WildcardPattern)
    /// `{"numeric": […]}`: a number inside the interval.
    case numeric(NumericRange)
    /// `{"cidr": "…"}`: a string IP address inside the network.
    case cidr(CIDRBlock)
    /// `{"exists": true|false}`: decided by whether the member has any leaf value, not by one value.
    case exists(Bool)
    /// `{"anything-but": …}`: a value that none of these matches.
    case anythingBut([ValueMatcher])

    /// Whether one leaf value (a string, number, boolean or null — never an array or object) satisfies this matcher.
    ///
    /// `exists` is decided by the caller from the whole member; here it is `false`.
    func matches(_ leaf: JSONValue) -> Bool {
        switch self {
        case .string(let expected): return leaf.stringValue.map { Array($0.utf8) == Array(expected.utf8) } ?? false
        case .number(let expected): return leaf.numberValue == expected
        case .bool(let expected): return leaf.boolValue == expected
        case .null: return leaf.isNull
        case .prefix(let prefix, let ignoringCase):
            guard let text = leaf.stringValue else { return false }
            return Self.folded(text, ignoringCase).starts(with: Self.folded(prefix, ignoringCase))
        case .suffix(let suffix, let ignoringCase):
            guard let text = leaf.stringValue else { return false }
            return Self.folded(text, ignoringCase).reversed().starts(with: Self.folded(suffix, ignoringCase).reversed())
        case .equalsIgnoringCase(let expected):
            guard let text = leaf.stringValue else { return false }
            return Self.folded(text, true) == Self.folded(expected, true)
        case .wildcard(let pattern): return leaf.stringValue.map(pattern.matches) ?? false
        case .numeric(let range): return leaf.numberValue.map(range.contains) ?? false
        case .cidr(let block): return leaf.stringValue.map(block.contains) ?? false
        case .exists: return false
        case .anythingBut(let excluded): return !excluded.contains { $0.matches(leaf) }
        }
    }

    /// The UTF-8 bytes of `text`, lower-cased first when case is ignored.
    private static func folded(_ text: String, _ ignoringCase: Bool) -> [UInt8] {
        Array((ignoringCase ? text.lowercased() : text).utf8)
    }
}
