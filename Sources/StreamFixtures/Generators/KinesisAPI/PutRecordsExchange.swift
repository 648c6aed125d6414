public import StreamEvents

/// A `PutRecords` request and the response Kinesis gave to it.
///
/// The response has one entry per request entry, in request order. A successful entry names the shard that owns the
/// entry's hash key (the MD5 of its partition key, or its `ExplicitHashKey`) in a stream of ``shardCount`` evenly
/// split shards, and a sequence number of that shard, increasing within the shard in request order. A failed entry
/// has `ErrorCode` and `ErrorMessage` and nothing else, and `FailedRecordCount` counts them.
///
/// ```swift
/// let exchange = Gen.putRecordsExchange(PutRecordsOptions(failures: .some)).run(seed: 7)
/// exchange.output.records.count == exchange.input.records.count  // true
/// ```
public struct PutRecordsExchange: Codable, Hashable, Sendable {
    /// The request.
    public var input: KinesisAPI.PutRecordsInput
    /// The response.
    public var output: KinesisAPI.PutRecordsOutput
    /// The ARN of the stream written to (the request may name the stream by name only).
    public var streamARN: String
    /// The stream's number of open shards, evenly split over the hash-key space.
    public var shardCount: Int

    /// Creates an exchange.
    ///
    /// - Parameters:
    ///   - input: The request.
    ///   - output: The response.
    ///   - streamARN: The ARN of the stream written to.
    ///   - shardCount: The stream's number of open shards.
    public init(
        input: KinesisAPI.PutRecordsInput, output: KinesisAPI.PutRecordsOutput, streamARN: String, shardCount: Int
    ) {
        self.input = input
        self.output = output
        self.streamARN = streamARN
        self.shardCount = shardCount
    }
}

extension Gen where Value == PutRecordsExchange {
    /// `PutRecords` request/response pairs; see `PutRecordsExchange` for what holds between the two.
    ///
    /// Requests name the stream by `StreamName` (70%) or `StreamARN`; entries carry small JSON documents and
    /// realistic partition keys, and one in twenty an `ExplicitHashKey`. Responses of KMS-encrypted streams say
    /// `"EncryptionType": "KMS"`.
    ///
    /// - Parameter options: Records per request, failures and the stream (`count` is ignored).
    /// - Returns: The exchange generator.
    public static func putRecordsExchange(_ options: PutRecordsOptions = .init()) -> Gen<Value> {
        putRecordsExchange(options, payload: nil)
    }

    /// The exchanges of ``putRecordsExchange(_:)``, the entries' data from `payload` when given.
    package static func putRecordsExchange(_ options: PutRecordsOptions, payload: KinesisPayload?) -> Gen<Value> {
        Gen { random in
            let stream = DrawnKinesisStream.draw(options.stream, using: &random)
            let ranges = KinesisShardRanges(shardCount: stream.shardCount)
            let limit = PutRecordsOptions.recordsPerRequestRange  // `validate()` reports a range outside it
            let lower = min(max(options.recordsPerRequest.lowerBound, limit.lowerBound), limit.upperBound)
            let count = random.int(in: lower...min(max(options.recordsPerRequest.upperBound, lower), limit.upperBound))
            var entries: [KinesisAPI.PutRecordsRequestEntry] = []
            var shards: [Int] = []
            var arrival = stream.now
            for _ in 0..<count {
                let key = KinesisRecordContent.partitionKey(using: &random)
                var hashKey = KinesisHashKey(partitionKey: key)
                var explicit: String?
                if random.bool(probability: 0.05) {
                    hashKey = KinesisHashKey(high: random.next(), low: random.next())
                    explicit = hashKey.description
                }
                entries.append(
                    KinesisAPI.PutRecordsRequestEntry(
                        data: payload.map { Base64.encode($0.make(&random, entries.count, arrival)) }
                            ?? KinesisRecordContent.base64Payload(using: &random, arrivalMilliseconds: arrival),
                        explicitHashKey: explicit, partitionKey: key))
                shards.append(ranges?.shardIndex(for: hashKey) ?? 0)
            }
            let failing = PutRecordsDraw.failingEntries(shards: shards, mode: options.failures, using: &random)
            var logs: [Int: ShardSequenceLog] = [:]
            var results: [KinesisAPI.PutRecordsResultEntry] = []
            for (index, shard) in shards.enumerated() {
                arrival += Int64(random.int(in: 0...2))
                if let code = failing[index] {
                    results.append(
                        KinesisAPI.PutRecordsResultEntry(
                            errorCode: code, errorMessage: PutRecordsDraw.message(code, shard: shard, stream: stream)))
                    continue
                }
                var log =
                    logs[shard]
                    ?? ShardSequenceLog(
                        shardIndex: shard, shardCreationSeconds: stream.createdAt / 1000, using: &random)
                let sequence = log.append(arrivalMilliseconds: arrival)
                logs[shard] = log
                results.append(KinesisAPI.PutRecordsResultEntry(sequenceNumber: sequence, shardID: log.shardID))
            }
            let byARN = random.bool(probability: 0.3)
            let input = KinesisAPI.PutRecordsInput(
                records: entries, streamName: byARN ? nil : stream.name, streamARN: byARN ? stream.arn : nil)
            let output = KinesisAPI.PutRecordsOutput(
                failedRecordCount: failing.count, records: results, encryptionType: stream.recordEncryption)
            return PutRecordsExchange(
                input: input, output: output, streamARN: stream.arn, shardCount: stream.shardCount)
        }
    }
}

extension KinesisAPI.PutRecordsInput {
    /// Generates requests for the `put-records-request` kind; request `i` is the one answered by response `i` of
    /// `KinesisAPI.PutRecordsOutput.generate(_:seed:)` with the same options and seed.
    ///
    /// - Parameters:
    ///   - options: How many requests, their size, failures and stream.
    ///   - seed: The seed of the run.
    /// - Returns: `options.count` requests.
    public static func generate(_ options: PutRecordsOptions, seed: Seed) -> [KinesisAPI.PutRecordsInput] {
        Gen.putRecordsExchange(options).samples(count: options.count, seed: seed).map(\.input)
    }
}

extension KinesisAPI.PutRecordsOutput {
    /// Generates responses for the `put-records-response` kind; see `KinesisAPI.PutRecordsInput.generate(_:seed:)`.
    ///
    /// - Parameters:
    ///   - options: How many responses, the request size, failures and stream.
    ///   - seed: The seed of the run.
    /// - Returns: `options.count` responses.
    public static func generate(_ options: PutRecordsOptions, seed: Seed) -> [KinesisAPI.PutRecordsOutput] {
        Gen.putRecordsExchange(options).samples(count: options.count, seed: seed).map(\.output)
    }
}

extension PutRecordsExchange {
    /// Generates request/response pairs; pair `i` depends only on `seed` and `i`.
    ///
    /// - Parameters:
    ///   - options: How many pairs, the request size, failures and stream.
    ///   - seed: The seed of the run.
    /// - Returns: `options.count` pairs.
    ///
    /// ```swift
    /// let exchanges = PutRecordsExchange.generate(PutRecordsOptions(count: 2), seed: 42)
    /// ```
    public static func generate(_ options: PutRecordsOptions, seed: Seed) -> [PutRecordsExchange] {
        Gen.putRecordsExchange(options).samples(count: options.count, seed: seed)
    }
}

/// Failure drawing for PutRecords responses.
enum PutRecordsDraw {
    /// The error code of each failing entry, by entry index.
    static func failingEntries(
        shards: [Int], mode: BatchFailureMode, using random: inout SeededRandom
    ) -> [Int: KinesisAPI.ErrorCode] {
        var resolved = mode
        if resolved == .random {
            let roll = random.next(below: 100)
            resolved = roll < 60 ? .none : roll < 95 ? .some : .all
        }
        var failing: [Int: KinesisAPI.ErrorCode] = [:]
        switch resolved {
        case .none, .random:
            break
        case .all:
            for index in shards.indices { failing[index] = .provisionedThroughputExceededException }
        case .some:
            guard let pick = random.element(of: shards.indices) else { break }
            let hot = shards[pick]
            for (index, shard) in shards.enumerated()
            where shard == hot && (index == pick || random.bool(probability: 0.6)) {
                failing[index] = .provisionedThroughputExceededException
            }
            if shards.count > 1, random.bool(probability: 0.1),
                let other = random.element(of: shards.indices.filter({ failing[$0] == nil }))
            {
                failing[other] = .internalFailure
            }
        }
        return failing
    }

    /// The `ErrorMessage` Kinesis writes for `code`.
    static func message(_ code: KinesisAPI.ErrorCode, shard: Int, stream: DrawnKinesisStream) -> String {
        if code == .internalFailure { return "Internal service failure." }
        return "Rate exceeded for shard " + KinesisShardNaming.shardID(index: shard) + " in stream " + stream.name
            + " under account " + stream.environment.accountID + "."
    }
}
