import StreamEvents
import Testing

/// One row of a filter table: a pattern and the names of the records Lambda delivers with it.
struct FilterCase: Sendable, CustomTestStringConvertible {
    var name: String
    var pattern: String
    var delivered: [String]

    init(_ name: String, _ pattern: String, _ delivered: [String]) {
        self.name = name
        self.pattern = pattern
        self.delivered = delivered
    }

    var testDescription: String { name }
}

/// Every operator on each source, against the records of `FilterRecords`, one filter at a time.
///
/// The semantics follow the Lambda event filtering guide (https://docs.aws.amazon.com/lambda/latest/dg/invocation-eventfiltering.html)
/// and the EventBridge content-filtering reference it builds on
/// (https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-create-pattern-operators.html).
@Suite struct EventFilterCaseTests {
    static let kinesisJSONCases: [FilterCase] = [
        FilterCase("exact string", #"{"data":{"kind":["order"]}}"#, ["k1", "k2", "k4"]),
        FilterCase("exact number", #"{"data":{"total":[120]}}"#, ["k1"]),
        FilterCase("exact number matches by value (1e3 is 1000)", #"{"data":{"total":[1000]}}"#, ["k4"]),
        FilterCase("exact true", #"{"data":{"express":[true]}}"#, ["k1"]),
        FilterCase("exact false", #"{"data":{"express":[false]}}"#, ["k2"]),
        FilterCase("null matches an explicit null only", #"{"data":{"note":[null]}}"#, ["k1"]),
        FilterCase("empty string", #"{"data":{"coupon":[""]}}"#, ["k2"]),
        FilterCase("a list of values is an or", #"{"data":{"status":["paid","cancelled"]}}"#, ["k1", "k3", "k4"]),
        FilterCase("members are anded", #"{"data":{"kind":["order"],"status":["paid"]}}"#, ["k1"]),
        FilterCase("exact match is case-sensitive", #"{"data":{"status":["pending"]}}"#, []),
        FilterCase("a string never equals a number", #"{"data":{"total":["120"]}}"#, []),
        FilterCase("a missing member matches no value", #"{"data":{"missing":["x"]}}"#, []),
        FilterCase("nested object", #"{"data":{"customer":{"tier":["gold"]}}}"#, ["k1", "k4"]),
        FilterCase("prefix", #"{"data":{"region":[{"prefix":"us-"}]}}"#, ["k1", "k3"]),
        FilterCase(
            "prefix ignoring case", #"{"data":{"status":[{"prefix":{"equals-ignore-case":"pen"}}]}}"#, ["k2"]),
        FilterCase("suffix is case-sensitive", #"{"data":{"file":[{"suffix":".png"}]}}"#, ["k2", "k4"]),
        FilterCase(
            "suffix ignoring case", #"{"data":{"file":[{"suffix":{"equals-ignore-case":".png"}}]}}"#,
            ["k1", "k2", "k4"]),
        FilterCase("equals-ignore-case", #"{"data":{"status":[{"equals-ignore-case":"pending"}]}}"#, ["k2"]),
        FilterCase("wildcard", #"{"data":{"region":[{"wildcard":"*-west-*"}]}}"#, ["k2", "k3"]),
        FilterCase("wildcard with an escaped star", #"{"data":{"file":[{"wildcard":"a\\*b.*"}]}}"#, ["k4"]),
        FilterCase("anything-but a string", #"{"data":{"status":[{"anything-but":"paid"}]}}"#, ["k2", "k4"]),
        FilterCase(
            "anything-but a list of strings", #"{"data":{"status":[{"anything-but":["paid","PENDING"]}]}}"#, ["k4"]),
        FilterCase("anything-but a number", #"{"data":{"total":[{"anything-but":120}]}}"#, ["k2", "k3", "k4"]),
        FilterCase(
            "anything-but a list of numbers (by value)", #"{"data":{"total":[{"anything-but":[120,1000]}]}}"#,
            ["k2", "k3"]),
        FilterCase("anything-but prefix", #"{"data":{"region":[{"anything-but":{"prefix":"us-"}}]}}"#, ["k2", "k4"]),
        FilterCase(
            "anything-but suffix", #"{"data":{"file":[{"anything-but":{"suffix":".png"}}]}}"#, ["k1", "k3"]),
        FilterCase(
            "anything-but equals-ignore-case",
            #"{"data":{"status":[{"anything-but":{"equals-ignore-case":["PAID","pending"]}}]}}"#, ["k4"]),
        FilterCase(
            "anything-but wildcard", #"{"data":{"region":[{"anything-but":{"wildcard":"*-west-*"}}]}}"#,
            ["k1", "k4"]),
        FilterCase(
            "anything-but needs the member", #"{"data":{"note":[{"anything-but":"late"}]}}"#, ["k1"]),
        FilterCase("numeric range", #"{"data":{"total":[{"numeric":[">",0,"<=",120]}]}}"#, ["k1", "k2"]),
        FilterCase("numeric equals", #"{"data":{"total":[{"numeric":["=",45.5]}]}}"#, ["k2"]),
        FilterCase("numeric below zero", #"{"data":{"total":[{"numeric":["<",0]}]}}"#, ["k3"]),
        FilterCase("numeric at least, exponent form", #"{"data":{"total":[{"numeric":[">=",1000]}]}}"#, ["k4"]),
        FilterCase("numeric never matches a string", #"{"data":{"status":[{"numeric":[">",0]}]}}"#, []),
        FilterCase("exists", #"{"data":{"customer":{"email":[{"exists":true}]}}}"#, ["k1", "k3"]),
        FilterCase("does not exist", #"{"data":{"customer":{"email":[{"exists":false}]}}}"#, ["k2", "k4"]),
        FilterCase("an explicit null exists", #"{"data":{"note":[{"exists":false}]}}"#, ["k2", "k4"]),
        FilterCase("exists looks at leaves, not objects", #"{"data":{"customer":[{"exists":true}]}}"#, []),
        FilterCase("cidr IPv4 /16", #"{"data":{"ip":[{"cidr":"10.0.0.0/16"}]}}"#, ["k1", "k2"]),
        FilterCase("cidr IPv4 /24", #"{"data":{"ip":[{"cidr":"10.0.0.0/24"}]}}"#, ["k1"]),
        FilterCase("cidr IPv6", #"{"data":{"ip":[{"cidr":"2001:db8::/32"}]}}"#, ["k4"]),
        FilterCase("an array matches when one element does", #"{"data":{"tags":["vip"]}}"#, ["k1"]),
        FilterCase(
            "an empty or missing array has no value", #"{"data":{"tags":[{"exists":false}]}}"#, ["k3", "k4"]),
        FilterCase(
            "members of one array element match together", #"{"data":{"items":{"sku":["A"],"qty":[5]}}}"#, ["k4"]),
        FilterCase(
            "$or inside data", #"{"data":{"$or":[{"kind":["refund"]},{"total":[{"numeric":[">",500]}]}]}}"#,
            ["k3", "k4"]),
        FilterCase(
            "$or across metadata and data",
            #"{"$or":[{"partitionKey":["vip-7"]},{"data":{"status":["cancelled"]}}]}"#, ["k1", "k4"]),
        FilterCase("partition key prefix", #"{"partitionKey":[{"prefix":"vip-"}]}"#, ["k1", "k4"]),
        FilterCase(
            "metadata and data together", #"{"partitionKey":[{"prefix":"std-"}],"data":{"kind":["order"]}}"#, ["k2"]),
        FilterCase("schema version", #"{"kinesisSchemaVersion":["1.0"]}"#, ["k1", "k2", "k3", "k4"]),
        FilterCase(
            "arrival time range", #"{"approximateArrivalTimestamp":[{"numeric":[">=",1704153700]}]}"#,
            ["k2", "k3", "k4"]),
        FilterCase("the record's outer members are not matched", #"{"eventSource":["aws:kinesis"]}"#, []),
    ]

    static let kinesisTextCases: [FilterCase] = [
        FilterCase("a data pattern matches JSON data only", #"{"data":{"kind":["order"]}}"#, ["t3"]),
        FilterCase("data is not matched as text", #"{"data":[{"prefix":"hello"}]}"#, []),
        FilterCase("anything-but never matches text data", #"{"data":[{"anything-but":"hello world"}]}"#, []),
        FilterCase(
            "exists false never matches text data (and JSON objects are no leaf)", #"{"data":[{"exists":false}]}"#,
            ["t3"]),
        FilterCase("metadata still filters text data", #"{"partitionKey":[{"prefix":"vip-"}]}"#, ["t1", "t4"]),
        FilterCase(
            "metadata anything-but prefix", #"{"partitionKey":[{"anything-but":{"prefix":"vip-"}}]}"#, ["t2", "t3"]),
        FilterCase("schema version of text records", #"{"kinesisSchemaVersion":["1.0"]}"#, ["t1", "t2", "t3", "t4"]),
        FilterCase(
            "a data rule sinks the whole pattern", #"{"partitionKey":["std-2"],"data":{"kind":["order"]}}"#, []),
        FilterCase(
            "a $or branch without data still delivers",
            #"{"$or":[{"partitionKey":["vip-1"]},{"data":{"kind":["order"]}}]}"#, ["t1", "t3"]),
    ]

    static let dynamodbCases: [FilterCase] = [
        FilterCase("event name", #"{"eventName":["INSERT"]}"#, ["d1", "d4"]),
        FilterCase("event name anything-but", #"{"eventName":[{"anything-but":"REMOVE"}]}"#, ["d1", "d2", "d4"]),
        FilterCase("new image string", #"{"dynamodb":{"NewImage":{"status":{"S":["paid"]}}}}"#, ["d1"]),
        FilterCase(
            "new image equals-ignore-case",
            #"{"dynamodb":{"NewImage":{"status":{"S":[{"equals-ignore-case":"pending"}]}}}}"#, ["d2"]),
        FilterCase(
            "new image prefix ignoring case",
            #"{"dynamodb":{"NewImage":{"status":{"S":[{"prefix":{"equals-ignore-case":"PA"}}]}}}}"#, ["d1"]),
        FilterCase(
            "numbers are strings in images", #"{"dynamodb":{"NewImage":{"total":{"N":[{"numeric":[">",100]}]}}}}"#, []),
        FilterCase("a number attribute matched as text", #"{"dynamodb":{"NewImage":{"total":{"N":["120"]}}}}"#, ["d1"]),
        FilterCase("numeric on SizeBytes", #"{"dynamodb":{"SizeBytes":[{"numeric":[">=",50]}]}}"#, ["d2", "d4"]),
        FilterCase(
            "exists on the attribute object matches nothing",
            #"{"dynamodb":{"NewImage":{"status":[{"exists":true}]}}}"#,
            []),
        FilterCase(
            "exists on the type key", #"{"dynamodb":{"NewImage":{"status":{"S":[{"exists":true}]}}}}"#,
            ["d1", "d2", "d4"]),
        FilterCase(
            "does not exist, including without a new image",
            #"{"dynamodb":{"NewImage":{"email":{"S":[{"exists":false}]}}}}"#, ["d1", "d2", "d3"]),
        FilterCase(
            "old image exists", #"{"dynamodb":{"OldImage":{"status":{"S":[{"exists":true}]}}}}"#, ["d2", "d3"]),
        FilterCase("string set element", #"{"dynamodb":{"NewImage":{"tags":{"SS":["vip"]}}}}"#, ["d1"]),
        FilterCase("boolean attribute", #"{"dynamodb":{"NewImage":{"express":{"BOOL":[true]}}}}"#, ["d1"]),
        FilterCase("null attribute", #"{"dynamodb":{"NewImage":{"note":{"NULL":[true]}}}}"#, ["d1"]),
        FilterCase("map attribute", #"{"dynamodb":{"NewImage":{"customer":{"M":{"tier":{"S":["gold"]}}}}}}"#, ["d1"]),
        FilterCase(
            "key prefix", #"{"dynamodb":{"Keys":{"id":{"S":[{"prefix":"o-"}]}}}}"#, ["d1", "d2", "d3", "d4"]),
        FilterCase("key suffix", #"{"dynamodb":{"Keys":{"id":{"S":[{"suffix":"-3"}]}}}}"#, ["d3"]),
        FilterCase("key wildcard", #"{"dynamodb":{"Keys":{"id":{"S":[{"wildcard":"o-*4"}]}}}}"#, ["d4"]),
        FilterCase(
            "email wildcard", #"{"dynamodb":{"NewImage":{"email":{"S":[{"wildcard":"*@example.com"}]}}}}"#, ["d4"]),
        FilterCase(
            "anything-but list needs the attribute",
            #"{"dynamodb":{"NewImage":{"status":{"S":[{"anything-but":["paid","cancelled"]}]}}}}"#, ["d2"]),
        FilterCase(
            "anything-but prefix is case-sensitive",
            #"{"dynamodb":{"NewImage":{"status":{"S":[{"anything-but":{"prefix":"p"}}]}}}}"#, ["d2", "d4"]),
        FilterCase(
            "$or of event name and image",
            #"{"$or":[{"eventName":["REMOVE"]},{"dynamodb":{"NewImage":{"status":{"S":["paid"]}}}}]}"#, ["d1", "d3"]),
        FilterCase(
            "record metadata", #"{"eventSource":["aws:dynamodb"],"awsRegion":["us-east-1"]}"#, ["d1", "d2", "d3", "d4"]),
        FilterCase(
            "stream view type", #"{"dynamodb":{"StreamViewType":["NEW_AND_OLD_IMAGES"]}}"#, ["d1", "d2", "d3", "d4"]),
        FilterCase(
            "event name and new image together",
            #"{"eventName":["INSERT"],"dynamodb":{"NewImage":{"total":{"N":[{"prefix":"1"}]}}}}"#, ["d1", "d4"]),
    ]

    static func filter(_ pattern: String) throws -> EventFilter {
        try EventFilter(criteria: FilterCriteria(filters: [.init(pattern: pattern)]))
    }

    @Test(arguments: kinesisJSONCases)
    func kinesisJSONData(_ row: FilterCase) throws {
        let filter = try Self.filter(row.pattern)
        #expect(FilterRecords.kinesisJSON.filter { filter.accepts($0.record) }.map(\.name) == row.delivered)
    }

    @Test(arguments: kinesisTextCases)
    func kinesisNonJSONData(_ row: FilterCase) throws {
        let filter = try Self.filter(row.pattern)
        #expect(FilterRecords.kinesisText.filter { filter.accepts($0.record) }.map(\.name) == row.delivered)
    }

    @Test(arguments: dynamodbCases)
    func dynamodbRecords(_ row: FilterCase) throws {
        let filter = try Self.filter(row.pattern)
        #expect(FilterRecords.dynamodbRecords.filter { filter.accepts($0.record) }.map(\.name) == row.delivered)
    }

    @Test func thereAreAtLeastSixtyCasesCoveringEveryOperator() {
        let all = Self.kinesisJSONCases + Self.kinesisTextCases + Self.dynamodbCases
        #expect(all.count >= 60)
        for operation in [
            "prefix", "suffix", "equals-ignore-case", "wildcard", "anything-but", "numeric", "exists", "cidr", "$or",
        ] {
            #expect(all.contains { $0.pattern.contains("\"\(operation)\"") }, "no case uses \(operation)")
        }
    }
}
