extension KinesisAPI {
    /// The output of `ListShards`.
    ///
    /// Pages with `NextToken`.
    public struct ListShardsOutput: Codable, Hashable, Sendable {
        /// The shards of this page.
        public var shards: [Shard]?

        /// The token that continues the listing, when there is more.
        public var nextToken: String?

        /// Creates a value with the given members; optional members default to absent.
        ///
        /// - Parameters:
        ///   - shards: The shards of this page.
        ///   - nextToken: The token that continues the listing, when there is more.
        public init(shards: [Shard]? = nil, nextToken: String? = nil) {
            self.shards = shards
            self.nextToken = nextToken
        }

        enum CodingKeys: String, CodingKey {
            case shards = "Shards"
            case nextToken = "NextToken"
        }
    }
}
