/// How Kinesis Data Streams encrypted a record at rest: `NONE` or `KMS`.
///
/// Lambda includes `encryptionType` in a record's `kinesis` object only for streams with
/// server-side encryption settings; most payloads omit it. Kept open so a future value
/// still decodes.
public struct KinesisEncryptionType: OpenStringValue {
    /// The wire value, e.g. `KMS`.
    public var rawValue: String

    /// Creates an encryption type from its wire value.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// `NONE`: the record is not encrypted. (Not named `none`, which would read as
    /// `Optional.none` wherever an optional encryption type is compared.)
    public static let unencrypted = KinesisEncryptionType(rawValue: "NONE")
    /// The record is encrypted with an AWS KMS key.
    public static let kms = KinesisEncryptionType(rawValue: "KMS")

    /// `NONE` and `KMS`.
    public static let knownValues: [KinesisEncryptionType] = [.unencrypted, .kms]
}
