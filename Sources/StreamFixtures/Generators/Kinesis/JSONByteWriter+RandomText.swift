import StreamEvents
import StreamJSON

/// The generators' additions to StreamJSON's byte writer: random identifiers and timestamps written straight into
/// the output.
extension JSONByteWriter {
    /// Lowercase hex digits from random words.
    mutating func rawHex(_ count: Int, using random: inout SeededRandom) {
        let digits: StaticString = "0123456789abcdef"
        var word: UInt64 = 0
        for index in 0..<count {
            if index % 16 == 0 { word = random.next() }
            append(digits.utf8Start[Int(word & 0xF)])
            word >>= 4
        }
    }

    /// Lowercase letters and digits from random draws.
    mutating func rawAlphanumeric(_ count: Int, using random: inout SeededRandom) {
        let alphabet: StaticString = "abcdefghijklmnopqrstuvwxyz0123456789"
        for _ in 0..<count { append(alphabet.utf8Start[Int(random.next(below: 36))]) }
    }

    /// An RFC 3339 UTC timestamp with milliseconds, e.g. `2024-01-01T00:00:00.123Z`.
    mutating func timestamp(_ millis: Int64) {
        beginString()
        rawTimestamp(millis)
        endString()
    }

    /// `YYYY-MM-DDThh:mm:ss.fffZ` for milliseconds since 1970 (years before 1 are written as 0000).
    mutating func rawTimestamp(_ millis: Int64, fractionDigits: Int = 3) {
        let clock = SimulatedClock(start: millis)
        let seconds = clock.wholeSecondsSince1970
        var days = seconds / 86_400
        var rest = seconds % 86_400
        if rest < 0 {
            rest += 86_400
            days -= 1
        }
        let (year, month, day) = RFC3339.civil(fromDays: days)
        rawDigits(UInt64(max(0, year)), width: 4)
        append(UInt8(ascii: "-"))
        rawDigits(UInt64(max(0, month)), width: 2)
        append(UInt8(ascii: "-"))
        rawDigits(UInt64(max(0, day)), width: 2)
        append(UInt8(ascii: "T"))
        rawDigits(UInt64(rest / 3_600), width: 2)
        append(UInt8(ascii: ":"))
        rawDigits(UInt64(rest / 60 % 60), width: 2)
        append(UInt8(ascii: ":"))
        rawDigits(UInt64(rest % 60), width: 2)
        if fractionDigits > 0 {
            append(UInt8(ascii: "."))
            rawDigits(UInt64(millis - seconds * 1_000), width: 3)
        }
        append(UInt8(ascii: "Z"))
    }
}
