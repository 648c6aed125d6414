/// The `responseContext` of an on-failure record: how the last invoke ended.
///
/// Every member is optional because the object is empty when the function was never invoked.
public struct OnFailureResponseContext: Codable, Hashable, Sendable {
    /// The invoke's HTTP status, `200` even for function errors.
    public var statusCode: Int?
    /// The version that ran, e.g. `$LATEST` or `7`.
    public var executedVersion: String?
    /// `Unhandled` (or `Handled`) when the function returned an error.
    public var functionError: String?

    /// Creates a response context.
    public init(statusCode: Int? = nil, executedVersion: String? = nil, functionError: String? = nil) {
        self.statusCode = statusCode
        self.executedVersion = executedVersion
        self.functionError = functionError
    }

    enum CodingKeys: String, CodingKey {
        case statusCode, executedVersion, functionError
    }
}
