import StreamJSON

/// A run of the decoded UTF-8 bytes of one string on the tape, named by position: what the rules carry from one
/// record of a batch to the next (the batch's shard, stream, region and role, the last value each strict format
/// was matched against).
///
/// Positions, not bytes: an `ArraySlice` of the document's bytes retains the document's storage when it is made
/// and at every copy, and releases it when dropped — several atomic reference-count operations per record, and a
/// per-document cache of slices that had to release each one. A `TapeText` is plain data; its bytes are read
/// through ``RuleContext/withBytes(of:_:)`` from the document the rules run over, which outlives them.
struct TapeText {
    /// Tape index of the string, which is also where a finding about the text points.
    let index: Int
    /// Offset of the run in the string's decoded bytes.
    let start: Int
    /// Length of the run in bytes.
    let count: Int
}

extension RuleContext {
    /// The whole string at tape index `index`, which must be a string.
    func tapeText(_ index: Int) -> TapeText {
        TapeText(index: index, start: 0, count: utf8Count(index))
    }

    /// The length in bytes of the string at `index`, escapes decoded (read from the tape when it has none).
    func utf8Count(_ index: Int) -> Int {
        let node = document.nodes[index]
        if node.flags & JSONNode.hasEscapes != 0 { return document.stringBytes(index).count }
        return Int(node.length) - 2
    }

    /// Calls `body` with the bytes of `text`: the input's own bytes when its string has no escapes.
    @inline(__always)
    func withBytes<Result>(of text: TapeText, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        withUTF8(text.index) { body(UnsafeBufferPointer(rebasing: $0[text.start..<(text.start + text.count)])) }
    }

    /// Whether two texts of the tape hold the same bytes: the lengths first, then the bytes.
    func textsEqual(_ left: TapeText, _ right: TapeText) -> Bool {
        guard left.count == right.count else { return false }
        return withBytes(of: left) { leftBytes in withBytes(of: right) { ByteEquality.equal(leftBytes, $0) } }
    }

    /// Whether the texts of two optional strings of the tape are equal, an absent one reading as empty.
    func optionalTextsEqual(_ left: Int?, _ right: Int?) -> Bool {
        switch (left, right) {
        case (nil, nil): return true
        case (let left?, let right?): return stringsEqual(left, right)
        case (let present?, nil), (nil, let present?): return utf8Count(present) == 0
        }
    }

    /// The bytes of `text` as a `String`, for messages.
    func string(of text: TapeText) -> String {
        withBytes(of: text) { String(decoding: $0, as: UTF8.self) }
    }
}
