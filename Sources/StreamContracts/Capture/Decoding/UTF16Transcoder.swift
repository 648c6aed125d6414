/// Transcodes UTF-16 to UTF-8 chunk by chunk.
///
/// Windows tools (PowerShell's `>` redirection, Notepad's "Unicode") save logs as UTF-16 with a byte-order mark;
/// the capture reader reads UTF-8. A code unit cut between chunks (an odd byte) and a surrogate pair cut between
/// chunks are carried over.
///
/// Decision: an unpaired surrogate, or an odd byte at the very end, becomes U+FFFD (`EF BF BD`), so the output is
/// always valid UTF-8 and the JSON after it still parses; each one is counted, and the first one's offset kept, so
/// that a report can say the text was repaired and where.
struct UTF16Transcoder: Sendable {
    /// Whether code units are big-endian (`FE FF` byte-order mark).
    let bigEndian: Bool
    /// Bytes of UTF-16 read so far, counted from the start of the layer's input (the byte-order mark included).
    private(set) var offset: Int
    /// How many U+FFFD replacements were written.
    private(set) var replacements = 0
    /// The offset of the first replaced code unit (or odd byte).
    private(set) var firstReplacementOffset: Int?

    private var pendingByte: UInt8?
    private var pendingHighSurrogate: UInt32?

    /// Creates a transcoder.
    ///
    /// - Parameters:
    ///   - bigEndian: whether code units are big-endian.
    ///   - offset: the offset of the first byte it will read (2 after a byte-order mark).
    init(bigEndian: Bool, offset: Int) {
        self.bigEndian = bigEndian
        self.offset = offset
    }

    /// Transcodes the next bytes.
    ///
    /// - Parameters:
    ///   - bytes: the next UTF-16 bytes.
    ///   - output: receives UTF-8.
    mutating func transcode(_ bytes: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
        guard !bytes.isEmpty else { return }
        output.reserveCapacity(output.count + bytes.count / 2 * 3 + 4)
        var index = 0
        if let first = pendingByte {
            pendingByte = nil
            unit(first, bytes[0], into: &output)
            index = 1
        }
        while index + 1 < bytes.count {
            unit(bytes[index], bytes[index + 1], into: &output)
            index += 2
        }
        if index < bytes.count { pendingByte = bytes[index] }
    }

    /// Ends the text: a high surrogate with no low one, or an odd last byte, becomes U+FFFD.
    ///
    /// - Parameter output: receives the last UTF-8 bytes.
    mutating func finish(into output: inout [UInt8]) {
        if pendingHighSurrogate != nil {
            pendingHighSurrogate = nil
            replace(at: offset - 2, into: &output)
        }
        if pendingByte != nil {
            pendingByte = nil
            replace(at: offset, into: &output)
            offset += 1
        }
    }

    private mutating func unit(_ first: UInt8, _ second: UInt8, into output: inout [UInt8]) {
        let unit = bigEndian ? UInt32(first) << 8 | UInt32(second) : UInt32(second) << 8 | UInt32(first)
        defer { offset += 2 }
        if let high = pendingHighSurrogate {
            pendingHighSurrogate = nil
            if (0xDC00...0xDFFF).contains(unit) {
                let scalar = 0x10000 + (high - 0xD800) << 10 + (unit - 0xDC00)
                output.append(UInt8(0xF0 | scalar >> 18))
                output.append(UInt8(0x80 | scalar >> 12 & 0x3F))
                output.append(UInt8(0x80 | scalar >> 6 & 0x3F))
                output.append(UInt8(0x80 | scalar & 0x3F))
                return
            }
            replace(at: offset - 2, into: &output)
        }
        switch unit {
        case 0..<0x80:
            output.append(UInt8(unit))
        case 0x80..<0x800:
            output.append(UInt8(0xC0 | unit >> 6))
            output.append(UInt8(0x80 | unit & 0x3F))
        case 0xD800...0xDBFF:
            pendingHighSurrogate = unit
        case 0xDC00...0xDFFF:
            replace(at: offset, into: &output)
        default:
            output.append(UInt8(0xE0 | unit >> 12))
            output.append(UInt8(0x80 | unit >> 6 & 0x3F))
            output.append(UInt8(0x80 | unit & 0x3F))
        }
    }

    private mutating func replace(at offset: Int, into output: inout [UInt8]) {
        output.append(contentsOf: [0xEF, 0xBF, 0xBD])
        replacements += 1
        if firstReplacementOffset == nil { firstReplacementOffset = offset }
    }
}
