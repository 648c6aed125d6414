/// Says whether an input holds text the capture reader can read, or names the binary content it holds instead.
///
/// A folder of captures often holds a screenshot, an archive or a database next to the logs; skipping such a file
/// silently hides a mistake, and reading it as text yields nothing useful. The sniffer looks at the first decoded
/// bytes (after ``InputDecoder``, so gzip and UTF-16 are already unwrapped) once: known file signatures are named
/// with what to do ("ZIP archive (unzip it first)"); otherwise NUL bytes beyond a stray one (more than 1/8 of the
/// sample, or 16 and 1/64 of it), or more than 10 % of bytes that are neither valid UTF-8 nor usual text control
/// characters, mean binary. A few invalid bytes are still text: the
/// reader reports them itself where they matter.
///
/// ```swift
/// if case .binary(let reason) = ContentSniffer.verdict(for: firstDecodedBytes) { skip(file, because: reason) }
/// ```
package enum ContentSniffer {
    /// How many leading bytes a verdict looks at; more are ignored.
    package static let sampleSize = 4096

    /// What an input holds.
    package enum Verdict: Sendable, Hashable {
        /// Text (UTF-8, possibly with a few invalid bytes): worth reading.
        case text
        /// Not text, with what it is and what to do about it, e.g. "PNG image", "ZIP archive (unzip it first)".
        case binary(reason: String)
    }

    /// Classifies an input by its first decoded bytes.
    ///
    /// - Parameter sample: the input's first decoded bytes (up to ``sampleSize`` are read; fewer when the input
    ///   is shorter). An empty input is text (with nothing in it).
    /// - Returns: `.text`, or `.binary` with a reason a user can act on.
    package static func verdict(for sample: some Collection<UInt8>) -> Verdict {
        let bytes = Array(sample.prefix(sampleSize))
        if let reason = signature(of: bytes) { return .binary(reason: reason) }
        if let reason = utf16WithoutByteOrderMark(bytes) { return .binary(reason: reason) }
        var nulCount = 0
        var suspicious = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                switch byte {
                case 0: nulCount += 1
                case 0x09...0x0D, 0x1B, 0x20...0x7E: break
                default: suspicious += 1
                }
                index += 1
                continue
            }
            let length = validSequenceLength(bytes, at: index)
            if length == 0 {
                suspicious += 1
                index += 1
            } else {
                index += length
            }
        }
        // A stray NUL in a log is text with a flaw the reader reports at its place; skipping the file would hide
        // the documents around it. Binary data has NULs by the dozen (or the non-UTF-8 share below catches it).
        if nulCount * 8 > bytes.count || (nulCount >= 16 && nulCount * 64 > bytes.count) {
            return .binary(reason: "binary data (NUL bytes)")
        }
        if suspicious * 10 > bytes.count {
            return .binary(
                reason: "binary data (\(suspicious) of the first \(bytes.count) bytes are not UTF-8 text)")
        }
        return .text
    }

    /// The length of the valid UTF-8 sequence that starts with the non-ASCII byte at `index`, or 0 if there is
    /// none. A sequence cut off by the end of the sample counts as valid (the input goes on).
    private static func validSequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
        let lead = bytes[index]
        let length: Int
        var second: ClosedRange<UInt8> = 0x80...0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0:
            length = 3
            second = 0xA0...0xBF
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED:
            length = 3
            second = 0x80...0x9F
        case 0xF0:
            length = 4
            second = 0x90...0xBF
        case 0xF1...0xF3: length = 4
        case 0xF4:
            length = 4
            second = 0x80...0x8F
        default: return 0
        }
        for offset in 1..<length {
            guard index + offset < bytes.count else { return bytes.count - index }
            let byte = bytes[index + offset]
            guard offset == 1 ? second.contains(byte) : (0x80...0xBF).contains(byte) else { return 0 }
        }
        return length
    }

    /// Signatures at fixed offsets, longest-established formats first.
    private static let signatures: [(offset: Int, magic: [UInt8], reason: String)] = [
        (0, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "PNG image"),
        (0, [0xFF, 0xD8, 0xFF], "JPEG image"),
        (0, Array("GIF87a".utf8), "GIF image"),
        (0, Array("GIF89a".utf8), "GIF image"),
        (0, [0x49, 0x49, 0x2A, 0x00], "TIFF image"),
        (0, [0x4D, 0x4D, 0x00, 0x2A], "TIFF image"),
        (0, Array("%PDF-".utf8), "PDF document"),
        (0, [0x50, 0x4B, 0x03, 0x04], "ZIP archive (unzip it first)"),
        (0, [0x50, 0x4B, 0x05, 0x06], "ZIP archive (unzip it first)"),
        (0, [0x50, 0x4B, 0x07, 0x08], "ZIP archive (unzip it first)"),
        (0, [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], "7z archive (not read; extract it first)"),
        (257, Array("ustar".utf8), "tar archive (not read; extract it first)"),
        (0, [0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], "xz compressed data (not read; decompress it first)"),
        (0, [0x28, 0xB5, 0x2F, 0xFD], "zstd compressed data (not read; decompress it first)"),
        (0, [0x04, 0x22, 0x4D, 0x18], "LZ4 compressed data (not read; decompress it first)"),
        (0, [0x1F, 0x8B], "gzip compressed data inside the input (compressed twice? decompress it first)"),
        (0, [0x7F, 0x45, 0x4C, 0x46], "ELF executable"),
        (0, [0xFE, 0xED, 0xFA, 0xCE], "Mach-O executable"),
        (0, [0xFE, 0xED, 0xFA, 0xCF], "Mach-O executable"),
        (0, [0xCE, 0xFA, 0xED, 0xFE], "Mach-O executable"),
        (0, [0xCF, 0xFA, 0xED, 0xFE], "Mach-O executable"),
        (0, [0xCA, 0xFE, 0xBA, 0xBE], "Mach-O universal binary or Java class file"),
        (0, [0x00, 0x61, 0x73, 0x6D], "WebAssembly module"),
        (0, Array("SQLite format 3\0".utf8), "SQLite database"),
        (0, Array("PAR1".utf8), "Parquet file"),
        (0, [0x4F, 0x62, 0x6A, 0x01], "Avro data file"),
        (0, Array("ARROW1".utf8), "Arrow IPC file"),
        (0, Array("bplist00".utf8), "binary property list"),
        (0, Array("OggS".utf8), "Ogg media"),
        (4, Array("ftyp".utf8), "MP4/QuickTime media"),
    ]

    /// The reason for a known binary signature at the start of `bytes`, if there is one.
    private static func signature(of bytes: [UInt8]) -> String? {
        func has(_ magic: [UInt8], at offset: Int) -> Bool {
            bytes.count >= offset + magic.count && bytes[offset..<(offset + magic.count)].elementsEqual(magic)
        }
        for (offset, magic, reason) in signatures where has(magic, at: offset) { return reason }
        // bzip2: "BZh", the block size digit, then the block or end-of-stream magic (so that text starting with
        // "BZh1" is not taken for it).
        if has(Array("BZh".utf8), at: 0), bytes.count >= 10, (0x31...0x39).contains(bytes[3]),
            has([0x31, 0x41, 0x59, 0x26, 0x53, 0x59], at: 4) || has([0x17, 0x72, 0x45, 0x38, 0x50, 0x90], at: 4)
        {
            return "bzip2 compressed data (not read; decompress it first)"
        }
        if has(Array("RIFF".utf8), at: 0) {
            if has(Array("WEBP".utf8), at: 8) { return "WebP image" }
            if has(Array("WAVE".utf8), at: 8) { return "WAV audio" }
            if has(Array("AVI ".utf8), at: 8) { return "AVI video" }
        }
        // "MZ" starts a Windows executable, and some text; the NUL bytes of its header tell them apart.
        if has(Array("MZ".utf8), at: 0), bytes.contains(0) { return "Windows executable" }
        return nil
    }

    /// A reason when `bytes` look like UTF-16 saved without a byte-order mark: ASCII text with a NUL byte beside
    /// nearly every character, all on the same side.
    private static func utf16WithoutByteOrderMark(_ bytes: [UInt8]) -> String? {
        let pairs = bytes.count / 2
        guard pairs >= 2 else { return nil }
        var nulFirst = 0
        var nulSecond = 0
        for pair in 0..<pairs {
            if bytes[2 * pair] == 0 { nulFirst += 1 }
            if bytes[2 * pair + 1] == 0 { nulSecond += 1 }
        }
        let advice = "text without a byte-order mark (save it as UTF-8, or as UTF-16 with a byte-order mark)"
        if nulSecond * 2 >= pairs && nulFirst * 16 <= pairs { return "UTF-16LE " + advice }
        if nulFirst * 2 >= pairs && nulSecond * 16 <= pairs { return "UTF-16BE " + advice }
        return nil
    }
}
