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
        /// The stable identifier, e.g. `trailing-comma`.
        public var rawValue: String
        /// Creates a reason from its identifier.
        public init(rawValue: String) { self.rawValue = rawValue }

        /// The input ended inside a value.
        public static let unexpectedEnd = Reason(rawValue: "unexpected-end")
        /// A character that cannot start or continue a value here.
        public static let unexpectedCharacter = Reason(rawValue: "unexpected-character")
        /// A comma before `]` or `}`.
        public static let trailingComma = Reason(rawValue: "trailing-comma")
        /// A number that breaks the JSON grammar (`1.`, `-`, `1e`).
        public static let invalidNumber = Reason(rawValue: "invalid-number")
        /// A number with a leading zero (`01`).
        public static let leadingZero = Reason(rawValue: "leading-zero")
        /// A backslash escape JSON does not have, or bad `\\u` hex digits.
        public static let invalidEscape = Reason(rawValue: "invalid-escape")
        /// A `\\u` surrogate escape without its pair.
        public static let loneSurrogate = Reason(rawValue: "lone-surrogate")
        /// Bytes that are not well-formed UTF-8 (overlong, surrogate, truncated…).
        public static let invalidUTF8 = Reason(rawValue: "invalid-utf8")
        /// A raw control character (U+0000–U+001F) inside a string.
        public static let controlCharacter = Reason(rawValue: "control-character")
        /// Nesting deeper than `JSONParsingOptions.maximumDepth`.
        public static let tooDeep = Reason(rawValue: "too-deep")
        /// More text after the JSON value.
        public static let trailingContent = Reason(rawValue: "trailing-content")
        /// An input over 4 GiB.
        public static let tooLarge = Reason(rawValue: "too-large")
        /// No value at all (empty or whitespace-only input).
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
