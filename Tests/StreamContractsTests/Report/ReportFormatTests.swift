import StreamContracts
import StreamJSON
import Testing

@Suite struct ReportFormatTests {
    static let report = ValidationReport(documents: [
        DocumentReport(
            source: "capture.log", location: TextLocation(offset: 0, line: 1, column: 1), kind: "kinesis-event",
            diagnostics: []),
        DocumentReport(
            source: "capture.log", location: TextLocation(offset: 120, line: 4, column: 5), kind: "dynamodb-event",
            diagnostics: [
                Diagnostic(
                    rule: "dynamodb.sequence-number-length", severity: .warning,
                    pointer: JSONPointer(tokens: [
                        .member("Records"), .index(0), .member("dynamodb"), .member("SequenceNumber"),
                    ]),
                    location: TextLocation(offset: 200, line: 6, column: 9),
                    message: "sequence number \"111\" has 3 digits; AWS writes 21 to 40"),
                Diagnostic(
                    rule: "schema.required", severity: .error,
                    pointer: JSONPointer(tokens: [.member("Records"), .index(0)]),
                    location: TextLocation(offset: 130, line: 5, column: 3),
                    message: "missing required member \"eventName\"",
                    schemaLocation: "/properties/Records/items/required"),
            ]),
        DocumentReport(
            source: "capture.log", location: TextLocation(offset: 400, line: 12, column: 7), kind: nil,
            diagnostics: [
                Diagnostic(
                    rule: "json.syntax", severity: .error, location: TextLocation(offset: 410, line: 12, column: 17),
                    message: "expected ',' or '}' after an object member, found end of input")
            ],
            isUnreadable: true),
    ])

    @Test func summaryCountsEveryDocumentOnce() {
        let s = Self.report.summary
        #expect([s.documents, s.valid, s.invalid, s.unreadable, s.errors, s.warnings] == [3, 1, 1, 1, 2, 1])
        #expect(Self.report.exitCode == 1)
        #expect(ValidationReport(documents: [Self.report.documents[2]]).exitCode == 65)
        #expect(ValidationReport(documents: [Self.report.documents[0]]).exitCode == 0)
    }

    @Test func errorsComeBeforeWarningsWithinADocument() {
        #expect(
            Self.report.documents[1].diagnostics.map(\.rule) == ["schema.required", "dynamodb.sequence-number-length"])
    }

    @Test func textFormatIsFileLineColumnSeverityRulePointerMessage() {
        let text = ReportFormat.text.render(Self.report)
        let lines = text.split(separator: "\n")
        #expect(lines[0] == #"capture.log:5:3: error[schema.required] /Records/0: missing required member "eventName""#)
        #expect(
            lines[1].hasPrefix(
                "capture.log:6:9: warning[dynamodb.sequence-number-length] /Records/0/dynamodb/SequenceNumber: "))
        #expect(lines.last == "3 documents: 1 valid, 1 invalid, 1 unreadable; 2 errors, 1 warning")
        #expect(!text.contains("\u{1B}["))
        #expect(ReportFormat.text.render(Self.report, colors: true).contains("\u{1B}[1;31merror\u{1B}[0m"))
    }

    @Test func jsonFormatFollowsTheReportContract() throws {
        let value = try JSONValue(parsing: ReportFormat.json.render(Self.report))
        #expect(
            value["summary"] == [
                "documents": 3, "valid": 1, "invalid": 1, "unreadable": 1, "other": 0, "skipped": 0, "errors": 2,
                "warnings": 1,
                "kinds": [
                    ["kind": "dynamodb-event", "valid": 0, "invalid": 1, "unreadable": 0],
                    ["kind": "kinesis-event", "valid": 1, "invalid": 0, "unreadable": 0],
                    ["kind": nil, "valid": 0, "invalid": 0, "unreadable": 1],
                ],
                "rules": [
                    [
                        "rule": "dynamodb.sequence-number-length", "errors": 0, "warnings": 1, "documents": 1,
                        "example": [
                            "source": "capture.log", "line": 6, "column": 9,
                            "pointer": "/Records/0/dynamodb/SequenceNumber",
                        ],
                    ],
                    [
                        "rule": "json.syntax", "errors": 1, "warnings": 0, "documents": 1,
                        "example": ["source": "capture.log", "line": 12, "column": 17, "pointer": ""],
                    ],
                    [
                        "rule": "schema.required", "errors": 1, "warnings": 0, "documents": 1,
                        "example": ["source": "capture.log", "line": 5, "column": 3, "pointer": "/Records/0"],
                    ],
                ],
                "skippedFiles": [],
            ])
        let second = try #require(value["documents"]?[1])
        #expect(second["kind"] == "dynamodb-event")
        #expect(second["valid"] == false)
        #expect(
            second["diagnostics"]?[0] == [
                "rule": "schema.required", "severity": "error", "pointer": "/Records/0", "line": 5, "column": 3,
                "message": "missing required member \"eventName\"",
                "schemaLocation": "/properties/Records/items/required",
            ])
        #expect(second["status"] == "invalid")
        #expect(value["documents"]?[2]?["unreadable"] == true)
        #expect(value["documents"]?[2]?["status"] == "unreadable")
        #expect(value["documents"]?[2]?["kind"] == .null)
    }

    @Test func junitHasOneTestCasePerDocumentAndEscapesXML() {
        let xml = ReportFormat.junit.render(Self.report)
        #expect(xml.components(separatedBy: "<testcase ").count - 1 == 3)
        #expect(xml.contains("<testsuites tests=\"3\" failures=\"2\">"))
        #expect(xml.contains("missing required member &quot;eventName&quot;"))
        #expect(!xml.contains("\"eventName\""))
    }

    @Test func githubAnnotationsEscapePropertiesAndData() {
        let text = ReportFormat.github.render(Self.report)
        #expect(
            text.contains(
                "::error file=capture.log,line=5,col=3,title=schema.required::/Records/0: missing required member \"eventName\""
            ))
        #expect(text.contains("::warning file=capture.log,line=6,col=9,"))
        #expect(GitHubReportRenderer.property("a:b,c%\n") == "a%3Ab%2Cc%25%0A")
    }
}

@Suite struct UnlistedCleanDocumentsTests {
    @Test func unlistedCleanDocumentsCountAsValidInTheSummaryAndTheTextReport() {
        let broken = DocumentReport(
            source: "a.log", location: TextLocation(offset: 0, line: 2, column: 1), kind: "kinesis-event",
            diagnostics: [Diagnostic(rule: "schema.required", severity: .error, message: "missing")])
        let report = ValidationReport(documents: [broken], unlistedCleanDocuments: 3)
        #expect(report.summary.documents == 4)
        #expect(report.summary.valid == 3)
        #expect(report.summary.invalid == 1)
        #expect(report.exitCode == 1)
        #expect(ReportFormat.text.render(report).contains("4 documents: 3 valid, 1 invalid, 0 unreadable"))
    }

    @Test func detectedKindsNameTheirDecidingMembersInTextAndJSON() throws {
        var report = DocumentReport(
            source: "a.log", location: TextLocation(offset: 0, line: 3, column: 1), kind: "kinesis-event",
            diagnostics: [
                Diagnostic(
                    rule: "schema.required", severity: .error, pointer: JSONPointer(tokens: [.member("Records")]),
                    location: TextLocation(offset: 4, line: 3, column: 5), message: "missing")
            ])
        report.detectedBy = ["/Records/0/eventSource"]
        let reports = ValidationReport(documents: [report])
        let lines = ReportFormat.text.render(reports).split(separator: "\n")
        #expect(lines[0] == "a.log:3:1: note: kinesis-event, kind decided by /Records/0/eventSource")
        #expect(lines[1].hasPrefix("a.log:3:5: error[schema.required]"))
        let json = try JSONValue(parsing: ReportFormat.json.render(reports))
        #expect(json["documents"]?[0]?["detectedBy"] == .array(["/Records/0/eventSource"]))
        #expect(
            try JSONValue(parsing: ReportFormat.json.render(ReportFormatTests.report))["documents"]?[0]?["detectedBy"]
                == nil)
    }
}
