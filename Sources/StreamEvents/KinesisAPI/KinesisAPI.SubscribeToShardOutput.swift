extension KinesisAPI {
    /// The output of `SubscribeToShard`, as boto3 documents it: the event stream.
    ///
    /// On the wire the events arrive one by one in the AWS event-stream encoding; as JSON each is an `EventStream`
    /// value.
    public struct SubscribeToShardOutput: Codable, Hashable, Sendable {
        /// An event of the stream.
        public var eventStream: SubscribeToShardEventStream

        /// Creates a value with the given members; optional members default to absent.
        ///
        /// - Parameters:
        ///   - eventStream: An event of the stream.
        public init(eventStream: SubscribeToShardEventStream) {
            self.eventStream = eventStream
        }

        enum CodingKeys: String, CodingKey {
            case eventStream = "EventStream"
        }
    }
}
