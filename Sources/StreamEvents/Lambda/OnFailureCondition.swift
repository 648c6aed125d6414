/// Why Lambda discarded a stream batch and sent it to the on-failure destination.
///
/// AWS documents `RetryAttemptsExhausted`; `RecordAgeExceeded` appears when records pass
/// `MaximumRecordAgeInSeconds`. The set is open.
public struct OnFailureCondition: OpenStringValue {
    /// The wire value, e.g. `RetryAttemptsExhausted`.
    public var rawValue: String

    /// Creates a condition from its wire value.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// The batch failed `MaximumRetryAttempts` times.
    public static let retryAttemptsExhausted = OnFailureCondition(rawValue: "RetryAttemptsExhausted")
    /// The records grew older than `MaximumRecordAgeInSeconds`.
    public static let recordAgeExceeded = OnFailureCondition(rawValue: "RecordAgeExceeded")

    /// The conditions known so far.
    public static let knownValues: [OnFailureCondition] = [.retryAttemptsExhausted, .recordAgeExceeded]
}
