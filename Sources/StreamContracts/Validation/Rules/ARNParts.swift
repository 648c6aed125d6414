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
        let colon = UInt8(ascii: ":")
        var bounds = (0, 0, 0, 0, 0)
        var found = 0
        var index = bytes.startIndex
        while index < bytes.endIndex, found < 5 {
            if bytes[index] == colon {
                switch found {
                case 0: bounds.0 = index
                case 1: bounds.1 = index
                case 2: bounds.2 = index
                case 3: bounds.3 = index
                default: bounds.4 = index
                }
                found += 1
            }
            index += 1
        }
        guard found == 5, bytes[bytes.startIndex..<bounds.0].elementsEqual("arn".utf8) else { return nil }
        self.bytes = bytes
        partition = (bounds.0 + 1)..<bounds.1
        service = (bounds.1 + 1)..<bounds.2
        region = (bounds.2 + 1)..<bounds.3
        account = (bounds.3 + 1)..<bounds.4
        resource = (bounds.4 + 1)..<bytes.endIndex
    }

    func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
    func slice(_ range: Range<Int>) -> ArraySlice<UInt8> { bytes[range] }
}
