/// A member that is present in a payload either as a value or as an explicit JSON `null`.
///
/// Some AWS outputs write `null` where a value is withheld — `list-event-source-mappings` shows
/// `"FilterCriteria": null` when the criteria are encrypted with a customer key — and a fixture
/// must reproduce that `null` rather than drop the member. A property of type `Nullable<T>?`
/// keeps the three states apart: `nil` (member absent), `.null`, and `.value(T)`.
///
/// ```swift
/// let config = try JSONDecoder().decode(EventSourceMappingConfiguration.self, from: bytes)
/// switch config.filterCriteria {
/// case nil: print("no filter")
/// case .null: print("filter withheld")
/// case .value(let criteria): print(criteria.filters?.count ?? 0)
/// }
/// ```
public enum Nullable<Wrapped> {
    /// The member is present and `null`.
    case null
    /// The member is present with a value.
    case value(Wrapped)

    /// The value, or `nil` when the member is `null`.
    public var asOptional: Wrapped? {
        if case .value(let wrapped) = self { return wrapped }
        return nil
    }
}

extension Nullable: Equatable where Wrapped: Equatable {}
extension Nullable: Hashable where Wrapped: Hashable {}
extension Nullable: Sendable where Wrapped: Sendable {}

extension Nullable: Decodable where Wrapped: Decodable {
    /// Decodes `null` as ``null`` and anything else as a `Wrapped` value.
    ///
    /// - Throws: the error decoding `Wrapped` throws when the value is neither `null` nor a `Wrapped`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        self = container.decodeNil() ? .null : .value(try container.decode(Wrapped.self))
    }
}

extension Nullable: Encodable where Wrapped: Encodable {
    /// Encodes ``null`` as JSON `null` and a value as the value.
    ///
    /// - Throws: the error encoding `Wrapped` throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .value(let wrapped): try container.encode(wrapped)
        }
    }
}

extension KeyedDecodingContainer {
    /// Keeps an explicit `null` apart from an absent member for `Nullable<T>?` properties.
    ///
    /// Synthesised `Decodable` conformances call `decodeIfPresent`, whose standard version returns
    /// `nil` for a `null` member; this more specific overload is chosen for `Nullable` properties.
    func decodeIfPresent<T: Decodable>(_ type: Nullable<T>.Type, forKey key: Key) throws -> Nullable<T>? {
        guard contains(key) else { return nil }
        if try decodeNil(forKey: key) { return .null }
        return .value(try decode(T.self, forKey: key))
    }
}
