// Thompson NFA simulation: decides "does the pattern match anywhere" in time linear in the input.
//
// Every live thread is a program counter; each input scalar advances all of them at once, so no input, however
// hostile, costs more than (input scalars × program size). Only a yes/no answer is needed, so threads carry no
// captures and no priorities, and there is nothing to allocate on the heap.

/// The linear-time matcher for patterns without backreferences and lookarounds.
enum ThompsonMatcher {
    /// Whether the pattern matches somewhere in `bytes`.
    ///
    /// - Parameters:
    ///   - program: a program compiled without backtracking instructions.
    ///   - bytes: the UTF-8 input.
    ///   - start: byte offset to resume at; 0 for a fresh search.
    ///   - seed: the threads live at `start` when resuming from the DFA (already closed over epsilon moves).
    static func matches(
        _ program: PatternProgram, _ bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0, seed: [Int32]? = nil
    ) -> Bool {
        let instructions = program.instructions
        let count = instructions.count
        return instructions.withUnsafeBufferPointer { code in
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: 5 * count + 4) { storage in
                guard let base = storage.baseAddress else { return false }
                var state = Lists(
                    current: base, next: base + count, marks: base + 2 * count, stack: base + 3 * count)
                for index in 0..<count { state.marks[index] = -1 }
                return run(program, code, bytes, start: start, seed: seed, state: &state)
            }
        }
    }

    private struct Lists {
        var current: UnsafeMutablePointer<Int32>
        var next: UnsafeMutablePointer<Int32>
        let marks: UnsafeMutablePointer<Int32>
        /// Room for 2 × count + 4 entries: each instruction is expanded at most once per step.
        let stack: UnsafeMutablePointer<Int32>
        var currentCount = 0
        var nextCount = 0
        var generation: Int32 = 0

        mutating func swapLists() {
            let previous = current
            current = next
            next = previous
        }
    }

    /// What the assertions need to know about a position.
    private struct Context {
        var atStart: Bool
        var atEnd: Bool
        var previousIsWord: Bool
        var nextIsWord: Bool
    }

    @inline(__always)
    static func isWordByte(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x30...0x39, 0x41...0x5A, 0x5F, 0x61...0x7A: return true
        default: return false
        }
    }

    private static func context(_ bytes: UnsafeBufferPointer<UInt8>, at position: Int) -> Context {
        Context(
            atStart: position == 0,
            atEnd: position == bytes.count,
            previousIsWord: position > 0 && isWordByte(bytes[position - 1]),
            nextIsWord: position < bytes.count && isWordByte(bytes[position]))
    }

    /// Adds the epsilon closure of `pc` to the `next` list; returns true when it reaches `match`.
    @inline(__always)
    private static func addClosure(
        _ pc: Int32, _ code: UnsafeBufferPointer<PatternInstruction>, _ context: Context, _ state: inout Lists
    ) -> Bool {
        var depth = 0
        state.stack[0] = pc
        depth = 1
        let generation = state.generation
        while depth > 0 {
            depth -= 1
            let pc = Int(state.stack[depth])
            if state.marks[pc] == generation { continue }
            state.marks[pc] = generation
            switch code[pc] {
            case .scalar, .set, .scalarBackward, .setBackward:
                state.next[state.nextCount] = Int32(pc)
                state.nextCount += 1
            case .jump(let target):
                state.stack[depth] = Int32(target)
                depth += 1
            case .split(let first, let second):
                state.stack[depth] = Int32(second)
                state.stack[depth + 1] = Int32(first)
                depth += 2
            case .assert(let assertion):
                let holds: Bool
                switch assertion {
                case .start: holds = context.atStart
                case .end: holds = context.atEnd
                case .wordBoundary: holds = context.previousIsWord != context.nextIsWord
                case .notWordBoundary: holds = context.previousIsWord == context.nextIsWord
                }
                if holds {
                    state.stack[depth] = Int32(pc + 1)
                    depth += 1
                }
            case .save, .clear, .progressCheck:
                state.stack[depth] = Int32(pc + 1)
                depth += 1
            case .match:
                return true
            case .backreference, .look, .lookSucceed:
                // Not produced for programs run here; treat as a dead end.
                break
            }
        }
        return false
    }

    private static func run(
        _ program: PatternProgram, _ code: UnsafeBufferPointer<PatternInstruction>, _ bytes: UnsafeBufferPointer<UInt8>,
        start: Int, seed: [Int32]?, state: inout Lists
    ) -> Bool {
        let anchored = program.anchoredAtStart
        let sets = program.sets
        let end = bytes.count
        var position = start
        if let seed {
            for pc in seed {
                state.next[state.nextCount] = pc
                state.nextCount += 1
            }
        } else if position == 0 || !anchored {
            if addClosure(0, code, context(bytes, at: position), &state) { return true }
        }
        state.swapLists()
        state.currentCount = state.nextCount
        state.nextCount = 0
        while position < end {
            if state.currentCount == 0 && anchored { return false }
            let (scalar, length) = UTF8Scalars.decode(bytes, at: position)
            let nextPosition = position + length
            state.generation &+= 1
            let context = Context(
                atStart: false, atEnd: nextPosition == end,
                previousIsWord: length == 1 && isWordByte(bytes[position]),
                nextIsWord: nextPosition < end && isWordByte(bytes[nextPosition]))
            for index in 0..<state.currentCount {
                let pc = Int(state.current[index])
                let advances: Bool
                switch code[pc] {
                case .scalar(let value): advances = value == scalar
                case .set(let set): advances = sets[set].contains(scalar)
                default: advances = false
                }
                if advances, addClosure(Int32(pc + 1), code, context, &state) { return true }
            }
            if !anchored, addClosure(0, code, context, &state) { return true }
            state.swapLists()
            state.currentCount = state.nextCount
            state.nextCount = 0
            position = nextPosition
        }
        return false
    }
}
