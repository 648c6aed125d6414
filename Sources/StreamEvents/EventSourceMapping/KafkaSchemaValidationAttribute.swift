/// Which part of a Kafka record the schema registry validates.
///
/// Open, so that a new attribute still round-trips.
public struct KafkaSchemaValidationAttribute: RawRepresentable, Codable, Hashable, Sendable {
    /// The value exactly as it appears on the wire.
    public var rawValue: String

    /// Creates a value from its wire text; values not listed as constants are kept as they are.
    ///
    /// - Parameter rawValue: the wire text, e.g. `"KEY"`.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// `KEY`: the record key.
    public static let key = KafkaSchemaValidationAttribute(rawValue: "KEY")

    /// `VALUE`: the record value.
    public static let value = KafkaSchemaValidationAttribute(rawValue: "VALUE")
}
