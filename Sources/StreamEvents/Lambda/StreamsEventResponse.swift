/// A function's partial batch response for a Kinesis or DynamoDB stream:
/// `{"batchItemFailures": [{"itemIdentifier": "…"}]}`.
///
/// Used when the event source mapping lists `ReportBatchItemFailures` in
/// `FunctionResponseTypes`. Lambda checkpoints before the lowest failed sequence number and
/// retries from there. An empty list (or an empty object) means the whole batch succeeded.
///
/// ```swift
/// return StreamsEventResponse(failedItemIdentifiers: [record.kinesis.sequenceNumber])
/// ```
public struct StreamsEventResponse: Codable, Hashable, Sendable {
    /// The failed items; `nil` omits the member (`{}`), which also reports success.
    public var batchItemFailures: [BatchItemFailure]?

    /// Creates a response.
    ///
    /// - Parameter batchItemFailures: the failed items; empty for success.
    public init(batchItemFailures: [BatchItemFailure]? = []) {
        self.batchItemFailures = batchItemFailures
    }

    /// Creates a response failing the records with these sequence numbers.
    ///
    /// - Parameter failedItemIdentifiers: sequence numbers of the failed records.
    public init(failedItemIdentifiers: [String]) {
        self.batchItemFailures = failedItemIdentifiers.map { BatchItemFailure(itemIdentifier: $0) }
    }

    /// A response reporting that every record succeeded.
    public static let success = StreamsEventResponse()

    enum CodingKeys: String, CodingKey {
        case batchItemFailures
    }
}
