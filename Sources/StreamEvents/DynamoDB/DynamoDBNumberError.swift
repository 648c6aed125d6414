/// Why a text is not a number DynamoDB accepts.
///
/// The validator reports it as is; `DynamoDBNumber.init(_:)` throws it.
public struct DynamoDBNumberError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The rule the text breaks.
    public enum Problem: Hashable, Sendable {
        /// Not number syntax; `offset` is the UTF-8 offset where reading stopped.
        case syntax(offset: Int)
        /// More than 38 significant digits; the value is the count.
        case tooManySignificantDigits(Int)
        /// Magnitude of 1E+126 or more (the largest is 9.9999999999999999999999999999999999999E+125).
        case magnitudeTooLarge
        /// Non-zero magnitude below 1E-130.
        case magnitudeTooSmall
    }

    /// The offending text.
    public var text: String
    /// The rule it breaks.
    public var problem: Problem

    /// Creates an error.
    public init(text: String, problem: Problem) {
        self.text = text
        self.problem = problem
    }

    /// A sentence with the text, the rule and what was expected.
    public var description: String {
        let quoted = "\"" + text + "\""
        switch problem {
        case .syntax(let offset):
            return "\(quoted) is not a DynamoDB number: unexpected "
                + (offset >= text.utf8.count ? "end" : "character") + " at offset \(offset) "
                + "(expected [+-]digits[.digits][e[+-]digits])"
        case .tooManySignificantDigits(let count):
            return "\(quoted) has \(count) significant digits; DynamoDB numbers have at most 38"
        case .magnitudeTooLarge:
            return "\(quoted) is too large; DynamoDB numbers are at most 9.9999999999999999999999999999999999999E+125"
        case .magnitudeTooSmall:
            return "\(quoted) is too close to zero; non-zero DynamoDB numbers are at least 1E-130 in magnitude"
        }
    }
}
