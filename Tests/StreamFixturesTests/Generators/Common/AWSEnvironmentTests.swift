import StreamEvents
import StreamFixtures
import Testing

@Suite struct AWSEnvironmentTests {
    @Test func regionalARNsCarryPartitionRegionAndAccount() {
        let environment = AWSEnvironment(region: .cnNorthwest1, accountID: "123456789012")
        #expect(environment.partition == .awsCN)
        #expect(
            environment.arn(service: "kinesis", resource: "stream/orders")
                == "arn:aws-cn:kinesis:cn-northwest-1:123456789012:stream/orders")
    }

    @Test func roleARNsLeaveTheRegionEmpty() {
        let environment = AWSEnvironment(partition: .awsUSGov, region: .usGovWest1, accountID: "210987654321")
        #expect(environment.roleARN(name: "orders-consumer") == "arn:aws-us-gov:iam::210987654321:role/orders-consumer")
    }

    @Test func validateRejectsARegionOutsideThePartition() {
        let environment = AWSEnvironment(partition: .aws, region: .cnNorth1)
        #expect(throws: GeneratorOptionsError.self) { try environment.validate() }
    }

    @Test func validateRejectsAShortAccountID() {
        #expect(throws: GeneratorOptionsError.self) { try AWSEnvironment(accountID: "12345").validate() }
    }

    @Test func randomEnvironmentsAreConsistentAndCoverEveryPartition() throws {
        var partitions = Set<AWSPartition>()
        for environment in AWSEnvironment.random.samples(count: 1_000, seed: 11) {
            try environment.validate()
            partitions.insert(environment.partition)
        }
        #expect(partitions == [.aws, .awsCN, .awsUSGov])
    }

    @Test func partitionsListOnlyTheirOwnRegions() {
        #expect(AWSPartition.awsCN.regions == [.cnNorth1, .cnNorthwest1])
        #expect(AWSPartition.aws.regions.allSatisfy { $0.partition == "aws" })
        #expect(AWSPartition(rawValue: "aws-iso-x").regions.isEmpty)
    }
}
