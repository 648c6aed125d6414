import StreamJSON
import Testing

@testable import StreamContracts

/// The one-walk member reading of a Kinesis record must find what one lookup per name finds.
@Suite struct KinesisRecordMembersTests {
    /// The members one lookup per name finds, the general path the walk replaces.
    static func looked(_ record: Int, _ context: RuleContext) -> [Int?] {
        let payload = context.objectMember(record, MemberName.kinesis)
        let strings = [
            MemberName.eventID, MemberName.eventSourceARN, MemberName.awsRegion, MemberName.invokeIdentityArn,
            MemberName.eventVersion,
        ].map { context.stringMember(record, $0) }
        let inPayload = [
            payload.flatMap { context.stringMember($0, MemberName.sequenceNumber) },
            payload.flatMap { context.member($0, MemberName.approximateArrivalTimestamp) },
            payload.flatMap { context.stringMember($0, MemberName.data) },
            payload.flatMap { context.stringMember($0, MemberName.partitionKey) },
        ]
        return [payload] + strings + inPayload
    }

    static func walked(_ record: Int, _ context: RuleContext) -> [Int?] {
        let members = KinesisRecordMembers.read(record, in: context)
        return [
            members.payload, members.eventID, members.eventSourceARN, members.awsRegion, members.invokeIdentityArn,
            members.eventVersion, members.sequenceNumber, members.approximateArrivalTimestamp, members.data,
            members.partitionKey,
        ]
    }

    @Test(arguments: [
        // Every member, in the order AWS writes them.
        #"{"kinesis":{"kinesisSchemaVersion":"1.0","partitionKey":"k","sequenceNumber":"1","data":"e30=","#
            + #""approximateArrivalTimestamp":1.5},"eventSource":"aws:kinesis","eventVersion":"1.0","eventID":"s:1","#
            + #""eventName":"aws:kinesis:record","invokeIdentityArn":"r","awsRegion":"us-east-1","eventSourceARN":"a"}"#,
        // Another order, names of the same length ("kinesis", "eventID"), names that differ only at the end.
        #"{"eventID":"x","kinesis":{"data":"AAAA","dat":"x","datA":"y"},"eventI":1,"eventIDs":2}"#,
        // Duplicate names: the last one wins, whatever its kind.
        #"{"kinesis":{"data":"a"},"kinesis":{"data":"b","data":"c"},"eventID":"1","eventID":2}"#,
        #"{"kinesis":{"data":"a","data":7,"partitionKey":"p","partitionKey":"q"},"kinesis":{"data":"d"}}"#,
        #"{"kinesis":{"data":"a"},"kinesis":[]}"#,
        // Names written with escapes are compared decoded.
        #"{"kin\u0065sis":{"\u0064ata":"e30=","sequence\u004Eumber":"12"},"event\u0049D":"s:1"}"#,
        #"{"kinesis":{"d\/ta":"x","data\u0000":"y"},"awsRegion\t":"r","aws\u0052egion":"eu-west-1"}"#,
        // Members of other kinds.
        #"{"kinesis":"text","eventID":null,"eventSourceARN":{},"awsRegion":[],"invokeIdentityArn":true}"#,
        #"{"kinesis":{"sequenceNumber":1,"approximateArrivalTimestamp":"1704153600","data":null,"partitionKey":[]}}"#,
        #"{"kinesis":{},"eventVersion":"1.0","":"empty name"}"#,
        #"{}"#, #"[{"kinesis":{"data":"e30="}}]"#, #""kinesis""#, #"17"#,
    ])
    func findsWhatOneLookupPerNameFinds(text: String) throws {
        let document = try JSONDocument(parsing: text)
        let context = RuleContext(document: document, root: 0, options: RuleOptions())
        for index in 0..<document.nodes.count {
            #expect(Self.walked(index, context) == Self.looked(index, context), "\(text) at \(index)")
        }
    }
}
