/// The operand of a `wildcard` operator: literal UTF-8 bytes with `*` standing for any run of bytes (including
/// none). `\*` is a literal asterisk and `\\` a literal backslash; any other escape, and two `*` in a row, are errors.
struct WildcardPattern: Sendable, Hashable {
    /// One piece of the pattern.
    enum Piece: Sendable, Hashable {
        case literal([UInt8])
        case star
    }

    var pieces: [Piece]

    /// Why a wildcard operand is malformed.
    enum Problem: Error {
        case consecutiveStars(offset: Int)
        case invalidEscape(offset: Int)
    }

    /// Parses a wildcard operand.
    init(_ text: String) throws(Problem) {
        let bytes = Array(text.utf8)
        var pieces: [Piece] = []
        var literal: [UInt8] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "*") {
                if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "*") {
                    throw .consecutiveStars(offset: index)
                }
                if !literal.isEmpty { pieces.append(.literal(literal)) }
                literal = []
                pieces.append(.star)
            } else if byte == UInt8(ascii: "\\") {
                guard index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "*") || bytes[index + 1] == byte
                else { throw .invalidEscape(offset: index) }
                literal.append(bytes[index + 1])
                index += 1
            } else {
                literal.append(byte)
            }
            index += 1
        }
        if !literal.isEmpty { pieces.append(.literal(literal)) }
        self.pieces = pieces
    }

    /// Whether `text` matches the whole pattern.
    ///
    /// Greedy with backtracking to the last star: linear in practice, at worst the product of the lengths.
    func matches(_ text: String) -> Bool {
        let subject = Array(text.utf8)
        var position = 0
        var pieceIndex = 0
        // Where to resume after the last star: the piece after it, and the subject offset it has absorbed up to.
        var resume: (piece: Int, position: Int)?
        while true {
            if pieceIndex == pieces.count {
                if position == subject.count { return true }
            } else {
                switch pieces[pieceIndex] {
                case .star:
                    resume = (pieceIndex + 1, position)
                    pieceIndex += 1
                    continue
                case .literal(let bytes):
                    if position + bytes.count <= subject.count,
                        subject[position..<(position + bytes.count)].elementsEqual(bytes)
                    {
                        position += bytes.count
                        pieceIndex += 1
                        continue
                    }
                }
            }
            // Mismatch (or subject left over at the end): let the last star absorb one more byte.
            guard let last = resume, last.position < subject.count else { return false }
            resume = (last.piece, last.position + 1)
            pieceIndex = last.piece
            position = last.position + 1
        }
    }
}
