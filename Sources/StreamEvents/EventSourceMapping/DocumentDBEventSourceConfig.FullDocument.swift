extension DocumentDBEventSourceConfig {
    /// Whether DocumentDB change events carry the whole document (`FullDocument`).
    ///
    /// Open, so that a mode DocumentDB adds later still round-trips.
    public struct FullDocument: RawRepresentable, Codable, Hashable, Sendable {
        /// The value exactly as it appears on the wire.
        public var rawValue: String

        /// Creates a value from its wire text; values not listed as constants are kept as they are.
        ///
        /// - Parameter rawValue: the wire text, e.g. `"UpdateLookup"`.
        public init(rawValue: String) { self.rawValue = rawValue }

        /// `UpdateLookup`: update events include a copy of the whole current document.
        public static let updateLookup = FullDocument(rawValue: "UpdateLookup")

        /// `Default`: update events include only the changed fields.
        public static let `default` = FullDocument(rawValue: "Default")
    }
}
