/// A JSON object: members in document order, looked up by key.
///
/// Order is kept so that re-encoding a payload reproduces its layout; equality ignores order,
/// as JSON does. A document with duplicate keys is reported by the parser; if a `JSONObject`
/// is built with one anyway, lookups return the last value, as most JSON readers do.
public struct JSONObject: Sendable, Hashable, Sequence {
    /// One `"key": value` pair.
    public struct Member: Sendable, Hashable {
        /// The member name.
        public var key: String
        /// The member value.
        public var value: JSONValue

        /// Creates a member.
        public init(key: String, value: JSONValue) {
            self.key = key
            self.value = value
        }
    }

    /// The members in document order.
    public private(set) var members: [Member]

    /// Creates an object from members in the order given; a repeated key replaces the earlier value in place.
    public init(_ members: [Member] = []) {
        self.members = []
        self.members.reserveCapacity(members.count)
        guard members.count > Self.linearSearchLimit else {
            for member in members { self[member.key] = member.value }
            return
        }
        // Hashed, so that an object of a million members is built in linear time.
        var positions: [String: Int] = [:]
        positions.reserveCapacity(members.count)
        for member in members {
            if let position = positions[member.key] {
                self.members[position].value = member.value
            } else {
                positions[member.key] = self.members.count
                self.members.append(member)
            }
        }
    }

    /// Up to this many members, a linear search beats building a hash table.
    private static let linearSearchLimit = 16

    /// Creates an object keeping every member as given, duplicates included; the parser uses it.
    package init(unchecked members: [Member]) { self.members = members }

    /// The number of members.
    public var count: Int { members.count }

    /// Whether there are no members.
    public var isEmpty: Bool { members.isEmpty }

    /// The member names in document order.
    public var keys: [String] { members.map(\.key) }

    /// The value for `key`; setting `nil` removes the member, setting a new key appends it.
    public subscript(key: String) -> JSONValue? {
        get { members.last(where: { $0.key == key })?.value }
        set {
            if let index = members.lastIndex(where: { $0.key == key }) {
                if let newValue { members[index].value = newValue } else { members.remove(at: index) }
            } else if let newValue {
                members.append(Member(key: key, value: newValue))
            }
        }
    }

    public func makeIterator() -> IndexingIterator<[Member]> { members.makeIterator() }

    /// Equal when both have the same keys with equal values, in any order. A key repeated in a
    /// parsed document must be repeated with the same values in the same order (the last one wins).
    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        guard lhs.members.count == rhs.members.count else { return false }
        guard lhs.members.count > linearSearchLimit else {
            for (index, member) in lhs.members.enumerated() {
                guard !lhs.members[(index + 1)...].contains(where: { $0.key == member.key }) else {
                    return valuesByKey(lhs) == valuesByKey(rhs)
                }
                guard let other = rhs[member.key], other == member.value else { return false }
            }
            return true
        }
        // Hashed, so that objects of a million members compare in linear time.
        return valuesByKey(lhs) == valuesByKey(rhs)
    }

    /// Every key's values in member order: how objects with repeated keys compare.
    private static func valuesByKey(_ object: JSONObject) -> [String: [JSONValue]] {
        var values: [String: [JSONValue]] = [:]
        for member in object.members { values[member.key, default: []].append(member.value) }
        return values
    }

    /// Order-independent: sums the members' hashes.
    public func hash(into hasher: inout Hasher) {
        var sum = 0
        for member in members {
            var memberHasher = Hasher()
            memberHasher.combine(member)
            sum &+= memberHasher.finalize()
        }
        hasher.combine(members.count)
        hasher.combine(sum)
    }
}
