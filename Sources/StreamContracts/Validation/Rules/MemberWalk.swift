import StreamJSON

/// ``MemberShapes`` as the `contract.unknown-member` walk reads it: every list of shapes the walk can be under,
/// interned as one node, with what each member name and array position leads to worked out in advance.
///
/// Under a list of shapes the walk asks, per member, whether any shape declares (or requires) the name and which
/// shapes apply to its value — each shape's targets for the name, or its `additional` ones — and, per element,
/// which shapes apply at that position. The answers depend only on the list, so they are computed once for every
/// list reachable from a root, and the walk passes node numbers into flat tables instead of building and retaining
/// arrays of shapes. Lists keep the first of repeated shapes: that changes no answer (whether a name is declared,
/// whether an object reports, the finding's title and known names, and the child lists up to repeats) and keeps the
/// set of lists finite.
struct MemberWalk: Sendable {
    /// One interned list of shapes. Plain data, so reading one costs no retain.
    struct Node: Sendable {
        /// Whether unknown members of an object here are reported: no shape is a map and one declares properties.
        var reports: Bool
        /// The first of the node's entries in `entries`.
        var entryStart: Int32
        /// How many entries (names some shape declares or requires) the node has.
        var entryCount: Int32
        /// The node for a member no shape declares: each shape's `additional`.
        var otherChild: Int32
        /// The first of the node's per-position children in `positions`.
        var positionStart: Int32
        /// How many array positions have their own child (the longest `prefixItems`).
        var positionCount: Int32
        /// The node for array positions past `positionCount`: each shape's `items`.
        var itemsChild: Int32
    }

    /// A member name some shape of a node declares, and the node for its value.
    struct Entry: Sendable {
        /// Where the name's UTF-8 bytes start in `names`.
        var nameStart: Int32
        /// The name's length in bytes.
        var nameCount: Int32
        /// The node for the member's value.
        var child: Int32
    }

    /// The node number for "nothing below can report": no list, or one whose shapes cannot report.
    static let none: Int32 = -1

    let nodes: [Node]
    /// Per node, its shapes in order, for the finding's title and known names.
    let targets: [[Int]]
    let entries: [Entry]
    /// The entries' names, back to back.
    let names: [UInt8]
    let positions: [Int32]
    /// Kind name → the node of the kind's schema root (absent when it cannot report).
    let roots: [String: Int32]
    /// The shapes the nodes were built from.
    let shapes: MemberShapes

    /// The walk tables of the embedded contract schemas.
    static let shared = MemberWalk(MemberShapes.shared)

    init(_ shapes: MemberShapes) {
        var builder = Builder(shapes: shapes.shapes)
        var roots: [String: Int32] = [:]
        for (kind, root) in shapes.roots {
            let node = builder.intern([root])
            if node != Self.none { roots[kind] = node }
        }
        builder.run()
        self.nodes = builder.nodes
        self.targets = builder.lists
        self.entries = builder.entries
        self.names = builder.names
        self.positions = builder.positions
        self.roots = roots
        self.shapes = shapes
    }

    /// Interns lists of shapes and fills in their nodes.
    private struct Builder {
        let shapes: [MemberShapes.Shape]
        var ids: [[Int]: Int32] = [:]
        var lists: [[Int]] = []
        var nodes: [Node] = []
        var entries: [Entry] = []
        var names: [UInt8] = []
        var positions: [Int32] = []
        var pending: [Int] = []

        /// The node of `list` (repeats dropped), registered on first sight; `none` when no shape can report.
        mutating func intern(_ list: [Int]) -> Int32 {
            var unique: [Int] = []
            for shape in list where !unique.contains(shape) { unique.append(shape) }
            guard unique.contains(where: { shapes[$0].canReport }) else { return MemberWalk.none }
            if let id = ids[unique] { return id }
            let id = Int32(nodes.count)
            ids[unique] = id
            lists.append(unique)
            nodes.append(
                Node(
                    reports: false, entryStart: 0, entryCount: 0, otherChild: MemberWalk.none, positionStart: 0,
                    positionCount: 0, itemsChild: MemberWalk.none))
            pending.append(Int(id))
            return id
        }

        mutating func run() {
            while let id = pending.popLast() { fill(id) }
        }

        /// Works out node `id`'s answers, as the walk over its list of shapes would.
        private mutating func fill(_ id: Int) {
            let list = lists[id]
            let members = list.map { shapes[$0] }
            var declared: [[UInt8]] = []
            for shape in members {
                for name in shape.properties.map(\.name) + shape.required where !declared.contains(name) {
                    declared.append(name)
                }
            }
            var nodeEntries: [Entry] = []
            for name in declared {
                var child: [Int] = []
                for shape in members {
                    if let property = shape.properties.first(where: { $0.name == name }) {
                        child += property.targets
                    } else {
                        child += shape.additional
                    }
                }
                nodeEntries.append(
                    Entry(nameStart: Int32(names.count), nameCount: Int32(name.count), child: intern(child)))
                names += name
            }
            let entryStart = Int32(entries.count)
            entries += nodeEntries
            let positionCount = members.map(\.prefixItems.count).max() ?? 0
            var nodePositions: [Int32] = []
            for position in 0..<positionCount {
                nodePositions.append(
                    intern(
                        members.flatMap { position < $0.prefixItems.count ? $0.prefixItems[position] : $0.items }))
            }
            let positionStart = Int32(positions.count)
            positions += nodePositions
            nodes[id] = Node(
                reports: members.allSatisfy { !$0.isMap } && members.contains { !$0.properties.isEmpty },
                entryStart: entryStart, entryCount: Int32(nodeEntries.count),
                otherChild: intern(members.flatMap(\.additional)), positionStart: positionStart,
                positionCount: Int32(positionCount), itemsChild: intern(members.flatMap(\.items)))
        }
    }

    /// The tables in place, for one walk.
    struct View {
        let nodes: UnsafeBufferPointer<Node>
        let entries: UnsafeBufferPointer<Entry>
        let names: UnsafeBufferPointer<UInt8>
        let positions: UnsafeBufferPointer<Int32>

        /// The entry of `node` for the member called `name` (UTF-8), if some shape declares or requires it.
        func entry(_ node: Node, named name: UnsafeBufferPointer<UInt8>) -> Entry? {
            var hint = 0
            return entry(node, named: name, hint: &hint)
        }

        /// `entry(_:named:)` searching from position `hint` of the node's entries (wrapping around), and leaving
        /// `hint` just past the match: objects list their members mostly in the order the schema declares them, so
        /// the next member is usually the next entry.
        @inline(__always)
        func entry(_ node: Node, named name: UnsafeBufferPointer<UInt8>, hint: inout Int) -> Entry? {
            let count = Int32(name.count)
            let total = Int(node.entryCount)
            let start = Int(node.entryStart)
            var offset = 0
            while offset < total {
                var position = hint + offset
                if position >= total { position -= total }
                offset += 1
                let entry = entries[start + position]
                guard entry.nameCount == count else { continue }
                if count != 0 {
                    guard let left = names.baseAddress, let right = name.baseAddress,
                        ByteEquality.equal(left + Int(entry.nameStart), right, count: Int(count))
                    else { continue }
                }
                hint = position + 1
                return entry
            }
            return nil
        }

        /// The node for element `position` of an array under `node`.
        @inline(__always)
        func child(_ node: Node, at position: Int) -> Int32 {
            position < Int(node.positionCount) ? positions[Int(node.positionStart) + position] : node.itemsChild
        }
    }

    /// Calls `body` with the tables in place.
    func withView<Result>(_ body: (View) -> Result) -> Result {
        nodes.withUnsafeBufferPointer { nodes in
            entries.withUnsafeBufferPointer { entries in
                names.withUnsafeBufferPointer { names in
                    positions.withUnsafeBufferPointer { positions in
                        body(View(nodes: nodes, entries: entries, names: names, positions: positions))
                    }
                }
            }
        }
    }
}
