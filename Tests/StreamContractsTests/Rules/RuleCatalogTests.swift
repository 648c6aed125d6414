import Testing

@testable import StreamContracts

@Suite struct RuleCatalogTests {
    @Test func ruleIDsAreUniqueSortedAndStable() {
        let ids = ContractRules.catalog.map(\.id)
        #expect(ids == ids.sorted())
        #expect(Set(ids).count == ids.count)
        for id in ids {
            let parts = id.split(separator: ".", omittingEmptySubsequences: false)
            #expect(parts.count == 2, "\(id)")
            #expect(id.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "-" || $0 == "." }, "\(id)")
        }
    }

    @Test func theCatalogIsEveryGroupsDescriptors() {
        var ids: [String] = []
        for group in ContractRules.groups { ids += Self.checkedIDs(of: group) }
        #expect(ids.sorted() == ContractRules.catalog.map(\.id))
        #expect(Set(ids).count == ids.count, "a rule id is declared twice")
        let names = ContractRules.groups.map { String(describing: $0) }
        #expect(Set(names).count == names.count, "a group is listed twice: \(names)")
    }

    /// The ids of one group, checking that it is non-empty and that each case reports its own entry.
    static func checkedIDs<Group: RuleGroup>(of group: Group.Type) -> [String] {
        let cases = Array(Group.allCases)
        #expect(!cases.isEmpty, "\(Group.self) has no rules")
        #expect(
            cases.map(\.rawValue) == Array(0..<cases.count), "\(Group.self): cases must keep their default raw values")
        #expect(Group.descriptors.count == cases.count, "\(Group.self)")
        for rule in cases {
            #expect(rule.descriptor == Group.describe(rule), "\(Group.self).\(rule)")
        }
        return Group.descriptors.map(\.id)
    }

    @Test func everyRuleSaysWhatItChecksAndWhere() {
        let kinds = Set(ContractSchemas.kinds)
        for rule in ContractRules.catalog {
            #expect(!rule.summary.isEmpty && !rule.summary.hasSuffix("."), "\(rule.id)")
            #expect(!rule.kinds.isEmpty, "\(rule.id)")
            #expect(Set(rule.kinds).isSubset(of: kinds), "\(rule.id): \(rule.kinds)")
        }
        #expect(Set(ContractRules.allKinds) == kinds)
    }

    @Test func theRulesCoverEventContractsSectionA10() {
        let ids = Set(ContractRules.catalog.map(\.id))
        for id in [
            "kinesis.event-id-matches-sequence-number", "kinesis.batch-single-shard", "batch.single-stream",
            "batch.sequence-numbers-increasing", "kinesis.arrival-timestamps-ordered", "batch.region-matches-arn",
            "kinesis.partition-matches-role", "contract.canonical-base64", "kinesis.record-size-limit",
            "kinesis.kpl-aggregate", "window.bounds-ordered", "window.members-together",
            "kinesis.sequence-number-shard", "kinesis.sequence-number-arrival",
        ] {
            #expect(ids.contains(id), "\(id)")
        }
    }

    @Test func everyStrictFormatLoadsFromTheEmbeddedDefinitions() {
        #expect(StrictFormats.all.count == StrictFormats.count)
        for (slot, format) in StrictFormats.all.enumerated() {
            #expect(format.isLoaded, "\(format.name) is missing from defs.schema.json or does not compile")
            #expect(format.slot == slot, "\(format.name)")
        }
        #expect(StrictFormats.ttlIdentity.type == Array("Service".utf8))
        #expect(StrictFormats.ttlIdentity.principalId == Array("dynamodb.amazonaws.com".utf8))
    }

    @Test func strictFormatsCheckPatternAndLength() {
        func matches(_ format: StrictFormat, _ text: String) -> Bool { format.matches(Array(text.utf8)[...]) }
        #expect(matches(StrictFormats.kinesisStreamArn, "arn:aws:kinesis:us-east-1:111122223333:stream/orders"))
        #expect(!matches(StrictFormats.kinesisStreamArn, "arn:aws:kinesis:EXAMPLE"))
        #expect(matches(StrictFormats.dynamodbSequenceNumber, String(repeating: "1", count: 21)))
        #expect(!matches(StrictFormats.dynamodbSequenceNumber, "111"))
        // dynamodbStreamArnStrict has minLength 37; eventSourceMappingArnStrict 85…120.
        #expect(StrictFormats.dynamodbStreamArn.minimumLength == 37)
        #expect(StrictFormats.eventSourceMappingArn.maximumLength == 120)
    }

    @Test func everyKindHasMemberShapesAndImagesAreNotWalked() throws {
        let table = MemberShapes.shared
        for kind in ContractSchemas.kinds {
            let root = try #require(table.roots[kind.rawValue], "\(kind)")
            #expect(table.shapes[root].canReport, "\(kind)")
        }
        let attributeValue = try #require(
            table.shapes.firstIndex { shape in shape.properties.contains { $0.text == "NULL" } })
        #expect(!table.shapes[attributeValue].canReport)
        #expect(table.shapes[attributeValue].isMap)
    }
}
