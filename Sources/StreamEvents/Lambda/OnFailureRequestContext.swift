/// The `requestContext` of an on-failure record: which invoke failed and why the batch was
/// discarded.
public struct OnFailureRequestContext: Codable, Hashable, Sendable {
    /// The request ID of the last invoke.
    public var requestId: String
    /// The ARN of the function (with version or alias qualifier when invoked through one).
    public var functionArn: String
    /// Why the batch was discarded.
    public var condition: OnFailureCondition
    /// How many times Lambda invoked the function with the batch (0 when records aged out first).
    public var approximateInvokeCount: Int

    /// Creates a request context.
    public init(requestId: String, functionArn: String, condition: OnFailureCondition, approximateInvokeCount: Int) {
        self.requestId = requestId
        self.functionArn = functionArn
        self.condition = condition
        self.approximateInvokeCount = approximateInvokeCount
    }

    enum CodingKeys: String, CodingKey {
        case requestId, functionArn, condition, approximateInvokeCount
    }
}
