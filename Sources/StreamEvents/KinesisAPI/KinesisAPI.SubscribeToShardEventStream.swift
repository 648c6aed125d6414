extension KinesisAPI {
    /// One event of the `SubscribeToShard` event stream: records, or one of the errors.
    ///
    /// Each event carries exactly one member. Botocore marks `SubscribeToShardEvent` required because it is the event
    /// type, but error events come without it, so every member is optional here.
    public struct SubscribeToShardEventStream: Codable, Hashable, Sendable {
        /// A batch of records.
        public var subscribeToShardEvent: SubscribeToShardEvent?

        /// The stream, shard or consumer does not exist.
        public var resourceNotFoundException: ExceptionEvent?

        /// The resource is busy, e.g. a second subscription within 5 seconds.
        public var resourceInUseException: ExceptionEvent?

        /// The stream's KMS key is disabled.
        public var kmsDisabledException: ExceptionEvent?

        /// The stream's KMS key is in a state that does not allow this.
        public var kmsInvalidStateException: ExceptionEvent?

        /// Access to the stream's KMS key was denied.
        public var kmsAccessDeniedException: ExceptionEvent?

        /// The stream's KMS key was not found.
        public var kmsNotFoundException: ExceptionEvent?

        /// The account needs a KMS subscription.
        public var kmsOptInRequired: ExceptionEvent?

        /// KMS throttled the request.
        public var kmsThrottlingException: ExceptionEvent?

        /// Kinesis failed internally.
        public var internalFailureException: ExceptionEvent?

        /// Creates a value with the given members; optional members default to absent.
        ///
        /// - Parameters:
        ///   - subscribeToShardEvent: A batch of records.
        ///   - resourceNotFoundException: The stream, shard or consumer does not exist.
        ///   - resourceInUseException: The resource is busy, e.g.
        ///   - kmsDisabledException: The stream's KMS key is disabled.
        ///   - kmsInvalidStateException: The stream's KMS key is in a state that does not allow this.
        ///   - kmsAccessDeniedException: Access to the stream's KMS key was denied.
        ///   - kmsNotFoundException: The stream's KMS key was not found.
        ///   - kmsOptInRequired: The account needs a KMS subscription.
        ///   - kmsThrottlingException: KMS throttled the request.
        ///   - internalFailureException: Kinesis failed internally.
        public init(
            subscribeToShardEvent: SubscribeToShardEvent? = nil,
            resourceNotFoundException: ExceptionEvent? = nil,
            resourceInUseException: ExceptionEvent? = nil,
            kmsDisabledException: ExceptionEvent? = nil,
            kmsInvalidStateException: ExceptionEvent? = nil,
            kmsAccessDeniedException: ExceptionEvent? = nil,
            kmsNotFoundException: ExceptionEvent? = nil,
            kmsOptInRequired: ExceptionEvent? = nil,
            kmsThrottlingException: ExceptionEvent? = nil,
            internalFailureException: ExceptionEvent? = nil
        ) {
            self.subscribeToShardEvent = subscribeToShardEvent
            self.resourceNotFoundException = resourceNotFoundException
            self.resourceInUseException = resourceInUseException
            self.kmsDisabledException = kmsDisabledException
            self.kmsInvalidStateException = kmsInvalidStateException
            self.kmsAccessDeniedException = kmsAccessDeniedException
            self.kmsNotFoundException = kmsNotFoundException
            self.kmsOptInRequired = kmsOptInRequired
            self.kmsThrottlingException = kmsThrottlingException
            self.internalFailureException = internalFailureException
        }

        enum CodingKeys: String, CodingKey {
            case subscribeToShardEvent = "SubscribeToShardEvent"
            case resourceNotFoundException = "ResourceNotFoundException"
            case resourceInUseException = "ResourceInUseException"
            case kmsDisabledException = "KMSDisabledException"
            case kmsInvalidStateException = "KMSInvalidStateException"
            case kmsAccessDeniedException = "KMSAccessDeniedException"
            case kmsNotFoundException = "KMSNotFoundException"
            case kmsOptInRequired = "KMSOptInRequired"
            case kmsThrottlingException = "KMSThrottlingException"
            case internalFailureException = "InternalFailureException"
        }
    }
}
