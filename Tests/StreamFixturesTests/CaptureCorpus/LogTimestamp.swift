/// A log event's time (epoch milliseconds, UTC) in each text form the tools print.
///
/// Every tool writes time its own way (`Z` or `+00:00`, 3 or 6 fraction digits, a fraction dropped when it is
/// zero); the corpus needs each byte exact. Civil dates are computed here (days-from-civil, proleptic Gregorian),
/// not with `DateFormatter`, so the text never depends on a locale.
struct LogTimestamp: Sendable, Hashable, Comparable {
    /// Milliseconds since 1970-01-01T00:00:00Z.
    var milliseconds: Int64

    /// The corpus's first log event: 2024-05-01T12:00:00.000Z.
    static let corpusStart = LogTimestamp(milliseconds: 1_714_564_800_000)

    static func < (lhs: LogTimestamp, rhs: LogTimestamp) -> Bool { lhs.milliseconds < rhs.milliseconds }

    /// The time `milliseconds` later.
    func adding(milliseconds delta: Int64) -> LogTimestamp { LogTimestamp(milliseconds: milliseconds + delta) }

    /// `2024-05-01T12:00:00.123Z`: Lambda's runtimes, S3 exports, Powertools TypeScript, Go slog text.
    var isoMillisZ: String { "\(dateText)T\(timeText).\(pad(millis, 3))Z" }
    /// `2024-05-01T12:00:00Z`: the Python runtime's JSON log formatter (second precision).
    var isoSecondsZ: String { "\(dateText)T\(timeText)Z" }
    /// `2024-05-01T12:00:00.123000+00:00`: Python `isoformat(timespec='microseconds')` (`aws logs tail`).
    var isoMicrosOffset: String { "\(dateText)T\(timeText).\(pad(millis, 3))000+00:00" }
    /// Python `isoformat()` of an aware UTC time: no fraction when it is zero (`aws logs tail --format json`,
    /// `sam logs`).
    var pythonIsoformat: String { millis == 0 ? "\(dateText)T\(timeText)+00:00" : isoMicrosOffset }
    /// `2024-05-01T12:00:00`: `aws logs tail --format short`.
    var isoSecondsNoZone: String { "\(dateText)T\(timeText)" }
    /// `2024-05-01 12:00:00.123`: Logs Insights `@timestamp`.
    var insights: String { "\(dateText) \(timeText).\(pad(millis, 3))" }
    /// `2024-05-01 12:00:00,123+0000`: Powertools for Python's default.
    var powertoolsPython: String { "\(dateText) \(timeText),\(pad(millis, 3))+0000" }
    /// `2024-05-01T12:00:00.123000Z`: Rust `tracing-subscriber` (6 fraction digits).
    var microsZ: String { "\(dateText)T\(timeText).\(pad(millis, 3))000Z" }
    /// Go `time.RFC3339Nano`: trailing fraction zeros trimmed, no fraction when zero.
    var rfc3339Nano: String {
        var fraction = pad(millis, 3)
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return fraction.isEmpty ? isoSecondsZ : "\(dateText)T\(timeText).\(fraction)Z"
    }

    private var millis: Int { Int(((milliseconds % 1000) + 1000) % 1000) }

    private var seconds: Int64 { (milliseconds - Int64(millis)) / 1000 }

    private var timeText: String {
        let secondOfDay = Int(((seconds % 86_400) + 86_400) % 86_400)
        return "\(pad(secondOfDay / 3600, 2)):\(pad(secondOfDay / 60 % 60, 2)):\(pad(secondOfDay % 60, 2))"
    }

    private var dateText: String {
        let days = (seconds - Int64(((seconds % 86_400) + 86_400) % 86_400)) / 86_400
        let (year, month, day) = Self.civil(fromDays: days)
        return "\(pad(Int(year), 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// Howard Hinnant's civil-from-days.
    private static func civil(fromDays days: Int64) -> (Int64, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = Int(dayOfYear - (153 * monthIndex + 2) / 5 + 1)
        let month = Int(monthIndex < 10 ? monthIndex + 3 : monthIndex - 9)
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    private func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
