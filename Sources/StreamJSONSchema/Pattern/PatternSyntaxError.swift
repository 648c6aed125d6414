// The error thrown when a `pattern` is not a valid ECMA-262 regular expression in `u` mode.

/// A pattern that ECMA-262 (with the `u` flag, as JSON Schema prescribes) rejects, with where and why.
///
/// JSON Schema says a `pattern` "SHOULD be a valid regular expression, according to the ECMA-262 regular expression
/// dialect"; a schema author needs to know which character is wrong, so the error carries its offset.
///
/// ```swift
/// do { _ = try ECMAPattern("a{2") } catch { print(error.offset, error.message) }  // 1 incomplete quantifier …
/// ```
package struct PatternSyntaxError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Offset of the offending character, counted in Unicode scalars from the start of the pattern.
    package var offset: Int
    /// What was expected and what was found.
    package var message: String

    /// Creates an error at a scalar offset.
    ///
    /// - Parameters:
    ///   - offset: Unicode-scalar offset into the pattern source.
    ///   - message: what was expected and what was found.
    package init(offset: Int, message: String) {
        self.offset = offset
        self.message = message
    }

    /// `invalid pattern at offset N: message`.
    package var description: String { "invalid pattern at offset \(offset): \(message)" }
}
