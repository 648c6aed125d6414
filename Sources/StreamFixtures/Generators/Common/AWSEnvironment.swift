public import StreamEvents

/// Where generated resources live: a partition, a region and an account.
///
/// Every ARN a generator writes comes from one environment, so stream, table, function and role ARNs agree with
/// each other and with `awsRegion`, as they do in real events (the validator checks the region of
/// `eventSourceARN` against `awsRegion` and the account and partition of `invokeIdentityArn`).
///
/// ```swift
/// let environment = AWSEnvironment(region: .euWest1, accountID: "123456789012")
/// environment.arn(service: "kinesis", resource: "stream/orders")
/// // "arn:aws:kinesis:eu-west-1:123456789012:stream/orders"
/// environment.arn(service: "iam", resource: "role/orders-consumer", regional: false)
/// // "arn:aws:iam::123456789012:role/orders-consumer"
/// ```
public struct AWSEnvironment: Codable, Hashable, Sendable {
    /// The ARN partition; `aws` unless the region is in China or GovCloud.
    public var partition: AWSPartition
    /// The region every regional resource lives in; should belong to ``partition`` (see ``validate()``).
    public var region: AWSRegion
    /// The 12-digit account id.
    public var accountID: String

    /// Creates an environment from its three parts, kept as given.
    ///
    /// A region outside the partition or an account id that is not 12 digits yields ARNs the validator rejects;
    /// ``validate()`` reports both. Prefer ``init(region:accountID:)``, which derives the partition.
    ///
    /// - Parameters:
    ///   - partition: The ARN partition.
    ///   - region: The region, which should belong to `partition`.
    ///   - accountID: The 12-digit account id.
    public init(partition: AWSPartition = .aws, region: AWSRegion = .usEast1, accountID: String = "111122223333") {
        self.partition = partition
        self.region = region
        self.accountID = accountID
    }

    /// Creates an environment in `region`, with the partition that region belongs to.
    ///
    /// - Parameters:
    ///   - region: The region; `cn-*` regions give `aws-cn`, `us-gov-*` give `aws-us-gov`.
    ///   - accountID: The 12-digit account id.
    public init(region: AWSRegion, accountID: String = "111122223333") {
        self.init(partition: AWSPartition(region: region), region: region, accountID: accountID)
    }

    /// Realistic environments: mostly the commercial partition in the busiest regions, sometimes any commercial
    /// region, and now and then `aws-cn` or `aws-us-gov`; random 12-digit account ids.
    ///
    /// ```swift
    /// let environments = AWSEnvironment.random.samples(count: 10, seed: 7)
    /// ```
    public static var random: Gen<AWSEnvironment> {
        let busy: [AWSRegion] = [.usEast1, .usEast1, .usEast2, .usWest2, .euWest1, .euCentral1, .apSoutheast2,
            .apNortheast1]
        let commercial = AWSPartition.aws.regions
        let china = AWSPartition.awsCN.regions
        let gov = AWSPartition.awsUSGov.regions
        return Gen { random in
            let roll = random.next(below: 100)
            let pool: [AWSRegion]
            switch roll {
            case 0..<70: pool = busy
            case 70..<90: pool = commercial
            case 90..<95: pool = china
            default: pool = gov
            }
            let region = random.element(of: pool) ?? .usEast1
            var digits = [UInt8]()
            digits.reserveCapacity(12)
            digits.append(UInt8(ascii: "1") + UInt8(random.next(below: 9)))
            for _ in 1..<12 { digits.append(UInt8(ascii: "0") + UInt8(random.next(below: 10))) }
            return AWSEnvironment(region: region, accountID: String(decoding: digits, as: UTF8.self))
        }
    }

    /// An ARN in this environment: `arn:<partition>:<service>:<region>:<account>:<resource>`.
    ///
    /// - Parameters:
    ///   - service: The service namespace, e.g. `kinesis`, `dynamodb`, `lambda`, `iam`.
    ///   - resource: The resource part, e.g. `stream/orders` or `function:orders-consumer`.
    ///   - regional: `false` for global services such as IAM, whose ARNs leave the region empty.
    /// - Returns: The ARN string.
    public func arn(service: String, resource: String, regional: Bool = true) -> String {
        "arn:\(partition.rawValue):\(service):\(regional ? region.rawValue : ""):\(accountID):\(resource)"
    }

    /// The ARN of an IAM role in this account: `arn:<partition>:iam::<account>:role/<name>`.
    ///
    /// - Parameter name: The role name (may include a path, e.g. `service-role/orders-consumer`).
    /// - Returns: The role ARN, as Lambda writes it in `invokeIdentityArn`.
    public func roleARN(name: String) -> String {
        arn(service: "iam", resource: "role/\(name)", regional: false)
    }

    /// Checks that the account id is 12 ASCII digits and the region belongs to the partition.
    ///
    /// - Throws: ``GeneratorOptionsError`` naming the part that is wrong and what was expected.
    public func validate() throws(GeneratorOptionsError) {
        let digits = accountID.utf8
        guard digits.count == 12, digits.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else {
            throw GeneratorOptionsError(
                field: "accountID", message: "expected an account id of 12 digits, found \"\(accountID)\"")
        }
        guard partition.contains(region) else {
            throw GeneratorOptionsError(
                field: "region",
                message: "region \"\(region.rawValue)\" belongs to partition \"\(region.partition)\", "
                    + "not \"\(partition.rawValue)\"")
        }
    }
}
