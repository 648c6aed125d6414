/// The system logging settings of an event source mapping (`LoggingConfig`).
///
/// Only Kafka mappings write system logs today.
public struct EventSourceMappingLoggingConfig: Codable, Hashable, Sendable {
    /// The least severe level written: `DEBUG`, `INFO` or `WARN`.
    public var systemLogLevel: EventSourceMappingSystemLogLevel?

    /// Creates a value with the given members; optional members default to absent.
    ///
    /// - Parameters:
    ///   - systemLogLevel: The least severe level written: `DEBUG`, `INFO` or `WARN`.
    public init(systemLogLevel: EventSourceMappingSystemLogLevel? = nil) {
        self.systemLogLevel = systemLogLevel
    }

    enum CodingKeys: String, CodingKey {
        case systemLogLevel = "SystemLogLevel"
    }
}
