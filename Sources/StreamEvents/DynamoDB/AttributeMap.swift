import StreamJSON

/// DynamoDB attributes by name, in order: an item, an image (`Keys`, `NewImage`, `OldImage`)
/// or the value of an `M`.
///
/// A `[String: AttributeValue]` has no order at all; `AttributeMap` keeps the order it was
/// built or parsed in (the item encoder's is declaration order), so order-preserving writers
/// (`json`, StreamJSON's writer) give deterministic output and a document's layout survives
/// `init(json:)` → `json`. Equality ignores order, as DynamoDB does. Foundation's coders do
/// not keep member order: `JSONDecoder` does not report it, so decoded maps come out sorted
/// by name, and `JSONEncoder` needs `.sortedKeys` for stable bytes.
///
/// ```swift
/// var keys: AttributeMap = ["pk": "order#1", "sk": 1]
/// keys["pk"]            // .string("order#1")
/// keys["total"] = "12.5"
/// ```
public struct AttributeMap: Sendable, Hashable, Sequence, ExpressibleByDictionaryLiteral {
    /// One named attribute.
    public struct Member: Sendable, Hashable {
        /// The attribute name.
        public var name: String
        /// The attribute value.
        public var value: AttributeValue

        /// Creates a member.
        public init(name: String, value: AttributeValue) {
            self.name = name
            self.value = value
        }
    }

    /// The attributes in order.
    public private(set) var members: [Member]

    /// Creates a map from members in the order given; a repeated name replaces the earlier value in place.
    public init(_ members: [Member] = []) {
        guard members.count > Self.scanLimit else {
            // Names nearly always differ: then the map is the members as given, without a copy.
            if Self.namesDiffer(members) {
                self.members = members
                return
            }
            self.members = []
            self.members.reserveCapacity(members.count)
            for member in members { self[member.name] = member.value }
            return
        }
        self.members = []
        self.members.reserveCapacity(members.count)
        // Large maps: one hashed pass instead of a scan per member.
        var positions: [String: Int] = [:]
        positions.reserveCapacity(members.count)
        for member in members {
            if let position = positions[member.name] {
                self.members[position].value = member.value
            } else {
                positions[member.name] = self.members.count
                self.members.append(member)
            }
        }
    }

    /// Whether no two of `members` share a name (compares every pair: for the small maps below ``scanLimit``).
    static func namesDiffer(_ members: [Member]) -> Bool {
        var index = 1
        while index < members.count {
            var other = 0
            while other < index {
                if members[other].name == members[index].name { return false }
                other += 1
            }
            index += 1
        }
        return true
    }

    /// Up to this many members, `init` and `==` scan (faster than hashing for the small maps DynamoDB items mostly
    /// are); above it they hash, so both stay linear in the member count.
    static let scanLimit = 16

    /// Creates a map from a dictionary, ordering members by name so the result is deterministic.
    public init(_ dictionary: [String: AttributeValue]) {
        self.members = dictionary.sorted { $0.key < $1.key }.map { Member(name: $0.key, value: $0.value) }
    }

    /// Members in the order written.
    public init(dictionaryLiteral elements: (String, AttributeValue)...) {
        self.init(elements.map { Member(name: $0.0, value: $0.1) })
    }

    /// The number of attributes.
    public var count: Int { members.count }

    /// Whether there are no attributes.
    public var isEmpty: Bool { members.isEmpty }

    /// The attribute names in order.
    public var names: [String] { members.map(\.name) }

    /// The attributes as a dictionary (order is lost).
    public var dictionary: [String: AttributeValue] {
        Dictionary(members.map { ($0.name, $0.value) }, uniquingKeysWith: { _, last in last })
    }

    /// The value named `name`; setting `nil` removes it, setting a new name appends it.
    public subscript(name: String) -> AttributeValue? {
        get { members.last(where: { $0.name == name })?.value }
        set {
            if let index = members.lastIndex(where: { $0.name == name }) {
                if let newValue { members[index].value = newValue } else { members.remove(at: index) }
            } else if let newValue {
                members.append(Member(name: name, value: newValue))
            }
        }
    }

    /// Iterates the members in order.
    public func makeIterator() -> IndexingIterator<[Member]> { members.makeIterator() }

    /// Equal when both have the same names with equal values, in any order.
    public static func == (lhs: AttributeMap, rhs: AttributeMap) -> Bool {
        guard lhs.members.count == rhs.members.count else { return false }
        if lhs.members == rhs.members { return true }
        guard lhs.members.count > scanLimit else {
            for member in lhs.members {
                guard let other = rhs[member.name], other == member.value else { return false }
            }
            return true
        }
        // Names are unique within a map, so a dictionary of one side answers every lookup of the other.
        var values: [String: AttributeValue] = [:]
        values.reserveCapacity(rhs.members.count)
        for member in rhs.members { values[member.name] = member.value }
        for member in lhs.members {
            guard let other = values[member.name], other == member.value else { return false }
        }
        return true
    }

    /// Order-independent, consistent with `==`.
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

extension AttributeMap: Codable {
    /// Decodes a JSON object of attribute values. Members come sorted by name, since
    /// `Decoder` does not promise document order (Foundation's `JSONDecoder` does not keep it);
    /// use `AttributeMap(json:)` to keep a parsed document's order.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        var members: [Member] = []
        members.reserveCapacity(container.allKeys.count)
        for key in container.allKeys.sorted(by: { $0.stringValue < $1.stringValue }) {
            members.append(Member(name: key.stringValue, value: try container.decode(AttributeValue.self, forKey: key)))
        }
        self.members = members
    }

    /// Encodes the members in order.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        for member in members { try container.encode(member.value, forKey: AnyCodingKey(member.name)) }
    }
}
