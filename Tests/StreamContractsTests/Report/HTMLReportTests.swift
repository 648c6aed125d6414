import Foundation
import StreamJSON
import Testing

@testable import StreamContracts

@Suite struct HTMLReportTests {
    /// The HTML page of `bytes` read as `source` and checked as `kind`, excerpts included, as `validate` writes it.
    static func page(
        _ bytes: [UInt8], source: String, kind: PayloadKind? = nil, perRule: Int = ReportWriter.defaultDocumentsPerRule
    ) throws -> String {
        let validator = try ContractValidator(options: .init(kind: kind))
        var out = ""
        var writer = ReportWriter(format: .html) { out += $0 }
        writer.inputs = source
        writer.documentsPerRule = perRule
        for captured in CaptureReader.documents(in: bytes, source: source) {
            writer.add(validator.validate(captured).withExcerpts(from: captured))
        }
        _ = writer.finish()
        return out
    }

    /// Every element the page itself writes; anything else in it would be markup a capture injected.
    static let ownElements: Set<String> = [
        "html", "head", "meta", "link", "title", "style", "body", "div", "section", "h1", "h2", "article", "header",
        "span", "code", "pre", "ul", "li", "p", "mark", "table", "caption", "tr", "th", "td", "figure", "figcaption",
        "svg", "text", "rect", "form", "label", "select", "option", "input", "output", "script",
    ]

    static func tagNames(in html: String) -> [String] {
        let regex = /<\/?([A-Za-z][A-Za-z0-9]*)/
        return html.matches(of: regex).map { String($0.output.1).lowercased() }
    }

    @Test func hostileCaptureTextIsNeverMarkup() throws {
        let hostileName = #"<img src=x onerror=alert(1)>\"'"#
        let record =
            #"{"Records":[{"eventSource":"aws:kinesis","\#(hostileName)":"</script><script>alert(2)</script>","#
            + #""kinesis":{"data":"<b onmouseover='alert(3)'>"}}]}"#
        var bytes = Array((record + "\n").utf8)
        // Invalid UTF-8 inside a string: the document is unreadable, its bytes never reach the page raw.
        bytes += Array(#"{"Records":[{"eventSource":"aws:kinesis","x":""#.utf8) + [0xFF, 0xFE, 0x3C, 0x62, 0x3E]
        bytes += Array("\"}]}\n".utf8)
        let source = #"<script>alert(4)</script>"&.log"#
        let html = try Self.page(bytes, source: source, kind: .kinesisEvent)

        let foreign = Set(Self.tagNames(in: html)).subtracting(Self.ownElements)
        #expect(foreign.isEmpty, "elements the page does not write: \(foreign)")
        #expect(html.components(separatedBy: "<script").count == 2, "one script element: the page's own")
        #expect(html.components(separatedBy: "</script>").count == 2)
        // A tag ends at the first `>` (one inside a value would be `&gt;`): no tag has an event handler attribute.
        let tags = html.matches(of: /<[A-Za-z][^>]*>/).map { String($0.output) }
        #expect(tags.count > 50)
        #expect(tags.filter { $0.contains(/\son[a-z]+\s*=/) }.isEmpty, "no event handler attribute")
        let script = try #require(html.firstRange(of: "<script>").map { html[$0.upperBound...] })
        #expect(!script.prefix { $0 != "<" }.contains("alert"), "the script holds no captured text")

        #expect(html.contains("&lt;/script&gt;&lt;script&gt;alert(2)&lt;/script&gt;"))
        #expect(html.contains("&lt;img src=x onerror=alert(1)&gt;\\&quot;&apos;"))
        #expect(html.contains("&lt;script&gt;alert(4)&lt;/script&gt;&quot;&amp;.log"))
        #expect(html.contains("data-status=\"unreadable\""), "invalid UTF-8 is reported as unreadable")
        #expect(html.contains("<mark>"), "the offending value is marked in its excerpt")
        #expect(!html.contains("\u{FFFF}") && html.utf8.allSatisfy { $0 != 0 })
    }

    @Test func escapingCoversTextAndBothAttributeQuotes() {
        #expect(
            MarkupEscaping.escape(#"<a href="x" title='y'>&</a>"#)
                == "&lt;a href=&quot;x&quot; title=&apos;y&apos;&gt;&amp;&lt;/a&gt;")
        #expect(MarkupEscaping.escape("a\u{0}b\u{1B}[31mc\td\n") == "a&#xFFFD;b&#xFFFD;[31mc\td\n")
    }

    @Test func thePageListsAtMostTheCapPerRuleAndSaysHowManyItLeftOut() throws {
        let line = #"{"Records":[{"eventSource":"aws:kinesis"}]}"# + "\n"
        let html = try Self.page(Array(String(repeating: line, count: 5).utf8), source: "five.jsonl", perRule: 2)
        #expect(html.components(separatedBy: "<article ").count - 1 == 2)
        #expect(html.contains("at most 2 per rule"))
        #expect(html.contains("data-documents=\"5\""), "the summary counts every document")
        let required = try #require(html.firstRange(of: "<tr><td><code>schema.required</code></td>"))
        let row = html[required.lowerBound...].prefix { $0 != "\n" }
        #expect(row.contains("<td>3</td>"), "the rules table says how many were not listed: \(row)")
    }

    @Test func aFindingIsShownInItsDocumentsLinesWithTheValueMarked() throws {
        let text = """
            {
              "Records": [
                {
                  "eventSource": "aws:kinesis",
                  "awsRegion": 42,
                  "eventVersion": "1.0"
                }
              ]
            }

            """
        let captured = try #require(CaptureReader.documents(in: Array(text.utf8), source: "event.json").first)
        let pointer = try #require(JSONPointer("/Records/0/awsRegion"))
        let report = DocumentReport(
            source: "event.json", location: captured.location, kind: "kinesis-event",
            diagnostics: [Diagnostic(rule: "schema.type", severity: .error, pointer: pointer, message: "not a string")]
        ).withExcerpts(from: captured)
        let excerpt = try #require(report.diagnostics[0].excerpt)
        #expect(excerpt.lines.map(\.number) == [3, 4, 5, 6, 7])
        #expect(excerpt.lines[2].before == #"      "awsRegion": "#)
        #expect(excerpt.lines[2].marked == "42")
        #expect(excerpt.lines[2].after == ",")
        #expect(excerpt.lines[1].before == #"      "eventSource": "aws:kinesis","#)
    }

    @Test func aLongLineIsCutAroundTheValue() throws {
        let padding = String(repeating: "x", count: 10_000)
        let text = #"{"a":""# + padding + #"","b":7,"c":""# + padding + "\"}\n"
        let document = try JSONDocument(parsing: Array(text.utf8))
        let pointer = try #require(JSONPointer("/b"))
        let excerpt = try #require(FindingExcerpt.cut(from: document, at: pointer, inputLine: { $0 }))
        #expect(excerpt.lines.count == 1)
        #expect(excerpt.lines[0].marked == "7")
        #expect(excerpt.lines[0].before.hasPrefix("…") && excerpt.lines[0].before.count <= 61)
        #expect(excerpt.lines[0].after.hasSuffix("…") && excerpt.lines[0].after.count <= 61)
    }
}
