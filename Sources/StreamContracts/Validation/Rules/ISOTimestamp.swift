import StreamJSON

/// An instant read from an ISO-8601 / RFC 3339 date-time, precise to the nanosecond, for ordering checks.
///
/// Reads with `RFC3339.readDateTime` under the lenient policy of the schemas' `isoTimestamp`: a space may separate
/// date and time, any day 1…31 and any two-digit offset are accepted (the schema and the format checker judge
/// them); the zone is required.
struct ISOTimestamp: Comparable {
    let seconds: Int64
    let nanoseconds: Int64

    static func < (lhs: ISOTimestamp, rhs: ISOTimestamp) -> Bool {
        (lhs.seconds, lhs.nanoseconds) < (rhs.seconds, rhs.nanoseconds)
    }

    /// Seconds since the epoch as a `Double`.
    var epochSeconds: Double { Double(seconds) + Double(nanoseconds) / 1e9 }

    /// Reads `YYYY-MM-DD(T|t| )hh:mm:ss(.fraction)?(Z|z|±hh:mm)` (the schemas' `isoTimestamp`); `nil` otherwise.
    init?(_ bytes: ArraySlice<UInt8>) {
        guard let fields = RFC3339.readDateTime(bytes, allowingSpace: true, requiringOffset: true),
            let offset = fields.time.offset
        else { return nil }
        let (date, time) = (fields.date, fields.time)
        guard (1...12).contains(date.month), (1...31).contains(date.day), time.hour < 24, time.minute < 60,
            time.second < 61
        else { return nil }
        var nanoseconds: Int64 = 0
        for index in time.fraction.prefix(9) {
            nanoseconds = nanoseconds * 10 + Int64(bytes[index] &- UInt8(ascii: "0"))
        }
        for _ in time.fraction.count..<max(time.fraction.count, 9) { nanoseconds *= 10 }
        let days = RFC3339.daysFromCivil(year: date.year, month: date.month, day: date.day)
        self.seconds = days * 86_400 + time.hour * 3600 + time.minute * 60 + time.second - offset.seconds
        self.nanoseconds = nanoseconds
    }
}
