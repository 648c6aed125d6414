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
    public var members: [Member] { storage.elements }
    /// The members, in StreamJSON's ordered-member map (the one `JSONObject` uses).
    private var storage: OrderedMembers<Member>

    /// Creates a map from members in the order given; a repeated name replaces the earlier value in place.
    ///
    /// Maps of many members are built through a hashed index, in linear time.
    public init(_ members: [Member] = []) { storage = OrderedMembers(uniquing: members) }

    /// Creates a map from a dictionary, ordering members by name so the result is deterministic.
    public init(_ dictionary: [String: AttributeValue]) {
        storage = OrderedMembers(
            unchecked: dictionary.sorted { $0.key < $1.key }.map { Member(name: $0.key, value: $0.value) })
    }

    /// Members in the order written.
    public init(dictionaryLiteral elements: (String, AttributeValue)...) {
        self.init(elements.map { Member(name: $0.0, value: $0.1) })
    }

    /// The number of attributes.
    public var count: Int { storage.elements.count }

    /// Whether there are no attributes.
    public var isEmpty: Bool { storage.elements.isEmpty }

    /// The attribute names in order.
    public var names: [String] { storage.elements.map(\.name) }

    /// The attributes as a dictionary (order is lost).
    public var dictionary: [String: AttributeValue] {
        Dictionary(storage.elements.map { ($0.name, $0.value) }, uniquingKeysWith: { _, last in last })
    }

    /// The value named `name`; setting `nil` removes it, setting a new name appends it.
    public subscript(name: String) -> AttributeValue? {
        get { storage[name] }
        set { storage[name] = newValue }
    }

    /// Iterates the members in order.
    public func makeIterator() -> IndexingIterator<[Member]> { storage.elements.makeIterator() }

    /// Equal when both have the same names with equal values, in any order; linear in the member count above a
    /// handful of members.
    public static func == (lhs: AttributeMap, rhs: AttributeMap) -> Bool { lhs.storage == rhs.storage }

    /// Order-independent, consistent with `==`.
    public func hash(into hasher: inout Hasher) { storage.hash(into: &hasher) }
}

extension AttributeMap.Member: OrderedMember {
    package var memberKey: String { name }

    package init(memberKey: String, value: AttributeValue) { self.init(name: memberKey, value: value) }
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
        storage = OrderedMembers(unchecked: members)
    }

    /// Encodes the members in order.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        for member in members { try container.encode(member.value, forKey: AnyCodingKey(member.name)) }
    }
}
