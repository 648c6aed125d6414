import StreamContracts
import Testing

/// A change to a generated event that AWS can never send, so the validator must report an error (not a warning).
///
/// The corpus hides exactly one such event among valid ones and checks that it comes out invalid and the others
/// valid. Each break edits the canonical compact JSON in place: inside a compact JSON string a quote is always
/// escaped, so a member pattern such as `"eventSource":"` can only match a real member.
enum ContractBreak: String, CaseIterable, Sendable, CustomTestStringConvertible {
    /// A Kinesis record whose `eventSource` is not `aws:kinesis` (the contract fixes it).
    case kinesisEventSource
    /// A Kinesis record whose `kinesis.sequenceNumber` is not decimal digits.
    case kinesisSequenceNumber
    /// A DynamoDB record whose `eventName` is none of `INSERT`, `MODIFY`, `REMOVE`.
    case dynamoDBEventName

    /// The kind of event the break applies to.
    var kind: PayloadKind {
        switch self {
        case .kinesisEventSource, .kinesisSequenceNumber: .kinesisEvent
        case .dynamoDBEventName: .dynamodbEvent
        }
    }

    var testDescription: String { rawValue }

    /// The breaks that apply to events of `kind`.
    static func breaks(for kind: PayloadKind) -> [ContractBreak] { allCases.filter { $0.kind == kind } }

    /// The event with its first record broken.
    ///
    /// - Parameter event: Compact JSON of an event of ``kind``.
    /// - Returns: The broken event, or `nil` when the member to break is not there.
    func apply(to event: [UInt8]) -> [UInt8]? {
        switch self {
        case .kinesisEventSource:
            return replacingValue(of: "eventSource", in: event, with: "aws:kinesis-firehose")
        case .kinesisSequenceNumber:
            guard let range = valueRange(of: "sequenceNumber", in: event), !range.isEmpty else { return nil }
            var broken = event
            broken[range.lowerBound] = UInt8(ascii: "x")
            return broken
        case .dynamoDBEventName:
            return replacingValue(of: "eventName", in: event, with: "UPSERT")
        }
    }

    private func replacingValue(of member: String, in event: [UInt8], with value: String) -> [UInt8]? {
        guard let range = valueRange(of: member, in: event) else { return nil }
        var broken = event
        broken.replaceSubrange(range, with: Array(value.utf8))
        return broken
    }

    /// The bytes of the first `"member":"…"` string value (without its quotes).
    private func valueRange(of member: String, in event: [UInt8]) -> Range<Int>? {
        let pattern = Array("\"\(member)\":\"".utf8)
        guard let start = event.firstRange(of: pattern)?.upperBound,
            let end = event[start...].firstIndex(of: UInt8(ascii: "\""))
        else { return nil }
        return start..<end
    }
}
