/// Reads and writes RFC 3339 timestamps without `DateFormatter`, so output never depends on locale, time zone or
/// Foundation version.
///
/// The one RFC 3339 reader of the package: `readDateTime(_:allowingSpace:requiringOffset:)`,
/// `readFullDate(_:at:)` and `readFullTime(_:from:requiringOffset:)` read UTF-8 bytes by the ABNF's shape (digits,
/// separators, fraction, `Z` or `±hh:mm`) and leave range checks to the caller, because callers differ: the JSON
/// Schema `date-time` format is strict (days per month, offsets below 24 h, the leap-second rule), the contract
/// rules' timestamps are lenient (a space separator, any day up to 31), and `parse(_:)` reads stream labels that
/// may have no zone.
///
/// ```swift
/// let fields = RFC3339.readDateTime(Array("2024-01-02T00:00:00.5Z".utf8)[...])
/// fields?.date.month   // 1
/// RFC3339.parse("2024-01-02T00:00:00Z")   // 1704153600
/// ```
package enum RFC3339 {
    /// Formats seconds since 1970 as `YYYY-MM-DDThh:mm:ss[.fff]Z`, truncating (never rounding
    /// up) to `fractionDigits` (0…9).
    package static func format(_ secondsSince1970: Double, fractionDigits: Int = 3) -> String {
        let digits = max(0, min(9, fractionDigits))
        var scale: Int64 = 1
        for _ in 0..<digits { scale *= 10 }
        let scaled = (secondsSince1970 * Double(scale)).rounded(.down)
        let total = Int64(exactly: scaled) ?? 0
        var seconds = total / scale
        var fraction = total % scale
        if fraction < 0 {
            fraction += scale
            seconds -= 1
        }
        var text = formatWholeSeconds(seconds)
        if digits > 0 {
            text += "."
            let fractionText = String(fraction)
            text += String(repeating: "0", count: digits - fractionText.count) + fractionText
        }
        return text + "Z"
    }

    /// `YYYY-MM-DDThh:mm:ss` for whole seconds since 1970 (no zone suffix).
    package static func formatWholeSeconds(_ seconds: Int64) -> String {
        var days = seconds / 86_400
        var rest = seconds % 86_400
        if rest < 0 {
            rest += 86_400
            days -= 1
        }
        let (year, month, day) = civil(fromDays: days)
        return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2) + "T" + pad(rest / 3600, 2) + ":"
            + pad(rest / 60 % 60, 2) + ":" + pad(rest % 60, 2)
    }

    /// Parses `YYYY-MM-DDThh:mm:ss[.f+](Z|±hh:mm)` (also lowercase `t`/`z`, and no zone, read as
    /// UTC, as DynamoDB stream labels are) into seconds since 1970; `nil` when malformed.
    package static func parse(_ text: String) -> Double? {
        var text = text
        return text.withUTF8(parse(bytes:))
    }

    /// `parse(_:)` of UTF-8 bytes.
    static func parse(bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        guard let fields = readDateTime(bytes, requiringOffset: false) else { return nil }
        let (date, time) = (fields.date, fields.time)
        guard date.isCalendarDate, time.hour < 24, time.minute < 60, time.second <= 60 else { return nil }
        var offset: Int64 = 0
        if let zone = time.offset {
            guard zone.hours < 24, zone.minutes < 60 else { return nil }
            offset = zone.seconds
        }
        var fraction = 0.0
        var scale = 0.1
        for index in time.fraction {
            fraction += Double(bytes[index] &- UInt8(ascii: "0")) * scale
            scale /= 10
        }
        let days = daysFromCivil(year: date.year, month: date.month, day: date.day)
        let seconds = days * 86_400 + time.hour * 3600 + time.minute * 60 + time.second - offset
        return Double(seconds) + fraction
    }

    // MARK: - Reading bytes

    /// A `full-date` as written: its digits read, their ranges not checked.
    package struct FullDate: Sendable, Hashable {
        package var year: Int64
        package var month: Int64
        package var day: Int64

        @inlinable package init(year: Int64, month: Int64, day: Int64) {
            self.year = year
            self.month = month
            self.day = day
        }

        /// Whether the month is 1…12 and the day exists in that month of that year.
        @inlinable package var isCalendarDate: Bool {
            (1...12).contains(month) && day >= 1 && day <= RFC3339.daysIn(month: month, year: year)
        }
    }

    /// A `time-offset` as written: `Z` or `z` is +00:00.
    package struct TimeOffset: Sendable, Hashable {
        /// +1 or -1.
        package var sign: Int64
        package var hours: Int64
        package var minutes: Int64

        @inlinable package init(sign: Int64, hours: Int64, minutes: Int64) {
            self.sign = sign
            self.hours = hours
            self.minutes = minutes
        }

        /// The offset in seconds east of UTC.
        @inlinable package var seconds: Int64 { sign * (hours * 3600 + minutes * 60) }
    }

    /// A `partial-time` and its `time-offset` as written: digits read, ranges not checked.
    package struct FullTime: Sendable, Hashable {
        package var hour: Int64
        package var minute: Int64
        package var second: Int64
        /// The indexes of the fraction's digits in the bytes read (empty without a fraction).
        package var fraction: Range<Int>
        /// The zone; `nil` only when it was not required and absent.
        package var offset: TimeOffset?

        @inlinable package init(hour: Int64, minute: Int64, second: Int64, fraction: Range<Int>, offset: TimeOffset?) {
            self.hour = hour
            self.minute = minute
            self.second = second
            self.fraction = fraction
            self.offset = offset
        }
    }

    /// A `date-time` as written.
    package struct DateTime: Sendable, Hashable {
        package var date: FullDate
        package var time: FullTime

        @inlinable package init(date: FullDate, time: FullTime) {
            self.date = date
            self.time = time
        }
    }

    /// Reads `YYYY-MM-DD(T|t)hh:mm:ss[.f+](Z|z|±hh:mm)`, the whole of `bytes`; `nil` when the shape is wrong.
    ///
    /// - Parameters:
    ///   - bytes: UTF-8 bytes.
    ///   - allowingSpace: Whether a space may separate date and time (ISO 8601 as some AWS APIs print it).
    ///   - requiringOffset: Whether the zone is required; without it, a missing zone gives `offset == nil`.
    /// - Returns: The fields, ranges unchecked.
    @inlinable
    package static func readDateTime<Bytes: RandomAccessCollection<UInt8>>(
        _ bytes: Bytes, allowingSpace: Bool = false, requiringOffset: Bool = true
    ) -> DateTime? where Bytes.Index == Int {
        let start = bytes.startIndex
        guard start + 10 < bytes.endIndex else { return nil }
        let separator = bytes[start + 10]
        guard
            separator == UInt8(ascii: "T") || separator == UInt8(ascii: "t")
                || (allowingSpace && separator == UInt8(ascii: " ")),
            let date = readFullDate(bytes, at: start),
            let time = readFullTime(bytes, from: start + 11, requiringOffset: requiringOffset)
        else { return nil }
        return DateTime(date: date, time: time)
    }

    /// Reads the 10 bytes `YYYY-MM-DD` at `index`; `nil` when they are not there.
    @inlinable
    package static func readFullDate<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, at index: Int) -> FullDate?
    where Bytes.Index == Int {
        guard index >= bytes.startIndex, index + 10 <= bytes.endIndex, bytes[index + 4] == UInt8(ascii: "-"),
            bytes[index + 7] == UInt8(ascii: "-"), let year = digits(bytes, index, 4),
            let month = digits(bytes, index + 5, 2), let day = digits(bytes, index + 8, 2)
        else { return nil }
        return FullDate(year: year, month: month, day: day)
    }

    /// Reads `hh:mm:ss[.f+]` at `start` and then the zone (`Z`, `z`, `±hh:mm`) up to the end of `bytes`.
    ///
    /// - Parameters:
    ///   - bytes: UTF-8 bytes.
    ///   - start: Where the time begins.
    ///   - requiringOffset: Whether the zone is required; otherwise the time may end after the seconds or fraction.
    /// - Returns: The fields, ranges unchecked; `nil` when the shape is wrong or bytes follow the zone.
    @inlinable
    package static func readFullTime<Bytes: RandomAccessCollection<UInt8>>(
        _ bytes: Bytes, from start: Int, requiringOffset: Bool
    ) -> FullTime? where Bytes.Index == Int {
        let end = bytes.endIndex
        guard start >= bytes.startIndex, start + 8 <= end, bytes[start + 2] == UInt8(ascii: ":"),
            bytes[start + 5] == UInt8(ascii: ":"), let hour = digits(bytes, start, 2),
            let minute = digits(bytes, start + 3, 2), let second = digits(bytes, start + 6, 2)
        else { return nil }
        var index = start + 8
        var fraction = index..<index
        if index < end, bytes[index] == UInt8(ascii: ".") {
            index += 1
            let digitsStart = index
            while index < end, bytes[index] &- UInt8(ascii: "0") < 10 { index += 1 }
            guard index > digitsStart else { return nil }
            fraction = digitsStart..<index
        }
        var offset: TimeOffset?
        if index < end {
            switch bytes[index] {
            case UInt8(ascii: "Z"), UInt8(ascii: "z"):
                guard index + 1 == end else { return nil }
                offset = TimeOffset(sign: 1, hours: 0, minutes: 0)
            case UInt8(ascii: "+"), UInt8(ascii: "-"):
                guard end - index == 6, bytes[index + 3] == UInt8(ascii: ":"), let hours = digits(bytes, index + 1, 2),
                    let minutes = digits(bytes, index + 4, 2)
                else { return nil }
                offset = TimeOffset(sign: bytes[index] == UInt8(ascii: "+") ? 1 : -1, hours: hours, minutes: minutes)
            default:
                return nil
            }
        } else if requiringOffset {
            return nil
        }
        return FullTime(hour: hour, minute: minute, second: second, fraction: fraction, offset: offset)
    }

    /// The value of the `count` ASCII digits at `index`; `nil` when out of bounds or not all digits.
    @inlinable
    package static func digits<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, _ index: Int, _ count: Int)
        -> Int64?
    where Bytes.Index == Int {
        guard index >= bytes.startIndex, index + count <= bytes.endIndex else { return nil }
        var value: Int64 = 0
        for position in index..<(index + count) {
            let digit = bytes[position] &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            value = value * 10 + Int64(digit)
        }
        return value
    }

    /// The days of `month` (1…12) in `year` of the proleptic Gregorian calendar.
    @inlinable
    package static func daysIn(month: Int64, year: Int64) -> Int64 {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 for a proleptic Gregorian date (H. Hinnant's algorithm).
    @inlinable
    package static func daysFromCivil(year: Int64, month: Int64, day: Int64) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The civil date of a day count since 1970-01-01.
    package static func civil(fromDays days: Int64) -> (year: Int64, month: Int64, day: Int64) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    static func pad(_ value: Int64, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }
}
