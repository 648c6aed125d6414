public import StreamEvents
import StreamJSON

extension DynamoDBStreamsAPI.GetRecordsOutput {
    /// Generates the pages of one `GetRecords` loop over one shard of a simulated table's stream, for the
    /// `dynamodbstreams-get-records-response` kind.
    ///
    /// Records are the table simulator's, without `eventSourceARN` and with the API's PascalCase `userIdentity`;
    /// `ApproximateCreationDateTime` follows ``DynamoDBStreamsAPIOptions/timestampStyle``. Each page holds 0 to
    /// `recordsPerPage` records and a `NextShardIterator` that starts with the stream ARN, as DynamoDB Streams
    /// iterators do. The shard stays open (a closed shard's last page, without an iterator, is not generated).
    ///
    /// - Parameters:
    ///   - options: Pages, records per page, timestamp style and the table.
    ///   - seed: The seed of the run.
    /// - Returns: `options.count` pages in order.
    ///
    /// ```swift
    /// let pages = DynamoDBStreamsAPI.GetRecordsOutput.generate(DynamoDBStreamsAPIOptions(count: 3), seed: 7)
    /// ```
    public static func generate(_ options: DynamoDBStreamsAPIOptions, seed: Seed) -> [Self] {
        var table = DynamoDBTableSimulator(options: options.table, seed: seed)
        let shard = table.shards.count == 1 ? 0 : table.random.int(in: 0...(table.shards.count - 1))
        var pages: [Self] = []
        for _ in 0..<max(options.count, 0) {
            let size = table.random.int(in: 0...max(options.recordsPerPage, 1))
            let records = size == 0 ? [] : table.nextBatch(shard: shard, recordCount: size)
            let tokenBytes = table.random.int(in: 120...160)
            let iterator =
                table.streamARN + "|1|" + KinesisRecordContent.opaqueToken(byteCount: tokenBytes, using: &table.random)
            pages.append(
                Self(
                    records: records.map { DynamoDBStreamsAPI.Record($0, style: options.timestampStyle) },
                    nextShardIterator: iterator))
        }
        return pages
    }
}

extension DynamoDBStreamsAPI.Record {
    /// The API form of a Lambda event record: no `eventSourceARN`, PascalCase identity, timestamps in `style`.
    init(_ record: DynamoDBEventRecord, style: APITimestampStyle) {
        var change = record.dynamodb
        change.approximateCreationDateTime = change.approximateCreationDateTime.map {
            style.timestamp(milliseconds: StreamBatchFacts.milliseconds($0))
        }
        self.init(
            eventID: record.eventID, eventName: record.eventName, eventVersion: record.eventVersion,
            eventSource: record.eventSource, awsRegion: record.awsRegion, dynamodb: change,
            userIdentity: record.userIdentity.map {
                DynamoDBStreamsAPI.Identity(principalID: $0.principalId, type: $0.type)
            })
    }
}

extension DynamoDBStreamsAPI.DescribeStreamOutput {
    /// Generates `DescribeStream` outputs of simulated tables' streams, for the
    /// `dynamodbstreams-describe-stream-response` kind; output `i` depends only on the seed and `i`.
    ///
    /// Each stream has `table.shards` open shards, each the last of a lineage of up to three closed ancestors
    /// (DynamoDB rolls a shard over about every four hours): a child names its parent, starts after the parent's
    /// `EndingSequenceNumber`, and is listed after it. Sequence numbers have 21 digits and grow across the stream.
    /// A page holds at most 100 shards; a longer list ends with `LastEvaluatedShardId`.
    ///
    /// - Parameters:
    ///   - options: How many outputs, the timestamp style and the table (`recordsPerPage` is ignored).
    ///   - seed: The seed of the run.
    /// - Returns: `options.count` outputs.
    ///
    /// ```swift
    /// let outputs = DynamoDBStreamsAPI.DescribeStreamOutput.generate(DynamoDBStreamsAPIOptions(), seed: 7)
    /// ```
    public static func generate(_ options: DynamoDBStreamsAPIOptions, seed: Seed) -> [Self] {
        Gen<Self> { random in
            let table = DynamoDBTableSimulator(options: options.table, seed: Seed(random.next()))
            return describe(table, options: options, using: &random)
        }.samples(count: max(options.count, 0), seed: seed)
    }

    /// The description of `table`'s stream.
    static func describe(
        _ table: DynamoDBTableSimulator, options: DynamoDBStreamsAPIOptions, using random: inout SeededRandom
    ) -> Self {
        let label = RFC3339.parse(table.streamLabel + "Z").map { Int64(($0 * 1000).rounded()) } ?? 0
        let prefix = String(random.int(in: 1...9))
        var counter = UInt64(random.next(below: 1_000_000_000_000))
        func sequence(_ value: UInt64) -> String { prefix + TimestampText.pad(value, 20) }
        var lineages: [[DynamoDBStreamsAPI.Shard]] = []
        for _ in 0..<table.shards.count {
            var created = label + Int64(random.int(in: 100...1500))
            var parent: String?
            var lineage: [DynamoDBStreamsAPI.Shard] = []
            let generations = random.int(in: 0...3)
            for generation in 0...generations {
                let id = DynamoDBShardNaming.shardID(
                    createdAt: created, suffix: Gen<String>.hex(length: 8).run(using: &random))
                counter += UInt64(random.int(in: 1...1000))
                let start = counter
                var end: String?
                if generation < generations {
                    counter += UInt64(random.int(in: 1000...1_000_000_000))
                    end = sequence(counter)
                }
                lineage.append(
                    DynamoDBStreamsAPI.Shard(
                        shardID: id,
                        sequenceNumberRange: DynamoDBStreamsAPI.SequenceNumberRange(
                            startingSequenceNumber: sequence(start), endingSequenceNumber: end),
                        parentShardID: parent))
                parent = id
                created += 14_400_000 + Int64(random.int(in: 0...600_000))
            }
            lineages.append(lineage)
        }
        // Oldest first: shards sorted by their creation time (the id's 20 digits), parents before children.
        var shards = lineages.flatMap { $0 }.sorted { ($0.shardID ?? "") < ($1.shardID ?? "") }
        var last: String?
        if shards.count > 100 {
            shards = Array(shards.prefix(100))
            last = shards.last?.shardID
        }
        var keys = [
            DynamoDBStreamsAPI.KeySchemaElement(attributeName: table.keySchema.partitionKey.name, keyType: "HASH")
        ]
        if let sort = table.keySchema.sortKey {
            keys.append(DynamoDBStreamsAPI.KeySchemaElement(attributeName: sort.name, keyType: "RANGE"))
        }
        return Self(
            streamDescription: DynamoDBStreamsAPI.StreamDescription(
                streamARN: table.streamARN, streamLabel: table.streamLabel, streamStatus: .enabled,
                streamViewType: table.streamViewType,
                creationRequestDateTime: options.timestampStyle.timestamp(
                    milliseconds: label - Int64(random.int(in: 0...900))),
                tableName: table.tableName, keySchema: keys, shards: shards, lastEvaluatedShardID: last))
    }
}
