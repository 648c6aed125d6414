// The compiled form of a pattern: a flat instruction list shared by every matcher, plus fast-path data.

/// One instruction of a compiled pattern. Jump targets are instruction indices.
enum PatternInstruction: Hashable, Sendable {
    /// Consume one scalar equal to the value.
    case scalar(UInt32)
    /// Consume one scalar in `sets[index]`.
    case set(Int)
    /// Consume the scalar before the position (inside a lookbehind, which matches right to left).
    case scalarBackward(UInt32)
    case setBackward(Int)
    /// Continue at the first target; on failure retry at the second (the order is the backtracking priority).
    case split(Int, Int)
    case jump(Int)
    case assert(PatternAssertion)
    /// Register := current position (capture boundaries and loop progress marks).
    case save(Int)
    /// Registers in `lower..<upper` := unset (captures inside a quantified atom reset on each iteration).
    case clear(Int, Int)
    /// Fail when the register equals the current position: an optional iteration that matched nothing.
    case progressCheck(Int)
    /// Match the text of a capture group again (right to left inside a lookbehind).
    case backreference(Int, backward: Bool)
    /// A lookaround whose body runs from the next instruction up to a `lookSucceed`; `end` follows it.
    case look(ahead: Bool, negated: Bool, end: Int)
    case lookSucceed
    case match
}

/// A compiled pattern: instructions, the sets they reference, and what the fast paths need.
///
/// Immutable after compilation, so one instance is safely shared by every thread that matches with it.
final class PatternProgram: Sendable {
    let instructions: [PatternInstruction]
    let sets: [ScalarSet]
    /// Two registers per capture group (index 0 unused) followed by one per unbounded or optional loop.
    let registerCount: Int
    /// Whether the pattern needs the backtracking matcher (backreferences, lookarounds).
    let needsBacktracking: Bool
    /// Whether every match starts at offset 0 (`^…` on every alternative).
    let anchoredAtStart: Bool
    /// Whether some instruction is `\b` or `\B` (the ASCII DFA does not model them).
    let hasWordBoundary: Bool
    /// UTF-8 bytes every match must start with at offset 0, from a leading `^literal`.
    let requiredPrefix: [UInt8]
    /// The precomputed ASCII DFA, when the pattern is regular and its DFA is small enough.
    let dfa: AsciiDFA?

    init(node: PatternNode, captureCount: Int) throws(PatternSyntaxError) {
        var compiler = PatternCompiler(captureCount: captureCount, forBacktracking: node.needsBacktracking)
        try compiler.compile(node, backward: false)
        compiler.emit(.match)
        instructions = compiler.instructions
        sets = compiler.sets
        registerCount = compiler.nextRegister
        needsBacktracking = node.needsBacktracking
        anchoredAtStart = node.isAnchoredAtStart
        hasWordBoundary = instructions.contains { $0 == .assert(.wordBoundary) || $0 == .assert(.notWordBoundary) }
        requiredPrefix = node.anchoredLiteralPrefix.flatMap { UTF8Scalars.encode($0) }
        if needsBacktracking || hasWordBoundary {
            dfa = nil
        } else {
            dfa = AsciiDFA(
                instructions: compiler.instructions, sets: compiler.sets, anchored: node.isAnchoredAtStart,
                prefix: requiredPrefix)
        }
    }
}

/// Turns a `PatternNode` tree into `PatternInstruction`s, expanding counted repetition.
struct PatternCompiler {
    /// Upper bound on the program size; `x{100000}` style repetitions beyond it are rejected as too large.
    static let instructionLimit = 100_000

    private(set) var instructions: [PatternInstruction] = []
    private(set) var sets: [ScalarSet] = []
    private var setIndex: [ScalarSet: Int] = [:]
    private(set) var nextRegister: Int
    private let forBacktracking: Bool

    init(captureCount: Int, forBacktracking: Bool) {
        nextRegister = 2 * (captureCount + 1)
        self.forBacktracking = forBacktracking
    }

    mutating func emit(_ instruction: PatternInstruction) {
        instructions.append(instruction)
    }

    private mutating func checkSize() throws(PatternSyntaxError) {
        if instructions.count > Self.instructionLimit {
            throw PatternSyntaxError(
                offset: 0,
                message: "pattern too large: its repetitions expand beyond \(Self.instructionLimit) instructions")
        }
    }

    private mutating func intern(_ set: ScalarSet) -> Int {
        if let index = setIndex[set] { return index }
        sets.append(set)
        setIndex[set] = sets.count - 1
        return sets.count - 1
    }

    mutating func compile(_ node: PatternNode, backward: Bool) throws(PatternSyntaxError) {
        try checkSize()
        switch node {
        case .empty, .namedBackreference:
            break
        case .scalar(let value):
            emit(backward ? .scalarBackward(value) : .scalar(value))
        case .set(let set):
            let index = intern(set)
            emit(backward ? .setBackward(index) : .set(index))
        case .sequence(let nodes):
            for child in backward ? nodes.reversed() : nodes { try compile(child, backward: backward) }
        case .alternation(let nodes):
            var exits: [Int] = []
            for (position, child) in nodes.enumerated() {
                if position == nodes.count - 1 {
                    try compile(child, backward: backward)
                } else {
                    let split = instructions.count
                    emit(.split(split + 1, -1))
                    try compile(child, backward: backward)
                    exits.append(instructions.count)
                    emit(.jump(-1))
                    instructions[split] = .split(split + 1, instructions.count)
                }
            }
            for exit in exits { instructions[exit] = .jump(instructions.count) }
        case .group(let inner, let capture):
            guard let capture, forBacktracking else {
                try compile(inner, backward: backward)
                return
            }
            emit(.save(backward ? 2 * capture + 1 : 2 * capture))
            try compile(inner, backward: backward)
            emit(.save(backward ? 2 * capture : 2 * capture + 1))
        case .repetition(let inner, let min, let max, let greedy):
            try compileRepetition(inner, min: min, max: max, greedy: greedy, backward: backward)
        case .assertion(let assertion):
            emit(.assert(assertion))
        case .look(let inner, let ahead, let negated):
            let look = instructions.count
            emit(.look(ahead: ahead, negated: negated, end: -1))
            try compile(inner, backward: !ahead)
            emit(.lookSucceed)
            instructions[look] = .look(ahead: ahead, negated: negated, end: instructions.count)
        case .backreference(let number):
            emit(.backreference(number, backward: backward))
        }
    }

    private mutating func compileRepetition(
        _ inner: PatternNode, min: Int, max: Int?, greedy: Bool, backward: Bool
    ) throws(PatternSyntaxError) {
        if let max, max == 0 { return }
        let captures = inner.captureRange
        let clear: PatternInstruction? =
            forBacktracking && !captures.isEmpty
            ? .clear(2 * captures.lowerBound, 2 * captures.upperBound) : nil
        for _ in 0..<min {
            if let clear { emit(clear) }
            try compile(inner, backward: backward)
            try checkSize()
        }
        let progressRegister: Int? = forBacktracking ? nextRegister : nil
        if forBacktracking { nextRegister += 1 }
        func split(_ body: Int, _ exit: Int) -> PatternInstruction {
            greedy ? .split(body, exit) : .split(exit, body)
        }
        if max == nil {
            let loop = instructions.count
            emit(.split(-1, -1))
            if let progressRegister { emit(.save(progressRegister)) }
            if let clear { emit(clear) }
            try compile(inner, backward: backward)
            if let progressRegister { emit(.progressCheck(progressRegister)) }
            emit(.jump(loop))
            instructions[loop] = split(loop + 1, instructions.count)
            return
        }
        guard let max else { return }
        let optional = max - min
        if optional > Self.instructionLimit {
            throw PatternSyntaxError(offset: 0, message: "pattern too large: repetition bound \(max) is too big")
        }
        var splits: [Int] = []
        for _ in 0..<optional {
            splits.append(instructions.count)
            emit(.split(-1, -1))
            if let progressRegister { emit(.save(progressRegister)) }
            if let clear { emit(clear) }
            try compile(inner, backward: backward)
            if let progressRegister { emit(.progressCheck(progressRegister)) }
            try checkSize()
        }
        let exit = instructions.count
        for position in splits { instructions[position] = split(position + 1, exit) }
    }
}

extension PatternNode {
    /// The capture numbers inside this node, as a half-open range (empty when there are none).
    var captureRange: Range<Int> {
        var lowest = Int.max
        var highest = Int.min
        func visit(_ node: PatternNode) {
            switch node {
            case .group(let inner, let capture):
                if let capture {
                    lowest = Swift.min(lowest, capture)
                    highest = Swift.max(highest, capture)
                }
                visit(inner)
            case .sequence(let nodes), .alternation(let nodes):
                nodes.forEach(visit)
            case .repetition(let inner, _, _, _), .look(let inner, _, _):
                visit(inner)
            case .empty, .scalar, .set, .assertion, .backreference, .namedBackreference:
                break
            }
        }
        visit(self)
        return lowest <= highest ? lowest..<(highest + 1) : 0..<0
    }
}
