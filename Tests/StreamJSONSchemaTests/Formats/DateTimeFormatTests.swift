import Testing

@testable import StreamJSONSchema

@Suite struct DateTimeFormatTests {
    /// `DateTimeFormat` as it was before it was built on `RFC3339`: results must not change.
    @Test func agreesWithItsPreviousImplementation() {
        for candidate in RFC3339Candidates.all {
            let text = String(decoding: candidate, as: UTF8.self)
            #expect(DateTimeFormat.isDateTime(text) == LegacyDateTimeFormat.isDateTime(text), "\(text)")
            #expect(DateTimeFormat.isDate(text) == LegacyDateTimeFormat.isDate(text), "\(text)")
            #expect(DateTimeFormat.isTime(text) == LegacyDateTimeFormat.isTime(text), "\(text)")
        }
    }
}

/// The previous `DateTimeFormat`, verbatim.
///
/// Checks `date`, `time` and `date-time` strictly by the RFC 3339 ABNF.
///
/// ASCII digits only, `T`/`Z` in either case, a mandatory offset on times, and a second of 60 only where the
/// instant, moved to UTC by its offset, is 23:59:60.
private enum LegacyDateTimeFormat {
    static func isDate(_ value: String) -> Bool {
        let bytes = Array(value.utf8)
        return bytes.count == 10 && fullDate(bytes[...])
    }

    static func isTime(_ value: String) -> Bool {
        fullTime(Array(value.utf8)[...])
    }

    static func isDateTime(_ value: String) -> Bool {
        let bytes = Array(value.utf8)
        guard bytes.count > 11, bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: "t") else { return false }
        return fullDate(bytes[0..<10]) && fullTime(bytes[11...])
    }

    /// Reads `count` ASCII digits at `index` as a number.
    static func number(_ bytes: ArraySlice<UInt8>, _ index: Int, _ count: Int) -> Int? {
        guard index >= bytes.startIndex, index + count <= bytes.endIndex else { return nil }
        var value = 0
        for position in index..<(index + count) {
            let byte = bytes[position]
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }

    static func isLeapYear(_ year: Int) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// `date-fullyear "-" date-month "-" date-mday`, exactly 10 bytes.
    static func fullDate(_ bytes: ArraySlice<UInt8>) -> Bool {
        let start = bytes.startIndex
        guard bytes.count == 10, bytes[start + 4] == UInt8(ascii: "-"), bytes[start + 7] == UInt8(ascii: "-"),
            let year = number(bytes, start, 4), let month = number(bytes, start + 5, 2),
            let day = number(bytes, start + 8, 2)
        else { return false }
        return (1...12).contains(month) && day >= 1 && day <= daysIn(month: month, year: year)
    }

    /// `partial-time time-offset`.
    static func fullTime(_ bytes: ArraySlice<UInt8>) -> Bool {
        let start = bytes.startIndex
        guard bytes.count >= 9, bytes[start + 2] == UInt8(ascii: ":"), bytes[start + 5] == UInt8(ascii: ":"),
            let hour = number(bytes, start, 2), let minute = number(bytes, start + 3, 2),
            let second = number(bytes, start + 6, 2), hour <= 23, minute <= 59, second <= 60
        else { return false }
        var index = start + 8
        if bytes[index] == UInt8(ascii: ".") {
            index += 1
            let digitsStart = index
            while index < bytes.endIndex, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
            guard index > digitsStart else { return false }
        }
        guard index < bytes.endIndex else { return false }
        var offsetMinutes = 0
        switch bytes[index] {
        case UInt8(ascii: "Z"), UInt8(ascii: "z"):
            guard index + 1 == bytes.endIndex else { return false }
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            guard bytes.endIndex - index == 6, bytes[index + 3] == UInt8(ascii: ":"),
                let offsetHour = number(bytes, index + 1, 2), let offsetMinute = number(bytes, index + 4, 2),
                offsetHour <= 23, offsetMinute <= 59
            else { return false }
            offsetMinutes = (offsetHour * 60 + offsetMinute) * (bytes[index] == UInt8(ascii: "+") ? 1 : -1)
        default:
            return false
        }
        if second == 60 {
            // The leap second exists only at 23:59:60 UTC.
            let utc = ((hour * 60 + minute - offsetMinutes) % 1440 + 1440) % 1440
            return utc == 23 * 60 + 59
        }
        return true
    }
}

/// Date-time-like strings around the edges of every reader's policy: valid seeds, each byte replaced by each byte
/// of an alphabet of digits and separators, and every truncation and one-byte extension.
enum RFC3339Candidates {
    static let seeds = [
        "2024-01-02T00:00:00Z", "2024-01-02t00:00:00.123456789123z", "2024-02-29T23:59:60+00:00",
        "2023-02-29 12:30:45.5-05:30", "1999-12-31T23:59:60-23:59", "2024-13-32T24:60:61+24:60",
        "0000-01-01T00:00:00", "2024-04-31T00:00:00.0+01:00", "9999-12-31T23:59:59.999Z",
        "2024-06-30T23:59:60Z", "12:30:45Z", "23:59:60+01:00", "2024-01-02",
    ]
    static let alphabet = Array("0123456789-:.TtZz +xé".utf8)

    static let all: [[UInt8]] = {
        var result: Set<[UInt8]> = []
        for seed in seeds.map({ Array($0.utf8) }) {
            result.insert(seed)
            for position in seed.indices {
                for byte in alphabet {
                    var variant = seed
                    variant[position] = byte
                    result.insert(variant)
                }
                result.insert(Array(seed[..<position]))
            }
            for byte in alphabet { result.insert(seed + [byte]) }
        }
        return result.sorted { $0.lexicographicallyPrecedes($1) }
    }()
}
