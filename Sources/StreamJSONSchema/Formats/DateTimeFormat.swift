// RFC 3339 section 5.6: `full-date`, `full-time` and `date-time`, with the leap-second rule.

import StreamJSON

/// Checks `date`, `time` and `date-time` strictly by the RFC 3339 ABNF.
///
/// ASCII digits only, `T`/`Z` in either case, a mandatory offset on times, and a second of 60 only where the
/// instant, moved to UTC by its offset, is 23:59:60. The bytes are read by `RFC3339`; this type adds the strict
/// ranges.
enum DateTimeFormat {
    static func isDate(_ value: String) -> Bool {
        var value = value
        return value.withUTF8 { bytes in
            guard bytes.count == 10, let date = RFC3339.readFullDate(bytes, at: 0) else { return false }
            return date.isCalendarDate
        }
    }

    static func isTime(_ value: String) -> Bool {
        var value = value
        return value.withUTF8 { fullTime(RFC3339.readFullTime($0, from: 0, requiringOffset: true)) }
    }

    static func isDateTime(_ value: String) -> Bool {
        var value = value
        return value.withUTF8 { bytes in
            guard let fields = RFC3339.readDateTime(bytes, requiringOffset: true) else { return false }
            return fields.date.isCalendarDate && fullTime(fields.time)
        }
    }

    /// `partial-time time-offset` in range, with a leap second only at 23:59:60 UTC.
    static func fullTime(_ time: RFC3339.FullTime?) -> Bool {
        guard let time, let offset = time.offset, time.hour <= 23, time.minute <= 59, time.second <= 60,
            offset.hours <= 23, offset.minutes <= 59
        else { return false }
        if time.second == 60 {
            // The leap second exists only at 23:59:60 UTC.
            let offsetMinutes = offset.seconds / 60
            let utc = ((time.hour * 60 + time.minute - offsetMinutes) % 1440 + 1440) % 1440
            return utc == 23 * 60 + 59
        }
        return true
    }
}
