/// A response format the function may return to its event source mapping (`FunctionResponseTypes`).
///
/// With `ReportBatchItemFailures` the function returns the identifiers of the records that failed,
/// and Lambda retries from the first of them instead of retrying the whole batch.
public struct FunctionResponseType: RawRepresentable, Codable, Hashable, Sendable {
    /// The value exactly as it appears on the wire.
    public var rawValue: String

    /// Creates a value from its wire text; values not listed as constants are kept as they are.
    ///
    /// - Parameter rawValue: the wire text, e.g. `"ReportBatchItemFailures"`.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// `ReportBatchItemFailures`: the function reports partial batch failures.
    public static let reportBatchItemFailures = FunctionResponseType(rawValue: "ReportBatchItemFailures")
}
