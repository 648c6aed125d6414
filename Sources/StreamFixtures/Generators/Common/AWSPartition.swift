public import StreamEvents

/// The partition of an AWS environment: the first component of every ARN (`arn:<partition>:…`).
///
/// Partitions are an open set (`aws-iso`, `aws-iso-b` and `aws-eusc` exist beside the three below), so unknown
/// values round-trip. Generators pick regions from ``regions`` so every ARN they write names a region that belongs
/// to its partition, which the validator checks.
///
/// ```swift
/// let partition = AWSPartition(region: .cnNorth1)   // .awsCN
/// partition.regions.contains(.cnNorthwest1)           // true
/// ```
public struct AWSPartition: OpenStringValue {
    /// The partition name as it appears in ARNs, e.g. `aws-cn`.
    public var rawValue: String

    /// Creates a partition from its name; unknown names are kept as given.
    ///
    /// - Parameter rawValue: The partition name, e.g. `aws-us-gov`.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// The partition a region belongs to, decided by the region's prefix (`cn-` → `aws-cn`,
    /// `us-gov-` → `aws-us-gov`, everything else → `aws`).
    ///
    /// - Parameter region: The region code.
    public init(region: AWSRegion) { self.rawValue = region.partition }

    /// The commercial partition.
    public static let aws = AWSPartition(rawValue: "aws")
    /// The China partition (Beijing, Ningxia).
    public static let awsCN = AWSPartition(rawValue: "aws-cn")
    /// The AWS GovCloud (US) partition.
    public static let awsUSGov = AWSPartition(rawValue: "aws-us-gov")

    /// The three partitions generators use.
    public static let knownValues: [AWSPartition] = [.aws, .awsCN, .awsUSGov]

    /// The known regions of this partition, in the order of `AWSRegion.knownValues`; empty for an unknown
    /// partition.
    public var regions: [AWSRegion] {
        AWSRegion.knownValues.filter { $0.partition == rawValue }
    }

    /// Whether `region` belongs to this partition.
    ///
    /// - Parameter region: The region code.
    /// - Returns: `true` when the region's prefix maps to this partition.
    public func contains(_ region: AWSRegion) -> Bool {
        region.partition == rawValue
    }
}
