public import StreamEvents
import StreamJSON

/// How generated AWS API outputs write their timestamps.
///
/// The Lambda and Kinesis APIs send timestamps as epoch seconds with a millisecond fraction (`1569284520.333`), and
/// AWS CLI v1 prints them that way. AWS CLI v2 re-formats them as ISO-8601 text with microseconds and a UTC offset
/// (`2019-09-24T00:22:00.333000+00:00`, Python's `isoformat`). Fixtures copied from either tool must look like what
/// that tool prints, so API generators take the style as an option.
///
/// ```swift
/// var options = EventSourceMappingOptions()
/// options.timestampStyle = .iso8601
/// ```
public enum APITimestampStyle: String, CaseIterable, Codable, Hashable, Sendable {
    /// Epoch seconds as a JSON number, e.g. `1569284520.333`: the wire and AWS CLI v1.
    case epochSeconds
    /// ISO-8601 text with microseconds and offset, e.g. `2019-09-24T00:22:00.333000+00:00`: AWS CLI v2.
    case iso8601

    /// The timestamp of `milliseconds` since 1970 in this style.
    ///
    /// - Parameter milliseconds: The instant, in milliseconds since 1970-01-01T00:00:00Z.
    /// - Returns: The timestamp in its wire form.
    public func timestamp(milliseconds: Int64) -> AWSTimestamp {
        switch self {
        case .epochSeconds: AWSTimestamp(epochNumber: TimestampText.epochSecondsNumber(milliseconds: milliseconds))
        case .iso8601: AWSTimestamp(form: .iso8601(TimestampText.pythonISO(milliseconds: milliseconds)))
        }
    }
}

/// Locale-free text forms of instants given in milliseconds since 1970.
enum TimestampText {
    /// Epoch seconds as Python's `repr(float)` prints a millisecond value: `1704067200.0`, `1704067200.12`,
    /// `1704067200.123` (what botocore and AWS CLI v1 show).
    static func epochSecondsNumber(milliseconds: Int64) -> JSONNumber {
        let (seconds, millis) = split(milliseconds)
        var fraction = pad(millis, 3)
        while fraction.count > 1, fraction.hasSuffix("0") { fraction.removeLast() }
        return JSONNumber("\(seconds).\(fraction)") ?? JSONNumber(seconds)
    }

    /// `YYYY-MM-DDThh:mm:ss.mmmZ`, as Lambda writes on-failure records.
    static func isoMillisZ(milliseconds: Int64) -> String {
        let (seconds, millis) = split(milliseconds)
        return RFC3339.formatWholeSeconds(seconds) + "." + pad(millis, 3) + "Z"
    }

    /// `YYYY-MM-DDThh:mm:ss.ffffff+00:00`, or without fraction for a whole second, as Python's `isoformat` prints an
    /// aware UTC datetime (AWS CLI v2).
    static func pythonISO(milliseconds: Int64) -> String {
        let (seconds, millis) = split(milliseconds)
        let fraction = millis == 0 ? "" : "." + pad(millis, 3) + "000"
        return RFC3339.formatWholeSeconds(seconds) + fraction + "+00:00"
    }

    /// `YYYY-MM-DDThh:mm:ss.mmm` without zone: a DynamoDB stream label.
    static func streamLabel(milliseconds: Int64) -> String {
        let (seconds, millis) = split(milliseconds)
        return RFC3339.formatWholeSeconds(seconds) + "." + pad(millis, 3)
    }

    /// Whole seconds and the millisecond remainder (floor division, so instants before 1970 work too).
    static func split(_ milliseconds: Int64) -> (seconds: Int64, millis: Int64) {
        var seconds = milliseconds / 1000
        var millis = milliseconds % 1000
        if millis < 0 {
            millis += 1000
            seconds -= 1
        }
        return (seconds, millis)
    }

    /// `value` in decimal, left-padded with zeros to `width` digits.
    static func pad(_ value: some BinaryInteger, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }
}
