/// The one low-level JSON byte writer: ``JSONWriter``, ``StreamJSONEncoder`` and the generators' event writers all
/// write through it.
///
/// It owns the rules that make output canonical — strings escape `"`, `\` and control characters only (never `/` or
/// non-ASCII), integers are plain decimal, ``JSONNumber`` keeps its exact text — and the fast primitives behind
/// them: string escaping that scans eight bytes at a time and copies runs without escapes in one piece, digits
/// written on the stack, base64 straight into the output. Output goes into a growable buffer with cheap small
/// appends: documents are written as many short pieces (a key, a few digits, a quote), and for those `Array`'s
/// `append(contentsOf:)` spends more on its generic bookkeeping than on copying.
///
/// Two layers: the `append…` primitives write exactly what they are given, no separators; the value methods
/// (``beginObject()``, ``member(_:)``, ``key(_:)``, ``string(_:)-(String)``, ``int(_:)`` …) write compact JSON and
/// place the commas themselves. A member name written in the source goes through ``member(_:)``, a name known only
/// at run time through ``key(_:)``: they are two names, not two overloads, because a string literal given to an
/// overloaded `key` would pick the `String` one (Swift prefers `String` for literals) and take the slower path.
///
/// ```swift
/// var writer = JSONByteWriter()
/// writer.beginObject()
/// writer.member("id")
/// writer.int(7)
/// writer.endObject()
/// writer.bytes  // {"id":7}
/// ```
package struct JSONByteWriter: Sendable {
    /// The bytes, shared between copies until one of them writes (`@unchecked`: it is only written when uniquely
    /// referenced).
    private final class Storage: @unchecked Sendable {
        var base: UnsafeMutablePointer<UInt8>
        var count = 0
        var capacity: Int

        init(capacity: Int) {
            self.capacity = max(16, capacity)
            base = .allocate(capacity: self.capacity)
        }

        deinit { base.deallocate() }

        func copy(capacity: Int) -> Storage {
            let copy = Storage(capacity: capacity)
            copy.base.initialize(from: base, count: count)
            copy.count = count
            return copy
        }
    }

    private var storage: Storage
    /// Whether the next value needs a comma before it.
    private var needsComma = false

    /// An empty writer with room for `capacity` bytes before it grows.
    package init(capacity: Int = 512) { storage = Storage(capacity: capacity) }

    /// The number of bytes written.
    package var count: Int { storage.count }

    /// The bytes written, as an array.
    package var bytes: [UInt8] { [UInt8](UnsafeBufferPointer(start: storage.base, count: storage.count)) }

    /// Appends the bytes written to `array`.
    package func appendBytes(to array: inout [UInt8]) {
        array.append(contentsOf: UnsafeBufferPointer(start: storage.base, count: storage.count))
    }

    // MARK: - Bytes as they are

    /// Where the next `extra` bytes go, after making the storage unique and large enough.
    @inline(__always)
    private mutating func reserve(_ extra: Int) -> UnsafeMutablePointer<UInt8> {
        let needed = storage.count + extra
        if !isKnownUniquelyReferenced(&storage) || needed > storage.capacity {
            storage = storage.copy(capacity: max(needed, storage.capacity * 2))
        }
        return storage.base + storage.count
    }

    /// Makes room for `extra` more bytes at once.
    package mutating func reserveCapacity(_ extra: Int) { _ = reserve(extra) }

    /// Appends one byte.
    @inline(__always)
    package mutating func append(_ byte: UInt8) {
        reserve(1).pointee = byte
        storage.count += 1
    }

    /// Appends `count` bytes from `source`.
    @inline(__always)
    package mutating func append(_ source: UnsafePointer<UInt8>, count: Int) {
        guard count > 0 else { return }
        reserve(count).initialize(from: source, count: count)
        storage.count += count
    }

    /// Appends bytes from any sequence (contiguous ones in one copy).
    package mutating func append(contentsOf bytes: some Sequence<UInt8>) {
        let copied: Void? = bytes.withContiguousStorageIfAvailable { buffer in
            if let base = buffer.baseAddress { append(base, count: buffer.count) }
        }
        if copied != nil { return }
        for byte in bytes { append(byte) }
    }

    /// Appends static text as it is.
    @inline(__always)
    package mutating func raw(_ text: StaticString) {
        append(text.utf8Start, count: text.utf8CodeUnitCount)
    }

    /// Appends `value` in decimal, left-padded with zeros to `width` digits (at most 20).
    package mutating func rawDigits(_ value: UInt64, width: Int = 1) {
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
            if let base = buffer.baseAddress { append(base + start, count: 20 - start) }
        }
    }

    /// Appends `value` in decimal with a leading `-` when negative.
    package mutating func rawInteger(_ value: Int64) {
        if value < 0 { append(UInt8(ascii: "-")) }
        rawDigits(value.magnitude)
    }

    /// Appends UTF-8 `text` as a JSON string literal: escapes `"`, `\` and control characters only.
    ///
    /// Contiguous text (native `String.UTF8View`, arrays) is copied in runs between the bytes that need escaping,
    /// found eight bytes at a time, which keeps long strings such as base64 data at memory-copy speed.
    package mutating func appendString(_ text: some Collection<UInt8>) {
        let copied: Void? = text.withContiguousStorageIfAvailable { appendString(buffer: $0) }
        if copied != nil { return }
        append(UInt8(ascii: "\""))
        for byte in text {
            if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                appendEscaped(byte)
            } else {
                append(byte)
            }
        }
        append(UInt8(ascii: "\""))
    }

    /// `appendString(_:)` for a `String`: the same bytes without the generic call, whose protocol dispatch to reach
    /// the string's storage costs as much as writing a short string when the caller is in another module.
    package mutating func appendString(_ text: String) {
        // Read in place (`withUTF8` needs a mutable copy: a retain and a release per string); text without contiguous
        // UTF-8 (bridged strings) takes the collection path.
        let written: Void? = text.utf8.withContiguousStorageIfAvailable { appendString(buffer: $0) }
        if written == nil { appendString(text.utf8) }
    }

    /// `appendString` for contiguous text: whole runs without escapes are copied at once, found eight bytes at a
    /// time (a word is skipped when none of its bytes is a control character, `"` or `\`).
    private mutating func appendString(buffer: UnsafeBufferPointer<UInt8>) {
        guard let base = buffer.baseAddress else {
            raw("\"\"")
            return
        }
        let count = buffer.count
        if !Self.needsEscaping(base, count: count) {
            // Nearly all text: one reservation, the quotes and one copy.
            let output = reserve(count + 2)
            output.pointee = UInt8(ascii: "\"")
            UnsafeMutableRawPointer(output + 1).copyMemory(from: base, byteCount: count)
            output[count + 1] = UInt8(ascii: "\"")
            storage.count += count + 2
            return
        }
        append(UInt8(ascii: "\""))
        var runStart = 0
        var index = 0
        while index < count {
            while index + 8 <= count,
                !Self.wordNeedsEscaping(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
            {
                index += 8
            }
            let stop = min(index + 8, count)
            while index < stop {
                let byte = base[index]
                if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { break }
                index += 1
            }
            guard index < stop else { continue }
            append(base + runStart, count: index - runStart)
            appendEscaped(base[index])
            index += 1
            runStart = index
        }
        append(base + runStart, count: count - runStart)
        append(UInt8(ascii: "\""))
    }

    /// Whether any of the `count` bytes at `base` is below 0x20, `"` or `\`: eight bytes at a time, then the tail.
    @inline(__always)
    private static func needsEscaping(_ base: UnsafePointer<UInt8>, count: Int) -> Bool {
        var index = 0
        while index + 8 <= count {
            if wordNeedsEscaping(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) { return true }
            index += 8
        }
        while index < count {
            let byte = base[index]
            if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { return true }
            index += 1
        }
        return false
    }

    /// Whether any byte of `word` is below 0x20, `"` or `\` (bit tricks: a byte is zero after the subtraction
    /// or comparison only if it matched).
    @inline(__always)
    private static func wordNeedsEscaping(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let control = (word &- ones &* 0x20) & ~word & highs
        let quote = word ^ (ones &* 0x22)
        let backslash = word ^ (ones &* 0x5C)
        let quotes = (quote &- ones) & ~quote & highs
        let backslashes = (backslash &- ones) & ~backslash & highs
        return control | quotes | backslashes != 0
    }

    /// Appends the escape sequence of `"`, `\` or a control character.
    private mutating func appendEscaped(_ byte: UInt8) {
        append(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): append(byte)
        case 0x0A: append(UInt8(ascii: "n"))
        case 0x0D: append(UInt8(ascii: "r"))
        case 0x09: append(UInt8(ascii: "t"))
        case 0x08: append(UInt8(ascii: "b"))
        case 0x0C: append(UInt8(ascii: "f"))
        default:
            let hex: StaticString = "0123456789abcdef"
            raw("u00")
            append(hex.utf8Start[Int(byte >> 4)])
            append(hex.utf8Start[Int(byte & 0xF)])
        }
    }

    private static let base64Alphabet: StaticString = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

    /// Every 12-bit value → its two base64 characters, the first in the low byte (the order they are stored in).
    private static let base64Pairs: [UInt16] = (0..<4096).map { value in
        let alphabet = base64Alphabet.utf8Start
        return UInt16(alphabet[value >> 6]) | UInt16(alphabet[value & 0x3F]) << 8
    }

    /// Appends `data` as a JSON string of padded standard base64, written straight into the output (base64 needs
    /// no escaping).
    package mutating func appendBase64String(_ data: UnsafeRawBufferPointer) {
        let count = data.count
        let length = (count + 2) / 3 * 4
        let output = reserve(length + 2)
        let alphabet = Self.base64Alphabet.utf8Start
        output[0] = UInt8(ascii: "\"")
        var position = 1
        var index = 0
        // Three bytes at a time: two loads from the table of character pairs, one four-byte store.
        Self.base64Pairs.withUnsafeBufferPointer { pairs in
            while index + 3 <= count {
                let value = Int(data[index]) << 16 | Int(data[index + 1]) << 8 | Int(data[index + 2])
                let word = UInt32(pairs[value >> 12]) | UInt32(pairs[value & 0xFFF]) << 16
                UnsafeMutableRawPointer(output + position).storeBytes(of: word.littleEndian, as: UInt32.self)
                position += 4
                index += 3
            }
        }
        if count - index == 1 {
            let value = UInt32(data[index]) << 16
            output[position] = alphabet[Int(value >> 18)]
            output[position + 1] = alphabet[Int(value >> 12 & 0x3F)]
            output[position + 2] = UInt8(ascii: "=")
            output[position + 3] = UInt8(ascii: "=")
            position += 4
        } else if count - index == 2 {
            let value = UInt32(data[index]) << 16 | UInt32(data[index + 1]) << 8
            output[position] = alphabet[Int(value >> 18)]
            output[position + 1] = alphabet[Int(value >> 12 & 0x3F)]
            output[position + 2] = alphabet[Int(value >> 6 & 0x3F)]
            output[position + 3] = UInt8(ascii: "=")
            position += 4
        }
        output[position] = UInt8(ascii: "\"")
        storage.count += position + 1
    }

    /// Appends `value` as compact JSON, members in order.
    package mutating func appendValue(_ value: JSONValue) {
        switch value {
        case .null: raw("null")
        case .bool(let flag): if flag { raw("true") } else { raw("false") }
        case .number(let number): append(contentsOf: number.text.utf8)
        case .string(let text): appendString(text.utf8)
        case .array(let elements):
            append(UInt8(ascii: "["))
            for (position, element) in elements.enumerated() {
                if position > 0 { append(UInt8(ascii: ",")) }
                appendValue(element)
            }
            append(UInt8(ascii: "]"))
        case .object(let object):
            append(UInt8(ascii: "{"))
            for (position, member) in object.members.enumerated() {
                if position > 0 { append(UInt8(ascii: ",")) }
                appendString(member.key.utf8)
                append(UInt8(ascii: ":"))
                appendValue(member.value)
            }
            append(UInt8(ascii: "}"))
        }
    }

    // MARK: - Compact values with automatic commas

    private mutating func separate() {
        if needsComma { append(UInt8(ascii: ",")) }
    }

    /// `{`, after a comma when a value came before.
    package mutating func beginObject() {
        separate()
        append(UInt8(ascii: "{"))
        needsComma = false
    }

    /// `}`.
    package mutating func endObject() {
        append(UInt8(ascii: "}"))
        needsComma = true
    }

    /// `[`, after a comma when a value came before.
    package mutating func beginArray() {
        separate()
        append(UInt8(ascii: "["))
        needsComma = false
    }

    /// `]`.
    package mutating func endArray() {
        append(UInt8(ascii: "]"))
        needsComma = true
    }

    /// `"name":` for a member name written in the source, which needs no escaping: one copy, no escape scan.
    package mutating func member(_ name: StaticString) {
        // One append instead of five: `,"name":` is assembled on the stack.
        let count = name.utf8CodeUnitCount
        let comma = needsComma
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count + 4) { buffer in
            var position = 0
            if comma {
                buffer[0] = UInt8(ascii: ",")
                position = 1
            }
            buffer[position] = UInt8(ascii: "\"")
            _ = buffer[(position + 1)...].initialize(
                fromContentsOf: UnsafeBufferPointer(start: name.utf8Start, count: count))
            position += count + 1
            buffer[position] = UInt8(ascii: "\"")
            buffer[position + 1] = UInt8(ascii: ":")
            if let base = buffer.baseAddress { append(base, count: position + 2) }
        }
        needsComma = false
    }

    /// `"key":` for a member name known at run time, escaped as needed.
    package mutating func key(_ key: String) {
        separate()
        appendString(key.utf8)
        append(UInt8(ascii: ":"))
        needsComma = false
    }

    /// A string value, escaped as needed.
    package mutating func string(_ value: String) {
        separate()
        appendString(value.utf8)
        needsComma = true
    }

    /// A string value from static text that needs no escaping.
    package mutating func string(_ value: StaticString) {
        beginString()
        raw(value)
        endString()
    }

    /// Opens a string value whose content the caller appends with the `raw` methods (ASCII without `"`, `\` or
    /// control characters).
    package mutating func beginString() {
        separate()
        append(UInt8(ascii: "\""))
    }

    /// Closes a string opened with ``beginString()``.
    package mutating func endString() {
        append(UInt8(ascii: "\""))
        needsComma = true
    }

    /// An integer value.
    package mutating func int(_ value: Int) {
        separate()
        rawInteger(Int64(value))
        needsComma = true
    }

    /// A decimal with `scale` fraction digits from an integer count of the smallest unit (`1999, 2` → `19.99`).
    package mutating func decimal(_ units: Int, scale: Int) {
        separate()
        if units < 0 { append(UInt8(ascii: "-")) }
        var divisor: UInt64 = 1
        for _ in 0..<scale { divisor *= 10 }
        let magnitude = UInt64(units.magnitude)
        rawDigits(magnitude / divisor)
        if scale > 0 {
            append(UInt8(ascii: "."))
            rawDigits(magnitude % divisor, width: scale)
        }
        needsComma = true
    }

    /// A number value in its exact text.
    package mutating func number(_ value: JSONNumber) {
        separate()
        append(contentsOf: value.text.utf8)
        needsComma = true
    }

    /// `true` or `false`.
    package mutating func bool(_ value: Bool) {
        separate()
        if value { raw("true") } else { raw("false") }
        needsComma = true
    }

    /// `null`.
    package mutating func null() {
        separate()
        raw("null")
        needsComma = true
    }

    /// A string of padded standard base64.
    package mutating func base64(_ data: [UInt8]) {
        separate()
        data.withUnsafeBytes { appendBase64String($0) }
        needsComma = true
    }

    /// Any JSON value, compact.
    package mutating func value(_ value: JSONValue) {
        separate()
        appendValue(value)
        needsComma = true
    }
}
