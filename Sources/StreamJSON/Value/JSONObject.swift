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
    public var members: [Member] { storage.elements }
    /// The members, in the shared ordered-member map.
    private var storage: OrderedMembers<Member>

    /// Creates an object from members in the order given; a repeated key replaces the earlier value in place.
    ///
    /// Objects of many members are built through a hashed index, in linear time.
    public init(_ members: [Member] = []) { storage = OrderedMembers(uniquing: members) }

    /// Creates an object keeping every member as given, duplicates included; the parser uses it.
    package init(unchecked members: [Member]) { storage = OrderedMembers(unchecked: members) }

    /// The number of members.
    public var count: Int { storage.elements.count }

    /// Whether there are no members.
    public var isEmpty: Bool { storage.elements.isEmpty }

    /// The member names in document order.
    public var keys: [String] { storage.elements.map(\.key) }

    /// The value for `key`; setting `nil` removes the member, setting a new key appends it.
    public subscript(key: String) -> JSONValue? {
        get { storage[key] }
        set { storage[key] = newValue }
    }

    public func makeIterator() -> IndexingIterator<[Member]> { storage.elements.makeIterator() }

    /// Equal when both have the same keys with equal values, in any order. A key repeated in a
    /// parsed document must be repeated with the same values in the same order (the last one wins).
    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool { lhs.storage == rhs.storage }

    /// Order-independent: sums the members' hashes.
    public func hash(into hasher: inout Hasher) { storage.hash(into: &hasher) }
}

extension JSONObject.Member: OrderedMember {
    package var memberKey: String { key }

    package init(memberKey: String, value: JSONValue) { self.init(key: memberKey, value: value) }
}
