public import Foundation

extension KinesisRecordPayload {
    /// Decodes `data` as the DynamoDB change record that Kinesis Data Streams for DynamoDB
    /// writes.
    ///
    /// ```swift
    /// for record in event.records {
    ///     let change = try record.kinesis.dynamoDBChangeRecord()
    ///     print(change.tableName, change.eventName, change.dynamodb.keys)
    /// }
    /// ```
    ///
    /// - Parameter decoder: the JSON decoder to use.
    /// - Returns: the change record.
    /// - Throws: `KinesisDataError` for bad base64, or `DecodingError` when the data is not a
    ///   change record.
    public func dynamoDBChangeRecord(using decoder: JSONDecoder = JSONDecoder()) throws -> DynamoDBKinesisChangeRecord {
        try decode(DynamoDBKinesisChangeRecord.self, using: decoder)
    }
}
