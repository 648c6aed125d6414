import StreamEvents
import Testing

/// Maps above the scan limit (16 members) take the hashed paths of `init` and `==`; they must behave exactly like
/// the member-by-member definition: a repeated name replaces the earlier value in place, and equality ignores order.
@Suite struct AttributeMapLargeTests {
    /// The map built one subscript assignment at a time: the definition `init` must agree with.
    static func assigned(_ members: [AttributeMap.Member]) -> AttributeMap {
        var map = AttributeMap()
        for member in members { map[member.name] = member.value }
        return map
    }

    static func members(count: Int, repeatingEvery step: Int) -> [AttributeMap.Member] {
        (0..<count).map { index in
            let name = index % step == 0 ? "repeated\(index % 7)" : "a\(index)"
            return AttributeMap.Member(name: name, value: .number(DynamoDBNumber(unchecked: "\(index)")))
        }
    }

    @Test(arguments: [17, 40, 1_000, 20_000])
    func repeatedNamesReplaceInPlaceAsAssignmentDoes(count: Int) {
        let members = Self.members(count: count, repeatingEvery: 5)
        let map = AttributeMap(members)
        #expect(map.members == Self.assigned(members).members)
        #expect(Set(map.names).count == map.count)
    }

    @Test(arguments: [17, 1_000, 20_000])
    func equalityIgnoresOrderAndSeesEveryValue(count: Int) {
        let members = Self.members(count: count, repeatingEvery: count + 1)
        let map = AttributeMap(members)
        let reversed = AttributeMap(members.reversed())
        #expect(map == reversed)
        #expect(map.hashValue == reversed.hashValue)
        var changed = members
        changed[count / 2].value = .string("changed")
        #expect(map != AttributeMap(changed))
        var renamed = members
        renamed[count - 1].name = "elsewhere"
        #expect(map != AttributeMap(renamed))
    }
}
