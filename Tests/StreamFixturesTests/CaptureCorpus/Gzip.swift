/// A minimal gzip encoder (RFC 1952 around RFC 1951 stored blocks).
///
/// Real captures arrive gzip-compressed (S3 exports, subscription payloads, Firehose objects). Stored blocks
/// (`BTYPE 00`) compress nothing, which keeps the encoder short and exact: what is inside is byte for byte the
/// input, and any conforming inflater must read it.
enum Gzip {
    /// Most bytes one stored block holds (its `LEN` field is 16 bits).
    static let maximumStoredBlock = 65_535

    /// The block size the corpus uses: small and odd, so that every event (all are longer) is cut by a block
    /// header, whose `NUL` and length bytes break the JSON. A reader that scans the raw bytes for JSON instead of
    /// inflating them therefore finds no event, and the corpus cannot pass by accident.
    static let corpusStoredBlock = 251

    /// One gzip member holding `bytes`.
    ///
    /// - Parameters:
    ///   - bytes: The uncompressed data.
    ///   - blockSize: Bytes per stored block, 1 to ``maximumStoredBlock``.
    /// - Returns: Header (no name, no mtime, OS unknown), stored deflate blocks, CRC-32 and ISIZE.
    static func member(_ bytes: [UInt8], blockSize: Int = corpusStoredBlock) -> [UInt8] {
        let blockSize = min(max(1, blockSize), maximumStoredBlock)
        var out: [UInt8] = [0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xFF]
        out.reserveCapacity(bytes.count + bytes.count / blockSize * 5 + 23)
        var start = 0
        repeat {
            let end = min(start + blockSize, bytes.count)
            let length = UInt16(end - start)
            out.append(end == bytes.count ? 0x01 : 0x00)
            appendLittleEndian(UInt32(length), bytes: 2, to: &out)
            appendLittleEndian(UInt32(~length), bytes: 2, to: &out)
            out += bytes[start..<end]
            start = end
        } while start < bytes.count
        appendLittleEndian(CRC32.checksum(bytes), bytes: 4, to: &out)
        appendLittleEndian(UInt32(truncatingIfNeeded: bytes.count), bytes: 4, to: &out)
        return out
    }

    /// Several gzip members back to back, as Firehose writes an S3 object; `gunzip` reads them as one stream.
    ///
    /// - Parameter parts: The uncompressed data of each member.
    /// - Returns: The members concatenated.
    static func members(_ parts: [[UInt8]]) -> [UInt8] {
        parts.flatMap { member($0) }
    }

    private static func appendLittleEndian(_ value: UInt32, bytes count: Int, to out: inout [UInt8]) {
        for index in 0..<count { out.append(UInt8(truncatingIfNeeded: value >> (8 * UInt32(index)))) }
    }
}
