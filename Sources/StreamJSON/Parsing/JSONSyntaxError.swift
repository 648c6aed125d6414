/// Why a JSON text could not be parsed, and where.
///
/// Every malformed input ends in one of these, never in a crash: the parser checks every
/// byte, including UTF-8 validity and nesting depth.
///
/// ```swift
/// do { _ = try JSONDocument(parsing: Array(#"{"a": 01}"#.utf8)) }
/// catch { print(error) }   // 1:7: leading zeros are not allowed in numbers (found '01')
/// ```
public struct JSONSyntaxError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The class of syntax problem, stable across releases.
    public struct Reason: RawRepresentable, Sendable, Hashable {
        public var rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }

        public static let unexpectedEnd = Reason(rawValue: "unexpected-end")
        public static let unexpectedCharacter = Reason(rawValue: "unexpected-character")
        public static let trailingComma = Reason(rawValue: "trailing-comma")
        public static let invalidNumber = Reason(rawValue: "invalid-number")
        public static let leadingZero = Reason(rawValue: "leading-zero")
        public static let invalidEscape = Reason(rawValue: "invalid-escape")
        public static let loneSurrogate = Reason(rawValue: "lone-surrogate")
        public static let invalidUTF8 = Reason(rawValue: "invalid-utf8")
        public static let controlCharacter = Reason(rawValue: "control-character")
        public static let tooDeep = Reason(rawValue: "too-deep")
        public static let trailingContent = Reason(rawValue: "trailing-content")
        public static let tooLarge = Reason(rawValue: "too-large")
        public static let empty = Reason(rawValue: "empty")
    }

    /// What kind of problem this is.
    public var reason: Reason
    /// Byte offset of the problem in the input (0-based).
    public var offset: Int
    /// Line of the problem (1-based; lines end at `\n`, `\r\n` or a lone `\r`).
    public var line: Int
    /// Column of the problem (1-based, counted in Unicode scalars).
    public var column: Int
    /// What was expected and what was found.
    public var message: String

    /// Creates an error.
    public init(reason: Reason, offset: Int, line: Int, column: Int, message: String) {
        self.reason = reason
        self.offset = offset
        self.line = line
        self.column = column
        self.message = message
    }

    /// `line:column: message`.
    public var description: String { "\(line):\(column): \(message)" }
}
