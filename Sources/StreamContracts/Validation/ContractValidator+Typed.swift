public import StreamEvents
public import StreamJSON

extension ContractValidator {
    /// Validates a typed value — an event, a response, an on-failure record — against the contract of its kind.
    ///
    /// The value is written with `StreamJSONEncoder` (members in `CodingKeys` order, exact numbers) and checked as
    /// `validate(capture:source:)` checks a captured document, so a test needs no JSON of its own.
    ///
    /// ```swift
    /// let validator = try ContractValidator()
    /// let report = validator.validate(event, as: .kinesisEvent)
    /// #expect(report.isValid, "\(report.diagnostics)")
    /// ```
    ///
    /// - Parameters:
    ///   - value: The value to check.
    ///   - kind: The payload kind to check it as; `nil` detects it from the members (as the validator's options'
    ///     `kind` does when set).
    /// - Returns: The verdict. A value that cannot be encoded (a non-finite number) is an invalid document with a
    ///   `contract.encoding-failed` error, never a pass.
    public func validate(_ value: some Encodable, as kind: PayloadKind? = nil) -> DocumentReport {
        let source = String(describing: type(of: value))
        let start = TextLocation(offset: 0, line: 1, column: 1)
        let document: JSONDocument
        do {
            document = try JSONDocument(parsing: StreamJSONEncoder().encode(value))
        } catch {
            let diagnostic = Diagnostic(
                rule: "contract.encoding-failed", severity: .error, location: start,
                message: "the \(source) could not be written as JSON: \(error)")
            return DocumentReport(source: source, location: start, kind: kind?.rawValue, diagnostics: [diagnostic])
        }
        let checked = check(document, kind: kind ?? options.kind ?? PayloadKind.detect(in: document))
        return DocumentReport(
            source: source, location: start, kind: checked.kind?.rawValue, diagnostics: checked.diagnostics)
    }

    /// Checks a handler's partial batch response to a Kinesis event: the response's own contract, then that
    /// every `itemIdentifier` is the sequence number of a record of that batch (EventContract §A.5).
    ///
    /// ```swift
    /// #expect(try validator.checkBatchResponse(handle(event), answering: event).isEmpty)
    /// ```
    ///
    /// - Parameters:
    ///   - response: What the handler returned.
    ///   - event: The event it answered.
    /// - Returns: Every finding; empty when the response is a valid answer to `event`.
    /// - Throws: `EncodingError` when a value cannot be written as JSON (a non-finite number).
    public func checkBatchResponse(_ response: StreamsEventResponse, answering event: KinesisEvent) throws
        -> [Diagnostic]
    {
        try checkTypedBatchResponse(response, event)
    }

    /// Checks a handler's partial batch response to a DynamoDB Streams event: the response's own contract, then
    /// that every `itemIdentifier` is the `SequenceNumber` of a record of that batch (EventContract §B.7).
    ///
    /// ```swift
    /// #expect(try validator.checkBatchResponse(handle(event), answering: event).isEmpty)
    /// ```
    ///
    /// - Parameters:
    ///   - response: What the handler returned.
    ///   - event: The event it answered.
    /// - Returns: Every finding; empty when the response is a valid answer to `event`.
    /// - Throws: `EncodingError` when a value cannot be written as JSON.
    public func checkBatchResponse(_ response: StreamsEventResponse, answering event: DynamoDBEvent) throws
        -> [Diagnostic]
    {
        try checkTypedBatchResponse(response, event)
    }

    /// Checks a tumbling-window handler's answer to a Kinesis window invocation: `state` present, then every
    /// `itemIdentifier` a sequence number of that batch (EventContract §A.4, §A.5).
    ///
    /// ```swift
    /// #expect(try validator.checkBatchResponse(aggregate(event), answering: event).isEmpty)
    /// ```
    ///
    /// - Parameters:
    ///   - response: What the handler returned.
    ///   - event: The window invocation it answered.
    /// - Returns: Every finding; empty when the response is a valid answer to `event`.
    /// - Throws: `EncodingError` when a value cannot be written as JSON.
    public func checkBatchResponse(_ response: TimeWindowEventResponse, answering event: KinesisEvent) throws
        -> [Diagnostic]
    {
        try checkTypedBatchResponse(response, event)
    }

    /// Checks a tumbling-window handler's answer to a DynamoDB Streams window invocation (EventContract §B.7).
    ///
    /// ```swift
    /// #expect(try validator.checkBatchResponse(aggregate(event), answering: event).isEmpty)
    /// ```
    ///
    /// - Parameters:
    ///   - response: What the handler returned.
    ///   - event: The window invocation it answered.
    /// - Returns: Every finding; empty when the response is a valid answer to `event`.
    /// - Throws: `EncodingError` when a value cannot be written as JSON.
    public func checkBatchResponse(_ response: TimeWindowEventResponse, answering event: DynamoDBEvent) throws
        -> [Diagnostic]
    {
        try checkTypedBatchResponse(response, event)
    }

    /// The one implementation of the typed checks: both values written as JSON, then the document check.
    private func checkTypedBatchResponse(_ response: some Encodable, _ event: some Encodable) throws
        -> [Diagnostic]
    {
        let encoder = StreamJSONEncoder()
        return checkBatchResponse(
            try JSONDocument(parsing: encoder.encode(response)), event: try JSONDocument(parsing: encoder.encode(event))
        )
    }
}
