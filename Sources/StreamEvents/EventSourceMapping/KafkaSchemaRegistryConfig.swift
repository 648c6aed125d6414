/// The schema registry a Kafka mapping validates and converts records with.
///
/// Not used by stream sources; part of the configuration shape.
public struct KafkaSchemaRegistryConfig: Codable, Hashable, Sendable {
    /// The registry: a Glue registry ARN or a Confluent registry URL.
    public var schemaRegistryURI: String?

    /// The form records are delivered in: `JSON` or `SOURCE`.
    public var eventRecordFormat: SchemaRegistryEventRecordFormat?

    /// How the mapping authenticates to the registry.
    public var accessConfigs: [KafkaSchemaRegistryAccessConfig]?

    /// Which parts of a record are validated.
    public var schemaValidationConfigs: [KafkaSchemaValidationConfig]?

    /// Creates a value with the given members; optional members default to absent.
    ///
    /// - Parameters:
    ///   - schemaRegistryURI: The registry: a Glue registry ARN or a Confluent registry URL.
    ///   - eventRecordFormat: The form records are delivered in: `JSON` or `SOURCE`.
    ///   - accessConfigs: How the mapping authenticates to the registry.
    ///   - schemaValidationConfigs: Which parts of a record are validated.
    public init(
        schemaRegistryURI: String? = nil,
        eventRecordFormat: SchemaRegistryEventRecordFormat? = nil,
        accessConfigs: [KafkaSchemaRegistryAccessConfig]? = nil,
        schemaValidationConfigs: [KafkaSchemaValidationConfig]? = nil
    ) {
        self.schemaRegistryURI = schemaRegistryURI
        self.eventRecordFormat = eventRecordFormat
        self.accessConfigs = accessConfigs
        self.schemaValidationConfigs = schemaValidationConfigs
    }

    enum CodingKeys: String, CodingKey {
        case schemaRegistryURI = "SchemaRegistryURI"
        case eventRecordFormat = "EventRecordFormat"
        case accessConfigs = "AccessConfigs"
        case schemaValidationConfigs = "SchemaValidationConfigs"
    }
}
