// A DFA over ASCII bytes, built ahead of time from the NFA by subset construction.
//
// The hot schema patterns (ARNs, shard ids, digits, base64) are small and see ASCII input, so their whole DFA fits in
// a few kilobytes and matching is one table load per byte. The DFA is built eagerly at compile time, which keeps the
// compiled pattern immutable and freely shareable across threads; when it would grow too large, there is no DFA and
// the Thompson simulation does the work. A non-ASCII byte hands the live NFA threads of the current DFA state to the
// Thompson simulation, which finishes the input.

/// The precomputed ASCII DFA of a regular pattern without `\b`/`\B`.
final class AsciiDFA: Sendable {
    /// Upper bounds that keep construction fast and the table small.
    static let maximumStates = 1_024
    static let maximumInstructions = 4_096
    static let maximumWork = 4_000_000
    static let maximumTableEntries = 1 << 18
    /// Most entries of the four-byte table; patterns with more states or byte classes step two bytes at a time.
    static let maximumQuadEntries = 1 << 14

    /// Number of byte classes plus one: the last class is "no byte", so one table serves single and paired steps.
    let width: Int
    /// `width * width`: the distance between two states in `table`.
    let stride: Int
    /// Byte (0..<128) → byte class.
    let classOf: [Int32]
    /// Byte (0..<128) → byte class × `width`, the first-byte part of a paired index.
    let firstClassOf: [Int32]
    /// Premultiplied paired transitions: the state after `state` on bytes of classes `a`, `b` is
    /// `table[state + a * width + b]`, where `b` may be the "no byte" class. States are multiples of `stride`;
    /// state 0 is dead and state `stride` has matched (both absorbing). Stepping two bytes per load halves the
    /// dependent-load chain that bounds a DFA's speed. A first byte is never "no byte", so the entry where both are
    /// (`state + stride - 1`) holds the verdict if the input ends in `state`: matched when it may end there with a
    /// match (via `$` or an accepting thread), dead otherwise; reading it needs no division by `stride`.
    let table: [Int32]
    /// Four-byte transitions for runs of ASCII, when small enough (otherwise empty): with `n` byte classes, the state
    /// after `state` on bytes of classes `a`, `b`, `c`, `d` is `quad[state + a·n³ + b·n² + c·n + d]`. States here are
    /// multiples of `quadStride` (n⁴), dead and matched again 0 and `quadStride`. Each entry is four steps of the
    /// single-byte DFA composed, so a quad step ends where four single steps would.
    let quad: [Int32]
    let quadStride: Int
    /// Byte → class × n³, then byte → class × n², × n and × 1: four tables of 128 entries, one after the other.
    let quadClassOf: [Int32]
    /// Per state (state / stride): the NFA threads (consuming instructions) live in it, to resume in the Thompson
    /// simulation.
    let kernels: [[Int32]]
    /// Per state (state / stride): the index in `classRuns` of the run that state skips, or -1.
    let classRunOf: [Int32]
    /// Cycles of states over a byte set (see `ClassRun`), skipped sixteen bytes at a time.
    let classRuns: [ClassRun]
    let start: Int32
    /// The state after the required prefix, and the prefix length it skips (0 when the prefix is not all ASCII).
    let afterPrefix: Int32
    let prefixLength: Int

    var dead: Int32 { 0 }
    var matched: Int32 { Int32(stride) }

    init?(instructions: [PatternInstruction], sets: [ScalarSet], anchored: Bool, prefix: [UInt8]) {
        guard instructions.count <= Self.maximumInstructions else { return nil }
        // Byte classes: bytes that every consuming instruction treats alike share a column.
        var classes = [Int](repeating: 0, count: 128)
        var classCount = 1
        var seenMatchers = Set<PatternInstruction>()
        for instruction in instructions {
            switch instruction {
            case .scalar, .set: break
            default: continue
            }
            guard seenMatchers.insert(instruction).inserted else { continue }
            // (old class, member) → new class; at most 128 classes, so 256 keys.
            var remap = [Int](repeating: -1, count: 256)
            var count = 0
            for byte in 0..<128 {
                let member = Self.consumes(instruction, UInt32(byte), sets)
                let key = classes[byte] * 2 + (member ? 1 : 0)
                if remap[key] < 0 {
                    remap[key] = count
                    count += 1
                }
                classes[byte] = remap[key]
            }
            classCount = count
        }
        var representatives = [Int](repeating: -1, count: classCount)
        for byte in (0..<128).reversed() { representatives[classes[byte]] = byte }

        var builder = Builder(instructions: instructions)
        var kernels: [[Int32]] = [[], []]
        var stateIndex: [[Int32]: Int] = [:]
        // Single-byte transitions, `classCount` per state, in one flat array.
        var rows = [Int32](repeating: 0, count: classCount) + [Int32](repeating: 1, count: classCount)

        func intern(_ closure: (kernel: [Int32], matched: Bool)) -> Int? {
            if closure.matched { return 1 }
            if closure.kernel.isEmpty { return 0 }
            if let existing = stateIndex[closure.kernel] { return existing }
            guard kernels.count < Self.maximumStates else { return nil }
            kernels.append(closure.kernel)
            rows.append(contentsOf: repeatElement(0, count: classCount))
            stateIndex[closure.kernel] = kernels.count - 1
            return kernels.count - 1
        }

        guard let startState = intern(builder.closure([0], atStart: true, atEnd: nil)) else { return nil }
        var pending = 2
        while pending < kernels.count {
            let kernel = kernels[pending]
            for byteClass in 0..<classCount {
                let byte = UInt32(representatives[byteClass])
                var seeds: [Int] = []
                for pc in kernel where Self.consumes(instructions[Int(pc)], byte, sets) { seeds.append(Int(pc) + 1) }
                if !anchored { seeds.append(0) }
                guard let target = intern(builder.closure(seeds, atStart: false, atEnd: nil)),
                    builder.work <= Self.maximumWork
                else { return nil }
                rows[pending * classCount + byteClass] = Int32(target)
            }
            pending += 1
        }

        let pairedWidth = classCount + 1
        let pairedStride = pairedWidth * pairedWidth
        guard kernels.count * pairedStride <= Self.maximumTableEntries else { return nil }
        var accepts = [Bool](repeating: false, count: kernels.count)
        accepts[1] = true
        for state in 2..<kernels.count {
            let ends = kernels[state].filter { instructions[Int($0)] == .assert(.end) }.map { Int($0) + 1 }
            accepts[state] = !ends.isEmpty && builder.closure(ends, atStart: false, atEnd: true).matched
        }
        var paired = [Int32](repeating: 0, count: kernels.count * pairedStride)
        let stateCount = kernels.count
        rows.withUnsafeBufferPointer { rows in
            paired.withUnsafeMutableBufferPointer { paired in
                for state in 0..<stateCount {
                    for first in 0..<pairedWidth {
                        let middle = first == classCount ? state : Int(rows[state * classCount + first])
                        for second in 0..<pairedWidth {
                            let target = second == classCount ? middle : Int(rows[middle * classCount + second])
                            paired[state * pairedStride + first * pairedWidth + second] = Int32(target * pairedStride)
                        }
                    }
                    // The "no byte, no byte" entry: the verdict at the end (see `table`).
                    paired[state * pairedStride + pairedStride - 1] = accepts[state] ? Int32(pairedStride) : 0
                }
            }
        }
        let quadStride = classCount * classCount * classCount * classCount
        var quad: [Int32] = []
        if stateCount * quadStride <= Self.maximumQuadEntries {
            quad = [Int32](repeating: 0, count: stateCount * quadStride)
            rows.withUnsafeBufferPointer { rows in
                quad.withUnsafeMutableBufferPointer { quad in
                    var index = 0
                    for state in 0..<stateCount {
                        for a in 0..<classCount {
                            let afterA = Int(rows[state * classCount + a])
                            for b in 0..<classCount {
                                let afterB = Int(rows[afterA * classCount + b])
                                for c in 0..<classCount {
                                    let afterC = Int(rows[afterB * classCount + c])
                                    for d in 0..<classCount {
                                        quad[index] = Int32(Int(rows[afterC * classCount + d]) * quadStride)
                                        index += 1
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        self.quad = quad
        self.quadStride = quadStride
        let (classRunOf, classRuns) = ClassRun.runs(
            rows: rows, classes: classes, classCount: classCount, stride: pairedStride)
        self.classRunOf = classRunOf
        self.classRuns = classRuns
        let factors = quad.isEmpty ? [] : [quadStride / classCount, classCount * classCount, classCount, 1]
        quadClassOf = factors.flatMap { factor in classes.map { Int32($0 * factor) } }
        width = pairedWidth
        stride = pairedStride
        classOf = classes.map { Int32($0) }
        firstClassOf = classes.map { Int32($0 * pairedWidth) }
        table = paired
        self.kernels = kernels.map { kernel in kernel.filter { instructions[Int($0)] != .assert(.end) } }
        start = Int32(startState * pairedStride)

        var state = start
        var skipped = 0
        if prefix.allSatisfy({ $0 < 0x80 }) {
            for byte in prefix where state != 0 && state != Int32(pairedStride) {
                state = paired[Int(state) + classes[Int(byte)] * pairedWidth + classCount]
            }
            skipped = prefix.count
        }
        afterPrefix = skipped == 0 ? start : state
        prefixLength = skipped
    }

    static func consumes(_ instruction: PatternInstruction, _ byte: UInt32, _ sets: [ScalarSet]) -> Bool {
        switch instruction {
        case .scalar(let value): return value == byte
        case .set(let index): return sets[index].containsASCII(byte)
        default: return false
        }
    }

    /// Epsilon closures over the NFA, with a generation-stamped visited set reused across calls.
    private struct Builder {
        let instructions: [PatternInstruction]
        var marks: [Int]
        var generation = 0
        var work = 0

        init(instructions: [PatternInstruction]) {
            self.instructions = instructions
            marks = [Int](repeating: -1, count: instructions.count)
        }

        /// The consuming instructions (and pending `$` when `atEnd` is nil) reachable without input.
        mutating func closure(_ seeds: [Int], atStart: Bool, atEnd: Bool?) -> (kernel: [Int32], matched: Bool) {
            generation += 1
            var stack = seeds.reversed() as [Int]
            var kernel: [Int32] = []
            while let pc = stack.popLast() {
                work += 1
                if marks[pc] == generation { continue }
                marks[pc] = generation
                switch instructions[pc] {
                case .scalar, .set:
                    kernel.append(Int32(pc))
                case .jump(let target):
                    stack.append(target)
                case .split(let first, let second):
                    stack.append(second)
                    stack.append(first)
                case .assert(.start):
                    if atStart { stack.append(pc + 1) }
                case .assert(.end):
                    if let atEnd {
                        if atEnd { stack.append(pc + 1) }
                    } else {
                        kernel.append(Int32(pc))
                    }
                case .save, .clear, .progressCheck:
                    stack.append(pc + 1)
                case .match:
                    return ([], true)
                default:
                    break
                }
            }
            kernel.sort()
            return (kernel, false)
        }
    }

    /// Runs the DFA from `state` at byte `position`.
    ///
    /// - Returns: the verdict (nil: a non-ASCII byte at the returned position, resume in the NFA from the returned
    ///   state's kernel), the position reached and the state there.
    ///
    /// - Parameter skipsClassRuns: whether a state's `ClassRun` is skipped sixteen bytes at a time (tests turn it
    ///   off to compare with the byte steps).
    @inline(__always)
    func run(
        _ bytes: UnsafeBufferPointer<UInt8>, from position: Int, state initial: Int32, skipsClassRuns: Bool = true
    ) -> (Bool?, Int, Int32) {
        var state = initial
        let matchedState = matched
        if state <= matchedState { return (state == matchedState, position, state) }
        let noByte = Int32(width - 1)
        let endColumn = stride &- 1
        var runEnd = position
        if skipsClassRuns, let base = bytes.baseAddress, bytes.count &- position >= 32 {
            let run = classRunOf[Int(state) / stride]
            if run >= 0 {
                let classRun = classRuns[Int(run)]
                let length = classRun.length(base, from: position, to: bytes.count)
                state = classRun.states[length % classRun.states.count]
                runEnd &+= length
            }
        }
        return table.withUnsafeBufferPointer { table in
            classOf.withUnsafeBufferPointer { classOf in
                firstClassOf.withUnsafeBufferPointer { firstClassOf in
                    var index = runEnd
                    let end = bytes.count
                    // Eight ASCII bytes at a time: two four-byte steps (or four paired steps), checked once. The dead and
                    // matched states are absorbing, so checking after the last step gives the verdict checking after
                    // each would.
                    if let base = bytes.baseAddress, !quad.isEmpty, index &+ 8 <= end {
                        let quadStride = Int32(self.quadStride)
                        let pairedStride = Int32(stride)
                        var quadState = state / pairedStride * quadStride
                        quad.withUnsafeBufferPointer { quad in
                            quadClassOf.withUnsafeBufferPointer { classes in
                                /// The state after the four bytes at `at`.
                                @inline(__always) func step(_ state: Int32, _ at: Int) -> Int32 {
                                    let column =
                                        classes[Int(base[at])] &+ classes[128 &+ Int(base[at &+ 1])]
                                        &+ classes[256 &+ Int(base[at &+ 2])] &+ classes[384 &+ Int(base[at &+ 3])]
                                    return quad[Int(state &+ column)]
                                }
                                while index &+ 8 <= end {
                                    let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                                    if word & 0x8080_8080_8080_8080 != 0 { break }
                                    quadState = step(step(quadState, index), index &+ 4)
                                    index &+= 8
                                    if quadState <= quadStride { break }
                                }
                            }
                        }
                        state = quadState / quadStride * pairedStride
                        if state <= matchedState { return (state == matchedState, index, state) }
                    }
                    if let base = bytes.baseAddress {
                        /// The state after the two bytes at `at`.
                        @inline(__always) func step(_ state: Int32, _ at: Int) -> Int32 {
                            table[Int(state &+ firstClassOf[Int(base[at])] &+ classOf[Int(base[at &+ 1])])]
                        }
                        while index &+ 8 <= end {
                            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                            if word & 0x8080_8080_8080_8080 != 0 { break }
                            state = step(step(step(step(state, index), index &+ 2), index &+ 4), index &+ 6)
                            index &+= 8
                            if state <= matchedState { return (state == matchedState, index, state) }
                        }
                    }
                    while true {
                        if index &+ 1 < end {
                            let first = bytes[index]
                            let second = bytes[index &+ 1]
                            if (first | second) < 0x80 {
                                let column = firstClassOf[Int(first)] &+ classOf[Int(second)]
                                state = table[Int(state &+ column)]
                                if state <= matchedState { return (state == matchedState, index, state) }
                                index &+= 2
                                continue
                            }
                        }
                        if index == end { return (table[Int(state) &+ endColumn] == matchedState, index, state) }
                        let byte = bytes[index]
                        if byte >= 0x80 { return (nil, index, state) }
                        state = table[Int(state &+ firstClassOf[Int(byte)] &+ noByte)]
                        if state <= matchedState { return (state == matchedState, index, state) }
                        index &+= 1
                    }
                }
            }
        }
    }
}
