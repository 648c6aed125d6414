import StreamJSON

/// The brokers of a self-managed Kafka cluster.
///
/// `Endpoints` maps an endpoint type to a list of `host:port` addresses; it is encoded with its keys in byte order so
/// output is deterministic.
public struct SelfManagedEventSource: Codable, Hashable, Sendable {
    /// The endpoint lists by kind, e.g. `KAFKA_BOOTSTRAP_SERVERS`.
    public var endpoints: [EndpointType: [String]]?

    /// Creates a value with the given members; optional members default to absent.
    ///
    /// - Parameters:
    ///   - endpoints: The endpoint lists by kind, e.g.
    public init(endpoints: [EndpointType: [String]]? = nil) {
        self.endpoints = endpoints
    }

    enum CodingKeys: String, CodingKey {
        case endpoints = "Endpoints"
    }

    /// Decodes `Endpoints` as a JSON object keyed by endpoint type.
    ///
    /// - Throws: `DecodingError` when `Endpoints` is not an object of string arrays.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        guard container.contains(.endpoints), try !container.decodeNil(forKey: .endpoints) else {
            endpoints = nil
            return
        }
        let map = try container.nestedContainer(keyedBy: AnyCodingKey.self, forKey: .endpoints)
        var endpoints: [EndpointType: [String]] = [:]
        for key in map.allKeys {
            endpoints[EndpointType(rawValue: key.stringValue)] = try map.decode([String].self, forKey: key)
        }
        self.endpoints = endpoints
    }

    /// Encodes `Endpoints` as a JSON object with its keys in byte order.
    ///
    /// - Throws: an encoder error.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        let byName = endpoints.map { map in
            Dictionary(map.map { ($0.key.rawValue, $0.value) }, uniquingKeysWith: { first, _ in first })
        }
        try container.encodeSortedIfPresent(byName, forKey: .endpoints)
    }
}
