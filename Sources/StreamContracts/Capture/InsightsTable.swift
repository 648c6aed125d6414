/// Reads a CloudWatch Logs Insights console export: a CSV or Markdown table whose header names `@message`.
///
/// The console exports query results as a table of fields (`@timestamp`, `@message`, `@logStream`, …). CSV
/// follows RFC 4180: a field holding a comma, a quote or a line break is quoted, quotes doubled, so one record
/// may span several lines. A Markdown table has a `| --- |` rule under its header and escapes `|` as `\|`; a
/// line break in a cell is written `<br>`. Each record's `@message` is then read as a log message.
struct InsightsTable {
    /// The table's syntax.
    enum Style { case csv, markdown }

    /// One record of the table: its `@message` and `@logStream` fields.
    struct Record {
        var message: [UInt8]
        var stream: String
    }

    let style: Style
    /// The most bytes one CSV record may span (the reader's `maximumDocumentBytes`).
    var maximumRecordBytes = Int.max
    private let messageColumn: Int
    private let streamColumn: Int?
    /// A CSV record still open in a quoted field, with its line terminators.
    private var pending: [UInt8] = []
    private var pendingQuotes = 0
    /// Whether the Markdown rule under the header was passed.
    private var ruled = false

    /// The table a header line starts, if it is one: CSV or Markdown whose cells all start with `@` and name `@message`.
    init?(header line: ArraySlice<UInt8>) {
        let trimmed = Self.trim(line[...])
        let style: Style = trimmed.first == UInt8(ascii: "|") ? .markdown : .csv
        let cells = style == .csv ? Self.csvFields(trimmed) : Self.markdownCells(trimmed)
        let names = cells.map { String(decoding: Self.trim($0[...]), as: UTF8.self) }
        guard names.count >= 1, names.allSatisfy({ $0.hasPrefix("@") }),
            let message = names.firstIndex(of: "@message")
        else { return nil }
        self.style = style
        self.messageColumn = message
        self.streamColumn = names.firstIndex(of: "@logStream")
    }

    /// Adds a line (without its terminator); returns the record it completes, if any, or `nil` for a line that
    /// is part of the table's framing (the Markdown rule) or of a record still open.
    mutating func add(line: ArraySlice<UInt8>, terminator: ArraySlice<UInt8>) -> Record? {
        switch style {
        case .markdown:
            let trimmed = Self.trim(line)
            if !ruled, trimmed.allSatisfy({ [0x7C, 0x2D, 0x3A, 0x20, 0x09].contains($0) }) {
                ruled = true
                return nil
            }
            guard !trimmed.isEmpty else { return nil }
            let cells = Self.markdownCells(trimmed)
            return record(cells)
        case .csv:
            guard pending.count + line.count <= maximumRecordBytes else {
                // A quoted field that never closes would hold the rest of the input: the record ends here.
                let record = record(Self.csvFields(pending[...]))
                abandonRecord()
                return record
            }
            pending.append(contentsOf: line)
            pendingQuotes += line.count { $0 == UInt8(ascii: "\"") }
            if pendingQuotes % 2 == 1 {
                pending.append(contentsOf: terminator.isEmpty ? [0x0A] : Array(terminator))
                return nil
            }
            defer {
                pending = []
                pendingQuotes = 0
            }
            guard !Self.trim(pending[...]).isEmpty else { return nil }
            return record(Self.csvFields(pending[...]))
        }
    }

    /// The record still open at the end of the input (a quoted CSV field that never closed), if any.
    mutating func finish() -> Record? {
        guard !pending.isEmpty else { return nil }
        defer { pending = [] }
        return record(Self.csvFields(pending[...]))
    }

    /// Drops a CSV record still open: a line too large to read broke it (that line is reported instead).
    mutating func abandonRecord() {
        pending = []
        pendingQuotes = 0
    }

    /// Whether a CSV record is open (its lines are not log lines of their own).
    var isInsideRecord: Bool { !pending.isEmpty }

    private func record(_ cells: [[UInt8]]) -> Record? {
        guard messageColumn < cells.count else { return nil }
        var message = cells[messageColumn]
        if style == .markdown { message = Self.markdownText(Self.trim(message[...])) }
        let stream = streamColumn.flatMap {
            $0 < cells.count ? String(decoding: Self.trim(cells[$0][...]), as: UTF8.self) : nil
        }
        return Record(message: message, stream: stream ?? "")
    }

    // MARK: - Syntax

    /// RFC 4180 fields: quoted fields lose their quotes and doubled quotes become one.
    static func csvFields(_ text: ArraySlice<UInt8>) -> [[UInt8]] {
        var fields: [[UInt8]] = []
        var field: [UInt8] = []
        var quoted = false
        var index = text.startIndex
        while index < text.endIndex {
            let byte = text[index]
            if quoted {
                if byte == UInt8(ascii: "\"") {
                    if index + 1 < text.endIndex, text[index + 1] == UInt8(ascii: "\"") {
                        field.append(byte)
                        index += 1
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(byte)
                }
            } else if byte == UInt8(ascii: ",") {
                fields.append(field)
                field = []
            } else if byte == UInt8(ascii: "\""), field.allSatisfy({ $0 == 0x20 }) {
                field = []
                quoted = true
            } else {
                field.append(byte)
            }
            index += 1
        }
        fields.append(field)
        return fields
    }

    /// The cells of a Markdown table row, split at `|` not escaped as `\|`.
    static func markdownCells(_ row: ArraySlice<UInt8>) -> [[UInt8]] {
        var body = row
        if body.first == UInt8(ascii: "|") { body = body.dropFirst() }
        if body.last == UInt8(ascii: "|"), body.count >= 2, body[body.endIndex - 2] != UInt8(ascii: "\\") {
            body = body.dropLast()
        } else if body.count == 1, body.last == UInt8(ascii: "|") {
            body = body.dropLast()
        }
        var cells: [[UInt8]] = []
        var cell: [UInt8] = []
        var index = body.startIndex
        while index < body.endIndex {
            let byte = body[index]
            if byte == UInt8(ascii: "\\"), index + 1 < body.endIndex, body[index + 1] == UInt8(ascii: "|") {
                cell.append(contentsOf: [byte, UInt8(ascii: "|")])
                index += 2
                continue
            }
            if byte == UInt8(ascii: "|") {
                cells.append(cell)
                cell = []
            } else {
                cell.append(byte)
            }
            index += 1
        }
        cells.append(cell)
        return cells
    }

    /// A Markdown cell's text: `\|` is `|` and `<br>` a line break.
    static func markdownText(_ cell: ArraySlice<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(cell.count)
        let lineBreak = Array("<br>".utf8)
        var index = cell.startIndex
        while index < cell.endIndex {
            if cell[index] == UInt8(ascii: "\\"), index + 1 < cell.endIndex, cell[index + 1] == UInt8(ascii: "|") {
                out.append(UInt8(ascii: "|"))
                index += 2
            } else if cell[index...].starts(with: lineBreak) {
                out.append(0x0A)
                index += lineBreak.count
            } else {
                out.append(cell[index])
                index += 1
            }
        }
        return out
    }

    static func trim(_ text: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var slice = text
        while let first = slice.first, first == 0x20 || first == 0x09 { slice = slice.dropFirst() }
        while let last = slice.last, last == 0x20 || last == 0x09 { slice = slice.dropLast() }
        return slice
    }
}
