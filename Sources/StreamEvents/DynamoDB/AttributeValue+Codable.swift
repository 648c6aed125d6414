import StreamJSON

extension AttributeValue: Codable {
    /// Decodes `{"<type key>": value}`.
    ///
    /// - Throws: `DecodingError` when the object has no type key or several (the message lists
    ///   the keys found), an unknown type key, `B`/`BS` text that is not canonical base64, or
    ///   `NULL` that is not `true`. Numbers are not checked here (see `DynamoDBNumber.isValid`).
    public init(from decoder: any Decoder) throws {
        let container: KeyedDecodingContainer<AnyCodingKey>
        do {
            container = try decoder.container(keyedBy: AnyCodingKey.self)
        } catch {
            throw DecodingError.typeMismatch(
                AttributeValue.self,
                .init(
                    codingPath: decoder.codingPath,
                    debugDescription: "expected an attribute value object such as {\"S\": \"text\"}"))
        }
        let keys = container.allKeys
        guard keys.count == 1, let key = keys.first else {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: decoder.codingPath,
                    debugDescription: Self.typeKeyCountMessage(keys.map(\.stringValue))))
        }
        switch key.stringValue {
        case "S":
            self = .string(try container.decode(String.self, forKey: key))
        case "N":
            self = .number(try container.decode(DynamoDBNumber.self, forKey: key))
        case "B":
            let text = try container.decode(String.self, forKey: key)
            self = .binary(try Self.bytes(text, codingPath: container.codingPath + [key]))
        case "SS":
            self = .stringSet(try container.decode([String].self, forKey: key))
        case "NS":
            self = .numberSet(try container.decode([DynamoDBNumber].self, forKey: key))
        case "BS":
            let texts = try container.decode([String].self, forKey: key)
            var sets: [[UInt8]] = []
            sets.reserveCapacity(texts.count)
            for (index, text) in texts.enumerated() {
                sets.append(
                    try Self.bytes(text, codingPath: container.codingPath + [key, AnyCodingKey(intValue: index)]))
            }
            self = .binarySet(sets)
        case "M":
            self = .map(try container.decode(AttributeMap.self, forKey: key))
        case "L":
            self = .list(try container.decode([AttributeValue].self, forKey: key))
        case "NULL":
            guard try container.decode(Bool.self, forKey: key) else {
                throw DecodingError.dataCorruptedError(
                    forKey: key, in: container, debugDescription: "NULL must be true; found false")
            }
            self = .null
        case "BOOL":
            self = .bool(try container.decode(Bool.self, forKey: key))
        default:
            throw DecodingError.dataCorruptedError(
                forKey: key, in: container,
                debugDescription: "unknown attribute type key \"\(key.stringValue)\"; expected one of "
                    + Self.typeKeys.joined(separator: " "))
        }
    }

    /// Encodes `{"<type key>": value}`; binary values as canonical base64.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        let key = AnyCodingKey(typeKey)
        switch self {
        case .string(let value): try container.encode(value, forKey: key)
        case .number(let value): try container.encode(value, forKey: key)
        case .binary(let value): try container.encode(Base64.encode(value), forKey: key)
        case .stringSet(let value): try container.encode(value, forKey: key)
        case .numberSet(let value): try container.encode(value, forKey: key)
        case .binarySet(let value): try container.encode(value.map { Base64.encode($0) }, forKey: key)
        case .map(let value): try container.encode(value, forKey: key)
        case .list(let value): try container.encode(value, forKey: key)
        case .null: try container.encode(true, forKey: key)
        case .bool(let value): try container.encode(value, forKey: key)
        }
    }

    static func bytes(_ text: String, codingPath: [any CodingKey]) throws -> [UInt8] {
        do throws(Base64.DecodingError) {
            return try Base64.decode(text)
        } catch {
            throw DecodingError.dataCorrupted(.init(codingPath: codingPath, debugDescription: error.description))
        }
    }

    static func typeKeyCountMessage(_ keys: [String]) -> String {
        if keys.isEmpty {
            return "an attribute value needs exactly one type key ("
                + typeKeys.joined(separator: " ") + "); found none"
        }
        return "an attribute value needs exactly one type key; found \(keys.count): "
            + keys.sorted().joined(separator: ", ")
    }
}
