/// Why Lambda could not decrypt a mapping's filter criteria.
///
/// Present when `KMSKeyArn` encrypts the criteria and decryption failed.
public struct FilterCriteriaError: Codable, Hashable, Sendable {
    /// The KMS exception name, e.g. `KMSAccessDeniedException` (10…50 characters ending in `Exception`).
    public var errorCode: String?

    /// The KMS error message (10…2048 characters).
    public var message: String?

    /// Creates a value with the given members; optional members default to absent.
    ///
    /// - Parameters:
    ///   - errorCode: The KMS exception name, e.g.
    ///   - message: The KMS error message (10…2048 characters).
    public init(errorCode: String? = nil, message: String? = nil) {
        self.errorCode = errorCode
        self.message = message
    }

    enum CodingKeys: String, CodingKey {
        case errorCode = "ErrorCode"
        case message = "Message"
    }
}
