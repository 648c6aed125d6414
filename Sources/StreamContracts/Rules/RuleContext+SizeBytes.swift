import StreamJSON

extension RuleContext {
    /// `SizeBytes` equals the item sizes of Keys + NewImage + OldImage (§B.6). Pending `DynamoDBItemSize`.
    mutating func checkSizeBytes(_ change: Int, keys: Int?) {}
}
