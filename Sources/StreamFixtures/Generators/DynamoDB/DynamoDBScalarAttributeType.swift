public import StreamEvents

/// The type of a key attribute: `S`, `N` or `B` (DynamoDB's `ScalarAttributeType`).
///
/// A closed set: DynamoDB documents exactly these three key types.
public enum DynamoDBScalarAttributeType: String, Codable, Hashable, Sendable, CaseIterable {
    /// `S`: a non-empty string.
    case string = "S"
    /// `N`: a number.
    case number = "N"
    /// `B`: non-empty binary data.
    case binary = "B"

    /// Whether `value` has this type.
    ///
    /// - Parameter value: Any attribute value.
    /// - Returns: `true` for an `S`, `N` or `B` value matching this type.
    public func matches(_ value: AttributeValue) -> Bool {
        switch (self, value) {
        case (.string, .string), (.number, .number), (.binary, .binary): true
        default: false
        }
    }
}
