/// How a Kafka mapping authenticates to its schema registry.
///
/// Open, so that a new authentication type still round-trips.
public struct KafkaSchemaRegistryAuthType: RawRepresentable, Codable, Hashable, Sendable {
    /// The value exactly as it appears on the wire.
    public var rawValue: String

    /// Creates a value from its wire text; values not listed as constants are kept as they are.
    ///
    /// - Parameter rawValue: the wire text, e.g. `"BASIC_AUTH"`.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// `BASIC_AUTH`: a secret with a user name and password.
    public static let basicAuth = KafkaSchemaRegistryAuthType(rawValue: "BASIC_AUTH")

    /// `CLIENT_CERTIFICATE_TLS_AUTH`: a secret with a client certificate for mutual TLS.
    public static let clientCertificateTLSAuth = KafkaSchemaRegistryAuthType(rawValue: "CLIENT_CERTIFICATE_TLS_AUTH")

    /// `SERVER_ROOT_CA_CERTIFICATE`: a secret with the registry's root CA certificate.
    public static let serverRootCACertificate = KafkaSchemaRegistryAuthType(rawValue: "SERVER_ROOT_CA_CERTIFICATE")
}
