import StreamJSON

/// Counts lines and columns over bytes as they go by, the way `LineIndex` does.
///
/// Lines end at `\n`, `\r\n` or a lone `\r`; columns count Unicode scalars (UTF-8 continuation
/// bytes are skipped). It only moves forward, so locating many increasing offsets costs one pass.
struct PositionTracker: Sendable {
    private(set) var offset = 0
    private(set) var line = 1
    private(set) var column = 1
    private var afterCR = false

    init() {}

    /// Starts at `offset` with the given line and column.
    init(offset: Int, line: Int, column: Int) {
        self.offset = offset
        self.line = line
        self.column = column
    }

    var location: TextLocation { TextLocation(offset: offset, line: line, column: column) }

    /// Moves over `bytes[from..<to]` (buffer indexes), where `bytes[from]` is at `offset`.
    mutating func advance(over bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) {
        var index = from
        while index < to {
            let byte = bytes[index]
            if byte == 0x0A {
                if !afterCR {
                    line += 1
                    column = 1
                }
                afterCR = false
            } else if byte == 0x0D {
                line += 1
                column = 1
                afterCR = true
            } else {
                afterCR = false
                if byte & 0xC0 != 0x80 { column += 1 }
            }
            index += 1
        }
        offset += to - from
    }

    /// Moves to the start of the next line at `offset`, the first byte after a line end whose line
    /// started where the tracker stands (the caller has already found the line end).
    mutating func moveToNextLine(at offset: Int) {
        self.offset = offset
        line += 1
        column = 1
        afterCR = false
    }

    /// Skips bytes without counting them as columns (a byte order mark).
    mutating func skipUncounted(_ count: Int) { offset += count }
}

/// Finds the locations of increasing offsets in one document's bytes in a single forward pass.
struct ForwardLocator {
    let bytes: [UInt8]
    private var tracker = PositionTracker()

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// The location of `offset` (restarts from the beginning if asked to go back).
    mutating func location(of offset: Int) -> TextLocation {
        let target = max(0, min(offset, bytes.count))
        if target < tracker.offset { tracker = PositionTracker() }
        let from = tracker.offset
        bytes.withUnsafeBufferPointer { tracker.advance(over: $0, from: from, to: target) }
        return tracker.location
    }
}
