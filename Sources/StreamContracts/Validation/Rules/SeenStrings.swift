import StreamJSON

/// Where each distinct string value of a batch was first seen, for the uniqueness rules (`checkUnique`).
///
/// Batches are small: the first `smallLimit` distinct values are kept as tape indexes in order and a new value is
/// compared with each of them (no hashing, no key slices); past that, every value moves into a dictionary. Both
/// answer with the first place a value was seen, comparing decoded bytes.
struct SeenStrings {
    /// Tape indexes of the first occurrence of each distinct value, in the order they were met.
    private var small: [Int] = []
    /// Every distinct value and where it was first seen, once there are more than `smallLimit`.
    private var large: [ByteKey: Int]?

    /// Distinct values compared pairwise before the dictionary takes over.
    static let smallLimit = 32

    /// Where a string equal to the one at tape index `value` was first seen; `nil` when it is new, and then
    /// `value` is recorded as its first place.
    mutating func firstPlace(of value: Int, in context: RuleContext) -> Int? {
        if large == nil {
            for earlier in small where context.stringsEqual(earlier, value) { return earlier }
            if small.count < Self.smallLimit {
                small.append(value)
                return nil
            }
            var dictionary: [ByteKey: Int] = [:]
            dictionary.reserveCapacity(small.count * 2)
            for earlier in small { dictionary[ByteKey(context.utf8(earlier))] = earlier }
            dictionary[ByteKey(context.utf8(value))] = value
            large = dictionary
            small = []
            return nil
        }
        let key = ByteKey(context.utf8(value))
        if let first = large?[key] { return first }
        large?[key] = value
        return nil
    }
}
