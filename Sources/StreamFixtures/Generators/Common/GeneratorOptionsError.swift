/// Why a generator's options or environment cannot produce valid payloads.
///
/// Thrown by the `validate()` methods of ``AWSEnvironment`` and of the generators' options structs, so the CLI can
/// report a bad `--region`, `--shards` or `--records` before generating anything. The generators themselves never
/// throw: they clamp out-of-range options to the nearest valid value.
///
/// ```swift
/// do { try AWSEnvironment(partition: .aws, region: .cnNorth1).validate() } catch { print(error) }
/// // region: region "cn-north-1" belongs to partition "aws-cn", not "aws"
/// ```
public struct GeneratorOptionsError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The option at fault, e.g. `region`, `accountID`, `shards`.
    public var field: String
    /// What was expected and what was found.
    public var message: String

    /// Creates an error.
    ///
    /// - Parameters:
    ///   - field: The option at fault.
    ///   - message: What was expected and what was found.
    public init(field: String, message: String) {
        self.field = field
        self.message = message
    }

    /// `"<field>: <message>"`.
    public var description: String { "\(field): \(message)" }
}
