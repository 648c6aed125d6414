extension KinesisAPI {
    /// Why one entry of a `PutRecords` request failed (`ErrorCode`).
    ///
    /// Botocore types it as a plain string and documents two values; the set stays open for others,
    /// such as KMS errors.
    public struct ErrorCode: RawRepresentable, Codable, Hashable, Sendable {
        /// The value exactly as it appears on the wire.
        public var rawValue: String

        /// Creates a value from its wire text; values not listed as constants are kept as they are.
        ///
        /// - Parameter rawValue: the wire text, e.g. `"ProvisionedThroughputExceededException"`.
        public init(rawValue: String) { self.rawValue = rawValue }

        /// `ProvisionedThroughputExceededException`: the shard's write throughput was exceeded.
        public static let provisionedThroughputExceededException =
            ErrorCode(rawValue: "ProvisionedThroughputExceededException")

        /// `InternalFailure`: Kinesis failed internally; retrying may succeed.
        public static let internalFailure = ErrorCode(rawValue: "InternalFailure")
    }
}
