/// The form in which a Kafka mapping delivers schema-validated records to the function.
///
/// Open, so that a new format still round-trips.
public struct SchemaRegistryEventRecordFormat: RawRepresentable, Codable, Hashable, Sendable {
    /// The value exactly as it appears on the wire.
    public var rawValue: String

    /// Creates a value from its wire text; values not listed as constants are kept as they are.
    ///
    /// - Parameter rawValue: the wire text, e.g. `"JSON"`.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// `JSON`: records are converted to JSON.
    public static let json = SchemaRegistryEventRecordFormat(rawValue: "JSON")

    /// `SOURCE`: records keep their original serialised form.
    public static let source = SchemaRegistryEventRecordFormat(rawValue: "SOURCE")
}
