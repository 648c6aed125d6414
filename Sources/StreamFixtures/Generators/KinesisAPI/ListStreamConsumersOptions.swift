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
    /// How many pages the listing has (``countRange``).
    public var count: Int
    /// The consumers of a full page, as `MaxResults` would ask for (``pageSizeRange``).
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

    /// The allowed ``count``: a stream has at most 20 consumers, so a listing has at most 20 pages.
    public static let countRange = 1...KinesisConsumerOptions.consumerCountRange.upperBound
    /// The allowed ``pageSize``: `MaxResults` of `ListStreamConsumers`.
    public static let pageSizeRange = 1...10_000

    /// Checks every option against its limit; never clamps.
    ///
    /// - Throws: ``GeneratorOptionsError`` naming the first option out of range by its property name, with the
    ///   allowed values and the value found.
    public func validate() throws(GeneratorOptionsError) {
        try OptionCheck.value(count, in: Self.countRange, "count")
        try OptionCheck.value(pageSize, in: Self.pageSizeRange, "pageSize")
        try OptionCheck.nested("stream") { () throws(GeneratorOptionsError) in try stream.validate() }
    }
}
