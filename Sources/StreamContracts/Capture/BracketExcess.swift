// Whether the rest of a log line, from the end of a JSON value found in it, closes more brackets than it opens.
//
// `LogScanner.scan` asks after every value it finds on a line; answered by a scan to the end of the line each
// time, a line of many values (`{…} {…} {…} …`) cost time quadratic in its length. The bracket scanner is a
// three-state machine (outside a string, inside one, after a backslash inside one), so a block of the line can be
// summed up, for each state it may start in, by the state it ends in, the depth it adds and the lowest depth it
// reaches; summed from the end of the line, each block then knows the lowest depth reached from its start to the
// end of the line. A question reads the bytes to the end of its own block and one summary: linear in the line
// for the summaries, plus at most one block per question.

/// The bracket balance of the rest of one line from any position, answered in time bounded by a block.
struct BracketExcess {
    /// Bytes per summarised block.
    static let blockSize = 128

    /// The scanner's state: outside a string, inside one, or inside one right after a backslash.
    private enum State: Int {
        case outside = 0
        case inString
        case escaped
    }

    private let text: ArraySlice<UInt8>
    /// For block `b` and start state `s`, at `3 * b + s`: the lowest depth (relative to 0 at the block's start,
    /// and never above 0) reached from the block's start to the end of the text. One entry per state past the
    /// last block holds 0.
    private let lowestToEnd: [Int]

    /// The first position the summary covers.
    var startIndex: Int { text.startIndex }

    /// Summarises `text` (one pass).
    init(_ text: ArraySlice<UInt8>) {
        self.text = text
        let blocks = (text.count + Self.blockSize - 1) / Self.blockSize
        var lowest = [Int](repeating: 0, count: 3 * (blocks + 1))
        var block = blocks - 1
        while block >= 0 {
            let start = text.startIndex + block * Self.blockSize
            let end = min(start + Self.blockSize, text.endIndex)
            for first in 0..<3 {
                var state = State(rawValue: first) ?? .outside
                var depth = 0
                var low = 0
                for index in start..<end {
                    Self.step(text[index], &state, &depth)
                    low = min(low, depth)
                }
                lowest[3 * block + first] = min(low, depth + lowest[3 * (block + 1) + state.rawValue])
            }
            block -= 1
        }
        lowestToEnd = lowest
    }

    /// Whether the text from `position` (outside any string) to its end closes more brackets than it opens: the
    /// depth, counted from 0 at `position`, goes below 0. The same answer as a scan from `position` to the end.
    func closesMoreThanItOpens(from position: Int) -> Bool {
        guard position >= text.startIndex else { return false }  // not asked by the scanner (see `startIndex`)
        guard position < text.endIndex else { return false }
        let offset = position - text.startIndex
        let block = offset / Self.blockSize
        let blockEnd = min(text.startIndex + (block + 1) * Self.blockSize, text.endIndex)
        var state = State.outside
        var depth = 0
        for index in position..<blockEnd {
            Self.step(text[index], &state, &depth)
            if depth < 0 { return true }
        }
        return depth + lowestToEnd[3 * (block + 1) + state.rawValue] < 0
    }

    /// One byte of the bracket scanner: strings are skipped, `{` and `[` open, `}` and `]` close.
    @inline(__always)
    private static func step(_ byte: UInt8, _ state: inout State, _ depth: inout Int) {
        switch state {
        case .escaped:
            state = .inString
        case .inString:
            if byte == 0x5C {
                state = .escaped
            } else if byte == 0x22 {
                state = .outside
            }
        case .outside:
            switch byte {
            case 0x22: state = .inString
            case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"): depth -= 1
            default: break
            }
        }
    }
}
