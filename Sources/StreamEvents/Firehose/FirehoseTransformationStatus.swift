/// The `result` of a Firehose transformation answer: a closed set AWS documents.
///
/// `Ok` and `Dropped` count as processed; `ProcessingFailed` sends the record to the error output
/// (https://docs.aws.amazon.com/firehose/latest/dev/data-transformation-status-model.html).
///
/// ```swift
/// let status = FirehoseTransformationStatus.dropped   // "Dropped" on the wire
/// ```
public enum FirehoseTransformationStatus: String, Codable, Hashable, Sendable, CaseIterable {
    /// The record was transformed.
    case ok = "Ok"
    /// The function dropped the record on purpose.
    case dropped = "Dropped"
    /// The record could not be transformed.
    case processingFailed = "ProcessingFailed"
}
