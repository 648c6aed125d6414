extension KinesisAPI {
    /// An error delivered in the `SubscribeToShard` event stream, e.g. `ResourceInUseException`.
    ///
    /// Every error member of the event stream has this shape: a message only.
    public struct ExceptionEvent: Codable, Hashable, Sendable {
        /// What went wrong.
        public var message: String?

        /// Creates a value with the given members; optional members default to absent.
        ///
        /// - Parameters:
        ///   - message: What went wrong.
        public init(message: String? = nil) {
            self.message = message
        }

        enum CodingKeys: String, CodingKey {
            case message
        }
    }
}
