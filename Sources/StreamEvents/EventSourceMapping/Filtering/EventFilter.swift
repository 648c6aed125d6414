import StreamJSON

/// A mapping's filter criteria, ready to decide which records Lambda would deliver.
///
/// Lambda evaluates each filter of `FilterCriteria` against every record before batching: a record reaches the
/// function when any filter matches it, and criteria without filters deliver everything. What a pattern sees
/// depends on the source:
///
/// - **Kinesis**: the record's `kinesis` members (`partitionKey`, `sequenceNumber`, `kinesisSchemaVersion`,
///   `approximateArrivalTimestamp`, `encryptionType`) and `data` — base64-decoded and parsed, so a pattern such as
///   `{"data":{"kind":["order"]}}` tests the producer's JSON. When the data is not JSON (text, binary, a KPL
///   aggregate), no rule on `data` matches, not even `exists: false`; rules on the other members still apply, so
///   a `$or` branch on `partitionKey` can deliver such a record.
/// - **DynamoDB**: the stream record as delivered — `eventName`, `awsRegion`, `dynamodb.Keys`,
///   `dynamodb.NewImage.status.S`, … (attribute values keep their type wrapper, and numbers are strings).
///
/// ```swift
/// let criteria = FilterCriteria(filters: [
///     .init(pattern: #"{"data":{"kind":["order"],"total":[{"numeric":[">=",100]}]}}"#),
///     .init(pattern: #"{"partitionKey":[{"prefix":"vip-"}]}"#),
/// ])
/// let filter = try EventFilter(criteria: criteria)
/// let delivered = event.records.filter(filter.accepts)
/// ```
public struct EventFilter: Sendable {
    /// How many filters a mapping may have by default; a quota increase raises it to 10.
    public static let defaultMaximumFilterCount = 5

    /// The most filters a mapping can have, after a quota increase.
    public static let largestMaximumFilterCount = 10

    /// The parsed patterns, in the order of `FilterCriteria.Filters`.
    public let patterns: [EventPattern]

    /// Parses a mapping's filter criteria, allowing the default five filters.
    ///
    /// - Parameter criteria: the mapping's `FilterCriteria`.
    /// - Throws: `EventFilterError` for a filter without a pattern, a malformed pattern (with `filterIndex` and the
    ///   pointer inside it), or more than five filters.
    public init(criteria: FilterCriteria) throws(EventFilterError) {
        try self.init(criteria: criteria, maximumFilterCount: Self.defaultMaximumFilterCount)
    }

    /// Parses a mapping's filter criteria under a raised filter quota.
    ///
    /// - Parameters:
    ///   - criteria: the mapping's `FilterCriteria`.
    ///   - maximumFilterCount: the account's quota (5 by default, at most 10 after an increase).
    /// - Throws: `EventFilterError` as `init(criteria:)` does.
    public init(criteria: FilterCriteria, maximumFilterCount: Int) throws(EventFilterError) {
        let filters = criteria.filters ?? []
        guard filters.count <= maximumFilterCount else {
            throw EventFilterError(
                reason: .tooManyFilters, pointer: .root,
                message: "the criteria have \(filters.count) filters; the mapping allows \(maximumFilterCount)")
        }
        var patterns: [EventPattern] = []
        for (index, filter) in filters.enumerated() {
            guard let text = filter.pattern else {
                throw EventFilterError(
                    reason: .missingPattern, pointer: .root, filterIndex: index, message: "the filter has no Pattern")
            }
            do {
                patterns.append(try EventPattern(parsing: text))
            } catch {
                var located = error
                located.filterIndex = index
                throw located
            }
        }
        self.patterns = patterns
    }

    /// Creates a filter from patterns already parsed.
    ///
    /// - Parameter patterns: the patterns; none means every record is delivered.
    public init(patterns: [EventPattern]) {
        self.patterns = patterns
    }

    /// Whether Lambda would deliver this Kinesis record to the function.
    ///
    /// - Parameter record: a record of a Kinesis event.
    /// - Returns: `true` when there are no patterns or one matches (see the type's discussion for what it sees).
    public func accepts(_ record: KinesisEventRecord) -> Bool {
        guard !patterns.isEmpty else { return true }
        guard let (value, dataIsJSON) = Self.filterable(record) else { return false }
        return patterns.contains { dataIsJSON ? $0.matches(value) : $0.matches(value, unmatchable: "data") }
    }

    /// Whether Lambda would deliver this DynamoDB stream record to the function.
    ///
    /// - Parameter record: a record of a DynamoDB stream event.
    /// - Returns: `true` when there are no patterns or one matches the record.
    public func accepts(_ record: DynamoDBEventRecord) -> Bool {
        guard !patterns.isEmpty else { return true }
        guard let value = Self.jsonValue(of: record) else { return false }
        return patterns.contains { $0.matches(value) }
    }
}
