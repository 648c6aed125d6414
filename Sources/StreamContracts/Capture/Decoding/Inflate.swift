/// DEFLATE (RFC 1951) decompression with the gzip (RFC 1952) and zlib (RFC 1950) wrappers.
///
/// CloudWatch Logs subscription payloads carry their log events as base64 gzip; one Powertools
/// fixture uses zlib instead. The package may not depend on the system zlib, so this is a small
/// decoder in the manner of a reference inflater: canonical Huffman codes decoded by code length.
/// Every read is bounds-checked, every table is validated, and the output is capped so that a
/// "gzip bomb" ends in an error instead of exhausting memory.
///
/// ```swift
/// let json = try Inflate.decompress(payload, limit: 64 << 20)   // gzip or zlib, detected
/// ```
package enum Inflate {
    /// The default cap on the decompressed size: 64 MiB.
    package static let defaultLimit = 64 << 20

    /// Decompresses gzip or zlib data, telling them apart by their first two bytes.
    ///
    /// - Parameters:
    ///   - data: the compressed bytes.
    ///   - limit: the largest decompressed size accepted.
    /// - Returns: the decompressed bytes.
    /// - Throws: `InflateError` for data that is neither gzip nor zlib, corrupt, truncated, fails its
    ///   checksum, or decompresses to more than `limit` bytes.
    package static func decompress(_ data: [UInt8], limit: Int = defaultLimit) throws(InflateError) -> [UInt8] {
        if data.count >= 2, data[0] == 0x1F, data[1] == 0x8B { return try gunzip(data, limit: limit) }
        if data.count >= 2, data[0] & 0x0F == 8, data[0] >> 4 <= 7, (Int(data[0]) << 8 | Int(data[1])) % 31 == 0 {
            return try zlibDecompress(data, limit: limit)
        }
        throw InflateError(
            .notCompressed, offset: 0,
            "expected gzip (1F 8B) or zlib (78 xx) data, found "
                + (data.isEmpty ? "no bytes" : "bytes \(hexPrefix(data))"))
    }

    /// Decompresses a gzip file: one or more members, each with its CRC-32 and size checked.
    package static func gunzip(_ data: [UInt8], limit: Int = defaultLimit) throws(InflateError) -> [UInt8] {
        var output: [UInt8] = []
        var index = 0
        repeat {
            index = try gunzipMember(data, at: index, into: &output, limit: limit)
        } while index < data.count && data[index] == 0x1F
        if index < data.count {
            throw InflateError(.corrupt, offset: index, "unexpected data after the end of the gzip stream")
        }
        return output
    }

    /// Decompresses a zlib stream and checks its Adler-32.
    package static func zlibDecompress(_ data: [UInt8], limit: Int = defaultLimit) throws(InflateError) -> [UInt8] {
        guard data.count >= 2 else {
            throw InflateError(.truncated, offset: data.count, "the zlib header is cut short")
        }
        let cmf = data[0]
        let flg = data[1]
        guard cmf & 0x0F == 8, cmf >> 4 <= 7 else {
            throw InflateError(
                .corrupt, offset: 0, "zlib compression method must be 8 (deflate) with a window ≤ 32 KiB")
        }
        guard (Int(cmf) << 8 | Int(flg)) % 31 == 0 else {
            throw InflateError(.corrupt, offset: 1, "the zlib header check bits are wrong")
        }
        guard flg & 0x20 == 0 else {
            throw InflateError(.unsupported, offset: 1, "zlib streams with a preset dictionary are not supported")
        }
        var output: [UInt8] = []
        var reader = BitReader(data, at: 2)
        try inflate(&reader, into: &output, limit: limit)
        let end = reader.alignedByteIndex
        guard end + 4 <= data.count else {
            throw InflateError(.truncated, offset: data.count, "the zlib stream ends before its Adler-32 checksum")
        }
        let stored =
            UInt32(data[end]) << 24 | UInt32(data[end + 1]) << 16 | UInt32(data[end + 2]) << 8 | UInt32(data[end + 3])
        let computed = adler32(output)
        guard stored == computed else {
            throw InflateError(
                .checksum, offset: end,
                "Adler-32 mismatch: the stream says \(hex32(stored)), the data gives \(hex32(computed))")
        }
        return output
    }

    /// Decompresses raw DEFLATE data.
    package static func inflateRaw(_ data: [UInt8], limit: Int = defaultLimit) throws(InflateError) -> [UInt8] {
        var output: [UInt8] = []
        var reader = BitReader(data, at: 0)
        try inflate(&reader, into: &output, limit: limit)
        return output
    }

    // MARK: - gzip

    private static func gunzipMember(_ data: [UInt8], at start: Int, into output: inout [UInt8], limit: Int)
        throws(InflateError) -> Int
    {
        guard start + 10 <= data.count else {
            throw InflateError(.truncated, offset: data.count, "the gzip header is cut short")
        }
        guard data[start] == 0x1F, data[start + 1] == 0x8B else {
            throw InflateError(.corrupt, offset: start, "expected the gzip magic 1F 8B")
        }
        guard data[start + 2] == 8 else {
            throw InflateError(
                .unsupported, offset: start + 2, "gzip compression method \(data[start + 2]) is not deflate (8)")
        }
        let flags = data[start + 3]
        guard flags & 0xE0 == 0 else {
            throw InflateError(.corrupt, offset: start + 3, "reserved gzip flag bits are set")
        }
        var index = start + 10
        if flags & 0x04 != 0 {  // FEXTRA
            guard index + 2 <= data.count else {
                throw InflateError(.truncated, offset: data.count, "the gzip extra field is cut short")
            }
            let length = Int(data[index]) | Int(data[index + 1]) << 8
            index += 2 + length
        }
        for flag: UInt8 in [0x08, 0x10] where flags & flag != 0 {  // FNAME, FCOMMENT: zero-terminated
            while index < data.count, data[index] != 0 { index += 1 }
            index += 1
        }
        if flags & 0x02 != 0 { index += 2 }  // FHCRC
        guard index <= data.count else {
            throw InflateError(.truncated, offset: data.count, "the gzip header is cut short")
        }
        let memberStart = output.count
        var reader = BitReader(data, at: index)
        try inflate(&reader, into: &output, limit: limit)
        let end = reader.alignedByteIndex
        guard end + 8 <= data.count else {
            throw InflateError(
                .truncated, offset: data.count, "the gzip stream ends before its CRC-32 and size trailer")
        }
        let stored = littleEndian32(data, end)
        let computed = crc32(output[memberStart...])
        guard stored == computed else {
            throw InflateError(
                .checksum, offset: end,
                "CRC-32 mismatch: the trailer says \(hex32(stored)), the data gives \(hex32(computed))")
        }
        let size = littleEndian32(data, end + 4)
        guard size == UInt32(truncatingIfNeeded: output.count - memberStart) else {
            throw InflateError(
                .checksum, offset: end + 4,
                "size mismatch: the trailer says \(size) bytes, the data has \(output.count - memberStart)")
        }
        return end + 8
    }

    // MARK: - DEFLATE

    private static let lengthBase: [Int] = [
        3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227,
        258,
    ]
    private static let lengthExtra: [Int] = [
        0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
    ]
    private static let distanceBase: [Int] = [
        1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097,
        6145, 8193, 12289, 16385, 24577,
    ]
    private static let distanceExtra: [Int] = [
        0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
    ]
    private static let codeLengthOrder: [Int] = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

    private static let fixedCodes: (literal: Huffman, distance: Huffman) = {
        var lengths = [Int](repeating: 8, count: 288)
        for i in 144..<256 { lengths[i] = 9 }
        for i in 256..<280 { lengths[i] = 7 }
        let literal = Huffman.build(lengths).code
        let distance = Huffman.build([Int](repeating: 5, count: 30)).code
        return (literal, distance)
    }()

    private static func inflate(_ reader: inout BitReader, into output: inout [UInt8], limit: Int) throws(InflateError)
    {
        var isLast = false
        while !isLast {
            isLast = try reader.bits(1) == 1
            switch try reader.bits(2) {
            case 0: try storedBlock(&reader, into: &output, limit: limit)
            case 1: try codedBlock(&reader, fixedCodes.literal, fixedCodes.distance, into: &output, limit: limit)
            case 2:
                let codes = try dynamicCodes(&reader)
                try codedBlock(&reader, codes.literal, codes.distance, into: &output, limit: limit)
            default:
                throw InflateError(.corrupt, offset: reader.byteIndex, "invalid DEFLATE block type 3")
            }
        }
    }

    private static func storedBlock(_ reader: inout BitReader, into output: inout [UInt8], limit: Int)
        throws(InflateError)
    {
        reader.alignToByte()
        let start = reader.byteIndex
        guard start + 4 <= reader.data.count else {
            throw InflateError(.truncated, offset: reader.data.count, "the stored block header is cut short")
        }
        let length = Int(reader.data[start]) | Int(reader.data[start + 1]) << 8
        let complement = Int(reader.data[start + 2]) | Int(reader.data[start + 3]) << 8
        guard length == complement ^ 0xFFFF else {
            throw InflateError(.corrupt, offset: start, "stored block length \(length) does not match its complement")
        }
        guard start + 4 + length <= reader.data.count else {
            throw InflateError(
                .truncated, offset: reader.data.count, "the stored block of \(length) bytes is cut short")
        }
        try checkLimit(output.count + length, limit)
        output.append(contentsOf: reader.data[(start + 4)..<(start + 4 + length)])
        reader.skipBytes(to: start + 4 + length)
    }

    private static func codedBlock(
        _ reader: inout BitReader, _ literal: Huffman, _ distance: Huffman, into output: inout [UInt8], limit: Int
    ) throws(InflateError) {
        while true {
            let symbol = try literal.decode(&reader)
            if symbol < 256 {
                if output.count >= limit { try checkLimit(output.count + 1, limit) }
                output.append(UInt8(symbol))
            } else if symbol == 256 {
                return
            } else {
                let lengthCode = symbol - 257
                guard lengthCode < 29 else {
                    throw InflateError(.corrupt, offset: reader.byteIndex, "invalid length symbol \(symbol)")
                }
                let length = lengthBase[lengthCode] + (try reader.bits(lengthExtra[lengthCode]))
                let distanceCode = try distance.decode(&reader)
                guard distanceCode < 30 else {
                    throw InflateError(.corrupt, offset: reader.byteIndex, "invalid distance symbol \(distanceCode)")
                }
                let back = distanceBase[distanceCode] + (try reader.bits(distanceExtra[distanceCode]))
                guard back <= output.count else {
                    throw InflateError(
                        .corrupt, offset: reader.byteIndex,
                        "a back-reference reaches \(back) bytes back but only \(output.count) bytes were written")
                }
                try checkLimit(output.count + length, limit)
                var from = output.count - back
                for _ in 0..<length {
                    output.append(output[from])
                    from += 1
                }
            }
        }
    }

    private static func dynamicCodes(_ reader: inout BitReader) throws(InflateError) -> (
        literal: Huffman, distance: Huffman
    ) {
        let literalCount = try reader.bits(5) + 257
        let distanceCount = try reader.bits(5) + 1
        let codeLengthCount = try reader.bits(4) + 4
        guard literalCount <= 286, distanceCount <= 30 else {
            throw InflateError(
                .corrupt, offset: reader.byteIndex,
                "a dynamic block declares \(literalCount) literal or \(distanceCount) distance codes")
        }
        var codeLengthLengths = [Int](repeating: 0, count: 19)
        for i in 0..<codeLengthCount { codeLengthLengths[codeLengthOrder[i]] = try reader.bits(3) }
        let built = Huffman.build(codeLengthLengths)
        guard built.left == 0 else {
            throw InflateError(
                .corrupt, offset: reader.byteIndex, "the code-length code is incomplete or over-subscribed")
        }
        let codeLengthCode = built.code
        var lengths: [Int] = []
        lengths.reserveCapacity(literalCount + distanceCount)
        while lengths.count < literalCount + distanceCount {
            let symbol = try codeLengthCode.decode(&reader)
            var repeated = 0
            var value = 0
            switch symbol {
            case 0..<16:
                lengths.append(symbol)
                continue
            case 16:
                guard let previous = lengths.last else {
                    throw InflateError(
                        .corrupt, offset: reader.byteIndex, "code-length repeat (16) with no previous length")
                }
                value = previous
                repeated = 3 + (try reader.bits(2))
            case 17: repeated = 3 + (try reader.bits(3))
            default: repeated = 11 + (try reader.bits(7))
            }
            guard lengths.count + repeated <= literalCount + distanceCount else {
                throw InflateError(
                    .corrupt, offset: reader.byteIndex, "code-length repeats run past the declared code count")
            }
            lengths.append(contentsOf: repeatElement(value, count: repeated))
        }
        guard lengths[256] != 0 else {
            throw InflateError(.corrupt, offset: reader.byteIndex, "the dynamic block has no end-of-block code")
        }
        let literal = Huffman.build(Array(lengths[0..<literalCount]))
        guard literal.left == 0 || (literal.left > 0 && literal.code.hasOnlyShortCodes) else {
            throw InflateError(
                .corrupt, offset: reader.byteIndex, "the literal/length code is incomplete or over-subscribed")
        }
        let distance = Huffman.build(Array(lengths[literalCount...]))
        guard distance.left == 0 || (distance.left > 0 && distance.code.hasOnlyShortCodes) else {
            throw InflateError(.corrupt, offset: reader.byteIndex, "the distance code is incomplete or over-subscribed")
        }
        return (literal.code, distance.code)
    }

    private static func checkLimit(_ size: Int, _ limit: Int) throws(InflateError) {
        guard size <= limit else {
            throw InflateError(.tooLarge, offset: 0, "inflated size exceeds \(limit) bytes (gzip bomb?)")
        }
    }

    // MARK: - Checksums

    private static let crcTable: [UInt32] = (0..<256).map { n in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    /// CRC-32 (ISO-HDLC, as gzip uses it).
    package static func crc32(_ bytes: some Collection<UInt8>) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes { crc = crcTable[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        return crc ^ 0xFFFF_FFFF
    }

    /// Adler-32 (as zlib uses it).
    package static func adler32(_ bytes: [UInt8]) -> UInt32 {
        var a: UInt32 = 1
        var b: UInt32 = 0
        var index = 0
        while index < bytes.count {
            let end = min(index + 5552, bytes.count)
            while index < end {
                a += UInt32(bytes[index])
                b += a
                index += 1
            }
            a %= 65521
            b %= 65521
        }
        return b << 16 | a
    }

    private static func littleEndian32(_ data: [UInt8], _ at: Int) -> UInt32 {
        UInt32(data[at]) | UInt32(data[at + 1]) << 8 | UInt32(data[at + 2]) << 16 | UInt32(data[at + 3]) << 24
    }

    private static func hex32(_ value: UInt32) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return "0x" + String(repeating: "0", count: max(0, 8 - text.count)) + text
    }

    private static func hexPrefix(_ data: [UInt8]) -> String {
        data.prefix(2).map { byte in
            let text = String(byte, radix: 16, uppercase: true)
            return text.count == 1 ? "0" + text : text
        }.joined(separator: " ")
    }
}

/// Why compressed data could not be decompressed.
package struct InflateError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The class of failure.
    package enum Kind: String, Sendable, Hashable {
        /// Neither gzip nor zlib.
        case notCompressed = "not-compressed"
        /// The data ends too early.
        case truncated
        /// The data breaks the format.
        case corrupt
        /// A CRC-32, Adler-32 or size check failed.
        case checksum
        /// A valid feature this decoder does not implement (preset dictionaries).
        case unsupported
        /// The output would exceed the cap.
        case tooLarge = "too-large"
    }

    /// The class of failure.
    package var kind: Kind
    /// Byte offset in the compressed data where it was noticed.
    package var offset: Int
    /// What was expected and what was found.
    package var message: String

    package init(_ kind: Kind, offset: Int, _ message: String) {
        self.kind = kind
        self.offset = offset
        self.message = message
    }

    package var description: String { message }
}

/// Reads DEFLATE's little-endian bit stream.
private struct BitReader {
    let data: [UInt8]
    private(set) var byteIndex: Int
    private var buffer: UInt64 = 0
    private var bufferedBits = 0

    init(_ data: [UInt8], at index: Int) {
        self.data = data
        self.byteIndex = index
    }

    /// Reads `count` (0...16) bits, least significant first.
    mutating func bits(_ count: Int) throws(InflateError) -> Int {
        while bufferedBits < count {
            guard byteIndex < data.count else {
                throw InflateError(.truncated, offset: data.count, "the compressed data ends in the middle of a block")
            }
            buffer |= UInt64(data[byteIndex]) << UInt64(bufferedBits)
            byteIndex += 1
            bufferedBits += 8
        }
        let value = Int(buffer & ((1 << UInt64(count)) - 1))
        buffer >>= UInt64(count)
        bufferedBits -= count
        return value
    }

    /// Drops the bits left in the current byte (fewer than 8 are ever buffered between reads).
    mutating func alignToByte() {
        buffer = 0
        bufferedBits = 0
    }

    /// The index of the first byte after the bits consumed so far (a partial byte is skipped).
    var alignedByteIndex: Int { byteIndex }

    mutating func skipBytes(to index: Int) {
        byteIndex = index
        buffer = 0
        bufferedBits = 0
    }
}

/// A canonical Huffman code, decoded one bit at a time by code length.
private struct Huffman {
    /// Number of symbols of each code length (index 0 unused).
    private var counts = [Int](repeating: 0, count: 16)
    /// Symbols ordered by code length, then by value.
    private var symbols: [Int] = []

    /// Builds the code; `left` is 0 for a complete code, > 0 incomplete, < 0 over-subscribed.
    static func build(_ lengths: [Int]) -> (code: Huffman, left: Int) {
        var code = Huffman()
        for length in lengths { code.counts[length] += 1 }
        var left = 1
        for length in 1..<16 {
            left <<= 1
            left -= code.counts[length]
            if left < 0 { return (code, left) }
        }
        var offsets = [Int](repeating: 0, count: 16)
        for length in 1..<15 { offsets[length + 1] = offsets[length] + code.counts[length] }
        code.symbols = [Int](repeating: 0, count: lengths.count)
        for (symbol, length) in lengths.enumerated() where length != 0 {
            code.symbols[offsets[length]] = symbol
            offsets[length] += 1
        }
        return (code, left)
    }

    private init() {}

    /// Whether every code is at most 1 bit long: the only incomplete codes DEFLATE allows.
    var hasOnlyShortCodes: Bool { counts[2...].allSatisfy { $0 == 0 } }

    func decode(_ reader: inout BitReader) throws(InflateError) -> Int {
        var code = 0
        var first = 0
        var index = 0
        for length in 1..<16 {
            code |= try reader.bits(1)
            let count = counts[length]
            if code - count < first { return symbols[index + (code - first)] }
            index += count
            first += count
            first <<= 1
            code <<= 1
        }
        throw InflateError(.corrupt, offset: reader.byteIndex, "an invalid Huffman code in the compressed data")
    }
}
