import StreamJSON

/// The unit an epoch timestamp is written in, read from its magnitude.
///
/// Timestamps of stream payloads have one unit per kind (EventContract §A.3, §B.2, §B.8): Kinesis arrival times
/// and DynamoDB Streams creation times are seconds, DynamoDB change records carried by Kinesis Data Streams are
/// milliseconds or microseconds. Any instant after 1973 written in a finer unit is at least 10¹¹, which as seconds
/// would be beyond the year 5000, so the magnitude decides the unit.
enum EpochUnit {
    case seconds, milliseconds, microseconds, nanoseconds

    /// The unit `value` is most likely written in: below 10¹¹ seconds, then a factor of 1000 per unit.
    init(magnitudeOf value: Double) {
        let magnitude = abs(value)
        switch magnitude {
        case ..<1e11: self = .seconds
        case ..<1e14: self = .milliseconds
        case ..<1e17: self = .microseconds
        default: self = .nanoseconds
        }
    }

    /// Whether the unit is one a real timestamp is written in (seconds, milliseconds, microseconds): larger values
    /// (nanoseconds, overflowing numbers) are nonsense rather than a unit mix-up, and no unit rule reports them.
    var isPlausible: Bool { self != .nanoseconds }

    /// The unit's name for messages.
    var name: String {
        switch self {
        case .seconds: "seconds"
        case .milliseconds: "milliseconds"
        case .microseconds: "microseconds"
        case .nanoseconds: "nanoseconds"
        }
    }

    /// `value` in this unit as seconds since the epoch.
    func seconds(_ value: Double) -> Double {
        switch self {
        case .seconds: value
        case .milliseconds: value / 1e3
        case .microseconds: value / 1e6
        case .nanoseconds: value / 1e9
        }
    }

    /// `value` in this unit as an RFC 3339 instant for messages (`2024-01-02T00:00:00Z`), or the value when it is
    /// out of range.
    func instant(_ value: Double) -> String {
        let seconds = seconds(value)
        guard seconds.isFinite, abs(seconds) < 253_402_300_800 else { return String(describing: value) }
        return RFC3339.formatWholeSeconds(Int64(seconds.rounded(.down))) + "Z"
    }
}
