import StreamJSON

extension PayloadKind {
    /// The kind of a Firehose data-transformation event or response, or `nil`.
    ///
    /// The members that decide: a lowercase `records` array beside `invocationId` or `deliveryStreamArn` is an
    /// event; a lowercase `records` array alone whose first element has `recordId` and `result` (or which is empty)
    /// is a response. Lambda stream events and the Kinesis API spell the member `Records`.
    static func detectFirehose(in document: JSONDocument, at index: Int) -> PayloadKind? {
        guard let records = document.member(index, named: "records"), document.kind(records) == .array else {
            return nil
        }
        if document.member(index, named: "invocationId") != nil
            || document.member(index, named: "deliveryStreamArn") != nil
        {
            return .firehoseTransformationEvent
        }
        guard document.childCount(records) > 0 else {
            return document.childCount(index) == 1 ? .firehoseTransformationResponse : nil
        }
        let first = records + 1
        guard document.kind(first) == .object, document.member(first, named: "recordId") != nil,
            document.member(first, named: "result") != nil
        else { return nil }
        return .firehoseTransformationResponse
    }
}
