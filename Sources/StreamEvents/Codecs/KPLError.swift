// Why bytes are not a well-formed KPL aggregated record.

/// Why a byte sequence could not be decoded as a KPL aggregated record.
///
/// The ``code`` says what kind of problem it is and stays stable across releases; ``offset`` points at the byte
/// where it was found, counted from the start of the record's data (the magic is at 0); ``message`` says what
/// was expected and what was found.
///
/// ```swift
/// do { _ = try KPLAggregate.decode(bytes) } catch { print(error.code, error.offset ?? -1, error.message) }
/// ```
public struct KPLError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The kind of problem; an open set of stable identifiers.
    public struct Code: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        /// The identifier, e.g. `"kpl.digest-mismatch"`.
        public var rawValue: String

        /// Wraps an identifier.
        ///
        /// - Parameter rawValue: The identifier.
        public init(rawValue: String) {
            self.rawValue = rawValue
        }

        /// The identifier.
        public var description: String { rawValue }

        /// The data does not start with the magic bytes F3 89 9A C2.
        public static let badMagic = Code(rawValue: "kpl.bad-magic")
        /// The data has the magic but is too short to hold a protobuf body and a 16-byte digest.
        public static let tooShort = Code(rawValue: "kpl.too-short")
        /// The last 16 bytes are not the MD5 of the protobuf body.
        public static let digestMismatch = Code(rawValue: "kpl.digest-mismatch")
        /// A varint, fixed-width value or length-delimited field runs past the end of its message.
        public static let truncated = Code(rawValue: "kpl.truncated")
        /// A varint is longer than 10 bytes or overflows 64 bits.
        public static let malformedVarint = Code(rawValue: "kpl.malformed-varint")
        /// The protobuf is not well formed (invalid wire type, field number 0, unbalanced groups) or a known field
        /// has the wrong wire type.
        public static let malformedProtobuf = Code(rawValue: "kpl.malformed-protobuf")
        /// A record lacks a required field (`partition_key_index` or `data`).
        public static let missingField = Code(rawValue: "kpl.missing-field")
        /// A record's key-table index is beyond the end of its table.
        public static let indexOutOfRange = Code(rawValue: "kpl.index-out-of-range")
        /// A partition key or explicit hash key is not valid UTF-8.
        public static let invalidUTF8 = Code(rawValue: "kpl.invalid-utf8")
    }

    /// The kind of problem.
    public var code: Code
    /// The byte offset of the problem from the start of the data, when it has one.
    public var offset: Int?
    /// What was expected and what was found.
    public var message: String

    /// Creates an error.
    ///
    /// - Parameters:
    ///   - code: The kind of problem.
    ///   - offset: The byte offset of the problem, or `nil`.
    ///   - message: What was expected and what was found.
    public init(code: Code, offset: Int?, message: String) {
        self.code = code
        self.offset = offset
        self.message = message
    }

    /// The message, prefixed by the code.
    public var description: String { "\(code): \(message)" }
}
