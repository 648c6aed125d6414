/// One part of a Kafka record the schema registry validates.
///
/// Not used by stream sources; part of the configuration shape.
public struct KafkaSchemaValidationConfig: Codable, Hashable, Sendable {
    /// The part validated: `KEY` or `VALUE`.
    public var attribute: KafkaSchemaValidationAttribute?

    /// Creates a value with the given members; optional members default to absent.
    ///
    /// - Parameters:
    ///   - attribute: The part validated: `KEY` or `VALUE`.
    public init(attribute: KafkaSchemaValidationAttribute? = nil) {
        self.attribute = attribute
    }

    enum CodingKeys: String, CodingKey {
        case attribute = "Attribute"
    }
}
