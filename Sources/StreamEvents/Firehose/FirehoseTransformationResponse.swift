/// What a Firehose data-transformation function returns: one ``FirehoseTransformationResult`` per event record.
///
/// Firehose treats a missing or unknown `recordId` as a transformation failure
/// (https://docs.aws.amazon.com/firehose/latest/dev/data-transformation-status-model.html), so every record of the
/// event is answered exactly once; `stream-fixtures validate --response R --event E` checks that.
///
/// ```swift
/// let response = FirehoseTransformationResponse(records: [
///     FirehoseTransformationResult(recordId: record.recordId, result: .ok, data: record.data)
/// ])
/// ```
public struct FirehoseTransformationResponse: Codable, Hashable, Sendable {
    /// The answers, one per event record.
    public var records: [FirehoseTransformationResult]

    /// Creates a response.
    ///
    /// - Parameter records: the answers.
    public init(records: [FirehoseTransformationResult]) {
        self.records = records
    }

    enum CodingKeys: String, CodingKey {
        case records
    }
}
