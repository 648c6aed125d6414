// The syntax tree of a parsed pattern.

/// One node of a parsed ECMA-262 pattern. Counted repetition is kept as-is; the compiler expands it.
package indirect enum PatternNode: Hashable, Sendable {
    case empty
    case scalar(UInt32)
    case set(ScalarSet)
    case sequence([PatternNode])
    case alternation([PatternNode])
    /// A group; `capture` is the 1-based capture number, nil for `(?:…)`.
    case group(PatternNode, capture: Int?)
    /// `max == nil` means unbounded.
    case repetition(PatternNode, min: Int, max: Int?, greedy: Bool)
    case assertion(PatternAssertion)
    case look(PatternNode, ahead: Bool, negated: Bool)
    /// A backreference to a capture number (resolved; named references are resolved after parsing).
    case backreference(Int)
    /// A `\k<name>` seen before all group names were known; replaced by `.backreference` after parsing.
    case namedBackreference(String, offset: Int)

    /// Whether matching needs backtracking: backreferences and lookarounds are not regular.
    var needsBacktracking: Bool {
        switch self {
        case .empty, .scalar, .set, .assertion: return false
        case .look, .backreference, .namedBackreference: return true
        case .sequence(let nodes), .alternation(let nodes): return nodes.contains { $0.needsBacktracking }
        case .group(let node, _), .repetition(let node, _, _, _): return node.needsBacktracking
        }
    }

    /// Whether every way of matching this node starts with `^` (so a search need only try offset 0).
    var isAnchoredAtStart: Bool {
        switch self {
        case .assertion(.start): return true
        case .sequence(let nodes): return nodes.first?.isAnchoredAtStart ?? false
        case .alternation(let nodes): return !nodes.isEmpty && nodes.allSatisfy { $0.isAnchoredAtStart }
        case .group(let node, _): return node.isAnchoredAtStart
        case .repetition(let node, let min, _, _): return min > 0 && node.isAnchoredAtStart
        default: return false
        }
    }

    /// The literal scalars every match must begin with when the pattern is `^literal…` (for a prefix check).
    var anchoredLiteralPrefix: [UInt32] {
        guard case .sequence(let nodes) = self, nodes.first == .assertion(.start) else { return [] }
        var prefix: [UInt32] = []
        for node in nodes.dropFirst() {
            guard case .scalar(let value) = node else { break }
            prefix.append(value)
        }
        return prefix
    }
}

/// The zero-width assertions other than lookarounds.
package enum PatternAssertion: Hashable, Sendable {
    case start, end, wordBoundary, notWordBoundary
}
