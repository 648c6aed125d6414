public import StreamEvents

/// One Kinesis stream as its control-plane API describes it: the stream summary and its registered consumers.
///
/// The generators of `DescribeStreamSummary`, `ListStreamConsumers` and the consumer kinds all draw a state first, so
/// whatever they print about one stream agrees: `ConsumerCount` is the number of consumers, every consumer ARN is
/// `<StreamARN>/consumer/<ConsumerName>:<creation epoch seconds>` with a creation time after the stream's, and
/// `OpenShardCount` is the stream's shard count.
///
/// ```swift
/// let state = Gen.kinesisStreamAPIState(KinesisConsumerOptions()).run(seed: 7)
/// state.summary.consumerCount == state.consumers.count  // true
/// ```
public struct KinesisStreamAPIState: Codable, Hashable, Sendable {
    /// The `StreamDescriptionSummary` of the stream.
    public var summary: KinesisAPI.StreamDescriptionSummary
    /// The registered enhanced fan-out consumers, oldest first (at most 20, the Kinesis limit).
    public var consumers: [KinesisAPI.ConsumerDescription]

    /// Creates a state.
    ///
    /// - Parameters:
    ///   - summary: The stream summary.
    ///   - consumers: The registered consumers.
    public init(summary: KinesisAPI.StreamDescriptionSummary, consumers: [KinesisAPI.ConsumerDescription]) {
        self.summary = summary
        self.consumers = consumers
    }

    /// The consumers as `ListStreamConsumers` returns them (without the stream ARN).
    public var listedConsumers: [KinesisAPI.Consumer] {
        consumers.map {
            KinesisAPI.Consumer(
                consumerName: $0.consumerName, consumerARN: $0.consumerARN, consumerStatus: $0.consumerStatus,
                consumerCreationTimestamp: $0.consumerCreationTimestamp)
        }
    }
}

extension Gen where Value == KinesisStreamAPIState {
    /// Stream states: a stream summary and its registered consumers, consistent with each other.
    ///
    /// - Parameter options: The stream, and how many consumers (`count` is ignored).
    /// - Returns: The state generator.
    public static func kinesisStreamAPIState(_ options: KinesisConsumerOptions = .init()) -> Gen<Value> {
        Gen { random in
            let stream = DrawnKinesisStream.draw(options.stream, using: &random)
            return KinesisAPIDraw.state(
                stream: stream, consumerCount: options.consumerCount, status: options.status, using: &random)
        }
    }
}

/// The drawing of stream states, shared by the control-plane generators.
enum KinesisAPIDraw {
    static let metricsInOrder: [KinesisAPI.MetricsName] = [
        .incomingBytes, .incomingRecords, .outgoingBytes, .outgoingRecords, .writeProvisionedThroughputExceeded,
        .readProvisionedThroughputExceeded, .iteratorAgeMilliseconds,
    ]

    static func state(
        stream: DrawnKinesisStream, consumerCount: Int?, status: KinesisAPI.ConsumerStatus?,
        using random: inout SeededRandom
    ) -> KinesisStreamAPIState {
        let count = min(max(consumerCount ?? drawConsumerCount(using: &random), 0), 20)
        var names = Set<String>()
        var consumers: [KinesisAPI.ConsumerDescription] = []
        var created = stream.createdAt
        for _ in 0..<count {
            var name = ResourceName.consumer().run(using: &random)
            while names.contains(name) { name += "-" + String(random.int(in: 2...9)) }
            names.insert(name)
            created += Int64(random.int(in: 60_000...(5 * 86_400_000)))
            created = min(created, stream.now)
            let consumerStatus = status ?? drawStatus(using: &random)
            consumers.append(consumer(name: name, createdAt: created, status: consumerStatus, stream: stream))
        }
        return KinesisStreamAPIState(
            summary: summary(stream: stream, consumerCount: count, using: &random),
            consumers: consumers)
    }

    /// One consumer description of `stream`.
    static func consumer(
        name: String, createdAt: Int64, status: KinesisAPI.ConsumerStatus, stream: DrawnKinesisStream
    ) -> KinesisAPI.ConsumerDescription {
        KinesisAPI.ConsumerDescription(
            consumerName: name, consumerARN: stream.arn + "/consumer/" + name + ":" + String(createdAt / 1000),
            consumerStatus: status, consumerCreationTimestamp: stream.timestamp(createdAt), streamARN: stream.arn)
    }

    /// 0 consumers 35%, 1 40%, 2–5 20%, 6–20 5%.
    static func drawConsumerCount(using random: inout SeededRandom) -> Int {
        let roll = random.next(below: 100)
        if roll < 35 { return 0 }
        if roll < 75 { return 1 }
        if roll < 95 { return random.int(in: 2...5) }
        return random.int(in: 6...20)
    }

    /// `ACTIVE` 92%, `CREATING` 6%, `DELETING` 2%.
    static func drawStatus(using random: inout SeededRandom) -> KinesisAPI.ConsumerStatus {
        let roll = random.next(below: 100)
        return roll < 92 ? .active : roll < 98 ? .creating : .deleting
    }

    static func summary(
        stream: DrawnKinesisStream, consumerCount: Int, using random: inout SeededRandom
    ) -> KinesisAPI.StreamDescriptionSummary {
        let onDemand = random.bool(probability: 0.3)
        let retention = EventSourceMappingDraw.choose(
            &random, common: 24, usual: [48, 72, 168, 720, 8760], range: 24...8760, weights: (70, 25))
        let metrics: [KinesisAPI.MetricsName]
        switch random.next(below: 100) {
        case 0..<75: metrics = []
        case 75..<85: metrics = metricsInOrder
        default: metrics = metricsInOrder.filter { _ in random.bool(probability: 0.5) }
        }
        var keyID: Nullable<String>?
        if stream.encrypted {
            keyID =
                random.bool(probability: 0.6)
                ? .value("alias/aws/kinesis")
                : .value(
                    stream.environment.arn(service: "kms", resource: "key/" + Gen<String>.uuid.run(using: &random)))
        }
        let status: KinesisAPI.StreamStatus = random.bool(probability: 0.93) ? .active : .updating
        return KinesisAPI.StreamDescriptionSummary(
            streamName: stream.name, streamARN: stream.arn, streamStatus: status,
            streamModeDetails: KinesisAPI.StreamModeDetails(streamMode: onDemand ? .onDemand : .provisioned),
            retentionPeriodHours: retention, streamCreationTimestamp: stream.timestamp(stream.createdAt),
            enhancedMonitoring: [KinesisAPI.EnhancedMetrics(shardLevelMetrics: metrics)],
            encryptionType: stream.encrypted ? .kms : .unencrypted, keyID: keyID, openShardCount: stream.shardCount,
            consumerCount: consumerCount, maxRecordSizeInKiB: random.bool(probability: 0.5) ? 1024 : nil)
    }
}
