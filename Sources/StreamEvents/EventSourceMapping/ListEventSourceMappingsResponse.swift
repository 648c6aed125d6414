/// The output of `ListEventSourceMappings` (`aws lambda list-event-source-mappings`).
///
/// The API pages with `NextMarker`; the AWS CLI, which follows the markers itself, prints `NextToken` when its own
/// pagination stops early. Both are kept.
///
/// ```swift
/// let page = try JSONDecoder().decode(ListEventSourceMappingsResponse.self, from: cliOutput)
/// let uuids = page.eventSourceMappings?.compactMap(\.uuid) ?? []
/// ```
public struct ListEventSourceMappingsResponse: Codable, Hashable, Sendable {
    /// The mappings of this page.
    public var eventSourceMappings: [EventSourceMappingConfiguration]?

    /// The API marker of the next page, when there is one.
    public var nextMarker: String?

    /// The AWS CLI pagination token, printed when CLI pagination stopped early.
    public var nextToken: String?

    /// Creates a value with the given members; optional members default to absent.
    ///
    /// - Parameters:
    ///   - eventSourceMappings: The mappings of this page.
    ///   - nextMarker: The API marker of the next page, when there is one.
    ///   - nextToken: The AWS CLI pagination token, printed when CLI pagination stopped early.
    public init(
        eventSourceMappings: [EventSourceMappingConfiguration]? = nil,
        nextMarker: String? = nil,
        nextToken: String? = nil
    ) {
        self.eventSourceMappings = eventSourceMappings
        self.nextMarker = nextMarker
        self.nextToken = nextToken
    }

    enum CodingKeys: String, CodingKey {
        case eventSourceMappings = "EventSourceMappings"
        case nextMarker = "NextMarker"
        case nextToken = "NextToken"
    }
}
