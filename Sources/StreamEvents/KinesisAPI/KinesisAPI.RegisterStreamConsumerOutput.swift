extension KinesisAPI {
    /// The output of `RegisterStreamConsumer`.
    ///
    /// The consumer starts in `CREATING` and becomes `ACTIVE` a few seconds later.
    public struct RegisterStreamConsumerOutput: Codable, Hashable, Sendable {
        /// The consumer just registered.
        public var consumer: Consumer

        /// Creates a value with the given members; optional members default to absent.
        ///
        /// - Parameters:
        ///   - consumer: The consumer just registered.
        public init(consumer: Consumer) {
            self.consumer = consumer
        }

        enum CodingKeys: String, CodingKey {
            case consumer = "Consumer"
        }
    }
}
