extension KinesisAPI {
    /// The output of `ListStreamConsumers`.
    ///
    /// Pages with `NextToken`.
    public struct ListStreamConsumersOutput: Codable, Hashable, Sendable {
        /// The consumers of this page.
        public var consumers: [Consumer]?

        /// The token that continues the listing, when there is more.
        public var nextToken: String?

        /// Creates a value with the given members; optional members default to absent.
        ///
        /// - Parameters:
        ///   - consumers: The consumers of this page.
        ///   - nextToken: The token that continues the listing, when there is more.
        public init(consumers: [Consumer]? = nil, nextToken: String? = nil) {
            self.consumers = consumers
            self.nextToken = nextToken
        }

        enum CodingKeys: String, CodingKey {
            case consumers = "Consumers"
            case nextToken = "NextToken"
        }
    }
}
