public import StreamEvents
import StreamJSON

extension DynamoDBTableSimulator {
    /// The next random write as Kinesis Data Streams for DynamoDB writes it into a Kinesis record: a UUID
    /// `eventID`, `recordFormat` and `tableName`, `userIdentity` `null` (or the TTL service), both images whatever
    /// the stream view type (`INSERT` has no old one, `REMOVE` no new one), no `SequenceNumber` or
    /// `StreamViewType`, and `ApproximateCreationDateTime` in milliseconds or microseconds.
    ///
    /// - Parameter precision: The unit of `ApproximateCreationDateTime`.
    /// - Returns: The change record.
    ///
    /// ```swift
    /// let change = table.nextKinesisChangeRecord()
    /// let data = try StreamJSONEncoder().encode(change)        // the Kinesis record's data
    /// let partitionKey = change.kinesisPartitionKey             // 32 uppercase hex digits
    /// ```
    public mutating func nextKinesisChangeRecord(
        precision: DynamoDBKinesisTimestampPrecision = .milliseconds
    ) -> DynamoDBKinesisChangeRecord {
        let shard = randomShard()
        while true {
            if let change = randomChange(shard: shard, step: millisecondsBetweenWrites) {
                return kinesisChangeRecord(for: change, precision: precision)
            }
        }
    }

    mutating func kinesisChangeRecord(
        for change: TableChange, precision: DynamoDBKinesisTimestampPrecision
    ) -> DynamoDBKinesisChangeRecord {
        let created: Int64
        switch precision {
        case .milliseconds: created = change.milliseconds
        case .microseconds: created = change.milliseconds * 1_000 + Int64(random.int(in: 0...999))
        }
        let record = DynamoDBStreamRecord(
            approximateCreationDateTime: AWSTimestamp(epochNumber: JSONNumber(created)), keys: change.keys,
            newImage: change.newItem, oldImage: change.oldItem,
            sizeBytes: change.keysSize + change.newSize + change.oldSize)
        return DynamoDBKinesisChangeRecord(
            awsRegion: environment.region, eventID: FastText.uuid(using: &random), eventName: change.eventName,
            tableName: tableName, dynamodb: record, userIdentity: change.isTimeToLive ? .value(.ttlService) : .null)
    }
}

extension DynamoDBKinesisChangeRecord {
    /// A partition key for the Kinesis record that carries this change: 32 uppercase hex digits (as AWS writes),
    /// the MD5 of the item's keys, so every change of one item lands on the same Kinesis shard.
    public var kinesisPartitionKey: String {
        let bytes = (try? StreamJSONEncoder().encode(dynamodb.keys)) ?? Array(eventID.utf8)
        let digits = Array("0123456789ABCDEF".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(32)
        for byte in MD5.digest(bytes) {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
