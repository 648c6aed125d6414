import StreamJSON

/// A few lines of a document's text around a finding, with the value the finding is about marked: what the HTML
/// report shows under each finding.
///
/// Cut where the document is still at hand (`DocumentReport.withExcerpts(from:)`, on the thread that checked it), so
/// the report keeps a few hundred bytes per finding instead of the document. A line is clipped around the value
/// (`…` where text was left out), so a one-line document of a megabyte gives an excerpt of one short line.
package struct FindingExcerpt: Sendable, Hashable {
    /// One line of the excerpt: the text before the marked value, the value (empty on a context line), the text
    /// after it.
    package struct Line: Sendable, Hashable {
        /// The line's number in the input, when the document is an exact copy of it (not decoded from a string or
        /// from compressed data).
        package var number: Int?
        /// The text before the marked part.
        package var before: String
        /// The marked part: the value, or a container's first line.
        package var marked: String
        /// The text after the marked part.
        package var after: String
    }

    /// The lines, in order: up to `contextLines` before the value's line, that line, up to `contextLines` after.
    package var lines: [Line]

    /// Context lines on each side of the value's line.
    static let contextLines = 2
    /// Bytes kept on each side of the marked part of the value's line, and on a context line.
    static let sideBytes = 60
    /// Bytes of the value marked at most.
    static let markedBytes = 120
    /// Bytes looked at on each side of the value when finding line breaks: a longer line is cut.
    static let searchBytes = 4096
    /// Findings of one document that get an excerpt; the others are listed without one.
    static let findingsPerDocument = 20

    /// The excerpt around the value at `pointer`, or around its closest existing parent (a finding about a missing
    /// member points at the member; the excerpt shows the object that lacks it).
    ///
    /// - Parameters:
    ///   - document: the parsed document.
    ///   - pointer: the finding's JSON Pointer.
    ///   - inputLine: the input's line number of a line of the document (1-based), or `nil` when the document's
    ///     lines are not the input's.
    /// - Returns: the excerpt, or `nil` when the document holds nothing at or above `pointer`.
    static func cut(
        from document: JSONDocument, at pointer: JSONPointer, inputLine: ((Int) -> Int)?
    ) -> FindingExcerpt? {
        var tokens = pointer.tokens
        var element = document.root[JSONPointer(tokens: tokens)]
        while element == nil, !tokens.isEmpty {
            tokens.removeLast()
            element = document.root[JSONPointer(tokens: tokens)]
        }
        guard let element else { return nil }
        let bytes = document.bytes
        let start = document.offset(element.index)
        let isContainer = element.kind == .array || element.kind == .object
        let valueEnd = isContainer ? bytes.count : min(bytes.count, start + document.nodes[element.index].length.int)
        let lineStart = lineStart(in: bytes, before: start)
        let lineEnd = lineEnd(in: bytes, from: start)
        let markEnd = boundary(in: bytes, at: min(valueEnd, lineEnd, start + markedBytes))
        let beforeStart = boundary(in: bytes, at: max(lineStart, start - sideBytes))
        let afterEnd = boundary(in: bytes, at: min(lineEnd, markEnd + sideBytes))
        let valueLine = inputLine.map { map in map(element.location.line) }
        var lines: [Line] = []
        // Context before: the lines ending just before this one, nearest last.
        var cursor = lineStart
        var before: [Line] = []
        while before.count < contextLines, cursor > 0, lineStart - cursor < searchBytes, bytes[cursor - 1] == 0x0A {
            let end = cursor - 1
            let begin = Self.lineStart(in: bytes, before: end)
            before.insert(context(bytes, begin, end, number: valueLine.map { $0 - before.count - 1 }), at: 0)
            cursor = begin
        }
        lines += before
        lines.append(
            Line(
                number: valueLine,
                before: (beforeStart > lineStart ? "…" : "") + text(bytes[beforeStart..<start]),
                marked: text(bytes[start..<markEnd]) + (markEnd < min(valueEnd, lineEnd) ? "…" : ""),
                after: text(bytes[markEnd..<afterEnd]) + (afterEnd < lineEnd ? "…" : "")))
        cursor = lineEnd
        var after = 0
        while after < contextLines, cursor < bytes.count, cursor - lineEnd < searchBytes, bytes[cursor] == 0x0A {
            let begin = cursor + 1
            let end = Self.lineEnd(in: bytes, from: begin)
            after += 1
            lines.append(context(bytes, begin, end, number: valueLine.map { $0 + after }))
            cursor = end
        }
        return FindingExcerpt(lines: lines)
    }

    private static func context(_ bytes: [UInt8], _ begin: Int, _ end: Int, number: Int?) -> Line {
        let cut = boundary(in: bytes, at: min(end, begin + 2 * sideBytes))
        return Line(number: number, before: text(bytes[begin..<cut]) + (cut < end ? "…" : ""), marked: "", after: "")
    }

    /// The start of the line holding `offset` (just past a line break), looking back at most `searchBytes`.
    private static func lineStart(in bytes: [UInt8], before offset: Int) -> Int {
        var index = offset
        while index > 0, offset - index < searchBytes, bytes[index - 1] != 0x0A { index -= 1 }
        return index
    }

    /// The end of the line holding `offset` (at its line break, a carriage return before it left out), looking
    /// ahead at most `searchBytes`.
    private static func lineEnd(in bytes: [UInt8], from offset: Int) -> Int {
        var index = offset
        while index < bytes.count, index - offset < searchBytes, bytes[index] != 0x0A { index += 1 }
        if index > offset, index < bytes.count, bytes[index] == 0x0A, bytes[index - 1] == 0x0D { return index - 1 }
        return index
    }

    /// `offset`, moved back to the start of the UTF-8 sequence it falls in.
    private static func boundary(in bytes: [UInt8], at offset: Int) -> Int {
        var index = min(max(0, offset), bytes.count)
        while index > 0, index < bytes.count, bytes[index] & 0xC0 == 0x80 { index -= 1 }
        return index
    }

    private static func text(_ slice: ArraySlice<UInt8>) -> String {
        String(decoding: slice.filter { $0 != 0x0D }, as: UTF8.self)
    }
}

extension UInt32 {
    fileprivate var int: Int { Int(self) }
}

extension DocumentReport {
    /// The report with an excerpt of `captured`'s text under each of its first findings (`FindingExcerpt`), for a
    /// report that shows findings in context (HTML).
    ///
    /// - Parameter captured: the value this report is the verdict on.
    /// - Returns: the report, its diagnostics carrying excerpts; unchanged when `captured` holds no parsed document.
    package func withExcerpts(from captured: CapturedDocument) -> DocumentReport {
        guard let document = captured.document else { return self }
        var report = self
        let inputLine: ((Int) -> Int)? =
            captured.mapping == .verbatim ? { inner in captured.location.line + inner - 1 } : nil
        for index in report.diagnostics.indices.prefix(FindingExcerpt.findingsPerDocument) {
            report.diagnostics[index].excerpt = FindingExcerpt.cut(
                from: document, at: report.diagnostics[index].pointer, inputLine: inputLine)
        }
        return report
    }
}
