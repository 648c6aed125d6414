/// Provisioned poller settings of an SQS or Kafka mapping.
///
/// Not used by stream sources; part of the configuration shape.
public struct ProvisionedPollerConfig: Codable, Hashable, Sendable {
    /// The fewest pollers kept running (1…200).
    public var minimumPollers: Int?

    /// The most pollers started (1…2000).
    public var maximumPollers: Int?

    /// A group of mappings that share pollers (0…128 characters).
    public var pollerGroupName: String?

    /// Creates a value with the given members; optional members default to absent.
    ///
    /// - Parameters:
    ///   - minimumPollers: The fewest pollers kept running (1…200).
    ///   - maximumPollers: The most pollers started (1…2000).
    ///   - pollerGroupName: A group of mappings that share pollers (0…128 characters).
    public init(minimumPollers: Int? = nil, maximumPollers: Int? = nil, pollerGroupName: String? = nil) {
        self.minimumPollers = minimumPollers
        self.maximumPollers = maximumPollers
        self.pollerGroupName = pollerGroupName
    }

    enum CodingKeys: String, CodingKey {
        case minimumPollers = "MinimumPollers"
        case maximumPollers = "MaximumPollers"
        case pollerGroupName = "PollerGroupName"
    }
}
