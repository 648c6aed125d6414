/// DEFLATE (RFC 1951) decompression of whole buffers, with the gzip (RFC 1952) and zlib (RFC 1950) wrappers.
///
/// CloudWatch Logs subscription payloads carry their log events as base64 gzip; one Powertools fixture uses zlib
/// instead. The package may not depend on the system zlib, so these entry points run the package's one DEFLATE
/// decoder, ``CompressedStream`` over ``InflateStream``, on a whole buffer. Every read is bounds-checked, every
/// table is validated, and the output is capped so that a "gzip bomb" ends in an error instead of exhausting
/// memory.
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

    /// Decompresses a gzip file: one or more members, each with its CRC-32 and size checked; zero bytes after
    /// the last member are accepted as padding.
    ///
    /// - Parameters:
    ///   - data: the gzip file.
    ///   - limit: the largest decompressed size accepted (all members together).
    /// - Returns: the decompressed bytes of every member, in order.
    /// - Throws: `InflateError` for a corrupt, truncated or oversized file, or one that fails a checksum.
    package static func gunzip(_ data: [UInt8], limit: Int = defaultLimit) throws(InflateError) -> [UInt8] {
        try decode(data, format: .gzip, limit: limit)
    }

    /// Decompresses a zlib stream and checks its Adler-32.
    ///
    /// - Parameters:
    ///   - data: the zlib stream.
    ///   - limit: the largest decompressed size accepted.
    /// - Returns: the decompressed bytes.
    /// - Throws: `InflateError` for a corrupt, truncated or oversized stream, or one that fails its checksum.
    package static func zlibDecompress(_ data: [UInt8], limit: Int = defaultLimit) throws(InflateError) -> [UInt8] {
        try decode(data, format: .zlib, limit: limit)
    }

    /// Decompresses raw DEFLATE data.
    ///
    /// - Parameters:
    ///   - data: the DEFLATE stream, and nothing after it.
    ///   - limit: the largest decompressed size accepted.
    /// - Returns: the decompressed bytes.
    /// - Throws: `InflateError` for a corrupt, truncated or oversized stream.
    package static func inflateRaw(_ data: [UInt8], limit: Int = defaultLimit) throws(InflateError) -> [UInt8] {
        try decode(data, format: .deflate, limit: limit)
    }

    /// CRC-32 (ISO-HDLC, as gzip uses it).
    ///
    /// - Parameter bytes: the bytes.
    /// - Returns: their CRC-32.
    package static func crc32(_ bytes: some Collection<UInt8>) -> UInt32 {
        var crc = CRC32()
        crc.update(bytes)
        return crc.value
    }

    /// Adler-32 (as zlib uses it).
    ///
    /// - Parameter bytes: the bytes.
    /// - Returns: their Adler-32.
    package static func adler32(_ bytes: [UInt8]) -> UInt32 {
        var adler = Adler32()
        adler.update(bytes)
        return adler.value
    }

    private static func decode(_ data: [UInt8], format: CompressedStream.Format, limit: Int) throws(InflateError)
        -> [UInt8]
    {
        var stream = CompressedStream(format: format, limit: limit)
        var output: [UInt8] = []
        // Reserving the size up front saves copying the output as it grows. gzip ends with the size of its last
        // member (of all of it, for one member); trust it no further than the limit and DEFLATE's densest ratio.
        let count = data.count
        let stated =
            format == .gzip && count >= 18
            ? Int(data[count - 4]) | Int(data[count - 3]) << 8 | Int(data[count - 2]) << 16 | Int(data[count - 1]) << 24
            : count * 4
        output.reserveCapacity(min(limit, count * 1_032, max(stated, count)))
        try stream.feed(data, into: &output)
        try stream.finish(into: &output)
        return output
    }

    private static func hexPrefix(_ data: [UInt8]) -> String {
        data.prefix(2).map { byte in
            let text = String(byte, radix: 16, uppercase: true)
            return text.count == 1 ? "0" + text : text
        }.joined(separator: " ")
    }
}
