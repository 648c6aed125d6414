/// The input of `ListEventSourceMappings`.
///
/// On the wire these are query-string parameters; as JSON they are the `--cli-input-json` form.
public struct ListEventSourceMappingsRequest: Codable, Hashable, Sendable {
    /// Only mappings of this source.
    public var eventSourceARN: String?

    /// Only mappings of this function (name or ARN).
    public var functionName: String?

    /// The `NextMarker` of the previous page.
    public var marker: String?

    /// The most mappings to return (1…10000).
    public var maxItems: Int?

    /// Creates a value with the given members; optional members default to absent.
    ///
    /// - Parameters:
    ///   - eventSourceARN: Only mappings of this source.
    ///   - functionName: Only mappings of this function (name or ARN).
    ///   - marker: The `NextMarker` of the previous page.
    ///   - maxItems: The most mappings to return (1…10000).
    public init(
        eventSourceARN: String? = nil,
        functionName: String? = nil,
        marker: String? = nil,
        maxItems: Int? = nil
    ) {
        self.eventSourceARN = eventSourceARN
        self.functionName = functionName
        self.marker = marker
        self.maxItems = maxItems
    }

    enum CodingKeys: String, CodingKey {
        case eventSourceARN = "EventSourceArn"
        case functionName = "FunctionName"
        case marker = "Marker"
        case maxItems = "MaxItems"
    }
}
