// Which members or items of one instance have been evaluated, for `unevaluatedProperties`/`unevaluatedItems`.

/// A set of small non-negative integers: one inline word, more words only past 64 (the optional array keeps the
/// common case free of reference counting).
struct SmallBitSet: Equatable {
    private var low: UInt64 = 0
    private var high: [UInt64]?

    @inline(__always)
    mutating func insert(_ value: Int) {
        if value < 64 {
            low |= 1 &<< UInt64(value)
            return
        }
        insertHigh(value)
    }

    private mutating func insertHigh(_ value: Int) {
        let word = value / 64 - 1
        var words = high ?? []
        if words.count <= word { words.append(contentsOf: repeatElement(0, count: word - words.count + 1)) }
        words[word] |= 1 &<< UInt64(value % 64)
        high = words
    }

    @inline(__always)
    func contains(_ value: Int) -> Bool {
        if value < 64 { return low & (1 &<< UInt64(value)) != 0 }
        guard let high else { return false }
        let word = value / 64 - 1
        return word < high.count && high[word] & (1 &<< UInt64(value % 64)) != 0
    }

    mutating func formUnion(_ other: SmallBitSet) {
        low |= other.low
        guard let otherHigh = other.high else { return }
        var words = high ?? []
        if words.count < otherHigh.count {
            words.append(contentsOf: repeatElement(0, count: otherHigh.count - words.count))
        }
        for (index, word) in otherHigh.enumerated() { words[index] |= word }
        high = words
    }
}

/// The members (by position in the object) or items (by index) that some keyword evaluated successfully.
struct Evaluated: Equatable {
    /// Everything is evaluated (`items`, `additionalProperties`, an `unevaluated*` keyword that passed).
    var all = false
    var positions = SmallBitSet()

    @inline(__always)
    mutating func insert(_ position: Int) { if !all { positions.insert(position) } }

    @inline(__always)
    func contains(_ position: Int) -> Bool { all || positions.contains(position) }

    mutating func merge(_ other: Evaluated) {
        if all { return }
        if other.all {
            all = true
            return
        }
        positions.formUnion(other.positions)
    }
}
