/// Which images a DynamoDB stream writes into each record.
///
/// Fixed when the stream is enabled. `KEYS_ONLY` records carry only `Keys`; `NEW_IMAGE` adds
/// the item after the change, `OLD_IMAGE` the item before it, `NEW_AND_OLD_IMAGES` both
/// (an `INSERT` has no old image and a `REMOVE` no new one).
public struct StreamViewType: OpenStringValue {
    /// The wire value, e.g. `NEW_AND_OLD_IMAGES`.
    public var rawValue: String

    /// Creates a stream view type from its wire value.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Only the key attributes.
    public static let keysOnly = StreamViewType(rawValue: "KEYS_ONLY")
    /// The item as it appears after the change.
    public static let newImage = StreamViewType(rawValue: "NEW_IMAGE")
    /// The item as it appeared before the change.
    public static let oldImage = StreamViewType(rawValue: "OLD_IMAGE")
    /// Both the new and the old image.
    public static let newAndOldImages = StreamViewType(rawValue: "NEW_AND_OLD_IMAGES")

    /// The four documented view types.
    public static let knownValues: [StreamViewType] = [.keysOnly, .newImage, .oldImage, .newAndOldImages]

    /// Whether records of this view type carry `NewImage` (for inserts and modifications).
    public var includesNewImage: Bool { self == .newImage || self == .newAndOldImages }

    /// Whether records of this view type carry `OldImage` (for modifications and removals).
    public var includesOldImage: Bool { self == .oldImage || self == .newAndOldImages }
}
