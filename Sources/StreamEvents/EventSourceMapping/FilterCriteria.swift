/// The event filters of a mapping: a record reaches the function when any filter matches it.
///
/// Each pattern is a JSON event-filtering pattern held as text. For Kinesis the record data key is `data` (JSON data
/// only); for DynamoDB it is `dynamodb`.
///
/// ```swift
/// let criteria = FilterCriteria(filters: [.init(pattern: #"{"data":{"kind":["order"]}}"#)])
/// ```
public struct FilterCriteria: Codable, Hashable, Sendable {
    /// The filters (a mapping accepts a limited number; 5 by default).
    public var filters: [Filter]?

    /// Creates a value with the given members; optional members default to absent.
    ///
    /// - Parameters:
    ///   - filters: The filters (a mapping accepts a limited number; 5 by default).
    public init(filters: [Filter]? = nil) {
        self.filters = filters
    }

    enum CodingKeys: String, CodingKey {
        case filters = "Filters"
    }

    /// One event filter.
    ///
    /// The pattern is JSON text of at most 4096 characters, kept as text because AWS stores it as a string.
    public struct Filter: Codable, Hashable, Sendable {
        /// The filter pattern as JSON text, e.g. `{"data":{"kind":["order"]}}`.
        public var pattern: String?

        /// Creates a filter.
        ///
        /// - Parameter pattern: the filter pattern as JSON text.
        public init(pattern: String? = nil) {
            self.pattern = pattern
        }

        enum CodingKeys: String, CodingKey {
            case pattern = "Pattern"
        }
    }
}
