package import Foundation

extension Base64 {
    /// Decodes canonical base64 `text` for a model's `Codable` accessor, or throws
    /// `DecodingError.dataCorrupted` at `codingPath` saying where and why it is not canonical.
    package static func decodeData(_ text: String, at codingPath: [any CodingKey]) throws -> Data {
        do throws(DecodingError) {
            return Data(try decode(text))
        } catch {
            throw Swift.DecodingError.dataCorrupted(
                .init(
                    codingPath: codingPath,
                    debugDescription: "expected canonical padded base64 (RFC 4648 §4): \(error) in \(describe(text))"))
        }
    }

    /// Decodes canonical base64 `text` and reads it as UTF-8, or throws `DecodingError.dataCorrupted`.
    package static func decodeText(_ text: String, at codingPath: [any CodingKey]) throws -> String {
        let bytes = try decodeData(text, at: codingPath)
        guard let string = String(validating: bytes, as: UTF8.self) else {
            throw Swift.DecodingError.dataCorrupted(
                .init(
                    codingPath: codingPath,
                    debugDescription: "expected the \(bytes.count) decoded bytes to be UTF-8 text, they are not"))
        }
        return string
    }

    /// The text for a message: whole when short, else its first 24 characters and its length.
    static func describe(_ text: String) -> String {
        let count = text.utf8.count
        return count <= 32 ? "\"\(text)\"" : "\"\(text.prefix(24))…\" (\(count) bytes)"
    }
}
