import Foundation

extension ArraySlice where Element == UInt8 {
    /// Whether the slice holds the same bytes as `other`: `==` as one `memcmp`.
    ///
    /// The rules compare member values of every record (shard ids, sequence numbers, ARNs) with the batch's; the
    /// standard `==` of two slices walks them element by element with an index check per byte.
    func bytesEqual(_ other: ArraySlice<UInt8>) -> Bool {
        let count = self.count
        guard count == other.count else { return false }
        return withUnsafeBufferPointer { left in
            other.withUnsafeBufferPointer { right in
                guard count > 0, let left = left.baseAddress, let right = right.baseAddress else { return true }
                return memcmp(left, right, count) == 0
            }
        }
    }
}
