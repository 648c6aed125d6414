/// The kind of change a DynamoDB stream record describes: `INSERT`, `MODIFY` or `REMOVE`.
///
/// AWS documents exactly these three, but the type stays open so that a payload with a new
/// value still decodes (and a validator can report it) instead of failing as a whole.
public struct DynamoDBEventName: OpenStringValue {
    /// The wire value, e.g. `MODIFY`.
    public var rawValue: String

    /// Creates an event name from its wire value.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// A new item was added.
    public static let insert = DynamoDBEventName(rawValue: "INSERT")
    /// One or more attributes of an existing item changed.
    public static let modify = DynamoDBEventName(rawValue: "MODIFY")
    /// An item was deleted (by a user or by TTL).
    public static let remove = DynamoDBEventName(rawValue: "REMOVE")

    /// `INSERT`, `MODIFY`, `REMOVE`.
    public static let knownValues: [DynamoDBEventName] = [.insert, .modify, .remove]
}
