import StreamJSON

/// The members the rules read from one DynamoDB stream record (`Records[i]`, or a change record streamed to Kinesis)
/// and from its `dynamodb` object, found in one walk over each object instead of one scan per name (fourteen
/// lookups per record before).
///
/// Each is the value ``RuleContext/member(_:_:)`` finds for its name — the last of duplicate names, names written
/// with escapes compared decoded — kept only when it has the kind the rules read (as `stringMember`,
/// `objectMember` and `numberMember` do), so the rules see exactly what one lookup per name would give them.
struct DynamoDBRecordMembers {
    /// `eventID`, when it is a string.
    var eventID: Int?
    /// `eventName`, when it is a string.
    var eventName: Int?
    /// `eventVersion`, when it is a string.
    var eventVersion: Int?
    /// `eventSourceARN`, when it is a string.
    var eventSourceARN: Int?
    /// `awsRegion`, when it is a string.
    var awsRegion: Int?
    /// `userIdentity`, when it is an object.
    var userIdentity: Int?
    /// `dynamodb`, when it is an object.
    var change: Int?
    /// `dynamodb.Keys`, when it is an object.
    var keys: Int?
    /// `dynamodb.NewImage`, of any kind.
    var newImage: Int?
    /// `dynamodb.OldImage`, of any kind.
    var oldImage: Int?
    /// `dynamodb.SequenceNumber`, when it is a string.
    var sequenceNumber: Int?
    /// `dynamodb.SizeBytes`, when it is a number.
    var sizeBytes: Int?
    /// `dynamodb.StreamViewType`, when it is a string.
    var streamViewType: Int?
    /// `dynamodb.ApproximateCreationDateTime`, when it is a number.
    var approximateCreationDateTime: Int?

    /// Reads the members of the record at tape index `record` (none when it is not an object).
    ///
    /// A static function, not an initialiser: its arguments are borrowed, where an initialiser's would be copied.
    static func read(_ record: Int, in context: RuleContext) -> DynamoDBRecordMembers {
        var members = DynamoDBRecordMembers()
        // By length first: most names are ruled out by one comparison, the rest by one or two byte compares.
        context.forEachMember(of: record) { name, value in
            switch name.count {
            case 8: if MemberName.is(name, "dynamodb") { members.change = value }
            case 7: if MemberName.is(name, "eventID") { members.eventID = value }
            case 9:
                if MemberName.is(name, "eventName") {
                    members.eventName = value
                } else if MemberName.is(name, "awsRegion") {
                    members.awsRegion = value
                }
            case 12:
                if MemberName.is(name, "eventVersion") {
                    members.eventVersion = value
                } else if MemberName.is(name, "userIdentity") {
                    members.userIdentity = value
                }
            case 14: if MemberName.is(name, "eventSourceARN") { members.eventSourceARN = value }
            default: break
            }
        }
        let document = context.document
        func kept(_ value: Int?, _ kind: JSONKind) -> Int? { value.flatMap { document.kind($0) == kind ? $0 : nil } }
        members.eventID = kept(members.eventID, .string)
        members.eventName = kept(members.eventName, .string)
        members.eventVersion = kept(members.eventVersion, .string)
        members.eventSourceARN = kept(members.eventSourceARN, .string)
        members.awsRegion = kept(members.awsRegion, .string)
        members.userIdentity = kept(members.userIdentity, .object)
        members.change = kept(members.change, .object)
        guard let change = members.change else { return members }
        context.forEachMember(of: change) { name, value in
            switch name.count {
            case 4: if MemberName.is(name, "Keys") { members.keys = value }
            case 8:
                if MemberName.is(name, "NewImage") {
                    members.newImage = value
                } else if MemberName.is(name, "OldImage") {
                    members.oldImage = value
                }
            case 14:
                if MemberName.is(name, "SequenceNumber") {
                    members.sequenceNumber = value
                } else if MemberName.is(name, "StreamViewType") {
                    members.streamViewType = value
                }
            case 9: if MemberName.is(name, "SizeBytes") { members.sizeBytes = value }
            case 27:
                if MemberName.is(name, "ApproximateCreationDateTime") { members.approximateCreationDateTime = value }
            default: break
            }
        }
        members.keys = kept(members.keys, .object)
        members.sequenceNumber = kept(members.sequenceNumber, .string)
        members.sizeBytes = kept(members.sizeBytes, .number)
        members.streamViewType = kept(members.streamViewType, .string)
        members.approximateCreationDateTime = kept(members.approximateCreationDateTime, .number)
        return members
    }
}
