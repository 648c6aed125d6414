import Foundation
import Testing

/// `stream-fixtures rules`: every rule with severity, kinds, a reason citing the EventContract article, and its AWS
/// documents; `--format markdown` is the article's table.
@Suite struct RulesCommandTests {
    @Test func everyRuleIsListedWithItsReasonAndSources() throws {
        let result = try CLIRunner.run(["rules"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        let headers = lines.filter { !$0.hasPrefix(" ") }
        #expect(headers.count > 40)
        #expect(lines.filter { $0.hasPrefix("    ") && $0.contains("(EventContract §") }.count == headers.count)
        #expect(lines.filter { $0.hasPrefix("    AWS: ") && $0.count > "    AWS: ".count }.count == headers.count)
        #expect(result.stdout.contains("kinesis.event-id-matches-sequence-number  [error]  kinesis-event"))
        #expect(
            result.stdout.contains(
                "    eventID is \"<shardId>:<kinesis.sequenceNumber>\" of its own record (EventContract §A.10 #1)\n"))
    }

    @Test func theMarkdownFormatIsOneTableRowPerRule() throws {
        let text = try CLIRunner.run(["rules"]).stdout
        let markdown = try CLIRunner.run(["rules", "--format", "markdown"])
        #expect(markdown.status == 0)
        let rows = markdown.stdout.split(separator: "\n").filter { $0.hasPrefix("| `") }
        #expect(rows.count == text.split(separator: "\n").filter { !$0.hasPrefix(" ") }.count)
        #expect(markdown.stdout.hasPrefix("| Rule | Severity | Kinds | What it checks | Section | AWS source |\n"))
    }

    @Test func anUnknownFormatIsAUsageError() throws {
        let result = try CLIRunner.run(["rules", "--format", "xml"])
        #expect(result.status == 64)
    }
}
