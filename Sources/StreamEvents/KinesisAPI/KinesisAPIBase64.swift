import Foundation

/// Strict base64 for the Kinesis API models' `Data` members: RFC 4648 §4 alphabet, padded to a
/// multiple of four, padding only at the end, and unused trailing bits zero, so that every text
/// has exactly one byte sequence and re-encoding gives the same text. Foundation alone accepts
/// more (e.g. `"===="`).
///
/// Temporary: the package's canonical `Base64` (Support/Base64.swift) replaces it on merge.
enum KinesisAPIBase64 {
    /// Where and why a text is not canonical base64.
    struct Problem: Error, Equatable {
        /// UTF-8 offset of the first offending character (the text length for a length problem).
        var offset: Int
        /// What is wrong, in words.
        var reason: String
    }

    /// Decodes canonical base64 text, or says where it is not canonical.
    static func decode(_ text: String) -> Result<[UInt8], Problem> {
        let input = Array(text.utf8)
        guard input.count % 4 == 0 else {
            return .failure(Problem(offset: input.count, reason: "length \(input.count) is not a multiple of 4"))
        }
        var output: [UInt8] = []
        output.reserveCapacity(input.count / 4 * 3)
        var index = 0
        while index < input.count {
            let isLast = index + 4 == input.count
            var values: [UInt8] = [0, 0, 0, 0]
            var padding = 0
            for position in 0..<4 {
                let byte = input[index + position]
                if byte == UInt8(ascii: "=") {
                    guard isLast, position >= 2, position == 3 || input[index + 3] == UInt8(ascii: "=") else {
                        return .failure(Problem(offset: index + position, reason: "'=' is only allowed at the end"))
                    }
                    padding += 1
                } else {
                    guard padding == 0, let value = sextet(byte) else {
                        let shown = byte < 0x80 ? "'\(Character(Unicode.Scalar(byte)))'" : "byte 0x\(hex(byte))"
                        return .failure(Problem(offset: index + position, reason: "\(shown) is not a base64 character"))
                    }
                    values[position] = value
                }
            }
            output.append(values[0] << 2 | values[1] >> 4)
            if padding < 2 { output.append(values[1] << 4 | values[2] >> 2) }
            if padding < 1 { output.append(values[2] << 6 | values[3]) }
            let unusedBits = padding == 2 ? values[1] & 0x0F : padding == 1 ? values[2] & 0x03 : 0
            if unusedBits != 0 {
                return .failure(
                    Problem(offset: index + 3 - padding, reason: "the bits after the last byte are not zero"))
            }
            index += 4
        }
        return .success(output)
    }

    /// Decodes `text` or throws `DecodingError.dataCorrupted` at `codingPath`.
    static func decodeData(_ text: String, at codingPath: [any CodingKey]) throws -> Data {
        switch decode(text) {
        case .success(let bytes):
            return Data(bytes)
        case .failure(let problem):
            throw DecodingError.dataCorrupted(
                DecodingError.Context(
                    codingPath: codingPath,
                    debugDescription: "expected canonical padded base64 (RFC 4648 §4); "
                        + "\(problem.reason) at offset \(problem.offset) of \(describe(text))"))
        }
    }

    /// Decodes `text` and reads the bytes as UTF-8, or throws `DecodingError.dataCorrupted` at `codingPath`.
    static func decodeText(_ text: String, at codingPath: [any CodingKey]) throws -> String {
        let bytes = try decodeData(text, at: codingPath)
        guard let string = String(validating: bytes, as: UTF8.self) else {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(
                    codingPath: codingPath,
                    debugDescription: "expected the \(bytes.count) decoded bytes to be UTF-8 text, they are not"))
        }
        return string
    }

    /// Encodes bytes as padded base64.
    static func encode(_ bytes: some Sequence<UInt8>) -> String {
        Data(bytes).base64EncodedString()
    }

    static func sextet(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): byte - UInt8(ascii: "A")
        case UInt8(ascii: "a")...UInt8(ascii: "z"): byte - UInt8(ascii: "a") + 26
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0") + 52
        case UInt8(ascii: "+"): 62
        case UInt8(ascii: "/"): 63
        default: nil
        }
    }

    static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
    }

    /// The text for a message: whole when short, else its first 24 characters and its length.
    static func describe(_ text: String) -> String {
        let count = text.utf8.count
        return count <= 32 ? "\"\(text)\"" : "\"\(text.prefix(24))…\" (\(count) bytes)"
    }
}
