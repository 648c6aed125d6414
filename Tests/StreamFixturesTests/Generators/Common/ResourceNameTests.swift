import StreamFixtures
import Testing

@Suite struct ResourceNameTests {
    static func allMatch(_ name: String, _ allowed: String, _ lengths: ClosedRange<Int>) -> Bool {
        let characters = Set(allowed.unicodeScalars)
        return lengths.contains(name.unicodeScalars.count) && name.unicodeScalars.allSatisfy(characters.contains)
    }

    static let lower = "abcdefghijklmnopqrstuvwxyz0123456789"
    static let upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"

    @Test func streamAndConsumerNamesFollowKinesisRules() {
        for name in ResourceName.stream().samples(count: 1_000, seed: 1)
            + ResourceName.consumer().samples(count: 1_000, seed: 2)
        {
            #expect(Self.allMatch(name, Self.lower + Self.upper + "_.-", 1...128), "\(name)")
        }
    }

    @Test func tableNamesFollowDynamoDBRules() {
        for name in ResourceName.table().samples(count: 1_000, seed: 3) {
            #expect(Self.allMatch(name, Self.lower + Self.upper + "_.-", 3...255), "\(name)")
        }
    }

    @Test func functionAndRoleNamesFollowLambdaAndIAMRules() {
        for name in ResourceName.function().samples(count: 1_000, seed: 4) {
            #expect(Self.allMatch(name, Self.lower + Self.upper + "_-", 1...64), "\(name)")
            let role = ResourceName.role(forFunction: name + name + name).run(seed: 5)
            #expect(Self.allMatch(role, Self.lower + Self.upper + "_+=,.@-", 1...64), "\(role)")
        }
        for role in ResourceName.role().samples(count: 1_000, seed: 6) {
            #expect(Self.allMatch(role, Self.lower + Self.upper + "_+=,.@-", 1...64), "\(role)")
        }
    }

    @Test func namesVary() {
        #expect(Set(ResourceName.stream().samples(count: 200, seed: 7)).count > 50)
    }
}
