/// Parent links for every node of a tape, so that the JSON Pointer of any node is found by walking up rather
/// than by scanning from the root.
///
/// `JSONDocument.pointer(to:)` scans siblings from the root, which is quadratic when every record of a large
/// batch has a finding. Rules switch to this index once a run has reported a few findings; building it is one
/// pass over the tape.
package struct PointerIndex {
    /// For each node: its container's index, or -1 for the root.
    private var parents: [Int32]
    /// For each node: its position in an array, or the index of its member name in an object.
    private var slots: [Int32]

    package init(_ document: JSONDocument) {
        let count = document.nodes.count
        parents = Array(repeating: -1, count: count)
        slots = Array(repeating: -1, count: count)
        for container in 0..<count {
            let kind = document.kind(container)
            guard kind == .array || kind == .object else { continue }
            var child = container + 1
            let end = document.next(container)
            var position: Int32 = 0
            while child < end {
                if kind == .object {
                    parents[child] = Int32(container)
                    slots[child] = Int32(child)
                    parents[child + 1] = Int32(container)
                    slots[child + 1] = Int32(child)
                    child = document.next(child + 1)
                } else {
                    parents[child] = Int32(container)
                    slots[child] = position
                    position += 1
                    child = document.next(child)
                }
            }
        }
    }

    /// The pointer tokens from the root to `index` (a member name gives its member's pointer).
    package func tokens(to index: Int, in document: JSONDocument) -> [JSONPointer.Token] {
        var tokens: [JSONPointer.Token] = []
        var current = index
        while current >= 0, current < parents.count, parents[current] >= 0 {
            let parent = Int(parents[current])
            if document.kind(parent) == .object {
                tokens.append(.member(document.string(Int(slots[current]))))
            } else {
                tokens.append(.index(Int(slots[current])))
            }
            current = parent
        }
        return tokens.reversed()
    }
}
