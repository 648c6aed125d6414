extension KinesisAPI {
    /// Where a `SubscribeToShard` subscription starts reading.
    ///
    /// `SequenceNumber` goes with `AT_SEQUENCE_NUMBER` and `AFTER_SEQUENCE_NUMBER`, `Timestamp` with `AT_TIMESTAMP`.
    /// Continue a subscription from the last event's `ContinuationSequenceNumber`.
    public struct StartingPosition: Codable, Hashable, Sendable {
        /// Where reading starts.
        public var type: ShardIteratorType

        /// The sequence number to start at or after.
        public var sequenceNumber: String?

        /// The arrival time to start at.
        public var timestamp: AWSTimestamp?

        /// Creates a value with the given members; optional members default to absent.
        ///
        /// - Parameters:
        ///   - type: Where reading starts.
        ///   - sequenceNumber: The sequence number to start at or after.
        ///   - timestamp: The arrival time to start at.
        public init(type: ShardIteratorType, sequenceNumber: String? = nil, timestamp: AWSTimestamp? = nil) {
            self.type = type
            self.sequenceNumber = sequenceNumber
            self.timestamp = timestamp
        }

        enum CodingKeys: String, CodingKey {
            case type = "Type"
            case sequenceNumber = "SequenceNumber"
            case timestamp = "Timestamp"
        }
    }
}
