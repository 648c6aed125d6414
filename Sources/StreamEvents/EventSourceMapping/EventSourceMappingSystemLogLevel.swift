/// The least severe system log level an event source mapping writes (`SystemLogLevel`).
///
/// Only Kafka mappings write system logs today. Open, so other levels still round-trip.
public struct EventSourceMappingSystemLogLevel: RawRepresentable, Codable, Hashable, Sendable {
    /// The value exactly as it appears on the wire.
    public var rawValue: String

    /// Creates a value from its wire text; values not listed as constants are kept as they are.
    ///
    /// - Parameter rawValue: the wire text, e.g. `"DEBUG"`.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// `DEBUG`: everything, including debugging detail.
    public static let debug = EventSourceMappingSystemLogLevel(rawValue: "DEBUG")

    /// `INFO`: informational messages, warnings and errors.
    public static let info = EventSourceMappingSystemLogLevel(rawValue: "INFO")

    /// `WARN`: warnings and errors only.
    public static let warn = EventSourceMappingSystemLogLevel(rawValue: "WARN")
}
