import Foundation
import StreamJSON
import StreamJSONSchema
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

    @Test func cleanFirehoseResponseAnswersItsEvent() throws {
        let diagnostics = ContractRules.checkBatchResponse(
            try JSONDocument(parsing: RuleCases.firehoseResponse),
            event: try JSONDocument(parsing: RuleCases.firehoseEvent),
            options: RuleOptions())
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.message))")
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
        if let pointer = ruleCase.pointer {
            #expect(diagnostics.map(\.pointer.description) == [pointer], "\(diagnostics.map(\.message))")
        }
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

    @Test func everyReportedRuleIsInTheCatalog() throws {
        let catalog = Set(ContractRules.catalog.map(\.id))
        var reported: Set<String> = []
        for ruleCase in RuleCases.all {
            let document = try JSONDocument(parsing: ruleCase.document)
            for kind in ContractRules.allKinds {
                reported.formUnion(
                    ContractRules.check(document, at: 0, kind: kind, options: ruleCase.options).map(\.rule))
            }
            if let event = ruleCase.event {
                reported.formUnion(
                    ContractRules.checkBatchResponse(
                        document, event: try JSONDocument(parsing: event), options: ruleCase.options
                    ).map(\.rule))
            }
        }
        #expect(
            reported.subtracting(catalog).isEmpty, "reported but not in the catalog: \(reported.subtracting(catalog))")
        #expect(reported == catalog, "in the catalog but never reported: \(catalog.subtracting(reported).sorted())")
    }

    @Test(arguments: RuleCases.all)
    func negativeCasesAreForKindsTheRuleAppliesTo(_ ruleCase: RuleCase) throws {
        let descriptor = try #require(ContractRules.catalog.first { $0.id == ruleCase.rule })
        #expect(descriptor.kinds.contains(ruleCase.kind))
    }

    /// The compiled schema of each kind the cases use (as `ContractValidator` compiles them).
    static let schemas: [PayloadKind: JSONSchema] = {
        guard let registry = try? ContractSchemas.registry() else { return [:] }
        var schemas: [PayloadKind: JSONSchema] = [:]
        for kind in Set(RuleCases.all.map(\.kind) + RuleCases.clean.map(\.kind)) {
            let file = kind.rawValue + ".schema.json"
            guard let value = ContractSchemas.documents[file] else { continue }
            schemas[kind] = try? JSONSchema(
                compiling: value, baseURI: ContractSchemas.baseURI + file, registry: registry)
        }
        return schemas
    }()

    /// Schema findings and duplicate names of a document: none, so that schema + rules report exactly one rule.
    static func schemaFindings(_ text: String, kind: PayloadKind) throws -> [String] {
        let schema = try #require(schemas[kind])
        let document = try JSONDocument(parsing: text)
        return schema.validate(document).diagnostics.map { "\($0.instanceLocation): \($0.message)" }
            + document.duplicateMemberNames.map { "duplicate \($0.pointer)" }
    }

    @Test(arguments: RuleCases.all)
    func negativeCasesAreValidAgainstTheirSchema(_ ruleCase: RuleCase) throws {
        #expect(try Self.schemaFindings(ruleCase.document, kind: ruleCase.kind) == [])
    }

    @Test func theSchemaCheckSeesSchemaViolations() throws {
        #expect(try !Self.schemaFindings(#"{"Records": 5}"#, kind: .kinesisEvent).isEmpty)
        let emptySet = RuleCases.dynamodbMinimal.replacingOccurrences(of: #"["a", "b"]"#, with: "[]")
        #expect(try !Self.schemaFindings(emptySet, kind: .dynamodbEvent).isEmpty)
        #expect(try Self.rules(of: emptySet, kind: .dynamodbEvent).map(\.rule) == ["dynamodb.size-bytes"])
    }

    @Test(arguments: RuleCases.clean.map(\.name))
    func cleanDocumentsAreValidAgainstTheirSchema(_ name: String) throws {
        let clean = try #require(RuleCases.clean.first { $0.name == name })
        #expect(try Self.schemaFindings(clean.document, kind: clean.kind) == [])
    }
}
