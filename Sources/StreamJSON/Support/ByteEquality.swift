public import Foundation

/// Byte-for-byte equality of UTF-8 texts: the one comparison behind every member-name, string-value and `const`
/// check in the parser's documents, the schema engine and the contract's rules.
///
/// Callers compare lengths first (most candidates differ there), so the bytes are compared only for texts of the
/// same length. Most are member names and short values: up to 16 bytes are compared inline, by two overlapping
/// loads of the widest word that fits, with no loop and no call; longer texts (ARNs, sequence numbers) by `memcmp`,
/// which compares them with vector loads. A word-by-word loop was measured too: its code size made the optimiser
/// stop inlining the hot loops around it. `@inlinable` so that callers in other modules compile it in place.
@usableFromInline
package enum ByteEquality {
    /// Whether the `count` bytes at `left` equal the `count` bytes at `right`.
    @inlinable @inline(__always)
    package static func equal(_ left: UnsafeRawPointer, _ right: UnsafeRawPointer, count: Int) -> Bool {
        if count > 16 { return memcmp(left, right, count) == 0 }
        // Two loads that together cover every byte (overlapping when the count is not twice the width): the
        // first `width` bytes and the last `width` bytes.
        if count >= 8 {
            return left.loadUnaligned(as: UInt64.self) == right.loadUnaligned(as: UInt64.self)
                && left.loadUnaligned(fromByteOffset: count &- 8, as: UInt64.self)
                    == right.loadUnaligned(fromByteOffset: count &- 8, as: UInt64.self)
        }
        if count >= 4 {
            return left.loadUnaligned(as: UInt32.self) == right.loadUnaligned(as: UInt32.self)
                && left.loadUnaligned(fromByteOffset: count &- 4, as: UInt32.self)
                    == right.loadUnaligned(fromByteOffset: count &- 4, as: UInt32.self)
        }
        if count >= 2 {
            return left.loadUnaligned(as: UInt16.self) == right.loadUnaligned(as: UInt16.self)
                && left.load(fromByteOffset: count &- 1, as: UInt8.self)
                    == right.load(fromByteOffset: count &- 1, as: UInt8.self)
        }
        return count < 1 || left.load(as: UInt8.self) == right.load(as: UInt8.self)
    }

    /// Whether two buffers hold the same bytes (two empty buffers are equal, whatever their base addresses).
    @inlinable @inline(__always)
    package static func equal(_ left: UnsafeBufferPointer<UInt8>, _ right: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = left.count
        guard count == right.count else { return false }
        guard count > 0, let x = left.baseAddress, let y = right.baseAddress else { return true }
        return equal(UnsafeRawPointer(x), UnsafeRawPointer(y), count: count)
    }
}

extension ArraySlice where Element == UInt8 {
    /// Whether the slice holds the same bytes as `other`: `==` as `ByteEquality.equal`, without the standard
    /// library's element-by-element walk and index check per byte.
    @inlinable @inline(__always)
    package func bytesEqual(_ other: ArraySlice<UInt8>) -> Bool {
        guard count == other.count else { return false }
        return withUnsafeBufferPointer { left in
            other.withUnsafeBufferPointer { right in ByteEquality.equal(left, right) }
        }
    }
}

extension Array where Element == UInt8 {
    /// Whether the array holds the bytes of `other`, compared by `ByteEquality.equal`.
    @inlinable @inline(__always)
    package func bytesEqual(_ other: UnsafeBufferPointer<UInt8>) -> Bool {
        guard count == other.count else { return false }
        return withUnsafeBufferPointer { ByteEquality.equal($0, other) }
    }
}
