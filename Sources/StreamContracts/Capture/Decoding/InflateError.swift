/// Why compressed data could not be decompressed.
///
/// Every failure names its class, the byte offset in the compressed input where it was noticed, and a message
/// that says what was expected and what was found.
package struct InflateError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The class of failure.
    package enum Kind: String, Sendable, Hashable {
        /// Neither gzip nor zlib.
        case notCompressed = "not-compressed"
        /// The data ends too early.
        case truncated
        /// The data breaks the format.
        case corrupt
        /// A CRC-32, Adler-32 or size check failed.
        case checksum
        /// A valid feature this decoder does not implement (preset dictionaries).
        case unsupported
        /// The output would exceed the cap.
        case tooLarge = "too-large"
    }

    /// The class of failure.
    package var kind: Kind
    /// Byte offset in the compressed data where it was noticed.
    package var offset: Int
    /// What was expected and what was found.
    package var message: String

    /// Creates an error.
    ///
    /// - Parameters:
    ///   - kind: the class of failure.
    ///   - offset: byte offset in the compressed data.
    ///   - message: what was expected and what was found.
    package init(_ kind: Kind, offset: Int, _ message: String) {
        self.kind = kind
        self.offset = offset
        self.message = message
    }

    /// The message.
    package var description: String { message }

    /// The same error with its offset moved by `distance` (an inner stream's offset made absolute).
    ///
    /// - Parameter distance: where the inner stream starts in the whole input.
    /// - Returns: the moved error.
    func shifted(by distance: Int) -> InflateError {
        InflateError(kind, offset: offset + distance, message)
    }
}
