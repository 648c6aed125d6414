public import StreamEvents

extension Gen where Value == KinesisAPI.ConsumerDescription {
    /// Consumer descriptions: a registered consumer of a drawn stream, with its `StreamARN`.
    ///
    /// The consumer ARN is `<StreamARN>/consumer/<ConsumerName>:<creation epoch seconds>`, and
    /// `ConsumerCreationTimestamp` is that creation time (with milliseconds), after the stream's creation.
    ///
    /// - Parameter options: The stream and status (`count` is ignored).
    /// - Returns: The description generator.
    ///
    /// ```swift
    /// let description = Gen.kinesisConsumerDescription().run(seed: 7)
    /// ```
    public static func kinesisConsumerDescription(_ options: KinesisConsumerOptions = .init()) -> Gen<Value> {
        Gen { random in
            let stream = DrawnKinesisStream.draw(options.stream, using: &random)
            let count = max(options.consumerCount ?? KinesisAPIDraw.drawConsumerCount(using: &random), 1)
            let state = KinesisAPIDraw.state(
                stream: stream, consumerCount: count, status: options.status, using: &random)
            return random.element(of: state.consumers)
                ?? KinesisAPIDraw.consumer(
                    name: "consumer", createdAt: stream.now, status: options.status ?? .active, stream: stream)
        }
    }
}

extension Gen where Value == KinesisAPI.Consumer {
    /// Consumers as `ListStreamConsumers` and `RegisterStreamConsumer` return them (no `StreamARN`).
    ///
    /// - Parameter options: The stream and status (`count` is ignored).
    /// - Returns: The consumer generator.
    public static func kinesisConsumer(_ options: KinesisConsumerOptions = .init()) -> Gen<Value> {
        Gen<KinesisAPI.ConsumerDescription>.kinesisConsumerDescription(options).map { description in
            KinesisAPI.Consumer(
                consumerName: description.consumerName, consumerARN: description.consumerARN,
                consumerStatus: description.consumerStatus,
                consumerCreationTimestamp: description.consumerCreationTimestamp)
        }
    }
}

extension Gen where Value == KinesisAPI.RegisterStreamConsumerOutput {
    /// `RegisterStreamConsumer` outputs: a consumer registered just now, `CREATING` unless `options.status` says
    /// otherwise.
    ///
    /// - Parameter options: The stream and status (`count` and `consumerCount` are ignored).
    /// - Returns: The output generator.
    public static func registerStreamConsumerOutput(_ options: KinesisConsumerOptions = .init()) -> Gen<Value> {
        Gen { random in
            let stream = DrawnKinesisStream.draw(options.stream, using: &random)
            let description = KinesisAPIDraw.consumer(
                name: ResourceName.consumer().run(using: &random), createdAt: stream.now,
                status: options.status ?? .creating, stream: stream)
            return KinesisAPI.RegisterStreamConsumerOutput(
                consumer: KinesisAPI.Consumer(
                    consumerName: description.consumerName, consumerARN: description.consumerARN,
                    consumerStatus: description.consumerStatus,
                    consumerCreationTimestamp: description.consumerCreationTimestamp))
        }
    }
}

extension Gen where Value == KinesisAPI.DescribeStreamConsumerOutput {
    /// `DescribeStreamConsumer` outputs wrapping a consumer description.
    ///
    /// - Parameter options: The stream and status (`count` is ignored).
    /// - Returns: The output generator.
    public static func describeStreamConsumerOutput(_ options: KinesisConsumerOptions = .init()) -> Gen<Value> {
        Gen<KinesisAPI.ConsumerDescription>.kinesisConsumerDescription(options).map {
            KinesisAPI.DescribeStreamConsumerOutput(consumerDescription: $0)
        }
    }
}

extension KinesisAPI.Consumer {
    /// Generates consumers for the `kinesis-consumer` kind; value `i` depends only on `seed` and `i`.
    ///
    /// - Parameters:
    ///   - options: How many, of which stream, with which status.
    ///   - seed: The seed of the run.
    /// - Returns: `options.count` consumers.
    ///
    /// ```swift
    /// let consumers = KinesisAPI.Consumer.generate(KinesisConsumerOptions(count: 3), seed: 42)
    /// ```
    public static func generate(_ options: KinesisConsumerOptions, seed: Seed) -> [KinesisAPI.Consumer] {
        Gen.kinesisConsumer(options).samples(count: options.count, seed: seed)
    }
}

extension KinesisAPI.ConsumerDescription {
    /// Generates consumer descriptions for the `kinesis-consumer-description` kind.
    ///
    /// - Parameters:
    ///   - options: How many, of which stream, with which status.
    ///   - seed: The seed of the run.
    /// - Returns: `options.count` descriptions.
    public static func generate(_ options: KinesisConsumerOptions, seed: Seed) -> [KinesisAPI.ConsumerDescription] {
        Gen.kinesisConsumerDescription(options).samples(count: options.count, seed: seed)
    }
}

extension KinesisAPI.RegisterStreamConsumerOutput {
    /// Generates outputs for the `register-stream-consumer-response` kind.
    ///
    /// - Parameters:
    ///   - options: How many, of which stream, with which status.
    ///   - seed: The seed of the run.
    /// - Returns: `options.count` outputs.
    public static func generate(
        _ options: KinesisConsumerOptions, seed: Seed
    ) -> [KinesisAPI.RegisterStreamConsumerOutput] {
        Gen.registerStreamConsumerOutput(options).samples(count: options.count, seed: seed)
    }
}

extension KinesisAPI.DescribeStreamConsumerOutput {
    /// Generates outputs for the `describe-stream-consumer-response` kind.
    ///
    /// - Parameters:
    ///   - options: How many, of which stream, with which status.
    ///   - seed: The seed of the run.
    /// - Returns: `options.count` outputs.
    public static func generate(
        _ options: KinesisConsumerOptions, seed: Seed
    ) -> [KinesisAPI.DescribeStreamConsumerOutput] {
        Gen.describeStreamConsumerOutput(options).samples(count: options.count, seed: seed)
    }
}

extension KinesisAPI.DescribeStreamSummaryOutput {
    /// Generates outputs for the `describe-stream-summary-response` kind: summaries whose `ConsumerCount` and
    /// `OpenShardCount` agree with the drawn stream state (see `KinesisStreamAPIState`).
    ///
    /// - Parameters:
    ///   - options: How many, of which stream, with how many consumers.
    ///   - seed: The seed of the run.
    /// - Returns: `options.count` outputs.
    ///
    /// ```swift
    /// let summaries = KinesisAPI.DescribeStreamSummaryOutput.generate(KinesisConsumerOptions(count: 2), seed: 42)
    /// ```
    public static func generate(
        _ options: KinesisConsumerOptions, seed: Seed
    ) -> [KinesisAPI.DescribeStreamSummaryOutput] {
        Gen.kinesisStreamAPIState(options).map {
            KinesisAPI.DescribeStreamSummaryOutput(streamDescriptionSummary: $0.summary)
        }
        .samples(count: options.count, seed: seed)
    }
}
