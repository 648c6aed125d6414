/// What a `SourceAccessConfiguration` grants access through (its `Type`).
///
/// Used by Amazon MQ, Kafka and DocumentDB sources for credentials and networking; Kinesis and
/// DynamoDB mappings have none. Open, so new access types still round-trip.
public struct SourceAccessType: RawRepresentable, Codable, Hashable, Sendable {
    /// The value exactly as it appears on the wire.
    public var rawValue: String

    /// Creates a value from its wire text; values not listed as constants are kept as they are.
    ///
    /// - Parameter rawValue: the wire text, e.g. `"BASIC_AUTH"`.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// `BASIC_AUTH`: a Secrets Manager secret with a user name and password.
    public static let basicAuth = SourceAccessType(rawValue: "BASIC_AUTH")

    /// `VPC_SUBNET`: a subnet the poller runs in.
    public static let vpcSubnet = SourceAccessType(rawValue: "VPC_SUBNET")

    /// `VPC_SECURITY_GROUP`: a security group the poller uses.
    public static let vpcSecurityGroup = SourceAccessType(rawValue: "VPC_SECURITY_GROUP")

    /// `SASL_SCRAM_512_AUTH`: a Secrets Manager secret for SASL/SCRAM-512.
    public static let saslScram512Auth = SourceAccessType(rawValue: "SASL_SCRAM_512_AUTH")

    /// `SASL_SCRAM_256_AUTH`: a Secrets Manager secret for SASL/SCRAM-256.
    public static let saslScram256Auth = SourceAccessType(rawValue: "SASL_SCRAM_256_AUTH")

    /// `VIRTUAL_HOST`: the RabbitMQ virtual host.
    public static let virtualHost = SourceAccessType(rawValue: "VIRTUAL_HOST")

    /// `CLIENT_CERTIFICATE_TLS_AUTH`: a secret with a client certificate for mutual TLS.
    public static let clientCertificateTLSAuth = SourceAccessType(rawValue: "CLIENT_CERTIFICATE_TLS_AUTH")

    /// `SERVER_ROOT_CA_CERTIFICATE`: a secret with the broker's root CA certificate.
    public static let serverRootCACertificate = SourceAccessType(rawValue: "SERVER_ROOT_CA_CERTIFICATE")
}
