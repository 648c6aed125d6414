public import StreamJSON

/// One event-filtering pattern, parsed: the JSON rule language Lambda uses for `FilterCriteria.Filters[].Pattern`.
///
/// A pattern is an object whose members mirror the event. A member holding an object descends into the event
/// member of the same name; a member holding an array lists what the event value may be — literals (strings,
/// numbers, `true`, `false`, `null`) and operators: `prefix`, `suffix` (either with an `equals-ignore-case`
/// operand), `equals-ignore-case`, `wildcard`, `anything-but` (a value, a list, or `prefix`, `suffix`,
/// `equals-ignore-case`, `wildcard`), `numeric` ranges, `exists` and `cidr`. All members must match; `$or` takes
/// two or more objects of which one must match. When the event value is an array, one element matching is enough.
///
/// ```swift
/// let pattern = try EventPattern(parsing: #"{"order":{"total":[{"numeric":[">",100]}]}}"#)
/// pattern.matches(["order": ["total": 250]])   // true
/// pattern.matches(["order": ["total": 20]])    // false
/// ```
public struct EventPattern: Sendable, Hashable, CustomStringConvertible {
    /// The longest pattern Lambda accepts, in characters.
    public static let maximumLength = 4_096

    /// The pattern text as given.
    public let text: String
    /// The parsed rule.
    let root: PatternObject

    /// Parses pattern text.
    ///
    /// - Parameter text: the pattern as JSON text, at most `maximumLength` characters.
    /// - Throws: `EventFilterError` with the pointer of the first malformed part.
    public init(parsing text: String) throws(EventFilterError) {
        self.text = text
        self.root = try PatternParser.parse(text)
    }

    /// Whether `value` (the event as Lambda filters it) matches the pattern.
    ///
    /// - Parameter value: the event, usually an object.
    /// - Returns: `true` when every member of the pattern, and one branch of every `$or`, matches.
    public func matches(_ value: JSONValue) -> Bool {
        root.matches(value)
    }

    /// The pattern text.
    public var description: String { text }

    /// Whether `value` matches when its top-level member `unmatchable` fails every field that names it (the
    /// member exists but holds nothing a pattern can test).
    func matches(_ value: JSONValue, unmatchable: String) -> Bool {
        root.matches(value, unmatchable: unmatchable)
    }
}
