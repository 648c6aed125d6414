/// The `subsequenceNumber` of a Firehose record's Kinesis metadata, in the wire form it came in.
///
/// Sources disagree on its JSON type: Powertools models a number, DefinitelyTyped a string, and the Lambda
/// developer guide's sample shows the empty string. Keeping the form lets each round-trip unchanged.
///
/// ```swift
/// let first = FirehoseSubsequenceNumber.number(0)
/// let sample = FirehoseSubsequenceNumber.text("")
/// ```
public enum FirehoseSubsequenceNumber: Codable, Hashable, Sendable {
    /// A JSON integer, such as `0`.
    case number(Int64)
    /// A JSON string, such as `"0"` or `""`.
    case text(String)

    /// Decodes a JSON integer or string.
    ///
    /// - Throws: `DecodingError.typeMismatch` for any other JSON value.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Int64.self) {
            self = .number(number)
        } else {
            self = .text(try container.decode(String.self))
        }
    }

    /// Encodes the value in the form it has.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .number(let number): try container.encode(number)
        case .text(let text): try container.encode(text)
        }
    }
}
