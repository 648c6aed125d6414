import Testing

@testable import StreamContracts

@Suite struct ISOTimestampTests {
    @Test func readsLenientlyWithAZone() throws {
        let instant = try #require(ISOTimestamp(Array("2024-01-02 01:00:00.5+01:00".utf8)[...]))
        #expect(instant.seconds == 1_704_153_600)
        #expect(instant.nanoseconds == 500_000_000)
        #expect(ISOTimestamp(Array("2024-02-31T00:00:00Z".utf8)[...]) != nil)
        #expect(ISOTimestamp(Array("2024-01-02T00:00:00".utf8)[...]) == nil)
    }

    /// `ISOTimestamp` as it was before it was built on `RFC3339.readDateTime`: results must not change.
    @Test func agreesWithItsPreviousImplementation() {
        for candidate in RFC3339Candidates.all {
            let new = ISOTimestamp(candidate[...])
            let old = LegacyISOTimestamp(candidate[...])
            #expect(new?.seconds == old?.seconds, "\(String(decoding: candidate, as: UTF8.self))")
            #expect(new?.nanoseconds == old?.nanoseconds, "\(String(decoding: candidate, as: UTF8.self))")
        }
    }
}

/// The previous `ISOTimestamp`, verbatim.
private struct LegacyISOTimestamp: Comparable {
    let seconds: Int64
    let nanoseconds: Int64

    static func < (lhs: LegacyISOTimestamp, rhs: LegacyISOTimestamp) -> Bool {
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
