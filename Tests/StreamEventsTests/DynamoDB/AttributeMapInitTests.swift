import StreamEvents
import Testing

/// Small maps (up to the scan limit of 16 members) keep the members as given when no name repeats, and otherwise
/// build the map one assignment at a time; both must agree with the member-by-member definition.
@Suite struct AttributeMapInitTests {
    static func assigned(_ members: [AttributeMap.Member]) -> AttributeMap {
        var map = AttributeMap()
        for member in members { map[member.name] = member.value }
        return map
    }

    static func members(_ names: [String]) -> [AttributeMap.Member] {
        names.enumerated().map { AttributeMap.Member(name: $1, value: .number(DynamoDBNumber($0))) }
    }

    @Test(arguments: [
        [], ["a"], ["a", "b"], ["b", "a"], ["a", "a"], ["a", "b", "a"], ["x", "y", "z", "y"], ["k", "k", "k"],
        (0..<16).map { "n\($0)" }, (0..<15).map { "n\($0)" } + ["n0"], (0..<16).map { "n\($0 % 8)" },
    ])
    func smallMapsMatchAssignmentOneMemberAtATime(names: [String]) {
        let members = Self.members(names)
        let map = AttributeMap(members)
        #expect(map.members == Self.assigned(members).members)
        #expect(Set(map.names).count == map.count)
        if Set(names).count == names.count { #expect(map.members == members) }
    }
}
