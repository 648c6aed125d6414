// Which members or items of one instance have been evaluated, for `unevaluatedProperties`/`unevaluatedItems`.

/// A set of small non-negative integers: one inline word, more words only past 64.
struct SmallBitSet {
    private var low: UInt64 = 0
    private var high: [UInt64] = []

    @inline(__always)
    mutating func insert(_ value: Int) {
        if value < 64 {
            low |= 1 &<< UInt64(value)
            return
        }
        let word = value / 64 - 1
        if high.count <= word { high.append(contentsOf: repeatElement(0, count: word - high.count + 1)) }
        high[word] |= 1 &<< UInt64(value % 64)
    }

    @inline(__always)
    func contains(_ value: Int) -> Bool {
        if value < 64 { return low & (1 &<< UInt64(value)) != 0 }
        let word = value / 64 - 1
        return word < high.count && high[word] & (1 &<< UInt64(value % 64)) != 0
    }

    mutating func formUnion(_ other: SmallBitSet) {
        low |= other.low
        if other.high.isEmpty { return }
        if high.count < other.high.count {
            high.append(contentsOf: repeatElement(0, count: other.high.count - high.count))
        }
        for (index, word) in other.high.enumerated() { high[index] |= word }
    }
}

/// The members (by position in the object) or items (by index) that some keyword evaluated successfully.
struct Evaluated {
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
