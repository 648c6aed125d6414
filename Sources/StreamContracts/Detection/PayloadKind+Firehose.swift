import StreamJSON

extension PayloadKind {
    /// The kind of a Firehose data-transformation event or response, with the members that decided it, or `nil`.
    ///
    /// The members that decide: a lowercase `records` array beside `invocationId` or `deliveryStreamArn` is an
    /// event; a lowercase `records` array alone whose first element has `recordId` and `result` (or which is empty)
    /// is a response. Lambda stream events and the Kinesis API spell the member `Records`.
    static func detectFirehose(
        in document: JSONDocument, at index: Int
    ) -> (kind: PayloadKind, members: [String])? {
        guard let records = document.member(index, named: "records"), document.kind(records) == .array else {
            return nil
        }
        for name in ["invocationId", "deliveryStreamArn"] where document.member(index, named: name) != nil {
            return (.firehoseTransformationEvent, ["/records", "/" + name])
        }
        guard document.childCount(records) > 0 else {
            return document.childCount(index) == 1 ? (.firehoseTransformationResponse, ["/records"]) : nil
        }
        let first = records + 1
        guard document.kind(first) == .object, document.member(first, named: "recordId") != nil,
            document.member(first, named: "result") != nil
        else { return nil }
        return (.firehoseTransformationResponse, ["/records/0/recordId", "/records/0/result"])
    }
}
