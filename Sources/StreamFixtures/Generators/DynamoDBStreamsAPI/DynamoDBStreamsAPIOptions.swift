/// What the DynamoDB Streams API generators make: `GetRecords` pages of one shard (kind
/// `dynamodbstreams-get-records-response`) or `DescribeStream` outputs (kind
/// `dynamodbstreams-describe-stream-response`) of a simulated table's stream.
///
/// ```swift
/// let pages = DynamoDBStreamsAPI.GetRecordsOutput.generate(DynamoDBStreamsAPIOptions(count: 3), seed: 42)
/// pages.allSatisfy { $0.nextShardIterator != nil }   // true
/// ```
public struct DynamoDBStreamsAPIOptions: Codable, Hashable, Sendable {
    /// How many outputs: pages of one reading loop, or descriptions of different streams (``countRange``).
    public var count: Int
    /// The most records of a `GetRecords` page (``recordsPerPageRange``); pages hold 0 to this many.
    public var recordsPerPage: Int
    /// How AWS CLI output writes timestamps: epoch seconds (v1, the wire) or ISO-8601 text (v2).
    public var timestampStyle: APITimestampStyle
    /// The table and its stream: region, account, view type, key schema and open shards (`table.shards`).
    public var table: DynamoDBOptions

    /// Creates options.
    ///
    /// - Parameters:
    ///   - count: How many outputs.
    ///   - recordsPerPage: The most records of a page.
    ///   - timestampStyle: How timestamps are written.
    ///   - table: The table and its stream.
    public init(
        count: Int = 1, recordsPerPage: Int = 5, timestampStyle: APITimestampStyle = .epochSeconds,
        table: DynamoDBOptions = .init()
    ) {
        self.count = count
        self.recordsPerPage = recordsPerPage
        self.timestampStyle = timestampStyle
        self.table = table
    }

    /// The allowed ``count``.
    public static let countRange = KinesisOptions.countRange
    /// The allowed ``recordsPerPage``: DynamoDB Streams `GetRecords` returns at most 1,000 records.
    public static let recordsPerPageRange = 1...1000

    /// Checks every option against its limit; never clamps.
    ///
    /// - Throws: ``GeneratorOptionsError`` naming the first option out of range by its property name, with the
    ///   allowed values and the value found.
    public func validate() throws(GeneratorOptionsError) {
        try OptionCheck.value(count, in: Self.countRange, "count")
        try OptionCheck.value(recordsPerPage, in: Self.recordsPerPageRange, "recordsPerPage")
        try OptionCheck.nested("table") { () throws(GeneratorOptionsError) in try table.validate() }
    }
}
