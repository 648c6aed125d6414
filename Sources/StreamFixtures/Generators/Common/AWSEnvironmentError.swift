/// Why an ``AWSEnvironment`` cannot produce valid ARNs.
///
/// Thrown by ``AWSEnvironment/validate()``, e.g. when the CLI receives `--region cn-north-1` with an explicit
/// `aws` partition.
public struct AWSEnvironmentError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The property at fault: `accountID` or `region`.
    public var field: String
    /// What was expected and what was found.
    public var message: String

    /// Creates an error.
    ///
    /// - Parameters:
    ///   - field: The property at fault.
    ///   - message: What was expected and what was found.
    public init(field: String, message: String) {
        self.field = field
        self.message = message
    }

    /// `"<field>: <message>"`.
    public var description: String { "\(field): \(message)" }
}
