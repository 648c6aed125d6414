/// Models of the DynamoDB Streams API (botocore `dynamodbstreams` 2012-08-10, JSON protocol).
///
/// These are the outputs a test meets when it reads a table's stream itself instead of through Lambda:
/// `aws dynamodbstreams get-records` and `describe-stream`. They live in this namespace because the API's `Record`
/// differs from the Lambda event record of the same name: it has no `eventSourceARN`, and its `userIdentity` has
/// PascalCase members (`PrincipalId`, `Type`)
/// (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_streams_Record.html).
///
/// On the wire timestamps are epoch seconds, while AWS CLI v2 prints ISO-8601 text; both decode into
/// `AWSTimestamp` and re-encode in their own form.
///
/// ```swift
/// let output = try JSONDecoder().decode(DynamoDBStreamsAPI.GetRecordsOutput.self, from: cliOutput)
/// for record in output.records {
///     print(record.eventName, record.dynamodb.keys)
/// }
/// ```
public enum DynamoDBStreamsAPI {}
