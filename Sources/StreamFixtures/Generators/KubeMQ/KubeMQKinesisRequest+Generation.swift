public import StreamEvents

extension Gen where Value == KubeMQKinesisRequest {
    /// KubeMQ `aws.kinesis` requests of one method, with consistent metadata.
    ///
    /// Stream names are realistic Kinesis names and `stream_arn` is the ARN of such a stream; `shard_id` is
    /// `shardId-` and 12 digits below the stream's shard count; `shard_iterator_type` is `TRIM_HORIZON` or `LATEST`
    /// (the connector passes no sequence number or timestamp, which the other types need); `shard_iterator_id` is an
    /// opaque iterator as `get_shard_iterator` returns; `shard_count` and `limit` are decimal strings or absent (the
    /// connector defaults them to 1). `put_record` carries a JSON document as base64, `put_records` base64 of a JSON
    /// map from partition keys to base64 messages.
    ///
    /// - Parameters:
    ///   - method: The method of the requests.
    ///   - environment: Where the streams live; `nil` draws one per request.
    /// - Returns: The request generator.
    ///
    /// ```swift
    /// let request = Gen.kubeMQKinesisRequest(.putRecords).run(seed: 7)
    /// ```
    public static func kubeMQKinesisRequest(
        _ method: KubeMQKinesisRequest.Method, environment: AWSEnvironment? = nil
    ) -> Gen<Value> {
        Gen { random in
            let environment = environment ?? AWSEnvironment.random.run(using: &random)
            let streamName = ResourceName.stream().run(using: &random)
            let arrival = Int64(1_704_067_200_000) + Int64(random.int(in: 0...(400 * 86_400_000)))
            switch method {
            case .listStreams:
                return .listStreams(.init())
            case .listStreamConsumers:
                return .listStreamConsumers(
                    .init(streamARN: environment.arn(service: "kinesis", resource: "stream/" + streamName)))
            case .createStream:
                let shards = random.bool(probability: 0.8) ? random.element(of: [1, 1, 2, 4, 8, 16]) : nil
                return .createStream(.init(streamName: streamName, shardCount: shards))
            case .deleteStream:
                return .deleteStream(.init(streamName: streamName))
            case .listShards:
                return .listShards(.init(streamName: streamName))
            case .getShardIterator:
                let type: KinesisAPI.ShardIteratorType = random.bool(probability: 0.5) ? .trimHorizon : .latest
                let shard = KinesisShardNaming.shardID(index: random.int(in: 0...(random.int(in: 1...8) - 1)))
                return .getShardIterator(.init(streamName: streamName, shardIteratorType: type, shardID: shard))
            case .putRecord:
                let bytes = KinesisRecordContent.jsonPayload(using: &random, arrivalMilliseconds: arrival)
                return .putRecord(
                    .init(
                        streamName: streamName, partitionKey: KinesisRecordContent.partitionKey(using: &random),
                        data: Base64.encode(bytes)))
            case .putRecords:
                var messages: [String: [UInt8]] = [:]
                for _ in 0..<random.int(in: 1...5) {
                    let key = KinesisRecordContent.partitionKey(using: &random)
                    messages[key] = KinesisRecordContent.jsonPayload(using: &random, arrivalMilliseconds: arrival)
                }
                return .putRecords(.init(streamName: streamName, data: KubeMQDraw.putRecordsData(messages)))
            case .getRecords:
                let limit = random.bool(probability: 0.8) ? random.element(of: [1, 10, 25, 100, 1000]) : nil
                return .getRecords(
                    .init(
                        streamName: streamName, shardIteratorID: KinesisRecordContent.shardIterator(using: &random),
                        limit: limit))
            }
        }
    }
}

extension KubeMQKinesisRequest {
    /// Generates requests for the `kubemq-kinesis-request` kind.
    ///
    /// Request `i` depends only on `seed` and `i`; without a fixed method it calls method `i mod 9` of
    /// `Method.allCases`.
    ///
    /// - Parameters:
    ///   - options: How many requests, of which method, where.
    ///   - seed: The seed of the run.
    /// - Returns: `options.count` requests.
    ///
    /// ```swift
    /// let requests = KubeMQKinesisRequest.generate(KubeMQKinesisRequestOptions(count: 18), seed: 42)
    /// ```
    public static func generate(_ options: KubeMQKinesisRequestOptions, seed: Seed) -> [KubeMQKinesisRequest] {
        let methods = Method.allCases
        return (0..<max(options.count, 0)).map { index in
            let method = options.method ?? methods[index % methods.count]
            return Gen.kubeMQKinesisRequest(method, environment: options.environment).run(
                seed: seed.derived(index: index))
        }
    }
}

/// Envelope data helpers for generated KubeMQ requests.
enum KubeMQDraw {
    /// The `put_records` data: base64 of a JSON object mapping each partition key to its base64 message, keys in byte
    /// order, as the connector's Go client writes it.
    static func putRecordsData(_ messages: [String: [UInt8]]) -> String {
        let members = messages.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }.map { key, bytes in
            goJSONString(key) + ":\"" + Base64.encode(bytes) + "\""
        }
        return Base64.encode(Array(("{" + members.joined(separator: ",") + "}").utf8))
    }

    /// A JSON string literal with Go's HTML-safe escaping (partition keys here are printable ASCII).
    static func goJSONString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
