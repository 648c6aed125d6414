public import StreamEvents

/// One write to a simulated table, as a test scripts it.
///
/// ```swift
/// let records = try table.apply([
///     .put(["pk": "order#1", "status": "PENDING"]),
///     .update(key: ["pk": "order#1"], set: ["status": "PAID"]),
///     .expire(key: ["pk": "order#1"]),
/// ])
/// ```
public enum DynamoDBWriteOperation: Hashable, Sendable {
    /// `PutItem`: create the item, or replace the item with the same key.
    case put(AttributeMap)
    /// `UpdateItem`: set and remove attributes of the item with this key (creating it when absent).
    case update(key: AttributeMap, set: AttributeMap, remove: [String])
    /// `DeleteItem`: remove the item with this key, if any.
    case delete(key: AttributeMap)
    /// A Time to Live deletion of the item with this key, streamed with the TTL service's `userIdentity`.
    case expire(key: AttributeMap)
}
