import StreamJSON

/// The members the rules read from one record of a Kinesis event (`Records[i]`) and from its `kinesis` payload,
/// found in one walk over each object instead of one scan per name.
///
/// Each is the value ``RuleContext/member(_:_:)`` finds for its name — the last of duplicate names, names written
/// with escapes compared decoded — kept only when it has the kind the rules read (as `stringMember` and
/// `objectMember` do), so the rules see exactly what one lookup per name would give them.
struct KinesisRecordMembers {
    /// `kinesis`, when it is an object.
    var payload: Int?
    /// `eventID`, when it is a string.
    var eventID: Int?
    /// `eventSourceARN`, when it is a string.
    var eventSourceARN: Int?
    /// `awsRegion`, when it is a string.
    var awsRegion: Int?
    /// `invokeIdentityArn`, when it is a string.
    var invokeIdentityArn: Int?
    /// `eventVersion`, when it is a string.
    var eventVersion: Int?
    /// `kinesis.sequenceNumber`, when it is a string.
    var sequenceNumber: Int?
    /// `kinesis.approximateArrivalTimestamp`, of any kind.
    var approximateArrivalTimestamp: Int?
    /// `kinesis.data`, when it is a string.
    var data: Int?
    /// `kinesis.partitionKey`, when it is a string.
    var partitionKey: Int?

    /// Reads the members of the record at tape index `record` (none when it is not an object).
    ///
    /// A static function, not an initialiser: its arguments are borrowed, where an initialiser's would be copied.
    static func read(_ record: Int, in context: RuleContext) -> KinesisRecordMembers {
        var members = KinesisRecordMembers()
        var kinesis: Int?
        // By length first: most names are ruled out by one comparison, the rest by one or two byte compares.
        context.forEachMember(of: record) { name, value in
            switch name.count {
            case 7:
                if MemberName.is(name, "kinesis") {
                    kinesis = value
                } else if MemberName.is(name, "eventID") {
                    members.eventID = value
                }
            case 14: if MemberName.is(name, "eventSourceARN") { members.eventSourceARN = value }
            case 9: if MemberName.is(name, "awsRegion") { members.awsRegion = value }
            case 17: if MemberName.is(name, "invokeIdentityArn") { members.invokeIdentityArn = value }
            case 12: if MemberName.is(name, "eventVersion") { members.eventVersion = value }
            default: break
            }
        }
        let document = context.document
        func string(_ value: Int?) -> Int? { value.flatMap { document.kind($0) == .string ? $0 : nil } }
        members.eventID = string(members.eventID)
        members.eventSourceARN = string(members.eventSourceARN)
        members.awsRegion = string(members.awsRegion)
        members.invokeIdentityArn = string(members.invokeIdentityArn)
        members.eventVersion = string(members.eventVersion)
        guard let kinesis, document.kind(kinesis) == .object else { return members }
        members.payload = kinesis
        context.forEachMember(of: kinesis) { name, value in
            switch name.count {
            case 14: if MemberName.is(name, "sequenceNumber") { members.sequenceNumber = value }
            case 27:
                if MemberName.is(name, "approximateArrivalTimestamp") { members.approximateArrivalTimestamp = value }
            case 4: if MemberName.is(name, "data") { members.data = value }
            case 12: if MemberName.is(name, "partitionKey") { members.partitionKey = value }
            default: break
            }
        }
        members.sequenceNumber = string(members.sequenceNumber)
        members.data = string(members.data)
        members.partitionKey = string(members.partitionKey)
        return members
    }
}
