/// An AWS Region code such as `us-east-1`, as it appears in `awsRegion` fields and ARNs.
///
/// Regions are an open set: new ones appear every year, and partitions (`aws-cn`,
/// `aws-us-gov`, `aws-iso*`) have their own. Any string decodes and round-trips; the
/// constants cover the commercial, China and GovCloud regions known when this was written.
///
/// ```swift
/// let region: AWSRegion = "eu-central-1"
/// region == .euCentral1   // true
/// ```
public struct AWSRegion: OpenStringValue {
    /// The region code, e.g. `us-east-1`.
    public var rawValue: String

    /// Creates a region from its code; unknown codes are kept as given.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Creates a region from its code.
    public init(_ code: String) { self.rawValue = code }

    /// US East (N. Virginia).
    public static let usEast1 = AWSRegion("us-east-1")
    /// US East (Ohio).
    public static let usEast2 = AWSRegion("us-east-2")
    /// US West (N. California).
    public static let usWest1 = AWSRegion("us-west-1")
    /// US West (Oregon).
    public static let usWest2 = AWSRegion("us-west-2")
    /// Africa (Cape Town).
    public static let afSouth1 = AWSRegion("af-south-1")
    /// Asia Pacific (Hong Kong).
    public static let apEast1 = AWSRegion("ap-east-1")
    /// Asia Pacific (Mumbai).
    public static let apSouth1 = AWSRegion("ap-south-1")
    /// Asia Pacific (Hyderabad).
    public static let apSouth2 = AWSRegion("ap-south-2")
    /// Asia Pacific (Tokyo).
    public static let apNortheast1 = AWSRegion("ap-northeast-1")
    /// Asia Pacific (Seoul).
    public static let apNortheast2 = AWSRegion("ap-northeast-2")
    /// Asia Pacific (Osaka).
    public static let apNortheast3 = AWSRegion("ap-northeast-3")
    /// Asia Pacific (Singapore).
    public static let apSoutheast1 = AWSRegion("ap-southeast-1")
    /// Asia Pacific (Sydney).
    public static let apSoutheast2 = AWSRegion("ap-southeast-2")
    /// Asia Pacific (Jakarta).
    public static let apSoutheast3 = AWSRegion("ap-southeast-3")
    /// Asia Pacific (Melbourne).
    public static let apSoutheast4 = AWSRegion("ap-southeast-4")
    /// Canada (Central).
    public static let caCentral1 = AWSRegion("ca-central-1")
    /// Canada West (Calgary).
    public static let caWest1 = AWSRegion("ca-west-1")
    /// Europe (Frankfurt).
    public static let euCentral1 = AWSRegion("eu-central-1")
    /// Europe (Zurich).
    public static let euCentral2 = AWSRegion("eu-central-2")
    /// Europe (Ireland).
    public static let euWest1 = AWSRegion("eu-west-1")
    /// Europe (London).
    public static let euWest2 = AWSRegion("eu-west-2")
    /// Europe (Paris).
    public static let euWest3 = AWSRegion("eu-west-3")
    /// Europe (Milan).
    public static let euSouth1 = AWSRegion("eu-south-1")
    /// Europe (Spain).
    public static let euSouth2 = AWSRegion("eu-south-2")
    /// Europe (Stockholm).
    public static let euNorth1 = AWSRegion("eu-north-1")
    /// Israel (Tel Aviv).
    public static let ilCentral1 = AWSRegion("il-central-1")
    /// Middle East (Bahrain).
    public static let meSouth1 = AWSRegion("me-south-1")
    /// Middle East (UAE).
    public static let meCentral1 = AWSRegion("me-central-1")
    /// South America (São Paulo).
    public static let saEast1 = AWSRegion("sa-east-1")
    /// China (Beijing), partition `aws-cn`.
    public static let cnNorth1 = AWSRegion("cn-north-1")
    /// China (Ningxia), partition `aws-cn`.
    public static let cnNorthwest1 = AWSRegion("cn-northwest-1")
    /// AWS GovCloud (US-East), partition `aws-us-gov`.
    public static let usGovEast1 = AWSRegion("us-gov-east-1")
    /// AWS GovCloud (US-West), partition `aws-us-gov`.
    public static let usGovWest1 = AWSRegion("us-gov-west-1")

    /// Every region constant above.
    public static let knownValues: [AWSRegion] = [
        .usEast1, .usEast2, .usWest1, .usWest2, .afSouth1, .apEast1, .apSouth1, .apSouth2, .apNortheast1,
        .apNortheast2, .apNortheast3, .apSoutheast1, .apSoutheast2, .apSoutheast3, .apSoutheast4, .caCentral1,
        .caWest1, .euCentral1, .euCentral2, .euWest1, .euWest2, .euWest3, .euSouth1, .euSouth2, .euNorth1,
        .ilCentral1, .meSouth1, .meCentral1, .saEast1, .cnNorth1, .cnNorthwest1, .usGovEast1, .usGovWest1,
    ]

    /// The ARN partition the region belongs to: `aws`, `aws-cn` or `aws-us-gov`
    /// (`aws-iso*` regions are recognised by prefix).
    public var partition: String {
        if rawValue.hasPrefix("cn-") { return "aws-cn" }
        if rawValue.hasPrefix("us-gov-") { return "aws-us-gov" }
        if rawValue.hasPrefix("us-isob-") { return "aws-iso-b" }
        if rawValue.hasPrefix("us-iso-") { return "aws-iso" }
        return "aws"
    }
}
