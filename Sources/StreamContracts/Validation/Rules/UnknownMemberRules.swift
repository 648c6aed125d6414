import StreamJSON

/// The rule of members no schema declares.
enum UnknownMemberRules: Int, RuleGroup {
    case unknownMember

    static let descriptors: [RuleDescriptor] = describingAllCases()

    static func describe(_ rule: Self) -> RuleDescriptor {
        switch rule {
        case .unknownMember:
            RuleDescriptor(
                id: "contract.unknown-member", severity: .warning, kinds: ContractRules.allKinds,
                summary: "a member no schema declares: a field AWS added since, or a misspelt one", section: "F #6")
        }
    }
}

extension RuleContext {
    /// Warns about members that no applicable schema declares (`contract.unknown-member`).
    ///
    /// The schemas allow unknown members because AWS adds fields; a warning still tells the user about a new field
    /// or a misspelt one (`eventSourceArn` for `eventSourceARN`). Maps (`additionalProperties`,
    /// `patternProperties`: images, `state`, KubeMQ metadata) and objects whose schema declares no members are not
    /// inspected, and the walk skips subtrees where no schema could report.
    mutating func checkUnknownMembers(_ value: Int, kind: PayloadKind) {
        let walk = MemberWalk.shared
        guard let root = walk.roots[kind.rawValue] else { return }
        walk.withView { view in walkMembers(value, node: root, view, walk) }
    }

    /// Whether the value at `index` is an object or an array: the walk goes into nothing else.
    private func isContainer(_ index: Int) -> Bool {
        let kind = document.kind(index)
        return kind == .object || kind == .array
    }

    /// Walks the value at `index` under the shapes of node `id` (one that can report). Values that are neither
    /// objects nor arrays have no members to report, so the walk never descends into them.
    private mutating func walkMembers(_ index: Int, node id: Int32, _ view: MemberWalk.View, _ walk: MemberWalk) {
        let node = view.nodes[Int(id)]
        switch document.kind(index) {
        case .object:
            var child = index + 1
            let end = document.next(index)
            var hint = 0
            while child < end {
                let name = child
                let value = child + 1
                child = document.next(value)
                let entry = withUTF8(name) { view.entry(node, named: $0, hint: &hint) }
                let next: Int32
                if let entry {
                    next = entry.child
                } else {
                    if node.reports { reportUnknownMember(name, targets: walk.targets[Int(id)], walk.shapes) }
                    next = node.otherChild
                }
                if next != MemberWalk.none, isContainer(value) { walkMembers(value, node: next, view, walk) }
            }
        case .array:
            var child = index + 1
            let end = document.next(index)
            var position = 0
            while child < end {
                let element = child
                child = document.next(element)
                let next = view.child(node, at: position)
                position += 1
                if next != MemberWalk.none, isContainer(element) { walkMembers(element, node: next, view, walk) }
            }
        default:
            return
        }
    }

    private mutating func reportUnknownMember(_ name: Int, targets: [Int], _ table: MemberShapes) {
        let known = Set(targets.flatMap { table.shapes[$0].properties.map(\.text) }).sorted()
        let title = targets.lazy.compactMap { table.shapes[$0].title }.first
        let text = self.text(name)
        var message = "member \(quoted(name)) is not in the contract"
        if let title { message += " of \(title)" }
        if let suggestion = Self.closest(to: text, in: known) {
            message += "; did you mean \"\(suggestion)\"?"
        } else {
            message += " (AWS may have added it since); known members: \(known.joined(separator: ", "))"
        }
        report(UnknownMemberRules.unknownMember, at: name, message)
    }

    /// A known name equal to `name` ignoring case, or at most two edits away (for names of 5+ characters).
    static func closest(to name: String, in known: [String]) -> String? {
        let lowered = name.lowercased()
        if let match = known.first(where: { $0.lowercased() == lowered }) { return match }
        guard name.count >= 5 else { return nil }
        var best: (name: String, distance: Int)?
        for candidate in known where abs(candidate.count - name.count) <= 2 {
            let distance = editDistance(Array(lowered.unicodeScalars), Array(candidate.lowercased().unicodeScalars))
            if distance <= 2, distance < (best?.distance ?? Int.max) { best = (candidate, distance) }
        }
        return best?.name
    }

    private static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        var previous = Array(0...b.count)
        for (i, left) in a.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: b.count)
            for (j, right) in b.enumerated() {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (left == right ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
