extension KinesisAPI {
    /// How records of a stream are encrypted at rest (`EncryptionType`).
    ///
    /// Open, so that a value Kinesis adds later still decodes and re-encodes unchanged.
    public struct EncryptionType: RawRepresentable, Codable, Hashable, Sendable {
        /// The value exactly as it appears on the wire.
        public var rawValue: String

        /// Creates a value from its wire text; values not listed as constants are kept as they are.
        ///
        /// - Parameter rawValue: the wire text, e.g. `"NONE"`.
        public init(rawValue: String) { self.rawValue = rawValue }

        /// `NONE`: records are not encrypted (named so that `.unencrypted` never reads as `Optional.none`).
        public static let unencrypted = EncryptionType(rawValue: "NONE")

        /// `KMS`: records are encrypted with an AWS KMS key.
        public static let kms = EncryptionType(rawValue: "KMS")
    }
}
