/// The lifecycle state of an event source mapping (`State`).
///
/// Botocore types `State` as a plain string and only its documentation lists the values, so the
/// set is open: an undocumented state round-trips as it came.
public struct EventSourceMappingState: RawRepresentable, Codable, Hashable, Sendable {
    /// The value exactly as it appears on the wire.
    public var rawValue: String

    /// Creates a value from its wire text; values not listed as constants are kept as they are.
    ///
    /// - Parameter rawValue: the wire text, e.g. `"Creating"`.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// `Creating`: the mapping is being created.
    public static let creating = EventSourceMappingState(rawValue: "Creating")

    /// `Enabling`: the mapping is being enabled.
    public static let enabling = EventSourceMappingState(rawValue: "Enabling")

    /// `Enabled`: the mapping is polling its source and invoking the function.
    public static let enabled = EventSourceMappingState(rawValue: "Enabled")

    /// `Disabling`: the mapping is being disabled.
    public static let disabling = EventSourceMappingState(rawValue: "Disabling")

    /// `Disabled`: the mapping exists but does not poll.
    public static let disabled = EventSourceMappingState(rawValue: "Disabled")

    /// `Updating`: a configuration change is being applied.
    public static let updating = EventSourceMappingState(rawValue: "Updating")

    /// `Deleting`: the mapping is being deleted.
    public static let deleting = EventSourceMappingState(rawValue: "Deleting")
}
