import StreamEvents
import StreamFixtures
import StreamJSON
import Testing

@Suite struct KinesisConsumerGeneratorTests {
    typealias Check = GeneratedPayloadChecks

    func requireConsumerARN(_ arn: String, name: String, created: AWSTimestamp, streamARN: String?) throws {
        try Check.requireStrict("kinesisConsumerArnStrict", arn)
        let epoch = (Check.milliseconds(created) ?? -1) / 1000
        try Check.require(arn.hasSuffix("/consumer/\(name):\(epoch)"), "\(arn) does not end in \(name):\(epoch)")
        if let streamARN {
            try Check.requireStrict("kinesisStreamArnStrict", streamARN)
            try Check.require(arn.hasPrefix(streamARN + "/consumer/"), "\(arn) is not under \(streamARN)")
        }
    }

    @Test func consumerARNsNameTheStreamTheConsumerAndItsCreationSecond() throws {
        try Gen.kinesisConsumerDescription().forAll(count: 1000, seed: "consumer-arn") { description in
            try requireConsumerARN(
                description.consumerARN, name: description.consumerName,
                created: description.consumerCreationTimestamp, streamARN: description.streamARN)
            try Check.require([.active, .creating, .deleting].contains(description.consumerStatus), "status")
        }
        try Gen.kinesisConsumer().forAll(count: 1000, seed: "consumer-listed") { consumer in
            try requireConsumerARN(
                consumer.consumerARN, name: consumer.consumerName, created: consumer.consumerCreationTimestamp,
                streamARN: nil)
        }
    }

    @Test func registeredConsumersAreCreatingAndDescribedOnesMostlyActive() throws {
        try Gen.registerStreamConsumerOutput().forAll(count: 500, seed: "consumer-register") { output in
            try Check.require(output.consumer.consumerStatus == .creating, "status \(output.consumer.consumerStatus)")
            try requireConsumerARN(
                output.consumer.consumerARN, name: output.consumer.consumerName,
                created: output.consumer.consumerCreationTimestamp, streamARN: nil)
        }
        let described = KinesisAPI.DescribeStreamConsumerOutput.generate(.init(count: 500), seed: 3)
        #expect(described.filter { $0.consumerDescription.consumerStatus == .active }.count > 400)
    }

    @Test func summaryAgreesWithTheStreamsConsumersAndShards() throws {
        let options = KinesisConsumerOptions(stream: KinesisStreamOptions(shardCount: 6))
        try Gen.kinesisStreamAPIState(options).forAll(count: 1000, seed: "summary-state") { state in
            let summary = state.summary
            try Check.require(summary.consumerCount == state.consumers.count, "ConsumerCount")
            try Check.require(summary.openShardCount == 6, "OpenShardCount \(summary.openShardCount)")
            try Check.require((24...8760).contains(summary.retentionPeriodHours), "retention")
            try Check.requireStrict("kinesisStreamArnStrict", summary.streamARN)
            try Check.require(summary.streamARN.hasSuffix(":stream/" + summary.streamName), "name vs ARN")
            try Check.require(state.consumers.count <= 20, "more than 20 consumers")
            let metrics = summary.enhancedMonitoring.first?.shardLevelMetrics ?? []
            try Check.require(metrics.count <= 7 && Set(metrics).count == metrics.count, "metrics \(metrics)")
            try Check.require((summary.encryptionType == .kms) == (summary.keyID != nil), "KeyId without KMS")
            let created = Check.milliseconds(summary.streamCreationTimestamp) ?? .max
            for consumer in state.consumers {
                try Check.require(consumer.streamARN == summary.streamARN, "consumer of another stream")
                try Check.require((Check.milliseconds(consumer.consumerCreationTimestamp) ?? 0) >= created, "order")
            }
            try Check.require(Set(state.consumers.map(\.consumerName)).count == state.consumers.count, "names")
        }
    }

    @Test func listPagesChainByNextTokenOverOneStream() throws {
        let listing = Gen.listStreamConsumersPages(ListStreamConsumersOptions(count: 3, pageSize: 4))
        try listing.forAll(count: 500, seed: "consumer-pages") { pages in
            try Check.require(pages.count == 3, "pages")
            for (index, page) in pages.enumerated() {
                let isLast = index == pages.count - 1
                try Check.require((page.nextToken == nil) == isLast, "token on page \(index)")
                let size = page.consumers?.count ?? -1
                try Check.require(isLast ? (1...4).contains(size) : size == 4, "page \(index) has \(size)")
            }
            let arns = pages.flatMap { $0.consumers ?? [] }.map(\.consumerARN)
            let streams = Set(arns.map { $0.components(separatedBy: "/consumer/")[0] })
            try Check.require(streams.count == 1 && Set(arns).count == arns.count, "consumers \(arns)")
        }
        let single = KinesisAPI.ListStreamConsumersOutput.generate(.init(count: 1), seed: 9)
        #expect(single.count == 1 && single[0].nextToken == nil)
    }

    @Test func valuesRoundTripThroughTheirJSON() throws {
        let iso = KinesisConsumerOptions(stream: KinesisStreamOptions(timestampStyle: .iso8601))
        try Gen.kinesisConsumerDescription(iso).forAll(count: 200, seed: "consumer-rt") {
            try Check.requireRoundTrip($0)
        }
        try Gen.registerStreamConsumerOutput().forAll(count: 200, seed: "register-rt") {
            try Check.requireRoundTrip($0)
        }
        try Gen.describeStreamConsumerOutput().forAll(count: 200, seed: "describe-rt") {
            try Check.requireRoundTrip($0)
        }
        try Gen.kinesisStreamAPIState().forAll(count: 200, seed: "state-rt") { try Check.requireRoundTrip($0.summary) }
        try Gen.listStreamConsumersPages(.init(count: 2)).forAll(count: 100, seed: "pages-rt") { pages in
            for page in pages { try Check.requireRoundTrip(page) }
        }
    }

    @Test func sameSeedGivesTheCommittedBytes() throws {
        let options = KinesisConsumerOptions(count: 4)
        try Check.expectDigest(KinesisAPI.Consumer.generate(options, seed: 2024), "83ccd1f959fba1f11f783f7a0cb2e9a5")
        try Check.expectDigest(
            KinesisAPI.ConsumerDescription.generate(options, seed: 2024), "34edda753fc3635cd6056924d2bdf041")
        try Check.expectDigest(
            KinesisAPI.RegisterStreamConsumerOutput.generate(options, seed: 2024), "63e88f7430b911d2f17dcaf33a22cbf6")
        try Check.expectDigest(
            KinesisAPI.DescribeStreamConsumerOutput.generate(options, seed: 2024), "ee137b028253449eb6c9f098bbf5083a")
        try Check.expectDigest(
            KinesisAPI.DescribeStreamSummaryOutput.generate(options, seed: 2024), "7239f098bee1f93bbccb66295151118f")
        let pages = KinesisAPI.ListStreamConsumersOutput.generate(.init(count: 3, pageSize: 2), seed: 2024)
        try Check.expectDigest(pages, "8efc6355aae9c3d190c3244f59b43e0b")
    }
}
