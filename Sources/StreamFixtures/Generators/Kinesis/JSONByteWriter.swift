import StreamEvents
import StreamJSON

/// Writes compact JSON straight into a byte buffer, for the generators' hot paths.
///
/// Building `JSONValue` trees costs an allocation per node; payload documents are written here instead, member by
/// member, with commas placed automatically. Keys are static ASCII that needs no escaping; string values go through
/// the shared escaping of ``JSONWriter``, or, for ASCII text the caller composes from known-safe pieces, through
/// ``beginString()`` / ``raw(_:)`` / ``endString()``.
struct JSONByteWriter {
    private var buffer: ByteBuffer
    private var needsComma = false

    init(capacity: Int = 512) { buffer = ByteBuffer(capacity: capacity) }

    /// The bytes written so far.
    var bytes: [UInt8] { buffer.array }

    /// Appends bytes as they are (no separator, no escaping).
    mutating func append(contentsOf bytes: some Sequence<UInt8>) { buffer.append(contentsOf: bytes) }

    private mutating func separate() {
        if needsComma { buffer.append(UInt8(ascii: ",")) }
    }

    mutating func beginObject() {
        separate()
        buffer.append(UInt8(ascii: "{"))
        needsComma = false
    }

    mutating func endObject() {
        buffer.append(UInt8(ascii: "}"))
        needsComma = true
    }

    mutating func beginArray() {
        separate()
        buffer.append(UInt8(ascii: "["))
        needsComma = false
    }

    mutating func endArray() {
        buffer.append(UInt8(ascii: "]"))
        needsComma = true
    }

    /// `"key":` for a key that needs no escaping.
    mutating func key(_ key: StaticString) {
        // One append instead of five: `,"key":` is assembled on the stack.
        let count = key.utf8CodeUnitCount
        let comma = needsComma
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count + 4) { buffer in
            var position = 0
            if comma {
                buffer[0] = UInt8(ascii: ",")
                position = 1
            }
            buffer[position] = UInt8(ascii: "\"")
            _ = buffer[(position + 1)...].initialize(
                fromContentsOf: UnsafeBufferPointer(start: key.utf8Start, count: count))
            position += count + 1
            buffer[position] = UInt8(ascii: "\"")
            buffer[position + 1] = UInt8(ascii: ":")
            if let base = buffer.baseAddress { self.buffer.append(base, count: position + 2) }
        }
        needsComma = false
    }

    /// A string value, escaped as needed.
    mutating func string(_ value: String) {
        separate()
        // Text without `"`, `\` or control characters (nearly all of it) is copied between quotes; the rest goes
        // through the shared escaping of `JSONWriter`.
        let copied: Bool? = value.utf8.withContiguousStorageIfAvailable { utf8 in
            for byte in utf8 where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                return false
            }
            buffer.append(UInt8(ascii: "\""))
            if let base = utf8.baseAddress { buffer.append(base, count: utf8.count) }
            buffer.append(UInt8(ascii: "\""))
            return true
        }
        if copied != true {
            var escaped: [UInt8] = []
            JSONWriter.appendString(value.utf8, to: &escaped)
            buffer.append(contentsOf: escaped)
        }
        needsComma = true
    }

    /// A string value from static text that needs no escaping.
    mutating func string(_ value: StaticString) {
        beginString()
        raw(value)
        endString()
    }

    /// Opens a string value whose content the caller appends with the `raw` methods (ASCII without `"`, `\` or
    /// control characters).
    mutating func beginString() {
        separate()
        buffer.append(UInt8(ascii: "\""))
    }

    mutating func endString() {
        buffer.append(UInt8(ascii: "\""))
        needsComma = true
    }

    mutating func raw(_ text: StaticString) {
        buffer.append(text.utf8Start, count: text.utf8CodeUnitCount)
    }

    /// Appends `value` in decimal, left-padded with zeros to `width` digits (at most 20).
    mutating func rawDigits(_ value: UInt64, width: Int = 1) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { buffer in
            var start = 20
            var rest = value
            repeat {
                start -= 1
                buffer[start] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: rest % 10)
                rest /= 10
            } while rest > 0 && start > 0
            while 20 - start < width, start > 0 {
                start -= 1
                buffer[start] = UInt8(ascii: "0")
            }
            if let base = buffer.baseAddress { self.buffer.append(base + start, count: 20 - start) }
        }
    }

    /// Lowercase hex digits from random words.
    mutating func rawHex(_ count: Int, using random: inout SeededRandom) {
        let digits: StaticString = "0123456789abcdef"
        var word: UInt64 = 0
        for index in 0..<count {
            if index % 16 == 0 { word = random.next() }
            buffer.append(digits.utf8Start[Int(word & 0xF)])
            word >>= 4
        }
    }

    /// Lowercase letters and digits from random draws.
    mutating func rawAlphanumeric(_ count: Int, using random: inout SeededRandom) {
        let alphabet: StaticString = "abcdefghijklmnopqrstuvwxyz0123456789"
        for _ in 0..<count { buffer.append(alphabet.utf8Start[Int(random.next(below: 36))]) }
    }

    mutating func int(_ value: Int) {
        separate()
        if value < 0 { buffer.append(UInt8(ascii: "-")) }
        rawDigits(value.magnitude.toUInt64)
        needsComma = true
    }

    /// A decimal with `scale` fraction digits from an integer count of the smallest unit (`1999, 2` → `19.99`).
    mutating func decimal(_ units: Int, scale: Int) {
        separate()
        if units < 0 { buffer.append(UInt8(ascii: "-")) }
        var divisor: UInt64 = 1
        for _ in 0..<scale { divisor *= 10 }
        let magnitude = units.magnitude.toUInt64
        rawDigits(magnitude / divisor)
        if scale > 0 {
            buffer.append(UInt8(ascii: "."))
            rawDigits(magnitude % divisor, width: scale)
        }
        needsComma = true
    }

    mutating func bool(_ value: Bool) {
        separate()
        raw(value ? "true" : "false")
        needsComma = true
    }

    mutating func null() {
        separate()
        raw("null")
        needsComma = true
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
        buffer.append(UInt8(ascii: "-"))
        rawDigits(UInt64(max(0, month)), width: 2)
        buffer.append(UInt8(ascii: "-"))
        rawDigits(UInt64(max(0, day)), width: 2)
        buffer.append(UInt8(ascii: "T"))
        rawDigits(UInt64(rest / 3_600), width: 2)
        buffer.append(UInt8(ascii: ":"))
        rawDigits(UInt64(rest / 60 % 60), width: 2)
        buffer.append(UInt8(ascii: ":"))
        rawDigits(UInt64(rest % 60), width: 2)
        if fractionDigits > 0 {
            buffer.append(UInt8(ascii: "."))
            rawDigits(UInt64(millis - seconds * 1_000), width: 3)
        }
        buffer.append(UInt8(ascii: "Z"))
    }
}

extension UInt {
    fileprivate var toUInt64: UInt64 { UInt64(self) }
}
