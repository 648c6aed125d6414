/// The input of `GetEventSourceMapping`.
///
/// The UUID travels in the URI; as JSON it is the `--cli-input-json` form.
public struct GetEventSourceMappingRequest: Codable, Hashable, Sendable {
    /// The identifier of the event source mapping.
    public var uuid: String

    /// Creates a value with the given members; optional members default to absent.
    ///
    /// - Parameters:
    ///   - uuid: The identifier of the event source mapping.
    public init(uuid: String) {
        self.uuid = uuid
    }

    enum CodingKeys: String, CodingKey {
        case uuid = "UUID"
    }
}
