// A cycle of DFA states over one set of bytes, found when the DFA is built, so a long run of such bytes is crossed
// by a membership scan sixteen bytes at a time instead of a table step per byte.
//
// `^(?:[A-Za-z0-9+/]{4})*…$` (base64) goes round four states on every byte of its alphabet: after a run of `n`
// alphabet bytes it is in the state `n mod 4` steps along the cycle, whatever the bytes were. The same holds for any
// state of any DFA whose orbit under one byte class comes back to it: `[a-z0-9-]+` loops on one state (period 1).
// The scan only decides how many bytes the run has; the state it ends in is the one the byte steps would reach, and
// every state of the cycle is live (neither dead nor matched), so the byte steps would not have stopped inside it.

/// A cycle of DFA states that every byte of a set advances by one step, and how to scan for a run of such bytes.
struct ClassRun: Sendable {
    /// Longest cycle kept; longer ones are left to the byte steps.
    static let maximumPeriod = 16
    /// Most byte ranges a scan tests (the SIMD lanes of `lows` and `widths`).
    static let maximumRanges = 4

    /// The premultiplied states of the cycle, from the state the run starts in: after `n` bytes of the set the DFA is
    /// in `states[n % states.count]`.
    let states: [Int32]
    /// The byte set as ranges `lows[i] ..< lows[i] + widths[i]`, all below 0x80; unused lanes have width 0.
    let lows: SIMD4<UInt8>
    let widths: SIMD4<UInt8>

    /// The runs of a DFA: for each state, the run over the largest byte set that cycles back to it, when the scan can
    /// test that set.
    ///
    /// For each byte class, the states form a functional graph (each state has one successor on that class), whose
    /// cycles are found in one pass; a cycle through live states only, at most `maximumPeriod` long, gives every
    /// state on it a run. Linear in states × classes, plus the classes × period check of each cycle found.
    ///
    /// - Parameters:
    ///   - rows: single-byte transitions, `classCount` per state; state 0 is dead, 1 matched.
    ///   - classes: byte (0..<128) → byte class.
    ///   - stride: the factor that premultiplies states in the DFA's paired table.
    /// - Returns: per state, the index of its run in `runs` or -1; and the runs.
    static func runs(rows: [Int32], classes: [Int], classCount: Int, stride: Int) -> (of: [Int32], runs: [ClassRun]) {
        let stateCount = rows.count / classCount
        var runOf = [Int32](repeating: -1, count: stateCount)
        var runs: [ClassRun] = []
        var bestMembers = [Int](repeating: 0, count: stateCount)
        var classSize = [Int](repeating: 0, count: classCount)
        for byteClass in classes { classSize[byteClass] += 1 }
        // Walks of class `c` mark states `2c + 1` while on the path being walked and `2c + 2` once done, so the marks
        // need no reset between classes.
        var mark = [Int](repeating: 0, count: stateCount)
        var path = [Int](repeating: 0, count: stateCount)
        for byteClass in 0..<classCount {
            let onPath = 2 * byteClass + 1
            for first in 2..<stateCount where mark[first] < onPath {
                var length = 0
                var state = first
                while state > 1, mark[state] < onPath {
                    mark[state] = onPath
                    path[length] = state
                    length += 1
                    state = Int(rows[state * classCount + byteClass])
                }
                let closesCycle = state > 1 && mark[state] == onPath
                for position in 0..<length { mark[path[position]] = onPath + 1 }
                guard closesCycle, let entry = path[0..<length].lastIndex(of: state) else { continue }
                let cycle = Array(path[entry..<length])
                guard cycle.count <= maximumPeriod else { continue }
                // Every class that moves each state of the cycle to the following one; the cycle is handled once,
                // for the first of them.
                let moving = (0..<classCount).map { other in
                    cycle.indices.allSatisfy { position in
                        Int(rows[cycle[position] * classCount + other]) == cycle[(position + 1) % cycle.count]
                    }
                }
                guard moving.firstIndex(of: true) == byteClass else { continue }
                let members = (0..<classCount).reduce(0) { $0 + (moving[$1] ? classSize[$1] : 0) }
                guard cycle.contains(where: { members > bestMembers[$0] }),
                    let ranges = ranges(of: (0..<128).filter { moving[classes[$0]] })
                else { continue }
                var lows = SIMD4<UInt8>(repeating: 0)
                var widths = SIMD4<UInt8>(repeating: 0)
                for (lane, range) in ranges.enumerated() {
                    lows[lane] = UInt8(range.lowerBound)
                    widths[lane] = UInt8(range.count)
                }
                for rotation in cycle.indices where members > bestMembers[cycle[rotation]] {
                    let states = (0..<cycle.count).map { Int32(cycle[(rotation + $0) % cycle.count] * stride) }
                    bestMembers[cycle[rotation]] = members
                    runOf[cycle[rotation]] = Int32(runs.count)
                    runs.append(ClassRun(states: states, lows: lows, widths: widths))
                }
            }
        }
        return (runOf, runs)
    }

    /// Sorted bytes as at most `maximumRanges` ranges of consecutive values; nil when they need more.
    static func ranges(of members: [Int]) -> [Range<Int>]? {
        var ranges: [Range<Int>] = []
        for byte in members {
            if let last = ranges.last, last.upperBound == byte {
                ranges[ranges.count - 1] = last.lowerBound..<(byte + 1)
            } else {
                guard ranges.count < maximumRanges else { return nil }
                ranges.append(byte..<(byte + 1))
            }
        }
        return ranges
    }

    /// How many bytes from `start` belong to the set, counted in whole blocks of sixteen: the run may go on past the
    /// returned length (the byte steps take it from there), never stop before it.
    ///
    /// Two blocks are tested per step, and a step that fails (or a last block) is tested alone, so the length is the
    /// one a block at a time would give.
    ///
    /// - Parameters:
    ///   - base: the bytes.
    ///   - start: where the run starts.
    ///   - end: the end of the bytes.
    /// - Returns: a multiple of 16 such that every byte in `start ..< start + length` is in the set.
    @inline(__always)
    func length(_ base: UnsafePointer<UInt8>, from start: Int, to end: Int) -> Int {
        // A byte is in `low ..< low + width` exactly when `byte - low`, wrapping, is below `width`; with both sides
        // moved by 0x80 that is a signed comparison, which SSE2 has (it has no unsigned one). An unused lane's
        // limit is the smallest Int8, which nothing is below.
        let low0 = SIMD16<UInt8>(repeating: lows[0] &- 0x80)
        let low1 = SIMD16<UInt8>(repeating: lows[1] &- 0x80)
        let low2 = SIMD16<UInt8>(repeating: lows[2] &- 0x80)
        let low3 = SIMD16<UInt8>(repeating: lows[3] &- 0x80)
        let limit0 = SIMD16<Int8>(repeating: Int8(bitPattern: widths[0] ^ 0x80))
        let limit1 = SIMD16<Int8>(repeating: Int8(bitPattern: widths[1] ^ 0x80))
        let limit2 = SIMD16<Int8>(repeating: Int8(bitPattern: widths[2] ^ 0x80))
        let limit3 = SIMD16<Int8>(repeating: Int8(bitPattern: widths[3] ^ 0x80))
        /// Which bytes of the sixteen at `at` are in the set.
        @inline(__always) func inside(_ at: Int) -> SIMDMask<SIMD16<Int8>> {
            let block = UnsafeRawPointer(base + at).loadUnaligned(as: SIMD16<UInt8>.self)
            return (SIMD16<Int8>(truncatingIfNeeded: block &- low0) .< limit0)
                .| (SIMD16<Int8>(truncatingIfNeeded: block &- low1) .< limit1)
                .| (SIMD16<Int8>(truncatingIfNeeded: block &- low2) .< limit2)
                .| (SIMD16<Int8>(truncatingIfNeeded: block &- low3) .< limit3)
        }
        /// Whether every lane of `mask` is set, from its two halves as words (`all(_:)` is a reduction the optimizer
        /// does not always turn into one byte-mask instruction).
        @inline(__always) func isFull(_ mask: SIMDMask<SIMD16<Int8>>) -> Bool {
            withUnsafeBytes(of: mask) { raw in
                raw.loadUnaligned(as: UInt64.self) & raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self) == ~0
            }
        }
        var index = start
        while index &+ 32 <= end, isFull(inside(index) .& inside(index &+ 16)) { index &+= 32 }
        if index &+ 16 <= end, isFull(inside(index)) { index &+= 16 }
        return index &- start
    }
}
