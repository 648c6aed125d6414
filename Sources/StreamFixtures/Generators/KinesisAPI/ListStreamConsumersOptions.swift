/// What `KinesisAPI.ListStreamConsumersOutput.generate(_:seed:)` makes: the pages of one `ListStreamConsumers`
/// listing (kind `list-stream-consumers-response`).
///
/// A stream has at most 20 consumers, so a listing has at most 20 pages; the page size shrinks when
/// `count × pageSize` would need more consumers than that.
///
/// ```swift
/// let pages = KinesisAPI.ListStreamConsumersOutput.generate(ListStreamConsumersOptions(count: 2), seed: 42)
/// ```
public struct ListStreamConsumersOptions: Codable, Hashable, Sendable {
    /// How many pages the listing has (1…20).
    public var count: Int
    /// The consumers of a full page, as `MaxResults` would ask for.
    public var pageSize: Int
    /// The stream whose consumers are listed.
    public var stream: KinesisStreamOptions

    /// Creates options.
    ///
    /// - Parameters:
    ///   - count: How many pages the listing has.
    ///   - pageSize: The consumers of a full page.
    ///   - stream: The stream whose consumers are listed.
    public init(count: Int = 1, pageSize: Int = 3, stream: KinesisStreamOptions = .init()) {
        self.count = count
        self.pageSize = pageSize
        self.stream = stream
    }
}
