import StreamJSON
import Testing

@testable import StreamContracts

/// The one-walk member reading of a DynamoDB stream record must find what one lookup per name finds.
@Suite struct DynamoDBRecordMembersTests {
    /// The members one lookup per name finds, the general path the walk replaces.
    static func looked(_ record: Int, _ context: RuleContext) -> [Int?] {
        let change = context.objectMember(record, MemberName.dynamodb)
        let strings = [
            MemberName.eventID, MemberName.eventName, MemberName.eventVersion, MemberName.eventSourceARN,
            MemberName.awsRegion,
        ].map { context.stringMember(record, $0) }
        let inChange = [
            change.flatMap { context.objectMember($0, MemberName.keys) },
            change.flatMap { context.member($0, MemberName.newImage) },
            change.flatMap { context.member($0, MemberName.oldImage) },
            change.flatMap { context.stringMember($0, MemberName.sequenceNumberPascal) },
            change.flatMap { context.numberMember($0, MemberName.sizeBytes) },
            change.flatMap { context.stringMember($0, MemberName.streamViewType) },
            change.flatMap { context.numberMember($0, MemberName.approximateCreationDateTime) },
        ]
        return strings + [context.objectMember(record, MemberName.userIdentity), change] + inChange
    }

    static func walked(_ record: Int, _ context: RuleContext) -> [Int?] {
        let members = DynamoDBRecordMembers.read(record, in: context)
        return [
            members.eventID, members.eventName, members.eventVersion, members.eventSourceARN, members.awsRegion,
            members.userIdentity, members.change, members.keys, members.newImage, members.oldImage,
            members.sequenceNumber, members.sizeBytes, members.streamViewType, members.approximateCreationDateTime,
        ]
    }

    @Test(arguments: [
        // Every member, in the order AWS writes them.
        #"{"eventID":"1","eventName":"MODIFY","eventVersion":"1.1","eventSource":"aws:dynamodb","#
            + #""awsRegion":"us-east-1","dynamodb":{"ApproximateCreationDateTime":1.7E9,"Keys":{"k":{"S":"a"}},"#
            + #""NewImage":{"k":{"S":"a"}},"OldImage":{"k":{"S":"b"}},"SequenceNumber":"111","SizeBytes":26,"#
            + #""StreamViewType":"NEW_AND_OLD_IMAGES"},"eventSourceARN":"arn","userIdentity":{"type":"Service"}}"#,
        // Names of the same length, names that differ only at the end.
        #"{"eventId":"x","eventID":"y","dynamodb":{"Key":{},"Keyz":{},"NewImages":1,"SizeByte":2}}"#,
        // Duplicate names: the last one wins, whatever its kind.
        #"{"dynamodb":{"Keys":{}},"dynamodb":{"Keys":{"a":1},"Keys":[]},"eventName":"A","eventName":2}"#,
        #"{"dynamodb":{"SizeBytes":1,"SizeBytes":"2","NewImage":{},"NewImage":null},"dynamodb":3}"#,
        // Names written with escapes are compared decoded.
        #"{"dynamo\u0064b":{"\u004Beys":{},"SequenceNumbe\u0072":"12"},"event\u0049D":"e","aws\/Region":"x"}"#,
        // Members of other kinds.
        #"{"dynamodb":{"SequenceNumber":1,"StreamViewType":[],"ApproximateCreationDateTime":"1","OldImage":7}}"#,
        #"{"userIdentity":null,"eventID":{},"awsRegion":true,"eventSourceARN":1,"eventVersion":null}"#,
        #"{"dynamodb":"text","userIdentity":[]}"#, #"{}"#, #"[{"dynamodb":{}}]"#, #""dynamodb""#, #"0"#,
    ])
    func findsWhatOneLookupPerNameFinds(text: String) throws {
        let document = try JSONDocument(parsing: text)
        let context = RuleContext(document: document, root: 0, options: RuleOptions())
        for index in 0..<document.nodes.count {
            #expect(Self.walked(index, context) == Self.looked(index, context), "\(text) at \(index)")
        }
    }
}
