/// An options type that is its kind's single checked configuration: limits declared once on the type, checked by
/// `validate()`, never clamped. The fixture catalog builds any such type from a recipe and validates it.
protocol CheckedOptions: Sendable {
    /// Checks every option against its limit.
    ///
    /// - Throws: ``GeneratorOptionsError`` naming the first option out of range by its property name.
    func validate() throws(GeneratorOptionsError)
}

extension KinesisOptions: CheckedOptions {}
extension DynamoDBOptions: CheckedOptions {}
extension EventSourceMappingOptions: CheckedOptions {}
extension EventSourceMappingListOptions: CheckedOptions {}
extension KinesisStreamOptions: CheckedOptions {}
extension KinesisConsumerOptions: CheckedOptions {}
extension ListStreamConsumersOptions: CheckedOptions {}
extension PutRecordsOptions: CheckedOptions {}
extension ShardReadOptions: CheckedOptions {}
extension KubeMQKinesisRequestOptions: CheckedOptions {}
extension BatchItemFailuresOptions: CheckedOptions {}
extension OnFailureRecordOptions: CheckedOptions {}
extension DynamoDBStreamsAPIOptions: CheckedOptions {}
extension KinesisShardListOptions: CheckedOptions {}
extension TimeWindowResponseOptions: CheckedOptions {}
