/// Strict, canonical base64 (RFC 4648 §4, standard alphabet, padded) over UTF-8 bytes.
///
/// Kinesis `data` and DynamoDB `B`/`BS` values are base64 text. Foundation's
/// `Data(base64Encoded:)` accepts text AWS would never produce — `"===="`, `"YR=="` whose
/// trailing bits are not zero — so a fixture can look valid there and still differ from
/// what AWS sends. `Base64.decode` accepts exactly one spelling per byte string: padding
/// required, no whitespace, no line breaks, unused trailing bits zero. Encoding and decoding
/// run over raw UTF-8 bytes with a lookup table (well over 1 GB/s in release builds).
///
/// ```swift
/// let bytes = try Base64.decode("aGVsbG8gd29ybGQ=")   // "hello world" as UTF-8
/// Base64.encode(bytes)                                // "aGVsbG8gd29ybGQ="
/// try Base64.decode("YR==")   // throws: non-zero trailing bits at offset 1
/// ```
public enum Base64 {
    /// Why a text is not canonical base64, and where.
    ///
    /// `offset` counts UTF-8 bytes from the start of the text, so it points into the original
    /// JSON string value.
    public struct DecodingError: Error, Hashable, Sendable, CustomStringConvertible {
        /// What is wrong at `offset`.
        public enum Problem: Hashable, Sendable {
            /// A byte outside the alphabet `A–Z a–z 0–9 + /` (whitespace included).
            case invalidCharacter(UInt8)
            /// `=` somewhere other than the last one or two characters of the text.
            case misplacedPadding
            /// The last character before the padding carries bits that the padding discards;
            /// a canonical encoder writes them as zero (`"YQ=="`, not `"YR=="`).
            case nonZeroTrailingBits
            /// The text ends inside a four-character group; the value is the text's length.
            case incompleteGroup(length: Int)
        }

        /// Byte offset of the offending character (for `incompleteGroup`, of the unfinished group).
        public var offset: Int
        /// What is wrong there.
        public var problem: Problem

        /// Creates an error.
        public init(offset: Int, problem: Problem) {
            self.offset = offset
            self.problem = problem
        }

        /// A sentence saying what was expected and what was found, e.g.
        /// `invalid base64 at offset 2: padding '=' may only end the text`.
        public var description: String {
            let detail: String
            switch problem {
            case .invalidCharacter(let byte):
                let shown =
                    byte >= 0x21 && byte < 0x7F
                    ? "'\(Character(Unicode.Scalar(byte)))'" : "byte 0x" + Base64.hex(byte)
                detail = "\(shown) is not in the base64 alphabet (A-Z a-z 0-9 + /)"
            case .misplacedPadding:
                detail = "padding '=' may only appear as the last one or two characters"
            case .nonZeroTrailingBits:
                detail = "the character before the padding has non-zero unused bits (not canonical base64)"
            case .incompleteGroup(let length):
                detail = "length \(length) is not a multiple of 4 (padding '=' is required)"
            }
            return "invalid base64 at offset \(offset): \(detail)"
        }
    }

    /// Encodes bytes as padded standard base64.
    ///
    /// - Parameter bytes: the bytes to encode.
    /// - Returns: ASCII text of length `4 × ⌈count / 3⌉`.
    public static func encode(_ bytes: some Collection<UInt8>) -> String {
        if let text = bytes.withContiguousStorageIfAvailable({ encode(buffer: $0) }) { return text }
        return Array(bytes).withUnsafeBufferPointer { encode(buffer: $0) }
    }

    /// Decodes canonical padded base64 text.
    ///
    /// - Parameter text: the base64 text; the empty string decodes to no bytes.
    /// - Returns: the decoded bytes.
    /// - Throws: `Base64.DecodingError` with the byte offset of the first problem.
    public static func decode(_ text: String) throws(DecodingError) -> [UInt8] {
        var text = text
        let result: Result<[UInt8], DecodingError> = text.withUTF8 { decode(buffer: $0) }
        return try result.get()
    }

    /// Decodes canonical padded base64 given as UTF-8 bytes.
    ///
    /// - Parameter utf8: the base64 text's bytes.
    /// - Returns: the decoded bytes.
    /// - Throws: `Base64.DecodingError` with the byte offset of the first problem.
    public static func decode(utf8: some Collection<UInt8>) throws(DecodingError) -> [UInt8] {
        let result: Result<[UInt8], DecodingError> =
            utf8.withContiguousStorageIfAvailable({ decode(buffer: $0) })
            ?? Array(utf8).withUnsafeBufferPointer { decode(buffer: $0) }
        return try result.get()
    }

    /// Whether `text` is canonical base64 (what `decode` accepts).
    public static func isCanonical(_ text: String) -> Bool {
        (try? decode(text)) != nil
    }

    // MARK: - Implementation

    static let alphabet: [UInt8] = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    static let padding = UInt8(ascii: "=")

    /// Every 12-bit value → its two base64 characters (first in the high byte), so three input
    /// bytes encode with two table loads.
    static let pairs: [UInt16] = (0..<4096).map { UInt16(alphabet[$0 >> 6]) << 8 | UInt16(alphabet[$0 & 0x3F]) }

    /// Byte → 6-bit value; `invalid` for every byte outside the alphabet, `=` included.
    static let table: [UInt32] = {
        var table = [UInt32](repeating: invalid, count: 256)
        for (index, byte) in alphabet.enumerated() { table[Int(byte)] = UInt32(index) }
        return table
    }()

    /// Four 256-entry tables in one array: the value of a byte at position 0…3 of a group,
    /// already shifted into place (`table[256 × position + byte]`), so a group decodes with
    /// four loads and three ORs; `invalid` marks bytes outside the alphabet.
    static let shiftedTables: [UInt32] = {
        var tables = [UInt32](repeating: invalid, count: 1024)
        for (index, byte) in alphabet.enumerated() {
            for position in 0..<4 {
                tables[256 * position + Int(byte)] = UInt32(index) << (18 - 6 * UInt32(position))
            }
        }
        return tables
    }()

    static let invalid: UInt32 = 0x8000_0000

    static func encode(buffer: UnsafeBufferPointer<UInt8>) -> String {
        let count = buffer.count
        if count == 0 { return "" }
        let outputCount = (count + 2) / 3 * 4
        return alphabet.withUnsafeBufferPointer { alphabet in
            String(unsafeUninitializedCapacity: outputCount) { output in
                var input = 0
                var out = 0
                let whole = count - count % 3
                pairs.withUnsafeBufferPointer { pairs in
                    while input < whole {
                        let value = Int(buffer[input]) << 16 | Int(buffer[input + 1]) << 8 | Int(buffer[input + 2])
                        let high = pairs[value >> 12]
                        let low = pairs[value & 0xFFF]
                        output[out] = UInt8(truncatingIfNeeded: high >> 8)
                        output[out + 1] = UInt8(truncatingIfNeeded: high)
                        output[out + 2] = UInt8(truncatingIfNeeded: low >> 8)
                        output[out + 3] = UInt8(truncatingIfNeeded: low)
                        input += 3
                        out += 4
                    }
                }
                switch count - whole {
                case 1:
                    let value = UInt32(buffer[input]) << 16
                    output[out] = alphabet[Int(value >> 18)]
                    output[out + 1] = alphabet[Int(value >> 12 & 0x3F)]
                    output[out + 2] = padding
                    output[out + 3] = padding
                case 2:
                    let value = UInt32(buffer[input]) << 16 | UInt32(buffer[input + 1]) << 8
                    output[out] = alphabet[Int(value >> 18)]
                    output[out + 1] = alphabet[Int(value >> 12 & 0x3F)]
                    output[out + 2] = alphabet[Int(value >> 6 & 0x3F)]
                    output[out + 3] = padding
                default:
                    break
                }
                return outputCount
            }
        }
    }

    static func decode(buffer: UnsafeBufferPointer<UInt8>) -> Result<[UInt8], DecodingError> {
        let count = buffer.count
        if count == 0 { return .success([]) }
        let remainder = count % 4
        // Groups without padding that can take the fast path: every complete group except a
        // final one ending in '='.
        let completeGroups = count / 4
        let lastIsPadded = remainder == 0 && buffer[count - 1] == padding
        let fastGroups = lastIsPadded ? completeGroups - 1 : completeGroups
        var failure: DecodingError?
        let bytes = table.withUnsafeBufferPointer { table in
            shiftedTables.withUnsafeBufferPointer { shifted in
                // One spare byte: each group is stored as four bytes, the fourth overwritten by the next group.
                [UInt8](unsafeUninitializedCapacity: completeGroups * 3 + 1) { output, initialized in
                    var input = 0
                    var out = 0
                    let fastEnd = fastGroups * 4
                    let outputBytes = UnsafeMutableRawBufferPointer(output)
                    // Two groups per step (half the loop overhead); a pair with a bad byte, and the odd last
                    // group, go through the one-group loop below, which finds and reports the first bad group.
                    while input &+ 8 <= fastEnd {
                        let first =
                            shifted[Int(buffer[input])] | shifted[256 &+ Int(buffer[input &+ 1])]
                            | shifted[512 &+ Int(buffer[input &+ 2])] | shifted[768 &+ Int(buffer[input &+ 3])]
                        let second =
                            shifted[Int(buffer[input &+ 4])] | shifted[256 &+ Int(buffer[input &+ 5])]
                            | shifted[512 &+ Int(buffer[input &+ 6])] | shifted[768 &+ Int(buffer[input &+ 7])]
                        if (first | second) & invalid != 0 { break }
                        outputBytes.storeBytes(of: (first << 8).bigEndian, toByteOffset: out, as: UInt32.self)
                        outputBytes.storeBytes(of: (second << 8).bigEndian, toByteOffset: out &+ 3, as: UInt32.self)
                        input &+= 8
                        out &+= 6
                    }
                    while input < fastEnd {
                        let value =
                            shifted[Int(buffer[input])] | shifted[256 &+ Int(buffer[input + 1])]
                            | shifted[512 &+ Int(buffer[input + 2])] | shifted[768 &+ Int(buffer[input + 3])]
                        if value & invalid != 0 {
                            failure = classify(buffer, groupStart: input, table: table)
                            initialized = out
                            return
                        }
                        // The three bytes, most significant first, then a zero byte.
                        outputBytes.storeBytes(of: (value << 8).bigEndian, toByteOffset: out, as: UInt32.self)
                        input += 4
                        out += 3
                    }
                    if lastIsPadded {
                        switch decodePaddedGroup(buffer, groupStart: input, table: table) {
                        case .success(let tail):
                            for byte in tail {
                                output[out] = byte
                                out += 1
                            }
                        case .failure(let error):
                            failure = error
                        }
                    } else if remainder != 0 {
                        // Report a bad character in the unfinished group before its length; padding
                        // that runs to the end ("YQ=") is a length problem, not a misplaced '='.
                        var offset = input
                        while offset < count {
                            let byte = buffer[offset]
                            if byte == padding, buffer[offset...].allSatisfy({ $0 == padding }) { break }
                            if table[Int(byte)] & invalid != 0 {
                                let problem: DecodingError.Problem =
                                    byte == padding ? .misplacedPadding : .invalidCharacter(byte)
                                failure = DecodingError(offset: offset, problem: problem)
                                break
                            }
                            offset += 1
                        }
                        if failure == nil {
                            failure = DecodingError(offset: input, problem: .incompleteGroup(length: count))
                        }
                    }
                    initialized = out
                }
            }
        }
        if let failure { return .failure(failure) }
        return .success(bytes)
    }

    /// Decodes the final group `xx==` or `xxx=`.
    static func decodePaddedGroup(
        _ buffer: UnsafeBufferPointer<UInt8>, groupStart: Int, table: UnsafeBufferPointer<UInt32>
    ) -> Result<[UInt8], DecodingError> {
        let a = table[Int(buffer[groupStart])]
        let b = table[Int(buffer[groupStart + 1])]
        let thirdIsPadding = buffer[groupStart + 2] == padding
        let c = thirdIsPadding ? 0 : table[Int(buffer[groupStart + 2])]
        if (a | b | c) & invalid != 0 {
            return .failure(classify(buffer, groupStart: groupStart, table: table, lastValid: thirdIsPadding ? 1 : 2))
        }
        if thirdIsPadding {
            guard b & 0x0F == 0 else {
                return .failure(DecodingError(offset: groupStart + 1, problem: .nonZeroTrailingBits))
            }
            return .success([UInt8(truncatingIfNeeded: a << 2 | b >> 4)])
        }
        guard c & 0x03 == 0 else {
            return .failure(DecodingError(offset: groupStart + 2, problem: .nonZeroTrailingBits))
        }
        let value = a << 18 | b << 12 | c << 6
        return .success([UInt8(truncatingIfNeeded: value >> 16), UInt8(truncatingIfNeeded: value >> 8)])
    }

    /// Finds the first bad byte of a group known to contain one.
    static func classify(
        _ buffer: UnsafeBufferPointer<UInt8>, groupStart: Int, table: UnsafeBufferPointer<UInt32>, lastValid: Int = 3
    ) -> DecodingError {
        for offset in groupStart...(groupStart + lastValid) {
            let byte = buffer[offset]
            if table[Int(byte)] & invalid != 0 {
                return DecodingError(
                    offset: offset, problem: byte == padding ? .misplacedPadding : .invalidCharacter(byte))
            }
        }
        return DecodingError(offset: groupStart, problem: .misplacedPadding)
    }

    static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF".utf8)
        return String(decoding: [digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]], as: UTF8.self)
    }
}
