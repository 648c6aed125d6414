/// Where something is in a text: byte offset plus 1-based line and column.
///
/// Columns count Unicode scalars, so a column matches what an editor shows for text that
/// has no tabs or wide characters.
public struct TextLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Byte offset from the start of the input (0-based).
    public var offset: Int
    /// Line number (1-based).
    public var line: Int
    /// Column number (1-based, in Unicode scalars).
    public var column: Int

    /// Creates a location.
    public init(offset: Int, line: Int, column: Int) {
        self.offset = offset
        self.line = line
        self.column = column
    }

    /// `line:column`.
    public var description: String { "\(line):\(column)" }

    public static func < (lhs: TextLocation, rhs: TextLocation) -> Bool { lhs.offset < rhs.offset }
}

/// Maps byte offsets to line and column, built once per text and only when a location is needed.
///
/// A line ends at `\n`, `\r\n` or a lone `\r`. A UTF-8 byte order mark at the start takes no column.
package struct LineIndex: Sendable {
    /// Byte offsets at which each line starts; the first is 0.
    private let lineStarts: [Int]
    private let bytes: [UInt8]
    /// For each block of `blockSize` bytes: how many characters (non-continuation bytes) precede it, so that a
    /// column on a very long line costs at most one block of counting, not the whole line.
    private let scalarsBeforeBlock: [Int]
    private static let blockSize = 4_096

    /// Indexes `bytes`.
    package init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        var blocks: [Int] = []
        blocks.reserveCapacity(bytes.count / Self.blockSize + 1)
        var scalars = 0
        var index = 0
        let count = bytes.count
        while index < count {
            if index % Self.blockSize == 0 { blocks.append(scalars) }
            let byte = bytes[index]
            if byte & 0xC0 != 0x80 { scalars += 1 }
            // A line ends at LF, or at a CR not followed by LF (the LF of CR LF ends it instead).
            if byte == 0x0A || (byte == 0x0D && !(index + 1 < count && bytes[index + 1] == 0x0A)) {
                starts.append(index + 1)
            }
            index += 1
        }
        blocks.append(scalars)
        self.lineStarts = starts
        self.scalarsBeforeBlock = blocks
    }

    /// The number of characters (non-continuation bytes) in `bytes[0..<offset]`.
    private func scalars(before offset: Int) -> Int {
        let block = offset / Self.blockSize
        guard block < scalarsBeforeBlock.count else { return scalarsBeforeBlock.last ?? 0 }
        var total = scalarsBeforeBlock[block]
        var index = block * Self.blockSize
        while index < offset {
            if bytes[index] & 0xC0 != 0x80 { total += 1 }
            index += 1
        }
        return total
    }

    /// The location of `offset` (clamped to the text).
    package func location(of offset: Int) -> TextLocation {
        let offset = max(0, min(offset, bytes.count))
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        let start = lineStarts[low]
        // Count scalars (UTF-8 continuation bytes are skipped) from the line start, via the block counts.
        var column = 1 + scalars(before: offset) - scalars(before: start)
        if offset < bytes.count, bytes[offset] & 0xC0 == 0x80 { column -= 1 }
        if start == 0, offset >= 3, Self.startsWithByteOrderMark(bytes) { column -= 1 }
        return TextLocation(offset: offset, line: low + 1, column: column)
    }

    /// Location of `offset` computed by one scan, without building an index.
    package static func location(of offset: Int, in bytes: [UInt8]) -> TextLocation {
        var line = 1
        var lineStart = 0
        var index = 0
        let end = max(0, min(offset, bytes.count))
        while index < end {
            let byte = bytes[index]
            if byte == 0x0A {
                line += 1
                lineStart = index + 1
            } else if byte == 0x0D {
                if index + 1 < end, bytes[index + 1] == 0x0A { index += 1 }
                line += 1
                lineStart = index + 1
            }
            index += 1
        }
        var column = 1
        var i = lineStart
        while i < end {
            if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        if lineStart == 0, end >= 3, startsWithByteOrderMark(bytes) { column -= 1 }
        return TextLocation(offset: end, line: line, column: column)
    }

    /// A byte order mark takes no column: editors do not show it.
    private static func startsWithByteOrderMark(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
    }
}
