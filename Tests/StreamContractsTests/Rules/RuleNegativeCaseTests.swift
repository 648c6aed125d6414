import Foundation
import StreamJSON
import Testing

@testable import StreamContracts

@Suite struct RuleNegativeCaseTests {
    static func rules(of document: String, kind: PayloadKind, options: RuleOptions = RuleOptions()) throws
        -> [Diagnostic]
    {
        ContractRules.check(try JSONDocument(parsing: document), at: 0, kind: kind, options: options)
    }

    @Test(arguments: RuleCases.clean.map(\.name))
    func cleanDocumentsHaveNoFindings(_ name: String) throws {
        let clean = try #require(RuleCases.clean.first { $0.name == name })
        let diagnostics = try Self.rules(of: clean.document, kind: clean.kind)
        #expect(diagnostics.isEmpty, "\(diagnostics.map { "\($0.rule) \($0.pointer): \($0.message)" })")
    }

    @Test func cleanBatchResponseMatchesItsEvent() throws {
        let diagnostics = ContractRules.checkBatchResponse(
            try JSONDocument(parsing: RuleCases.batchItemFailures),
            event: try JSONDocument(parsing: RuleCases.kinesisMinimal),
            options: RuleOptions())
        #expect(diagnostics.isEmpty)
    }

    @Test(arguments: RuleCases.all)
    func violatingOneRuleYieldsExactlyThatRule(_ ruleCase: RuleCase) throws {
        let document = try JSONDocument(parsing: ruleCase.document)
        var diagnostics = ContractRules.check(document, at: 0, kind: ruleCase.kind, options: ruleCase.options)
        if let event = ruleCase.event {
            diagnostics += ContractRules.checkBatchResponse(
                document, event: try JSONDocument(parsing: event), options: ruleCase.options)
        }
        #expect(Set(diagnostics.map(\.rule)) == [ruleCase.rule], "\(diagnostics.map { "\($0.rule): \($0.message)" })")
        let descriptor = try #require(ContractRules.catalog.first { $0.id == ruleCase.rule })
        for diagnostic in diagnostics {
            #expect(diagnostic.severity == descriptor.severity)
            #expect(diagnostic.location != nil)
            #expect(!diagnostic.message.isEmpty)
        }
    }

    @Test func everyRuleInTheCatalogHasANegativeCase() {
        let covered = Set(RuleCases.all.map(\.rule))
        let missing = ContractRules.catalog.map(\.id).filter { !covered.contains($0) }
        #expect(missing.isEmpty, "rules without a negative case: \(missing)")
        let unknown = covered.subtracting(ContractRules.catalog.map(\.id))
        #expect(unknown.isEmpty, "cases for rules not in the catalog: \(unknown.sorted())")
    }

    @Test(arguments: RuleCases.all)
    func negativeCasesAreForKindsTheRuleAppliesTo(_ ruleCase: RuleCase) throws {
        let descriptor = try #require(ContractRules.catalog.first { $0.id == ruleCase.rule })
        #expect(descriptor.kinds.contains(ruleCase.kind))
    }

    /// Writes every case and clean document to `RULES_CASES_DIR` (when set) for the schema cross-check:
    /// each must be valid against its kind's schema, so that schema + rules report exactly the one rule.
    @Test func casesCanBeWrittenForTheSchemaCheck() throws {
        guard let directory = ProcessInfo.processInfo.environment["RULES_CASES_DIR"] else { return }
        let folder = URL(fileURLWithPath: directory)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var index: [String: String] = [:]
        for (number, ruleCase) in RuleCases.all.enumerated() {
            let name = "\(ruleCase.rule)-\(number).json"
            try Data(ruleCase.document.utf8).write(to: folder.appendingPathComponent(name))
            index[name] = ruleCase.kind.rawValue
        }
        for clean in RuleCases.clean {
            try Data(clean.document.utf8).write(to: folder.appendingPathComponent("clean-\(clean.name).json"))
            index["clean-\(clean.name).json"] = clean.kind.rawValue
        }
        let indexData = try JSONSerialization.data(withJSONObject: index, options: [.sortedKeys])
        try indexData.write(to: folder.appendingPathComponent("index.json"))
    }
}
