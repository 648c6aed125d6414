/// What `ListEventSourceMappingsResponse.generate(_:seed:)` makes: the pages of one `ListEventSourceMappings` listing
/// (kind `event-source-mappings`).
///
/// The pages chain: each page but the last carries a `NextMarker`, the marker the next request would send, and holds
/// ``pageSize`` mappings; the last page holds 0…``pageSize`` mappings and no marker. All mappings of a listing live
/// in one account and region.
///
/// ```swift
/// let pages = ListEventSourceMappingsResponse.generate(EventSourceMappingListOptions(count: 3, pageSize: 5), seed: 7)
/// pages.last?.nextMarker == nil  // true
/// ```
public struct EventSourceMappingListOptions: Codable, Hashable, Sendable {
    /// How many pages the listing has (``countRange``).
    public var count: Int
    /// The mappings of a full page, as `MaxItems` would ask for (``pageSizeRange``).
    public var pageSize: Int
    /// The source kind; `nil` mixes them.
    public var source: EventSourceMappingOptions.Source?
    /// Where the resources live; `nil` draws one environment for the listing.
    public var environment: AWSEnvironment?
    /// How timestamps are written.
    public var timestampStyle: APITimestampStyle

    /// Creates options.
    ///
    /// - Parameters:
    ///   - count: How many pages the listing has.
    ///   - pageSize: The mappings of a full page.
    ///   - source: The source kind; `nil` mixes them.
    ///   - environment: Where the resources live; `nil` draws one.
    ///   - timestampStyle: Epoch numbers (wire, CLI v1) or ISO-8601 text (CLI v2).
    public init(
        count: Int = 1, pageSize: Int = 5, source: EventSourceMappingOptions.Source? = nil,
        environment: AWSEnvironment? = nil, timestampStyle: APITimestampStyle = .epochSeconds
    ) {
        self.count = count
        self.pageSize = pageSize
        self.source = source
        self.environment = environment
        self.timestampStyle = timestampStyle
    }

    /// The allowed ``count``: at least one page.
    public static let countRange = KinesisOptions.countRange
    /// The allowed ``pageSize``: `MaxItems` of `ListEventSourceMappings`.
    public static let pageSizeRange = 1...10_000

    /// Checks every option against its limit; never clamps.
    ///
    /// - Throws: ``GeneratorOptionsError`` naming the first option out of range by its property name, with the
    ///   allowed values and the value found.
    public func validate() throws(GeneratorOptionsError) {
        try OptionCheck.value(count, in: Self.countRange, "count")
        try OptionCheck.value(pageSize, in: Self.pageSizeRange, "pageSize")
        try OptionCheck.nested("environment") { () throws(GeneratorOptionsError) in try environment?.validate() }
    }
}
