/// An array or object whose closing bracket the parser has not read yet.
struct OpenContainer {
    /// Its tape index.
    let node: Int
    let isObject: Bool
    /// The number of children the enclosing container had counted when this one opened (this one included).
    let enclosingCount: UInt32
}

/// The parser's stack of open containers, in memory of its own: a push and a pop without the uniqueness check and
/// the call that `Array.append` and `Array.popLast` cost (one of each per array or object of the input).
///
/// It starts with room for 16 containers and doubles when full; `release()` frees it.
struct OpenContainerStack {
    /// Where the containers are, the outermost first.
    private var base: UnsafeMutablePointer<OpenContainer>
    /// The number of open containers.
    private(set) var count = 0
    /// The number of containers `base` has room for.
    private var capacity = 16

    /// An empty stack.
    init() {
        base = .allocate(capacity: capacity)
    }

    /// The innermost open container, if any.
    @inline(__always) var last: OpenContainer? { count > 0 ? base[count &- 1] : nil }

    /// Opens `container` inside the innermost one.
    @inline(__always) mutating func append(_ container: OpenContainer) {
        if count == capacity { grow() }
        (base + count).initialize(to: container)
        count &+= 1
    }

    /// Closes the innermost open container and returns it, or returns `nil` when none is open.
    @inline(__always) mutating func popLast() -> OpenContainer? {
        guard count > 0 else { return nil }
        count &-= 1
        return base[count]
    }

    /// Moves the containers to memory with twice the room.
    @inline(never) private mutating func grow() {
        let larger = UnsafeMutablePointer<OpenContainer>.allocate(capacity: capacity * 2)
        larger.initialize(from: base, count: count)
        base.deallocate()
        base = larger
        capacity *= 2
    }

    /// Frees the stack's memory; the stack must not be used after.
    func release() {
        base.deallocate()
    }
}
