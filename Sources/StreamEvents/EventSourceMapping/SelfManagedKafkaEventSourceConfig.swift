/// Settings of a self-managed Kafka source.
///
/// Not used by stream sources; part of the configuration shape.
public struct SelfManagedKafkaEventSourceConfig: Codable, Hashable, Sendable {
    /// The Kafka consumer group the mapping joins.
    public var consumerGroupID: String?

    /// The schema registry that validates records.
    public var schemaRegistryConfig: KafkaSchemaRegistryConfig?

    /// Creates a value with the given members; optional members default to absent.
    ///
    /// - Parameters:
    ///   - consumerGroupID: The Kafka consumer group the mapping joins.
    ///   - schemaRegistryConfig: The schema registry that validates records.
    public init(consumerGroupID: String? = nil, schemaRegistryConfig: KafkaSchemaRegistryConfig? = nil) {
        self.consumerGroupID = consumerGroupID
        self.schemaRegistryConfig = schemaRegistryConfig
    }

    enum CodingKeys: String, CodingKey {
        case consumerGroupID = "ConsumerGroupId"
        case schemaRegistryConfig = "SchemaRegistryConfig"
    }
}
