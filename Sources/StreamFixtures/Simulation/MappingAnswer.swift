import StreamEvents
import StreamJSON

/// Reads a handler's answer the way a stream event source mapping does.
enum MappingAnswer {
    /// A typed answer as the JSON Lambda would receive.
    ///
    /// `async`, and never inlined, although it never suspends: a synchronous throwing call after an `await` in the
    /// simulator's handler closures crashes the Swift 6.3.1 optimiser in a release build (signal 11 while splitting
    /// the closure's coroutine); `.ci/run` builds the release CLI so that it stays fixed.
    @inline(never)
    static func json(of value: some Encodable) async throws -> JSONValue {
        try JSONDocument(parsing: StreamJSONEncoder().encode(value)).root.value
    }

    /// The verdict on `answer` to a batch whose records have `sequenceNumbers`, and the window state it carries.
    ///
    /// - Parameters:
    ///   - answer: The handler's answer as JSON.
    ///   - sequenceNumbers: The batch's sequence numbers, in order.
    ///   - reportsFailures: Whether the mapping has `ReportBatchItemFailures`; without it the answer's failures are
    ///     ignored.
    ///   - needsState: Whether the batch is a tumbling-window invoke, whose answer must carry `state`.
    /// - Returns: The verdict, the position of the first record to retry for a partial failure, and the state.
    static func read(
        _ answer: JSONValue, sequenceNumbers: [String], reportsFailures: Bool, needsState: Bool
    ) -> (verdict: MappingVerdict, retryPosition: Int?, state: JSONValue?) {
        let object = answer.objectValue
        var state: JSONValue?
        if needsState {
            guard let value = object?["state"], !value.isNull else {
                return (.invalidResponse(reason: "a tumbling-window answer needs a state object"), nil, nil)
            }
            guard value.objectValue != nil else {
                return (.invalidResponse(reason: "state is not an object"), nil, nil)
            }
            state = value
        }
        guard reportsFailures else { return (.success, nil, state) }
        // No answer, an empty object, or a null or empty list: the whole batch succeeded.
        if answer.isNull { return (.success, nil, state) }
        guard let object else { return (.invalidResponse(reason: "the answer is not a JSON object"), nil, nil) }
        guard let failures = object["batchItemFailures"], !failures.isNull else { return (.success, nil, state) }
        guard let items = failures.arrayValue else {
            return (.invalidResponse(reason: "batchItemFailures is not a list"), nil, nil)
        }
        var lowest: Int?
        for (index, item) in items.enumerated() {
            guard let identifier = item.objectValue?["itemIdentifier"] else {
                return (.invalidResponse(reason: "batchItemFailures[\(index)] has no itemIdentifier"), nil, nil)
            }
            guard let text = identifier.stringValue, !text.isEmpty else {
                return (
                    .invalidResponse(reason: "batchItemFailures[\(index)].itemIdentifier is empty or not a string"),
                    nil, nil
                )
            }
            guard let position = sequenceNumbers.firstIndex(of: text) else {
                return (
                    .invalidResponse(reason: "itemIdentifier \"\(text)\" is not a sequence number of the batch"), nil,
                    nil
                )
            }
            lowest = min(lowest ?? position, position)
        }
        guard let lowest else { return (.success, nil, state) }
        return (.partialFailure(retryFrom: sequenceNumbers[lowest]), lowest, state)
    }
}
