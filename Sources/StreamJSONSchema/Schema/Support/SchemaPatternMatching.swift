// The seams between the schema engine and the regular-expression and format engines.

/// A compiled `pattern` / `patternProperties` regular expression, as the schema engine needs it.
///
/// The engine compiles every pattern once, at schema compile time, and then asks for verdicts on raw UTF-8 bytes
/// straight out of the instance text, so that hot fields (ARNs, sequence numbers, base64) never become `String`s.
/// The concrete type is chosen by `SchemaPatternEngine` in `Adapters/SchemaEngineAdapters.swift`; a `typealias`
/// rather than an existential keeps the call statically dispatched.
protocol SchemaPatternMatching: Sendable {
    /// Compiles an ECMA-262 regular expression (`u` mode, unanchored search, as JSON Schema prescribes).
    ///
    /// - Parameter source: the pattern text from the schema.
    /// - Throws: `SchemaPatternFailure` saying what is wrong with the pattern.
    static func compileSchemaPattern(_ source: String) throws(SchemaPatternFailure) -> Self

    /// The compiled pattern as one class instance, which `SchemaProgram` keeps for as long as the schema lives: the
    /// validator borrows it (`Unmanaged`) for each check, instead of copying the pattern out of the program and
    /// paying a retain and a release per string checked.
    associatedtype Matcher: AnyObject

    /// This pattern's matcher.
    var schemaMatcher: Matcher { get }

    /// Whether `matcher` matches anywhere in `utf8` (valid UTF-8).
    ///
    /// - Returns: `nil` when the matcher could not decide (a backtracking budget ran out); the validator then
    ///   reports the value as failing, with a message that says so.
    static func schemaPatternMatches(_ matcher: Matcher, utf8: UnsafeBufferPointer<UInt8>) -> Bool?
}

/// Why a pattern did not compile.
struct SchemaPatternFailure: Error, Sendable, Hashable {
    /// Offset of the offending character in the pattern (Unicode scalars), when known.
    var offset: Int?
    /// What was expected and what was found.
    var message: String
}

/// The `format` checks the schema engine runs when format assertion is on.
///
/// The concrete type is chosen by `SchemaFormatEngine` in `Adapters/SchemaEngineAdapters.swift`.
protocol SchemaFormatChecking {
    /// Checks `value` against the named format.
    ///
    /// - Returns: `true` or `false` for a known format, `nil` for a format the checker does not know (which the
    ///   engine then treats as an annotation, as the specification asks).
    static func checkSchemaFormat(_ format: String, _ value: String) -> Bool?
}
