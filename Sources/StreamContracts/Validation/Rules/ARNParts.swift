/// The colon-separated parts of an ARN, `arn:partition:service:region:account:resource`, as ranges of its bytes.
///
/// Only the shape is read here (five colons after `arn`); whether each part is well formed is the strict formats'
/// job. Placeholders such as SAM's `arn:aws:kinesis:EXAMPLE` have fewer parts and give `nil`.
struct ARNParts {
    let bytes: ArraySlice<UInt8>
    let partition: Range<Int>
    let service: Range<Int>
    let region: Range<Int>
    let account: Range<Int>
    let resource: Range<Int>

    init?(_ bytes: ArraySlice<UInt8>) {
        guard let colons = bytes.withUnsafeBufferPointer({ Self.colons($0) }) else { return nil }
        let start = bytes.startIndex
        self.bytes = bytes
        partition = (start + 4)..<(start + colons.0)
        service = (start + colons.0 + 1)..<(start + colons.1)
        region = (start + colons.1 + 1)..<(start + colons.2)
        account = (start + colons.2 + 1)..<(start + colons.3)
        resource = (start + colons.3 + 1)..<bytes.endIndex
    }

    /// The offsets of the second to fifth colons of `arn:…`, read in place; `nil` unless the text starts with `arn:`
    /// and has five colons.
    private static func colons(_ text: UnsafeBufferPointer<UInt8>) -> (Int, Int, Int, Int)? {
        guard text.count >= 4, text[0] == UInt8(ascii: "a"), text[1] == UInt8(ascii: "r"),
            text[2] == UInt8(ascii: "n"), text[3] == UInt8(ascii: ":")
        else { return nil }
        var colons = (0, 0, 0, 0)
        var found = 0
        var index = 4
        while index < text.count {
            if text[index] == UInt8(ascii: ":") {
                switch found {
                case 0: colons.0 = index
                case 1: colons.1 = index
                case 2: colons.2 = index
                default:
                    colons.3 = index
                    return colons
                }
                found += 1
            }
            index += 1
        }
        return nil
    }

    func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
    func slice(_ range: Range<Int>) -> ArraySlice<UInt8> { bytes[range] }
}
