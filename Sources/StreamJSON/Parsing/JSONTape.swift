/// The parser's tape while it is being written: nodes stored straight into the memory of the array the document will
/// keep, without the uniqueness check, the capacity check and the call that each `Array.append` costs.
///
/// It starts in storage the caller lends (the uninitialised capacity of the document's `[JSONNode]`); a value with more
/// nodes than that moves the tape to memory of its own, twice as large each time, which `nodes` then copies into an
/// array and `release()` frees. Every index read or written is below `count`, by construction of the parser.
struct JSONTape {
    /// Where the nodes are: the lent storage, or memory of the tape's own once that filled up.
    private(set) var base: UnsafeMutablePointer<JSONNode>
    /// The number of nodes written.
    private(set) var count = 0
    /// The number of nodes `base` has room for.
    private var capacity: Int
    /// Whether `base` was allocated here (the lent storage filled up) and must be freed by `release()`.
    private(set) var ownsStorage: Bool

    /// A tape that writes into `storage` until it is full.
    init(storage: UnsafeMutableBufferPointer<JSONNode>) {
        if let lent = storage.baseAddress, storage.count > 0 {
            base = lent
            capacity = storage.count
            ownsStorage = false
        } else {
            capacity = 16
            base = .allocate(capacity: capacity)
            ownsStorage = true
        }
    }

    /// Adds `node` after the last one.
    @inline(__always) mutating func append(_ node: JSONNode) {
        if count == capacity { grow() }
        (base + count).initialize(to: node)
        count &+= 1
    }

    /// The node at `index` (below `count`).
    @inline(__always) subscript(index: Int) -> JSONNode {
        get { base[index] }
        nonmutating set { base[index] = newValue }
    }

    /// Moves the nodes to memory of the tape's own with twice the room.
    @inline(never) private mutating func grow() {
        let larger = UnsafeMutablePointer<JSONNode>.allocate(capacity: capacity * 2)
        larger.initialize(from: base, count: count)
        if ownsStorage { base.deallocate() }
        base = larger
        capacity *= 2
        ownsStorage = true
    }

    /// The nodes written, as an array of their own (a copy).
    var nodes: [JSONNode] { Array(UnsafeBufferPointer(start: base, count: count)) }

    /// Frees the tape's own memory, if it has any; the tape must not be used after.
    func release() {
        if ownsStorage { base.deallocate() }
    }
}
