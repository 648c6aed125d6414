import Foundation
import StreamJSON
import Testing

@testable import StreamContracts

@Suite struct ReportMergerTests {
    static let documents =
        ReportFormatTests.report.documents
        + [ReportWriterTests.skipped("shot.png"), ReportWriterTests.other(9), ReportWriterTests.other(10)]

    /// Merges the JSON Lines reports of `parts` (each written as `validate --format jsonl` writes it).
    static func merge(_ parts: [[DocumentReport]], into format: ReportFormat) throws
        -> (output: String, summary: ValidationReport.Summary)
    {
        var output = ""
        var writer = ReportWriter(format: format, listsOther: true) { output += $0 }
        writer.inputs = "app.log"
        var merger = ReportMerger(writer: writer)
        for (index, part) in parts.enumerated() {
            let jsonl = ReportWriterTests.write(part, .jsonl).output
            for line in jsonl.split(separator: "\n") { try merger.add(line: Array(line.utf8), part: "part-\(index)") }
            try merger.endPart("part-\(index)")
        }
        let summary = merger.finish()
        return (output, summary)
    }

    @Test(arguments: ReportFormat.allCases)
    func partsMergeIntoTheReportOfTheWholeRun(_ format: ReportFormat) throws {
        let whole = ReportWriterTests.write(Self.documents, format)
        for cut in 0...Self.documents.count {
            let parts = [Array(Self.documents[..<cut]), Array(Self.documents[cut...])]
            let merged = try Self.merge(parts, into: format)
            #expect(merged.output == whole.output, "cut at \(cut)")
            #expect(merged.summary == whole.summary)
        }
    }

    @Test func otherValuesAPartOnlyCountedAreCountedInTheMergedSummary() throws {
        let merged = try Self.merge([[ReportWriterTests.valid, ReportWriterTests.other(2)]], into: .text)
        #expect(merged.summary.other == 1)
        #expect(merged.output.hasSuffix("; 1 other JSON value (not a payload; --list-other lists it)\n"))
    }

    @Test func aPartCutBeforeItsSummaryLineIsAFailure() throws {
        var merger = ReportMerger(writer: ReportWriter(format: .text) { _ in })
        let jsonl = ReportWriterTests.write([ReportWriterTests.valid], .jsonl).output
        let first = try #require(jsonl.split(separator: "\n").first)
        try merger.add(line: Array(first.utf8), part: "cut.jsonl")
        #expect(throws: ReportMerger.Failure(part: "cut.jsonl", message: "no summary line: the report was cut short")) {
            try merger.endPart("cut.jsonl")
        }
    }

    @Test func aDocumentLineWhoseStatusContradictsItsDiagnosticsIsRejected() throws {
        var merger = ReportMerger(writer: ReportWriter(format: .text) { _ in })
        let line =
            #"{"source":"a","line":1,"column":1,"kind":null,"status":"valid","valid":true,"diagnostics":["#
            + #"{"rule":"x","severity":"error","pointer":"","line":1,"column":1,"message":"m"}]}"#
        #expect(throws: ReportMerger.Failure.self) { try merger.add(line: Array(line.utf8), part: "edited.jsonl") }
    }

    @Test func aSummaryThatDoesNotMatchThePartsLinesIsRejected() throws {
        var merger = ReportMerger(writer: ReportWriter(format: .text) { _ in })
        var lines = ReportWriterTests.write([ReportWriterTests.valid, ReportWriterTests.valid], .jsonl).output
            .split(separator: "\n")
        lines.removeFirst()
        for line in lines { try merger.add(line: Array(line.utf8), part: "edited.jsonl") }
        #expect(throws: ReportMerger.Failure.self) { try merger.endPart("edited.jsonl") }
    }
}
