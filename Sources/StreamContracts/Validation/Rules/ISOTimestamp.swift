/// An instant read from an ISO-8601 / RFC 3339 date-time, precise to the nanosecond, for ordering checks.
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
        var index = bytes.startIndex
        let end = bytes.endIndex
        func number(_ width: Int) -> Int64? {
            guard end - index >= width else { return nil }
            var value: Int64 = 0
            for _ in 0..<width {
                let digit = bytes[index] &- UInt8(ascii: "0")
                guard digit <= 9 else { return nil }
                value = value * 10 + Int64(digit)
                index += 1
            }
            return value
        }
        func expect(_ characters: String) -> Bool {
            guard index < end, characters.utf8.contains(bytes[index]) else { return false }
            index += 1
            return true
        }
        guard let year = number(4), expect("-"), let month = number(2), expect("-"), let day = number(2),
            expect("Tt "), let hour = number(2), expect(":"), let minute = number(2), expect(":"),
            let second = number(2), (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60,
            second < 61
        else { return nil }
        var nanoseconds: Int64 = 0
        if index < end, bytes[index] == UInt8(ascii: ".") {
            index += 1
            var digits = 0
            while index < end, bytes[index] &- UInt8(ascii: "0") <= 9 {
                if digits < 9 { nanoseconds = nanoseconds * 10 + Int64(bytes[index] - UInt8(ascii: "0")) }
                digits += 1
                index += 1
            }
            guard digits > 0 else { return nil }
            for _ in digits..<max(digits, 9) { nanoseconds *= 10 }
        }
        var offset: Int64 = 0
        guard index < end else { return nil }
        if bytes[index] == UInt8(ascii: "Z") || bytes[index] == UInt8(ascii: "z") {
            index += 1
        } else {
            let sign: Int64 = bytes[index] == UInt8(ascii: "-") ? -1 : 1
            guard expect("+-"), let hours = number(2), expect(":"), let minutes = number(2) else { return nil }
            offset = sign * (hours * 3600 + minutes * 60)
        }
        guard index == end else { return nil }
        let days = Self.daysFromCivil(year: year, month: month, day: day)
        self.seconds = days * 86_400 + hour * 3600 + minute * 60 + second - offset
        self.nanoseconds = nanoseconds
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
    private static func daysFromCivil(year: Int64, month: Int64, day: Int64) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
