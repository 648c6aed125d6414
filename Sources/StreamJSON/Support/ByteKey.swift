/// UTF-8 bytes as a dictionary or set key: hashed by one `Hasher.combine(bytes:)` call and compared by
/// `ByteEquality`, where `ArraySlice<UInt8>`'s own conformance feeds the hasher a byte at a time.
///
/// The rules keep the values of a batch that must be unique (`eventID`s, `recordId`s, string-set elements) in a
/// dictionary: with 32-character ids, hashing byte by byte cost more than the rest of the check.
@usableFromInline
package struct ByteKey: Hashable, Sendable {
    /// The bytes.
    @usableFromInline package let bytes: ArraySlice<UInt8>

    /// Wraps `bytes`.
    @inlinable
    package init(_ bytes: ArraySlice<UInt8>) { self.bytes = bytes }

    @inlinable
    package func hash(into hasher: inout Hasher) {
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
    }

    @inlinable
    package static func == (lhs: Self, rhs: Self) -> Bool { lhs.bytes.bytesEqual(rhs.bytes) }
}
