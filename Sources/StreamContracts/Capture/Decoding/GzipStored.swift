/// Writes gzip with stored (uncompressed) deflate blocks: what redaction puts back into Kinesis data that was gzip,
/// and what tests feed the capture reader.
///
/// The package decompresses (the capture reader's `Inflate`) but has no compressor; a stored stream is valid gzip
/// that every reader opens, needs no compressor, and is byte-stable: modification time 0, OS 255 (unknown).
package enum GzipStored {
    /// The largest stored block (RFC 1951 §3.2.4).
    static let blockSize = 65_535

    /// `bytes` as one gzip member.
    package static func compress(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = [0x1F, 0x8B, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0xFF]
        var start = 0
        repeat {
            let end = min(start + blockSize, bytes.count)
            let length = UInt16(end - start)
            output.append(end == bytes.count ? 0x01 : 0x00)
            output += [UInt8(length & 0xFF), UInt8(length >> 8), UInt8(~length & 0xFF), UInt8(~length >> 8)]
            output += bytes[start..<end]
            start = end
        } while start < bytes.count
        output += littleEndian(Inflate.crc32(bytes))
        output += littleEndian(UInt32(truncatingIfNeeded: bytes.count))
        return output
    }

    static func littleEndian(_ value: UInt32) -> [UInt8] {
        [0, 8, 16, 24].map { UInt8(truncatingIfNeeded: value >> UInt32($0)) }
    }
}
