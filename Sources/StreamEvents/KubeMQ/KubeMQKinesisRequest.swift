import StreamJSON

/// A request to the KubeMQ `aws.kinesis` target connector: `{"metadata": {…}, "data": …}`.
///
/// KubeMQ services reach Kinesis by sending this envelope to the connector. `metadata.method` picks
/// the operation and the other metadata keys are its arguments — always JSON strings, numbers
/// included (`"shard_count": "1"`). `data` is `null`, or base64 text for `put_record` (the record)
/// and `put_records` (a JSON object mapping partition keys to base64 messages).
///
/// Each case carries a typed payload. Decoding checks the method, the metadata each method
/// requires and the integer metadata; metadata keys a method does not read are kept in the
/// payload's `additionalMetadata` so that they round-trip. Encoding writes `method`, the method's
/// keys, the additional keys in byte order, and `data` (`null` when there is none, as the
/// connector's Go request type writes it).
///
/// ```swift
/// let request = try JSONDecoder().decode(KubeMQKinesisRequest.self, from: body)
/// if case .putRecord(let put) = request {
///     print(put.streamName, put.partitionKey, try put.dataText())
/// }
/// let create = KubeMQKinesisRequest.createStream(.init(streamName: "my_stream", shardCount: 1))
/// let bytes = try JSONEncoder().encode(create)
/// ```
public enum KubeMQKinesisRequest: Hashable, Sendable {
    /// `list_streams`: lists the account's streams.
    case listStreams(ListStreams)
    /// `list_stream_consumers`: lists the enhanced fan-out consumers of a stream.
    case listStreamConsumers(ListStreamConsumers)
    /// `create_stream`: creates a stream.
    case createStream(CreateStream)
    /// `delete_stream`: deletes a stream.
    case deleteStream(DeleteStream)
    /// `list_shards`: lists the shards of a stream.
    case listShards(ListShards)
    /// `get_shard_iterator`: gets a shard iterator for `get_records`.
    case getShardIterator(GetShardIterator)
    /// `put_record`: writes one record.
    case putRecord(PutRecord)
    /// `put_records`: writes several records, one per partition key.
    case putRecords(PutRecords)
    /// `get_records`: reads records with a shard iterator.
    case getRecords(GetRecords)

    /// The method this request calls.
    public var method: Method {
        switch self {
        case .listStreams: .listStreams
        case .listStreamConsumers: .listStreamConsumers
        case .createStream: .createStream
        case .deleteStream: .deleteStream
        case .listShards: .listShards
        case .getShardIterator: .getShardIterator
        case .putRecord: .putRecord
        case .putRecords: .putRecords
        case .getRecords: .getRecords
        }
    }

    var payload: any KubeMQKinesisPayload {
        switch self {
        case .listStreams(let payload): payload
        case .listStreamConsumers(let payload): payload
        case .createStream(let payload): payload
        case .deleteStream(let payload): payload
        case .listShards(let payload): payload
        case .getShardIterator(let payload): payload
        case .putRecord(let payload): payload
        case .putRecords(let payload): payload
        case .getRecords(let payload): payload
        }
    }

    enum EnvelopeKeys: String, CodingKey {
        case metadata
        case data
    }
}

extension KubeMQKinesisRequest: Codable {
    /// Decodes the envelope and the typed request its `metadata.method` names.
    ///
    /// - Throws: `DecodingError` when `metadata` is not an object of strings, when `method` is missing or
    ///   unknown (the message lists the known methods), when a metadata key the method requires is missing,
    ///   when an integer key (`shard_count`, `limit`) is not a plain decimal integer, or when a method that
    ///   takes no data has a non-null `data`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: EnvelopeKeys.self)
        let metadata = try container.decode([String: String].self, forKey: .metadata)
        let metadataPath = container.codingPath + [EnvelopeKeys.metadata]
        guard let methodText = metadata[Method.metadataKey] else {
            throw DecodingError.keyNotFound(
                AnyCodingKey(Method.metadataKey),
                DecodingError.Context(
                    codingPath: metadataPath,
                    debugDescription: "a KubeMQ aws.kinesis request needs metadata \"method\", one of "
                        + Method.knownList + "; found keys " + KubeMQMetadataReader.describe(keys: metadata.keys)))
        }
        guard let method = Method(rawValue: methodText) else {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(
                    codingPath: metadataPath + [AnyCodingKey(Method.metadataKey)],
                    debugDescription: "unknown KubeMQ aws.kinesis method \"\(methodText)\"; expected one of "
                        + Method.knownList))
        }
        let data = try container.decodeIfPresent(String.self, forKey: .data)
        if data != nil, !method.takesData {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(
                    codingPath: container.codingPath + [EnvelopeKeys.data],
                    debugDescription: "\(method.rawValue) takes no data; expected null, found a string "
                        + "(only put_record and put_records send data)"))
        }
        var reader = KubeMQMetadataReader(metadata: metadata, method: method, codingPath: metadataPath)
        switch method {
        case .listStreams: self = .listStreams(try ListStreams(reading: &reader, data: data))
        case .listStreamConsumers: self = .listStreamConsumers(try ListStreamConsumers(reading: &reader, data: data))
        case .createStream: self = .createStream(try CreateStream(reading: &reader, data: data))
        case .deleteStream: self = .deleteStream(try DeleteStream(reading: &reader, data: data))
        case .listShards: self = .listShards(try ListShards(reading: &reader, data: data))
        case .getShardIterator: self = .getShardIterator(try GetShardIterator(reading: &reader, data: data))
        case .putRecord: self = .putRecord(try PutRecord(reading: &reader, data: data))
        case .putRecords: self = .putRecords(try PutRecords(reading: &reader, data: data))
        case .getRecords: self = .getRecords(try GetRecords(reading: &reader, data: data))
        }
    }

    /// Encodes the envelope: `method`, the method's metadata, the additional metadata in byte order of the
    /// keys, and `data` (`null` when absent).
    ///
    /// - Throws: `EncodingError.invalidValue` when `additionalMetadata` repeats `method` or a key the method
    ///   writes itself, which would make the envelope ambiguous.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: EnvelopeKeys.self)
        var metadata = container.nestedContainer(keyedBy: AnyCodingKey.self, forKey: .metadata)
        let payload = self.payload
        let known = payload.knownMetadata
        var written: Set<String> = [Method.metadataKey]
        try metadata.encode(method.rawValue, forKey: AnyCodingKey(Method.metadataKey))
        for (key, value) in known {
            written.insert(key)
            try metadata.encode(value, forKey: AnyCodingKey(key))
        }
        let additional = payload.additionalMetadata.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
        for (key, value) in additional {
            guard !written.contains(key) else {
                throw EncodingError.invalidValue(
                    value,
                    EncodingError.Context(
                        codingPath: container.codingPath + [EnvelopeKeys.metadata, AnyCodingKey(key)],
                        debugDescription: "additionalMetadata repeats \"\(key)\", which \(method.rawValue) "
                            + "writes from its own property; set that property instead"))
            }
            try metadata.encode(value, forKey: AnyCodingKey(key))
        }
        if let data = payload.envelopeData {
            try container.encode(data, forKey: .data)
        } else {
            try container.encodeNil(forKey: .data)
        }
    }
}
