/// Where a mapping sends records it could not process.
///
/// Event source mappings accept `OnFailure` only (SQS, SNS, S3 or Kafka destinations); `OnSuccess` is part of the shape
/// because asynchronous invocation shares it.
public struct DestinationConfig: Codable, Hashable, Sendable {
    /// The destination for successful invocations (not supported by event source mappings).
    public var onSuccess: OnSuccess?

    /// The destination for discarded batches.
    public var onFailure: OnFailure?

    /// Creates a value with the given members; optional members default to absent.
    ///
    /// - Parameters:
    ///   - onSuccess: The destination for successful invocations (not supported by event source mappings).
    ///   - onFailure: The destination for discarded batches.
    public init(onSuccess: OnSuccess? = nil, onFailure: OnFailure? = nil) {
        self.onSuccess = onSuccess
        self.onFailure = onFailure
    }

    enum CodingKeys: String, CodingKey {
        case onSuccess = "OnSuccess"
        case onFailure = "OnFailure"
    }

    /// A destination for successful invocations.
    ///
    /// Not accepted by event source mappings; kept so that shapes shared with asynchronous invocation decode.
    public struct OnSuccess: Codable, Hashable, Sendable {
        /// The ARN of the destination resource.
        public var destination: String?

        /// Creates a success destination.
        ///
        /// - Parameter destination: the ARN of the destination resource.
        public init(destination: String? = nil) {
            self.destination = destination
        }

        enum CodingKeys: String, CodingKey {
            case destination = "Destination"
        }
    }

    /// A destination for records of batches that were discarded after failing.
    ///
    /// For stream sources Lambda sends an invocation record (not the records themselves) to an SQS queue, an SNS
    /// topic or an S3 bucket.
    public struct OnFailure: Codable, Hashable, Sendable {
        /// The ARN of the destination (`arn:…`) or a Kafka topic (`kafka://…`).
        public var destination: String?

        /// Creates a failure destination.
        ///
        /// - Parameter destination: the ARN of the destination resource or a `kafka://` topic.
        public init(destination: String? = nil) {
            self.destination = destination
        }

        enum CodingKeys: String, CodingKey {
            case destination = "Destination"
        }
    }
}
