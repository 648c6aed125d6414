extension KinesisAPI {
    /// A range of partition-key hashes, both ends included.
    ///
    /// Hash keys are 128-bit unsigned integers written as decimal text (`0|[1-9][0-9]{0,38}`); they stay text because
    /// they do not fit any Swift integer type.
    public struct HashKeyRange: Codable, Hashable, Sendable {
        /// The first hash key of the range.
        public var startingHashKey: String

        /// The last hash key of the range.
        public var endingHashKey: String

        /// Creates a value with the given members; optional members default to absent.
        ///
        /// - Parameters:
        ///   - startingHashKey: The first hash key of the range.
        ///   - endingHashKey: The last hash key of the range.
        public init(startingHashKey: String, endingHashKey: String) {
            self.startingHashKey = startingHashKey
            self.endingHashKey = endingHashKey
        }

        enum CodingKeys: String, CodingKey {
            case startingHashKey = "StartingHashKey"
            case endingHashKey = "EndingHashKey"
        }
    }
}
