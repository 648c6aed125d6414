public import Foundation
public import StreamJSON

/// A moment in time exactly as an AWS payload wrote it.
///
/// AWS writes the same field in several forms: Kinesis arrival times are epoch seconds with a
/// millisecond fraction (`1545084650.987`), DynamoDB creation times are whole seconds
/// (`1550272599`) or floats (`1.578648338E9`), relayed DynamoDB records carry milliseconds,
/// some libraries write the number as a string (`"1480641523.477"`), and AWS CLI v2 prints
/// ISO-8601 text where v1 printed numbers. `AWSTimestamp` decodes every form, re-encodes the
/// form it came in, and converts to `Date` on request.
///
/// ```swift
/// let t = AWSTimestamp(epochSeconds: 1704153600.123)
/// t.date(unit: .seconds)   // 2024-01-02T00:00:00.123Z
/// t.form                   // .number(1704153600.123)
/// ```
public struct AWSTimestamp: Sendable, Hashable, Codable, CustomStringConvertible {
    /// How the timestamp appears on the wire.
    public enum Form: Sendable, Hashable {
        /// A JSON number (epoch time; the unit is the field's, usually seconds).
        case number(JSONNumber)
        /// A JSON string holding an epoch number, e.g. `"1480641523.477"`.
        case numericString(String)
        /// A JSON string in ISO-8601 / RFC 3339 form, e.g. `"2024-01-02T00:00:00.000Z"`.
        case iso8601(String)
    }

    /// The unit of an epoch number.
    public enum EpochUnit: Sendable, Hashable {
        case seconds, milliseconds, microseconds

        var perSecond: Double {
            switch self {
            case .seconds: 1
            case .milliseconds: 1_000
            case .microseconds: 1_000_000
            }
        }
    }

    /// The wire form, kept so that re-encoding reproduces the input.
    public var form: Form

    /// Creates a timestamp with the given wire form.
    public init(form: Form) { self.form = form }

    /// An epoch-seconds number, written in the shortest form that reads back the same
    /// (`1704153600.123`, or `1704153600` for a whole second).
    public init(epochSeconds: Double) {
        self.form = .number(JSONNumber(epochSeconds) ?? JSONNumber(0))
    }

    /// An epoch number with its exact text, e.g. an integer count of milliseconds.
    public init(epochNumber: JSONNumber) { self.form = .number(epochNumber) }

    /// An ISO-8601 UTC string for `date`, e.g. `2024-01-02T00:00:00.123Z`.
    ///
    /// - Parameters:
    ///   - date: the moment to write.
    ///   - fractionDigits: 0 (`…:00Z`), 3 (milliseconds, as AWS writes) or 6.
    public init(iso8601 date: Date, fractionDigits: Int = 3) {
        self.form = .iso8601(RFC3339.format(date.timeIntervalSince1970, fractionDigits: fractionDigits))
    }

    /// The moment, reading epoch numbers in `unit`; `nil` when a string does not parse.
    ///
    /// - Parameter unit: the unit of epoch numbers for this field (ISO strings ignore it).
    public func date(unit: EpochUnit = .seconds) -> Date? {
        switch form {
        case .number(let number):
            return Date(timeIntervalSince1970: number.doubleValue / unit.perSecond)
        case .numericString(let text):
            guard let value = Double(text) else { return nil }
            return Date(timeIntervalSince1970: value / unit.perSecond)
        case .iso8601(let text):
            return RFC3339.parse(text).map(Date.init(timeIntervalSince1970:))
        }
    }

    public var description: String {
        switch form {
        case .number(let number): number.text
        case .numericString(let text), .iso8601(let text): text
        }
    }

    /// Decodes a JSON number or string; a string is numeric if it is a JSON number, else ISO-8601.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) {
            form = JSONNumber(text) != nil ? .numericString(text) : .iso8601(text)
        } else {
            form = .number(try container.decode(JSONNumber.self))
        }
    }

    /// Encodes the timestamp in the form it was created or decoded with.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch form {
        case .number(let number): try container.encode(number)
        case .numericString(let text), .iso8601(let text): try container.encode(text)
        }
    }
}
