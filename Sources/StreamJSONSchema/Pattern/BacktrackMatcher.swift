// A backtracking matcher with a step budget, for the patterns a finite automaton cannot decide:
// backreferences and lookarounds.
//
// It follows ECMA-262's matcher semantics: alternatives and quantifiers are tried in priority order, lookarounds are
// atomic, lookbehind bodies match right to left, captures inside a quantified atom reset on each iteration, and an
// optional iteration that consumes nothing fails. Every executed instruction costs one step; when the budget runs out
// the answer is `.budgetExceeded` instead of a hang.

/// The budgeted backtracking matcher.
struct BacktrackMatcher {
    private let program: PatternProgram
    private let bytes: UnsafeBufferPointer<UInt8>
    private let budget: Int
    private var steps = 0
    private var registers: [Int]
    private var stack: [Entry] = []

    /// A backtracking point (`register < 0`: resume at `pc` and `value` position) or a register to restore.
    private struct Entry {
        var register: Int32
        var pc: Int32
        var value: Int
    }

    private enum Outcome {
        case matched(Int)
        case failed
        case exceeded
    }

    init(program: PatternProgram, bytes: UnsafeBufferPointer<UInt8>, budget: Int) {
        self.program = program
        self.bytes = bytes
        self.budget = budget
        registers = [Int](repeating: -1, count: program.registerCount)
        stack.reserveCapacity(64)
    }

    /// Searches for a match starting at every scalar boundary (only offset 0 when anchored).
    mutating func search() -> PatternResult {
        var start = 0
        while true {
            for index in registers.indices { registers[index] = -1 }
            stack.removeAll(keepingCapacity: true)
            switch run(pc: 0, position: start, barrier: 0) {
            case .matched: return .match
            case .exceeded: return .budgetExceeded
            case .failed: break
            }
            if program.anchoredAtStart || start >= bytes.count { return .noMatch }
            start += UTF8Scalars.decode(bytes, at: start).length
        }
    }

    private func isWord(at position: Int) -> Bool {
        position >= 0 && position < bytes.count && ThompsonMatcher.isWordByte(bytes[position])
    }

    private func holds(_ assertion: PatternAssertion, at position: Int) -> Bool {
        switch assertion {
        case .start: return position == 0
        case .end: return position == bytes.count
        case .wordBoundary: return isWord(at: position - 1) != isWord(at: position)
        case .notWordBoundary: return isWord(at: position - 1) == isWord(at: position)
        }
    }

    private mutating func setRegister(_ register: Int, _ value: Int) {
        stack.append(Entry(register: Int32(register), pc: 0, value: registers[register]))
        registers[register] = value
    }

    /// Pops entries down to `barrier`, restoring registers, until a backtracking point; nil when none is left.
    private mutating func backtrack(to barrier: Int) -> (pc: Int, position: Int)? {
        while stack.count > barrier {
            let entry = stack.removeLast()
            if entry.register >= 0 {
                registers[Int(entry.register)] = entry.value
            } else {
                return (Int(entry.pc), entry.value)
            }
        }
        return nil
    }

    private mutating func run(pc startPC: Int, position startPosition: Int, barrier: Int) -> Outcome {
        let code = program.instructions
        let sets = program.sets
        var pc = startPC
        var position = startPosition
        while true {
            steps += 1
            if steps > budget { return .exceeded }
            var ok = true
            switch code[pc] {
            case .scalar(let value):
                if position < bytes.count {
                    let decoded = UTF8Scalars.decode(bytes, at: position)
                    ok = decoded.scalar == value
                    position += decoded.length
                } else {
                    ok = false
                }
                pc += 1
            case .set(let index):
                if position < bytes.count {
                    let decoded = UTF8Scalars.decode(bytes, at: position)
                    ok = sets[index].contains(decoded.scalar)
                    position += decoded.length
                } else {
                    ok = false
                }
                pc += 1
            case .scalarBackward(let value):
                if position > 0 {
                    let decoded = UTF8Scalars.decodeBackward(bytes, before: position)
                    ok = decoded.scalar == value
                    position -= decoded.length
                } else {
                    ok = false
                }
                pc += 1
            case .setBackward(let index):
                if position > 0 {
                    let decoded = UTF8Scalars.decodeBackward(bytes, before: position)
                    ok = sets[index].contains(decoded.scalar)
                    position -= decoded.length
                } else {
                    ok = false
                }
                pc += 1
            case .split(let first, let second):
                stack.append(Entry(register: -1, pc: Int32(second), value: position))
                pc = first
            case .jump(let target):
                pc = target
            case .assert(let assertion):
                ok = holds(assertion, at: position)
                pc += 1
            case .save(let register):
                setRegister(register, position)
                pc += 1
            case .clear(let lower, let upper):
                for register in lower..<upper where registers[register] != -1 { setRegister(register, -1) }
                pc += 1
            case .progressCheck(let register):
                ok = registers[register] != position
                pc += 1
            case .backreference(let group, let backward):
                let start = registers[2 * group]
                let end = registers[2 * group + 1]
                if start >= 0, end >= start {
                    ok = matchesCapture(start, end, at: &position, backward: backward)
                }
                pc += 1
            case .look(let ahead, let negated, let end):
                _ = ahead
                let frame = stack.count
                for register in registers.indices {
                    stack.append(Entry(register: Int32(register), pc: 0, value: registers[register]))
                }
                let inner = stack.count
                switch run(pc: pc + 1, position: position, barrier: inner) {
                case .exceeded:
                    return .exceeded
                case .matched:
                    stack.removeLast(stack.count - inner)
                    if negated {
                        _ = backtrack(to: frame)
                        ok = false
                    }
                case .failed:
                    _ = backtrack(to: frame)
                    ok = negated
                }
                pc = end
            case .lookSucceed, .match:
                return .matched(position)
            }
            if !ok {
                guard let resume = backtrack(to: barrier) else { return .failed }
                pc = resume.pc
                position = resume.position
            }
        }
    }

    private func matchesCapture(_ start: Int, _ end: Int, at position: inout Int, backward: Bool) -> Bool {
        let length = end - start
        let from = backward ? position - length : position
        guard from >= 0, from + length <= bytes.count else { return false }
        for offset in 0..<length where bytes[start + offset] != bytes[from + offset] { return false }
        position = backward ? from : position + length
        return true
    }
}
