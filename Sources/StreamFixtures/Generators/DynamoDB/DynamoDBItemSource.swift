public import StreamEvents

/// Where a simulated table's random writes get their items: random attribute trees shaped for the table, or your
/// own values.
///
/// Your values go through `DynamoDBItemEncoder` (or arrive as `AttributeMap`s). Key attributes they lack are
/// generated; key attributes they carry are used, so equal keys overwrite each other as in DynamoDB. Values that
/// cannot be stored (an encoding error, an empty set, a number DynamoDB rejects) are skipped and the next value is
/// drawn; the table's initialiser checks a few up front and throws when they fail, so a broken source shows at once.
///
/// ```swift
/// struct Order: Codable { var status: String; var total: Decimal }
/// let orders = Gen.zip(Gen.element("NEW", "PAID", "SHIPPED"), Gen.int(in: 1...500))
///     .map { Order(status: $0, total: Decimal($1)) }
/// var table = try DynamoDBTableSimulator(name: "orders", items: .values(orders), seed: 42)
/// ```
public struct DynamoDBItemSource: Sendable {
    enum Storage: Sendable {
        case random
        case items(Gen<Result<AttributeMap, DynamoDBGeneratorError>>)
    }

    let storage: Storage
    /// Whether every write takes a whole item from the source: no upsert of a few attributes, no update that
    /// mixes attributes of two items (so every image is one the source produced, keys aside).
    var wholeItems = false

    /// Random items shaped for the table: a fixed set of realistically named attributes (statuses, amounts,
    /// timestamps, tags, addresses, line items, nested documents …) covering every attribute type.
    public static let random = DynamoDBItemSource(storage: .random)

    /// Items from your generator of attribute maps.
    ///
    /// - Parameter items: The items; key attributes may be left out.
    /// - Returns: The source.
    public static func items(_ items: Gen<AttributeMap>) -> DynamoDBItemSource {
        DynamoDBItemSource(storage: .items(items.map { .success($0) }))
    }

    /// Items encoded from your `Encodable` values.
    ///
    /// - Parameters:
    ///   - values: The values; each must encode as a map (a struct, class or dictionary).
    ///   - encoder: The item encoder (nil and date strategies).
    /// - Returns: The source.
    public static func values<T: Encodable & SendableMetatype>(
        _ values: Gen<T>, encoder: DynamoDBItemEncoder = DynamoDBItemEncoder()
    ) -> DynamoDBItemSource {
        let typeName = String(describing: T.self)
        return DynamoDBItemSource(
            storage: .items(
                values.map { value in
                    do {
                        return .success(try encoder.encode(value))
                    } catch {
                        return .failure(
                            DynamoDBGeneratorError(
                                code: .itemNotEncodable, location: "",
                                message: "\(typeName) did not encode as a DynamoDB item: \(error)"))
                    }
                }))
    }
}
