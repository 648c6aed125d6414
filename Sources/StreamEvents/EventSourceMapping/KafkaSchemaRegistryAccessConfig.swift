/// One way a Kafka mapping authenticates to its schema registry.
///
/// Not used by stream sources; part of the configuration shape.
public struct KafkaSchemaRegistryAccessConfig: Codable, Hashable, Sendable {
    /// The authentication type, e.g. `BASIC_AUTH`.
    public var type: KafkaSchemaRegistryAuthType?

    /// The ARN of the secret holding the credentials.
    public var uri: String?

    /// Creates a value with the given members; optional members default to absent.
    ///
    /// - Parameters:
    ///   - type: The authentication type, e.g.
    ///   - uri: The ARN of the secret holding the credentials.
    public init(type: KafkaSchemaRegistryAuthType? = nil, uri: String? = nil) {
        self.type = type
        self.uri = uri
    }

    enum CodingKeys: String, CodingKey {
        case type = "Type"
        case uri = "URI"
    }
}
