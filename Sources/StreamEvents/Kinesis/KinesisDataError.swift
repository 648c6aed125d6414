/// Why a Kinesis record's `data` could not be read as asked.
///
/// Says which record (by sequence number), what was wrong and where, so a user can find the
/// record in a capture and see what to fix.
public struct KinesisDataError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong.
    public enum Problem: Hashable, Sendable {
        /// `data` is not canonical base64; the error holds the offset in the base64 text.
        case invalidBase64(Base64.DecodingError)
        /// The decoded bytes are not UTF-8; `offset` is the first bad byte of the decoded data.
        case invalidUTF8(offset: Int)
    }

    /// The sequence number of the record whose data failed.
    public var sequenceNumber: String
    /// What went wrong.
    public var problem: Problem

    /// Creates an error.
    public init(sequenceNumber: String, problem: Problem) {
        self.sequenceNumber = sequenceNumber
        self.problem = problem
    }

    /// A sentence naming the record and the problem.
    public var description: String {
        switch problem {
        case .invalidBase64(let error):
            return "kinesis.data of record \(sequenceNumber) is not valid base64: \(error)"
        case .invalidUTF8(let offset):
            return "kinesis.data of record \(sequenceNumber) is not UTF-8 text: "
                + "invalid byte sequence at decoded offset \(offset)"
        }
    }
}
