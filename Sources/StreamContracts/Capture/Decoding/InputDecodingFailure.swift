/// Why an input's compressed layer could not be decoded to its end.
///
/// The bytes decoded before the failure have been handed out (a CloudWatch export cut short still yields its
/// first log events); the failure covers every input byte from `offset` on, so nothing is dropped unnoticed.
package struct InputDecodingFailure: Sendable, Hashable, CustomStringConvertible {
    /// The class of failure: `corrupt`, `truncated`, `checksum`, `unsupported` or `tooLarge` (the inflate limit).
    package var kind: InflateError.Kind
    /// The layer that failed (`.gzip` or `.zlib`).
    package var layer: InputEncoding
    /// Byte offset in the compressed input where the failure was noticed.
    package var offset: Int
    /// The gzip member being read (1-based), or the last one read when the failure comes after it; nil for zlib.
    package var member: Int?
    /// What was expected and what was found.
    package var message: String
    /// How many decoded bytes were handed out before the failure.
    package var decodedByteCount: Int

    /// Creates a failure.
    ///
    /// - Parameters:
    ///   - kind: the class of failure.
    ///   - layer: the layer that failed.
    ///   - offset: byte offset in the compressed input.
    ///   - member: the gzip member, if gzip.
    ///   - message: what was expected and what was found.
    ///   - decodedByteCount: decoded bytes handed out before the failure.
    package init(
        kind: InflateError.Kind, layer: InputEncoding, offset: Int, member: Int?, message: String,
        decodedByteCount: Int
    ) {
        self.kind = kind
        self.layer = layer
        self.offset = offset
        self.member = member
        self.message = message
        self.decodedByteCount = decodedByteCount
    }

    /// For example "gzip member 2, byte 1234: CRC-32 mismatch: … (5000 decoded bytes before it)".
    package var description: String {
        let place = member.map { "gzip member \($0), byte \(offset)" } ?? "\(layer), byte \(offset)"
        return "\(place): \(message) (\(decodedByteCount) decoded bytes before it)"
    }
}
