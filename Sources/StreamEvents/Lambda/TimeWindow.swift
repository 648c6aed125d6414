public import Foundation

/// The bounds of a tumbling window, `{"start": …, "end": …}`.
///
/// AWS writes RFC 3339 UTC strings with second precision (`"2020-12-09T07:04:00Z"`); the
/// bounds keep their exact text, so any form round-trips, and convert to `Date` on request.
///
/// ```swift
/// let window = TimeWindow(start: Date(timeIntervalSince1970: 1607497440), seconds: 120)
/// window.start.description   // "2020-12-09T07:04:00Z"
/// ```
public struct TimeWindow: Codable, Hashable, Sendable {
    /// The start of the window (inclusive).
    public var start: AWSTimestamp
    /// The end of the window (exclusive).
    public var end: AWSTimestamp

    /// Creates a window from bounds in their wire form.
    public init(start: AWSTimestamp, end: AWSTimestamp) {
        self.start = start
        self.end = end
    }

    /// Creates a window of `seconds` starting at `start`, written as AWS does
    /// (`YYYY-MM-DDThh:mm:ssZ`, fractions truncated).
    ///
    /// - Parameters:
    ///   - start: the window start.
    ///   - seconds: the window length (`TumblingWindowInSeconds`, 1–900).
    public init(start: Date, seconds: Int) {
        self.start = AWSTimestamp(iso8601: start, fractionDigits: 0)
        self.end = AWSTimestamp(iso8601: start.addingTimeInterval(TimeInterval(seconds)), fractionDigits: 0)
    }

    enum CodingKeys: String, CodingKey {
        case start, end
    }
}
