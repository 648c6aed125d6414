/// The byte order marks and encodings Windows tools and editors save captures in.
enum TextEncoding {
    /// UTF-8 with a byte order mark (Notepad, PowerShell 5 `Out-File -Encoding utf8`).
    static func utf8WithBOM(_ bytes: [UInt8]) -> [UInt8] { [0xEF, 0xBB, 0xBF] + bytes }

    /// UTF-16 little-endian with a byte order mark (PowerShell 5 `>` redirection).
    static func utf16LittleEndianWithBOM(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [0xFF, 0xFE]
        for unit in units(bytes) { out += [UInt8(truncatingIfNeeded: unit), UInt8(truncatingIfNeeded: unit >> 8)] }
        return out
    }

    /// UTF-16 big-endian with a byte order mark.
    static func utf16BigEndianWithBOM(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [0xFE, 0xFF]
        for unit in units(bytes) { out += [UInt8(truncatingIfNeeded: unit >> 8), UInt8(truncatingIfNeeded: unit)] }
        return out
    }

    /// The UTF-16 code units of UTF-8 text (every corpus capture is valid UTF-8, so nothing is replaced).
    private static func units(_ bytes: [UInt8]) -> [UInt16] { Array(String(decoding: bytes, as: UTF8.self).utf16) }
}
