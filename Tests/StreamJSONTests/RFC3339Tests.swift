import Testing

@testable import StreamJSON

@Suite struct RFC3339Tests {
    @Test func readsTheShapeAndLeavesRangesToTheCaller() throws {
        let bytes = Array("2024-13-32T24:60:61.250+25:99".utf8)[...]
        let fields = try #require(RFC3339.readDateTime(bytes))
        #expect(fields.date == RFC3339.FullDate(year: 2024, month: 13, day: 32))
        #expect(!fields.date.isCalendarDate)
        #expect((fields.time.hour, fields.time.minute, fields.time.second) == (24, 60, 61))
        #expect(bytes[fields.time.fraction].elementsEqual("250".utf8))
        #expect(fields.time.offset == RFC3339.TimeOffset(sign: 1, hours: 25, minutes: 99))
    }

    @Test func theZoneAndTheSeparatorFollowTheCallersPolicy() {
        func read(_ text: String, space: Bool = false, offset: Bool = true) -> RFC3339.DateTime? {
            RFC3339.readDateTime(Array(text.utf8)[...], allowingSpace: space, requiringOffset: offset)
        }
        #expect(read("2024-01-02T00:00:00") == nil)
        #expect(read("2024-01-02T00:00:00", offset: false)?.time.offset == nil)
        #expect(read("2024-01-02 00:00:00Z") == nil)
        #expect(read("2024-01-02 00:00:00z", space: true)?.time.offset?.seconds == 0)
        #expect(read("2024-01-02T00:00:00-05:30")?.time.offset?.seconds == -19_800)
        #expect(read("2024-01-02T00:00:00.Z") == nil)
        #expect(read("2024-01-02T00:00:00Z ") == nil)
        #expect(read("2024-01-02T00:00:00+05:30 ") == nil)
        let slice = Array("xx12:30:45.5Z".utf8)[2...]
        #expect(RFC3339.readFullTime(slice, from: slice.startIndex, requiringOffset: true)?.fraction == 11..<12)
    }

    @Test func parseReadsStreamLabels() {
        #expect(RFC3339.parse("2024-01-02T00:00:00Z") == 1_704_153_600)
        #expect(RFC3339.parse("2024-01-02T00:00:00.000") == 1_704_153_600)
        #expect(RFC3339.parse("2024-01-02T01:00:00+01:00") == 1_704_153_600)
        #expect(RFC3339.parse("2024-02-30T00:00:00Z") == nil)
    }

    /// `parse` as it was before it was built on `readDateTime`: results must not change.
    @Test func parseAgreesWithItsPreviousImplementation() {
        for candidate in RFC3339Candidates.all {
            let text = String(decoding: candidate, as: UTF8.self)
            #expect(RFC3339.parse(text) == LegacyRFC3339.parse(text), "\(text)")
        }
    }
}

/// The previous `RFC3339.parse` of StreamEvents, verbatim.
private enum LegacyRFC3339 {
    /// Parses `YYYY-MM-DDThh:mm:ss[.f+](Z|±hh:mm)` (also lowercase `t`/`z`, and no zone, read as
    /// UTC, as DynamoDB stream labels are) into seconds since 1970; `nil` when malformed.
    static func parse(_ text: String) -> Double? {
        let b = Array(text.utf8)
        func number(_ start: Int, _ length: Int) -> Int64? {
            guard start + length <= b.count else { return nil }
            var value: Int64 = 0
            for i in start..<(start + length) {
                let d = b[i] &- UInt8(ascii: "0")
                guard d < 10 else { return nil }
                value = value * 10 + Int64(d)
            }
            return value
        }
        guard b.count >= 19, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"),
            b[10] == UInt8(ascii: "T") || b[10] == UInt8(ascii: "t"),
            b[13] == UInt8(ascii: ":"), b[16] == UInt8(ascii: ":"),
            let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
            let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2),
            (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year),
            hour < 24, minute < 60, second <= 60
        else { return nil }
        var index = 19
        var fraction = 0.0
        if index < b.count, b[index] == UInt8(ascii: ".") {
            index += 1
            var scale = 0.1
            let start = index
            while index < b.count, b[index] &- UInt8(ascii: "0") < 10 {
                fraction += Double(b[index] &- UInt8(ascii: "0")) * scale
                scale /= 10
                index += 1
            }
            guard index > start else { return nil }
        }
        var offset: Int64 = 0
        if index < b.count {
            switch b[index] {
            case UInt8(ascii: "Z"), UInt8(ascii: "z"):
                index += 1
            case UInt8(ascii: "+"), UInt8(ascii: "-"):
                guard index + 6 == b.count, b[index + 3] == UInt8(ascii: ":"),
                    let h = number(index + 1, 2), let m = number(index + 4, 2), h < 24, m < 60
                else { return nil }
                offset = (h * 3600 + m * 60) * (b[index] == UInt8(ascii: "+") ? 1 : -1)
                index += 6
            default:
                return nil
            }
        }
        guard index == b.count else { return nil }
        let days = daysFromCivil(year: year, month: month, day: day)
        let seconds = days * 86_400 + hour * 3600 + minute * 60 + second - offset
        return Double(seconds) + fraction
    }

    static func daysIn(month: Int64, year: Int64) -> Int64 {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 for a proleptic Gregorian date (H. Hinnant's algorithm).
    static func daysFromCivil(year: Int64, month: Int64, day: Int64) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
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
