import Foundation
import Testing

@testable import StreamContracts

/// Every rule rests on a section of the EventContract article and the AWS documents behind it, and the article's
/// rule table is the catalog's.
@Suite struct RuleSourceTests {
    static let article = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/StreamContracts/Documentation.docc/EventContract.md")

    static func articleText() throws -> String { try String(contentsOf: article, encoding: .utf8) }

    @Test func everyRuleCitesASectionTheArticleHasAndItsAWSDocuments() throws {
        let text = try Self.articleText()
        for rule in ContractValidator.rules {
            let head = ContractSections.head(of: rule.source.section)
            let heading = head == "F" ? "## F. " : "### \(head) "
            #expect(
                text.contains("\n\(heading)"), "\(rule.id): §\(rule.source.section) is not a section of the article")
            #expect(!rule.source.awsDocuments.isEmpty, "\(rule.id): §\(rule.source.section) names no AWS document")
            #expect(rule.reason.hasSuffix("(EventContract §\(rule.source.section))"), "\(rule.id)")
        }
    }

    @Test func everySectionOfTheArticleNamesItsAWSSources() throws {
        let text = try Self.articleText()
        for section in ContractSections.sections {
            let heading = section == "F" ? "## F. " : "### \(section) "
            let range = try #require(text.range(of: "\n\(heading)"), "§\(section) is missing from the article")
            let following = text[range.upperBound...].split(separator: "\n", omittingEmptySubsequences: true)
            #expect(
                following.dropFirst().first?.hasPrefix("AWS:") == true, "§\(section) does not start with its sources")
        }
    }

    @Test func aRuleSourceResolvesItsTopLevelSection() {
        let source = RuleSource(section: "A.10 #2, B.2")
        #expect(ContractSections.head(of: source.section) == "A.10")
        #expect(source.citation == "EventContract §A.10 #2, B.2")
        #expect(source.awsDocuments.contains { $0.contains("Kinesis") })
        #expect(RuleSource(section: "Z.9").awsDocuments.isEmpty)
    }

    @Test func theContractArticleListsEveryRule() throws {
        let text = try Self.articleText()
        let begin = try #require(text.range(of: "<!-- rules:begin -->\n"))
        let end = try #require(text.range(of: "<!-- rules:end -->"))
        let committed = String(text[begin.upperBound..<end.lowerBound])
        #expect(
            committed == RuleTable.markdown(ContractValidator.rules),
            "the rule table of EventContract.md is not current: run Scripts/update-contract-rules")
    }
}
