/// A layer an input was wrapped in, found by ``InputDecoder`` from the input's content (never its file name).
///
/// A report names the layers so that a user sees what was read: `gzip (3 members)` then `UTF-16LE`.
package enum InputEncoding: Sendable, Hashable, CustomStringConvertible {
    /// gzip, with the number of members read (a Firehose S3 object has several back to back).
    case gzip(members: Int)
    /// A zlib stream.
    case zlib
    /// UTF-16, little-endian, announced by the byte-order mark `FF FE`; transcoded to UTF-8.
    case utf16LittleEndian
    /// UTF-16, big-endian, announced by the byte-order mark `FE FF`; transcoded to UTF-8.
    case utf16BigEndian
    /// UTF-8 starting with the byte-order mark `EF BB BF` (passed on: the capture reader skips it).
    case utf8ByteOrderMark

    /// The layer as a report names it: "gzip (3 members)", "zlib", "UTF-16LE", "UTF-16BE", "UTF-8 with BOM".
    package var description: String {
        switch self {
        case .gzip(let members): "gzip (\(members) member\(members == 1 ? "" : "s"))"
        case .zlib: "zlib"
        case .utf16LittleEndian: "UTF-16LE"
        case .utf16BigEndian: "UTF-16BE"
        case .utf8ByteOrderMark: "UTF-8 with BOM"
        }
    }

    /// The container a result lists for this layer (`nil` for a UTF-8 byte-order mark, which frames nothing).
    var container: CaptureContainer? {
        switch self {
        case .gzip: .gzip
        case .zlib: .zlib
        case .utf16LittleEndian, .utf16BigEndian: .utf16
        case .utf8ByteOrderMark: nil
        }
    }
}
