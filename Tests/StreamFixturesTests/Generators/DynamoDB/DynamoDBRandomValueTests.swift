import StreamEvents
import StreamFixtures
import Testing

@Suite struct DynamoDBRandomValueTests {
    @Test func numbersAreValidCanonicalAndSpreadOverTheRange() {
        var zero = false
        var negative = false
        var fraction = false
        var longest = 0
        var tiny = false
        var huge = false
        for number in Gen.dynamoDBNumber.samples(count: 3_000, seed: 1) {
            #expect(number.isValid, "\(number.text)")
            #expect(number.canonical.text == number.text, "\(number.text)")
            #expect(StrictPatterns.matches(StrictPatterns.number, number.text))
            zero = zero || number.isZero
            negative = negative || number.text.hasPrefix("-")
            fraction = fraction || number.text.contains(".")
            longest = max(longest, number.significantDigitCount ?? 0)
            tiny = tiny || number.text.hasPrefix("0.000000000000000000000000000000000000000000000000000000000000")
            huge = huge || (!number.text.contains(".") && number.text.utf8.count > 100)
        }
        #expect(zero && negative && fraction && tiny && huge)
        #expect(longest == 38)
    }

    @Test func attributeValuesAreStorableAndUseEveryType() {
        var types = Set<String>()
        var deepest = 0
        func depth(_ value: AttributeValue) -> Int {
            switch value {
            case .map(let map): 1 + map.members.reduce(0) { max($0, depth($1.value)) }
            case .list(let elements): 1 + elements.reduce(0) { max($0, depth($1)) }
            default: 0
            }
        }
        for value in Gen.dynamoDBAttributeValue(maxDepth: 4).samples(count: 2_000, seed: 2) {
            types.insert(value.typeKey)
            deepest = max(deepest, depth(value))
            let problems = DynamoDBInvariants.valueProblems(value, path: "v", depth: 0)
            #expect(problems.isEmpty, "\(problems)")
        }
        #expect(types == Set(AttributeValue.typeKeys))
        #expect(deepest == 4)
        #expect(Gen.dynamoDBAttributeValue(maxDepth: 0).samples(count: 500, seed: 3).allSatisfy { depth($0) == 0 })
    }

    @Test func randomKeySchemasUseRealisticNamesAndEveryKeyType() {
        let schemas = DynamoDBKeySchema.random.samples(count: 300, seed: 4)
        #expect(Set(schemas.map(\.partitionKey.type)) == Set(DynamoDBScalarAttributeType.allCases))
        #expect(schemas.contains { $0.sortKey != nil } && schemas.contains { $0.sortKey == nil })
        #expect(schemas.allSatisfy { (try? $0.validate()) != nil })
    }
}
