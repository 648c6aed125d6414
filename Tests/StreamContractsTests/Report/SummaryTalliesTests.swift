import StreamJSON
import Testing

@testable import StreamContracts

@Suite struct SummaryTalliesTests {
    static let start = TextLocation(offset: 0, line: 1, column: 1)

    static let documents: [DocumentReport] = [
        DocumentReport(source: "a.log", location: start, kind: "kinesis-event", diagnostics: []),
        DocumentReport(
            source: "a.log", location: TextLocation(offset: 40, line: 3, column: 1), kind: "kinesis-event",
            diagnostics: [
                Diagnostic(
                    rule: "schema.required", severity: .error, pointer: JSONPointer("/Records/0") ?? .root,
                    location: TextLocation(offset: 52, line: 3, column: 13), message: "missing"),
                Diagnostic(
                    rule: "schema.required", severity: .error, pointer: JSONPointer("/Records/1") ?? .root,
                    location: TextLocation(offset: 90, line: 3, column: 51), message: "missing"),
            ]),
        DocumentReport(
            source: "b.log", location: TextLocation(offset: 0, line: 7, column: 1), kind: "dynamodb-event",
            diagnostics: [
                Diagnostic(
                    rule: "schema.required", severity: .error, location: TextLocation(offset: 0, line: 7, column: 2),
                    message: "missing"),
                Diagnostic(rule: "dynamodb.event-id-format", severity: .warning, message: "not hex"),
            ]),
        .skipped(
            CaptureSkip(reason: "PNG image", message: "an image"), source: "x.png", location: start, strict: false),
        .skipped(
            CaptureSkip(reason: "PNG image", message: "an image"), source: "y.png", location: start, strict: false),
    ]

    @Test func rulesCountFindingsAndDocumentsAndKeepTheFirstFinding() throws {
        let tallies = ValidationReport(documents: Self.documents).summary.tallies
        let required = try #require(tallies.rules.first)
        #expect(required.rule == "schema.required")
        #expect([required.errors, required.warnings, required.documents] == [3, 0, 2])
        #expect(required.example == .init(source: "a.log", line: 3, column: 13, pointer: "/Records/0"))
        #expect(tallies.kinds.map(\.kind) == ["dynamodb-event", "kinesis-event"])
        #expect(tallies.kinds.map { [$0.valid, $0.invalid] } == [[0, 1], [1, 1]])
        #expect(tallies.skips == [.init(reason: "not read: PNG image; an image", files: 2, example: "x.png")])
    }

    @Test func theTextTableAndTheJSONSummaryGiveTheSameNumbers() throws {
        let report = ValidationReport(documents: Self.documents)
        let text = ReportFormat.text.render(report)
        #expect(
            text.contains(
                """
                kind            valid  invalid  unreadable
                dynamodb-event      0        1           0
                kinesis-event       1        1           0

                rule                      errors  warnings  documents  first at
                schema.required                3         0          2  a.log:3:13 /Records/0
                input.skipped                  0         2          2  x.png:1:1 /
                dynamodb.event-id-format       0         1          1  b.log:7:1 /

                skipped files  why                            first
                            2  not read: PNG image; an image  x.png

                """))
        let summary = try #require(try JSONValue(parsing: ReportFormat.json.render(report))["summary"])
        #expect(summary["rules"]?[0]?["errors"] == 3 && summary["rules"]?[0]?["documents"] == 2)
        #expect(summary["rules"]?[1]?["rule"] == "input.skipped")
        #expect(summary["kinds"]?[1] == ["kind": "kinesis-event", "valid": 1, "invalid": 1, "unreadable": 0])
        #expect(
            summary["skippedFiles"] == [["reason": "not read: PNG image; an image", "files": 2, "example": "x.png"]])
    }
}
