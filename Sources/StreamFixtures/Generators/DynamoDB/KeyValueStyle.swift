import StreamEvents

/// How a key attribute's values look, chosen from its name and type: `USER#3f2a9c1e` for `pk`, a UUID for `id`,
/// epoch milliseconds for a numeric `createdAt`, 16 random bytes for a binary `digest`.
enum KeyValueStyle: Sendable {
    case prefixedID(prefix: String)
    case sortLabel
    case uuid
    case slug(prefix: String)
    case isoTime
    case email
    case title
    case integerID
    case smallInteger
    case epochMilliseconds
    case bytes(count: Int)

    static let entityPrefixes = ["USER#", "ORDER#", "CUSTOMER#", "TENANT#", "DEVICE#", "ACCOUNT#", "PRODUCT#"]
    static let knownPrefixes = [
        "order": "ord_", "user": "usr_", "customer": "cus_", "device": "dev-", "tenant": "tnt_", "entity": "ent_",
        "account": "acct_", "product": "prod_", "invoice": "inv_", "payment": "pay_",
    ]
    static let sortLabels = ["PROFILE", "METADATA", "SETTINGS", "ORDER#", "ITEM#", "ADDRESS#", "EVENT#"]

    /// The style for a key attribute.
    static func choose(for attribute: DynamoDBKeyAttribute, using random: inout SeededRandom) -> KeyValueStyle {
        let name = attribute.name
        let lower = name.lowercased()
        let timeLike = name.hasSuffix("At") || lower.contains("date") || lower.contains("time")
        switch attribute.type {
        case .binary:
            return .bytes(count: lower.contains("digest") || lower.contains("hash") ? 32 : 16)
        case .number:
            if timeLike { return .epochMilliseconds }
            if ["version", "line", "number", "seq", "count", "revision"].contains(where: { lower.contains($0) }) {
                return .smallInteger
            }
            return .integerID
        case .string:
            if lower == "pk" { return .prefixedID(prefix: random.element(of: entityPrefixes) ?? "USER#") }
            if lower == "sk" { return .sortLabel }
            if timeLike { return .isoTime }
            if lower.contains("email") { return .email }
            if lower.contains("title") || lower == "artist" || lower.hasSuffix("name") { return .title }
            if lower == "id" || lower.hasSuffix("sessionid") { return .uuid }
            if lower.hasSuffix("id") {
                let stem = String(lower.dropLast(2))
                let prefix = knownPrefixes[stem] ?? (stem.isEmpty ? "id_" : String(stem.prefix(3)) + "_")
                return random.bool(probability: 0.3) ? .uuid : .slug(prefix: prefix)
            }
            return .slug(prefix: String(lower.prefix(3)) + "_")
        }
    }

    /// A value in this style at time `now` (milliseconds since 1970); never empty and far within the key limits.
    func value(now: Int64, using random: inout SeededRandom) -> AttributeValue {
        switch self {
        case .prefixedID(let prefix):
            return .string(prefix + FastText.hex(length: 8, using: &random))
        case .sortLabel:
            let label = random.element(of: Self.sortLabels) ?? "PROFILE"
            guard label.hasSuffix("#") else { return .string(label) }
            if label == "ORDER#" || label == "EVENT#" {
                return .string(label + RandomItemShape.isoTime(milliseconds: now - Int64(random.int(in: 0...999))))
            }
            return .string(label + String(random.int(in: 1...9_999)))
        case .uuid:
            return .string(FastText.uuid(using: &random))
        case .slug(let prefix):
            let alphabet = Array("ABCDEFGHJKLMNPQRSTUVWXYZ23456789".utf8)
            var bytes = Array(prefix.utf8)
            for _ in 0..<10 { bytes.append(alphabet[Int(random.next(below: UInt64(alphabet.count)))]) }
            return .string(String(decoding: bytes, as: UTF8.self))
        case .isoTime:
            return .string(RandomItemShape.isoTime(milliseconds: now - Int64(random.int(in: 0...999))))
        case .email:
            return .string(RandomAttributeValues.email(using: &random))
        case .title:
            var words: [String] = []
            for _ in 0..<random.int(in: 1...3) {
                words.append(RandomAttributeValues.word(using: &random).capitalizedFirst)
            }
            return .string(words.joined(separator: " "))
        case .integerID:
            return .number(FastText.number(random.int(in: 1...99_999_999)))
        case .smallInteger:
            return .number(FastText.number(random.int(in: 1...99)))
        case .epochMilliseconds:
            return .number(FastText.number(now - Int64(random.int(in: 0...999))))
        case .bytes(let count):
            return .binary(RandomAttributeValues.bytes(count: count...count, using: &random))
        }
    }
}
