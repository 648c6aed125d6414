public import StreamEvents

extension Gen where Value == EventSourceMappingConfiguration {
    /// Event source mappings of Kinesis and DynamoDB streams, as Lambda's API returns them.
    ///
    /// Every stream-relevant member is present and within its botocore range, with the mix of values real accounts
    /// show: defaults most of the time (`BatchSize` 100, window 0, parallelization 1, infinite age and retries), tuned
    /// values otherwise. Members agree with each other: `AT_TIMESTAMP` only for Kinesis and always with a
    /// `StartingPositionTimestamp` before `LastModified`; `MaximumRecordAgeInSeconds` is -1 or 60…604800 (at most a
    /// day for DynamoDB, whose streams keep records 24 hours); filter patterns match the source (`data` for Kinesis,
    /// `dynamodb` for DynamoDB); the on-failure destination, the function, the KMS key and the mapping ARN live in the
    /// stream's partition, region and account; `LastProcessingResult` fits the `State`.
    ///
    /// - Parameter options: The source kind, environment and timestamp style (`count` is ignored).
    /// - Returns: The mapping generator.
    ///
    /// ```swift
    /// let mappings = Gen.eventSourceMapping(EventSourceMappingOptions(source: .kinesisStream))
    ///     .samples(count: 100, seed: 7)
    /// ```
    public static func eventSourceMapping(_ options: EventSourceMappingOptions = .init()) -> Gen<Value> {
        Gen { random in
            let environment = options.environment ?? AWSEnvironment.random.run(using: &random)
            var clock = SimulatedClock()
            clock.advance(by: 0...(400 * 86_400_000), using: &random)
            return EventSourceMappingDraw.mapping(
                source: options.source, environment: environment, now: clock.millisecondsSince1970,
                style: options.timestampStyle, using: &random)
        }
    }
}

extension EventSourceMappingConfiguration {
    /// Generates event source mappings for the `event-source-mapping` kind.
    ///
    /// Mapping `i` depends only on `seed` and `i`.
    ///
    /// - Parameters:
    ///   - options: How many mappings, of which source, where, and the timestamp style.
    ///   - seed: The seed of the run.
    /// - Returns: `options.count` mappings.
    ///
    /// ```swift
    /// let mappings = EventSourceMappingConfiguration.generate(EventSourceMappingOptions(count: 3), seed: 42)
    /// ```
    public static func generate(_ options: EventSourceMappingOptions, seed: Seed) -> [EventSourceMappingConfiguration] {
        Gen.eventSourceMapping(options).samples(count: options.count, seed: seed)
    }
}

/// The drawing of one mapping, shared by the single and the list generators.
enum EventSourceMappingDraw {
    /// One mapping in `environment`, last modified at `now` (milliseconds since 1970).
    static func mapping(
        source requested: EventSourceMappingOptions.Source?, environment: AWSEnvironment, now: Int64,
        style: APITimestampStyle, using random: inout SeededRandom
    ) -> EventSourceMappingConfiguration {
        let source =
            requested
            ?? {
                let roll = random.next(below: 100)
                return roll < 50 ? .kinesisStream : roll < 85 ? .dynamoDBStream : .kinesisConsumer
            }()
        let uuid = Gen<String>.uuid.run(using: &random)
        let function = LambdaFunctionReference.draw(in: environment, name: nil, using: &random)
        let functionName =
            ARNParts(function.arn)?.resource.split(separator: ":").dropFirst().first.map(String.init)
            ?? "function"
        let isKinesis = source != .dynamoDBStream
        let created = now - Int64(random.int(in: 0...(90 * 86_400_000)))

        var mapping = EventSourceMappingConfiguration(uuid: uuid)
        mapping.eventSourceARN = sourceARN(source, environment: environment, created: created, using: &random)
        mapping.functionARN = function.arn
        mapping.lastModified = style.timestamp(milliseconds: now)
        mapping.startingPosition = random.bool(probability: 0.5) ? .trimHorizon : .latest
        if isKinesis, random.bool(probability: 0.1) {
            mapping.startingPosition = .atTimestamp
            mapping.startingPositionTimestamp = style.timestamp(
                milliseconds: now - Int64(random.int(in: 60_000...(7 * 86_400_000))))
        }
        mapping.batchSize = choose(
            &random, common: 100, usual: [1, 10, 25, 50, 200, 250, 500, 1000], range: 1...10_000, weights: (50, 35))
        mapping.maximumBatchingWindowInSeconds = choose(
            &random, common: 0, usual: [1, 5, 10, 30, 60], range: 0...300, weights: (60, 30))
        mapping.parallelizationFactor = choose(
            &random, common: 1, usual: [2, 4, 5, 10], range: 1...10, weights: (70, 20))
        let maximumAge = isKinesis ? 604_800 : 86_400
        mapping.maximumRecordAgeInSeconds = choose(
            &random, common: -1, usual: [60, 300, 3600, 21_600, maximumAge], range: 60...maximumAge, weights: (60, 25))
        mapping.maximumRetryAttempts = choose(
            &random, common: -1, usual: [0, 1, 2, 3, 5, 10], range: 0...10_000, weights: (55, 35))
        mapping.bisectBatchOnFunctionError = random.bool(probability: 0.3)
        mapping.tumblingWindowInSeconds = choose(
            &random, common: 0, usual: [60, 120, 300, 900], range: 1...900, weights: (80, 15))
        mapping.functionResponseTypes = random.bool(probability: 0.45) ? [.reportBatchItemFailures] : []
        mapping.destinationConfig = destination(
            environment: environment, functionName: functionName, using: &random)
        if random.bool(probability: 0.25) {
            mapping.filterCriteria = .value(filterCriteria(kinesis: isKinesis, using: &random))
        }
        if random.bool(probability: 0.05) {
            mapping.kmsKeyARN = environment.arn(service: "kms", resource: "key/" + Gen<String>.uuid.run(using: &random))
            if mapping.filterCriteria != nil, random.bool(probability: 0.5) { mapping.filterCriteria = .null }
        }
        if random.bool(probability: 0.15) {
            mapping.metricsConfig = EventSourceMappingMetricsConfig(metrics: [.eventCount])
        }
        let (state, result) = stateAndResult(using: &random)
        mapping.state = state
        mapping.lastProcessingResult = result
        mapping.stateTransitionReason = random.bool(probability: 0.5) ? "USER_INITIATED" : "User action"
        mapping.eventSourceMappingARN = environment.arn(service: "lambda", resource: "event-source-mapping:" + uuid)
        return mapping
    }

    /// The source ARN: a Kinesis stream, a Kinesis consumer or a DynamoDB stream of `environment`.
    static func sourceARN(
        _ source: EventSourceMappingOptions.Source, environment: AWSEnvironment, created: Int64,
        using random: inout SeededRandom
    ) -> String {
        switch source {
        case .kinesisStream:
            return environment.arn(service: "kinesis", resource: "stream/" + ResourceName.stream().run(using: &random))
        case .kinesisConsumer:
            let stream = ResourceName.stream().run(using: &random)
            let consumer = ResourceName.consumer().run(using: &random)
            return environment.arn(
                service: "kinesis", resource: "stream/\(stream)/consumer/\(consumer):\(created / 1000)")
        case .dynamoDBStream:
            let table = ResourceName.table().run(using: &random)
            return environment.arn(
                service: "dynamodb",
                resource: "table/\(table)/stream/" + TimestampText.streamLabel(milliseconds: created))
        }
    }

    /// `common` with the first weight (in percent), one of `usual` with the second, else uniform in `range`.
    static func choose(
        _ random: inout SeededRandom, common: Int, usual: [Int], range: ClosedRange<Int>, weights: (Int, Int)
    ) -> Int {
        let roll = random.int(in: 0...99)
        if roll < weights.0 { return common }
        if roll < weights.0 + weights.1, let value = random.element(of: usual) { return value }
        return random.int(in: range)
    }

    /// `{"OnFailure": {}}` when no destination is set (as the API reports it), else an SQS queue, SNS topic or S3
    /// bucket of the same account and partition.
    static func destination(
        environment: AWSEnvironment, functionName: String, using random: inout SeededRandom
    ) -> DestinationConfig {
        let roll = random.next(below: 100)
        if roll < 45 { return DestinationConfig(onFailure: .init()) }
        if roll < 50 { return DestinationConfig() }
        let target: String
        switch random.next(below: 100) {
        case 0..<55:
            let suffix = random.element(of: ["-dlq", "-failures", "-on-failure", "_dlq"]) ?? "-dlq"
            target = environment.arn(service: "sqs", resource: functionName + suffix)
        case 55..<85:
            target = environment.arn(service: "sns", resource: functionName + "-failures")
        default:
            let stem = String(functionName.lowercased().replacingUnderscores().prefix(40))
            let bucket = stem + "-failures-" + environment.accountID
            target = "arn:" + environment.partition.rawValue + ":s3:::" + bucket
        }
        return DestinationConfig(onFailure: .init(destination: target))
    }

    static let kinesisFilters = [
        #"{"data":{"type":["purchase"]}}"#,
        #"{"data":{"type":["add_to_cart","purchase"]}}"#,
        #"{"data":{"amount":[{"numeric":[">",100]}]}}"#,
        #"{"data":{"status":[{"anything-but":["CANCELLED"]}]}}"#,
        #"{"data":{"page":[{"prefix":"/checkout"}]}}"#,
        #"{"data":{"temperature":[{"numeric":[">=",30]}]}}"#,
        #"{"data":{"currency":["USD","EUR"],"amount":[{"numeric":[">",0,"<=",1000]}]}}"#,
        #"{"data":{"userId":[{"exists":true}]}}"#,
    ]
    static let dynamoDBFilters = [
        #"{"dynamodb":{"NewImage":{"status":{"S":["SHIPPED"]}}}}"#,
        #"{"dynamodb":{"Keys":{"pk":{"S":[{"prefix":"order#"}]}}}}"#,
        #"{"dynamodb":{"NewImage":{"total":{"N":[{"numeric":[">",100]}]}}}}"#,
        #"{"dynamodb":{"OldImage":{"status":{"S":["PENDING"]}},"NewImage":{"status":{"S":["PAID"]}}}}"#,
        #"{"dynamodb":{"NewImage":{"priority":{"BOOL":[true]}}}}"#,
        #"{"dynamodb":{"NewImage":{"deletedAt":{"N":[{"exists":true}]}}}}"#,
    ]

    /// One or two filters (a mapping accepts up to five) in the source's own pattern shape.
    static func filterCriteria(kinesis: Bool, using random: inout SeededRandom) -> FilterCriteria {
        let pool = kinesis ? kinesisFilters : dynamoDBFilters
        let count = random.bool(probability: 0.8) ? 1 : 2
        let patterns = random.shuffled(pool).prefix(count)
        return FilterCriteria(filters: patterns.map { FilterCriteria.Filter(pattern: $0) })
    }

    /// A documented state, mostly `Enabled`, with a last processing result that fits it.
    static func stateAndResult(using random: inout SeededRandom) -> (EventSourceMappingState, String) {
        let roll = random.next(below: 100)
        let state: EventSourceMappingState =
            switch roll {
            case 0..<85: .enabled
            case 85..<89: .creating
            case 89..<92: .enabling
            case 92..<96: .disabled
            case 96..<97: .disabling
            case 97..<99: .updating
            default: .deleting
            }
        if state == .creating || state == .enabling { return (state, "No records processed") }
        let results = ["OK", "OK", "OK", "No records processed", "PROBLEM: Function call failed"]
        return (state, random.element(of: results) ?? "OK")
    }
}

extension String {
    /// The string with `_` replaced by `-` (S3 bucket names allow no underscores).
    fileprivate func replacingUnderscores() -> String {
        String(map { $0 == "_" ? "-" : $0 })
    }
}
