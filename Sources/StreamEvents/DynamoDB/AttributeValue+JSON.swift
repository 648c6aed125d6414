public import StreamJSON

extension AttributeValue {
    /// Reads an attribute value from a parsed JSON value, keeping map member order.
    ///
    /// The `Codable` path cannot see member order; this one can, so a document parsed with
    /// StreamJSON and converted here re-encodes with its original layout.
    ///
    /// - Parameter json: e.g. `{"M": {"b": {"N": "1"}, "a": {"S": "x"}}}`.
    /// - Throws: `DecodingError` with the coding path of the offending member, for the same
    ///   problems `init(from:)` reports.
    public init(json: JSONValue) throws {
        try self.init(json: json, codingPath: [])
    }

    /// The wire form as a JSON value, members in order.
    public var json: JSONValue {
        let value: JSONValue
        switch self {
        case .string(let text): value = .string(text)
        case .number(let number): value = .string(number.text)
        case .binary(let bytes): value = .string(Base64.encode(bytes))
        case .stringSet(let texts): value = .array(texts.map(JSONValue.string))
        case .numberSet(let numbers): value = .array(numbers.map { .string($0.text) })
        case .binarySet(let sets): value = .array(sets.map { .string(Base64.encode($0)) })
        case .map(let map): value = map.json
        case .list(let elements): value = .array(elements.map(\.json))
        case .null: value = .bool(true)
        case .bool(let flag): value = .bool(flag)
        }
        return .object(JSONObject([JSONObject.Member(key: typeKey, value: value)]))
    }

    init(json: JSONValue, codingPath: [any CodingKey]) throws {
        guard case .object(let object) = json else {
            throw DecodingError.typeMismatch(
                AttributeValue.self,
                .init(
                    codingPath: codingPath,
                    debugDescription: "expected an attribute value object such as {\"S\": \"text\"}"))
        }
        guard object.count == 1, let member = object.members.first else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: codingPath, debugDescription: Self.typeKeyCountMessage(object.keys)))
        }
        let path = codingPath + [AnyCodingKey(member.key)]
        func mismatch(_ expected: String) -> DecodingError {
            .typeMismatch(
                AttributeValue.self, .init(codingPath: path, debugDescription: "\(member.key) must be \(expected)"))
        }
        func strings() throws -> [String] {
            guard case .array(let elements) = member.value else { throw mismatch("an array of strings") }
            return try elements.map {
                guard case .string(let text) = $0 else { throw mismatch("an array of strings") }
                return text
            }
        }
        switch (member.key, member.value) {
        case ("S", .string(let text)): self = .string(text)
        case ("N", .string(let text)): self = .number(DynamoDBNumber(unchecked: text))
        case ("B", .string(let text)): self = .binary(try Self.bytes(text, codingPath: path))
        case ("SS", _): self = .stringSet(try strings())
        case ("NS", _): self = .numberSet(try strings().map(DynamoDBNumber.init(unchecked:)))
        case ("BS", _):
            self = .binarySet(
                try strings().enumerated().map { try Self.bytes($1, codingPath: path + [AnyCodingKey(intValue: $0)]) })
        case ("M", .object(let object)): self = .map(try AttributeMap(json: .object(object), codingPath: path))
        case ("L", .array(let elements)):
            self = .list(
                try elements.enumerated().map {
                    try AttributeValue(json: $1, codingPath: path + [AnyCodingKey(intValue: $0)])
                })
        case ("NULL", .bool(true)): self = .null
        case ("NULL", .bool(false)):
            throw DecodingError.dataCorrupted(
                .init(codingPath: path, debugDescription: "NULL must be true; found false"))
        case ("BOOL", .bool(let flag)): self = .bool(flag)
        case ("S", _), ("N", _), ("B", _): throw mismatch("a string")
        case ("M", _): throw mismatch("an object")
        case ("L", _): throw mismatch("an array")
        case ("NULL", _), ("BOOL", _): throw mismatch("a Boolean")
        default:
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: path,
                    debugDescription: "unknown attribute type key \"\(member.key)\"; expected one of "
                        + Self.typeKeys.joined(separator: " ")))
        }
    }
}

extension AttributeMap {
    /// Reads a map of attribute values from a parsed JSON object, keeping member order.
    ///
    /// - Parameter json: a JSON object whose members are attribute values.
    /// - Throws: `DecodingError` with the coding path of the offending member.
    public init(json: JSONValue) throws {
        try self.init(json: json, codingPath: [])
    }

    /// The wire form as a JSON object, members in order.
    public var json: JSONValue {
        .object(JSONObject(members.map { JSONObject.Member(key: $0.name, value: $0.value.json) }))
    }

    init(json: JSONValue, codingPath: [any CodingKey]) throws {
        guard case .object(let object) = json else {
            throw DecodingError.typeMismatch(
                AttributeMap.self,
                .init(codingPath: codingPath, debugDescription: "expected an object of attribute values"))
        }
        self.init(
            try object.members.map {
                Member(
                    name: $0.key,
                    value: try AttributeValue(json: $0.value, codingPath: codingPath + [AnyCodingKey($0.key)]))
            })
    }
}
