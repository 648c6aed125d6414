import StreamJSON

extension PayloadKind {
    /// The kind of one Lambda stream record logged on its own (`kinesis-event-record`, `dynamodb-event-record`), or
    /// `nil`, with the members that decided it.
    ///
    /// The members that decide: a `kinesis` object names a Kinesis record and a `dynamodb` object a DynamoDB one;
    /// an `eventSource` that is present must agree (`aws:kinesis`, `aws:dynamodb`), and without one the record needs
    /// the `eventID` every Lambda record has. The look-alikes are told apart before this is asked: a DynamoDB change
    /// record carried by Kinesis has `recordFormat`/`tableName` (`dynamodb-kinesis-record`), a Kinesis API `Record`
    /// has PascalCase `SequenceNumber`/`Data` and no `kinesis` object, and batches have `Records`.
    static func detectEventRecord(
        in document: JSONDocument, at index: Int
    ) -> (kind: PayloadKind, members: [String])? {
        let source = document.member(index, named: "eventSource").flatMap {
            document.kind($0) == .string ? document.string($0) : nil
        }
        let hasEventID = document.member(index, named: "eventID") != nil
        for (member, kind, expected) in [
            ("kinesis", PayloadKind.kinesisEventRecord, "aws:kinesis"),
            ("dynamodb", PayloadKind.dynamodbEventRecord, "aws:dynamodb"),
        ] {
            guard let payload = document.member(index, named: member), document.kind(payload) == .object else {
                continue
            }
            if let source { return source == expected ? (kind, ["/" + member, "/eventSource"]) : nil }
            return hasEventID ? (kind, ["/" + member, "/eventID"]) : nil
        }
        return nil
    }
}
