import Foundation
import StreamEvents
import StreamJSON
import Testing

/// A pattern from the AWS Lambda filtering guide, with events (our own values) it must and must not match.
struct DocumentedPattern: Sendable, CustomTestStringConvertible {
    var name: String
    var pattern: String
    var matching: [String]
    var notMatching: [String]

    var testDescription: String { name }
}

/// Every pattern shape of the Lambda event filtering guide parses and behaves as the guide says.
@Suite struct EventFilterDocumentationTests {
    /// The comparison operators table of https://docs.aws.amazon.com/lambda/latest/dg/invocation-eventfiltering.html
    /// ("Filter rule syntax"), one row each, with events of our own on the data key of a Kinesis record.
    static let operatorTable: [DocumentedPattern] = [
        DocumentedPattern(
            name: "Null", pattern: #"{"data":{"UserID":[null]}}"#, matching: [#"{"UserID":null}"#],
            notMatching: [#"{"UserID":"u-1"}"#, #"{}"#]),
        DocumentedPattern(
            name: "Empty", pattern: #"{"data":{"LastName":[""]}}"#, matching: [#"{"LastName":""}"#],
            notMatching: [#"{"LastName":"Diaz"}"#, #"{"LastName":null}"#]),
        DocumentedPattern(
            name: "Equals", pattern: #"{"data":{"Name":["Alice"]}}"#, matching: [#"{"Name":"Alice"}"#],
            notMatching: [#"{"Name":"alice"}"#, #"{"Name":"Bob"}"#]),
        DocumentedPattern(
            name: "Equals (ignore case)", pattern: #"{"data":{"Name":[{"equals-ignore-case":"alice"}]}}"#,
            matching: [#"{"Name":"ALICE"}"#, #"{"Name":"Alice"}"#], notMatching: [#"{"Name":"Alicia"}"#]),
        DocumentedPattern(
            name: "And", pattern: #"{"data":{"Location":["New York"],"Day":["Monday"]}}"#,
            matching: [#"{"Location":"New York","Day":"Monday"}"#],
            notMatching: [#"{"Location":"New York","Day":"Friday"}"#, #"{"Day":"Monday"}"#]),
        DocumentedPattern(
            name: "Or", pattern: #"{"data":{"PaymentType":["Credit","Debit"]}}"#,
            matching: [#"{"PaymentType":"Credit"}"#, #"{"PaymentType":"Debit"}"#],
            notMatching: [#"{"PaymentType":"Cash"}"#]),
        DocumentedPattern(
            name: "Or (multiple fields)", pattern: #"{"data":{"$or":[{"Location":["New York"]},{"Day":["Monday"]}]}}"#,
            matching: [#"{"Location":"New York","Day":"Friday"}"#, #"{"Location":"Boston","Day":"Monday"}"#],
            notMatching: [#"{"Location":"Boston","Day":"Friday"}"#]),
        DocumentedPattern(
            name: "Not", pattern: #"{"data":{"Weather":[{"anything-but":["Raining"]}]}}"#,
            matching: [#"{"Weather":"Sunny"}"#], notMatching: [#"{"Weather":"Raining"}"#, #"{}"#]),
        DocumentedPattern(
            name: "Numeric (equals)", pattern: #"{"data":{"Price":[{"numeric":["=",100]}]}}"#,
            matching: [#"{"Price":100}"#, #"{"Price":100.0}"#], notMatching: [#"{"Price":"100"}"#, #"{"Price":99}"#]),
        DocumentedPattern(
            name: "Numeric (range)", pattern: #"{"data":{"Price":[{"numeric":[">",10,"<=",20]}]}}"#,
            matching: [#"{"Price":20}"#, #"{"Price":10.5}"#], notMatching: [#"{"Price":10}"#, #"{"Price":20.01}"#]),
        DocumentedPattern(
            name: "Exists", pattern: #"{"data":{"ProductName":[{"exists":true}]}}"#,
            matching: [#"{"ProductName":"Widget"}"#], notMatching: [#"{"Product":"Widget"}"#]),
        DocumentedPattern(
            name: "Does not exist", pattern: #"{"data":{"ProductName":[{"exists":false}]}}"#,
            matching: [#"{"Product":"Widget"}"#], notMatching: [#"{"ProductName":"Widget"}"#]),
        DocumentedPattern(
            name: "Begins with", pattern: #"{"data":{"Region":[{"prefix":"us-"}]}}"#,
            matching: [#"{"Region":"us-east-1"}"#], notMatching: [#"{"Region":"eu-west-1"}"#]),
        DocumentedPattern(
            name: "Ends with", pattern: #"{"data":{"FileName":[{"suffix":".png"}]}}"#,
            matching: [#"{"FileName":"cat.png"}"#], notMatching: [#"{"FileName":"cat.jpg"}"#]),
    ]

    /// A Kinesis record carrying `json` as its data.
    static func record(_ json: String) -> KinesisEventRecord {
        FilterRecords.kinesis("doc", partitionKey: "1", arrival: 1_545_084_650.987, data: Array(json.utf8)).record
    }

    @Test(arguments: operatorTable)
    func operatorTableRowsBehaveAsDocumented(_ row: DocumentedPattern) throws {
        let filter = try EventFilter(criteria: FilterCriteria(filters: [.init(pattern: row.pattern)]))
        for json in row.matching { #expect(filter.accepts(Self.record(json)), "\(json) should match") }
        for json in row.notMatching { #expect(!filter.accepts(Self.record(json)), "\(json) should not match") }
    }

    /// https://docs.aws.amazon.com/lambda/latest/dg/with-kinesis-filtering.html: a filter on the order type of JSON
    /// data keeps buy orders only, and records whose data is not JSON are dropped by a data filter.
    @Test func kinesisOrderTypeExample() throws {
        let criteria = try StreamJSONDecoder().decode(
            FilterCriteria.self,
            from: #"{"Filters":[{"Pattern":"{ \"data\" : { \"order\" : { \"type\" : [ \"buy\" ] } } }"}]}"#)
        let filter = try EventFilter(criteria: criteria)
        #expect(
            filter.accepts(Self.record(#"{"record":12345,"order":{"type":"buy","stock":"ANYCO","quantity":1000}}"#)))
        #expect(!filter.accepts(Self.record(#"{"record":12346,"order":{"type":"sell","stock":"ANYCO","quantity":5}}"#)))
        #expect(!filter.accepts(Self.record("record 12347: buy ANYCO")))
    }

    /// https://docs.aws.amazon.com/lambda/latest/dg/invocation-eventfiltering.html: metadata properties (such as
    /// the partition key) and data properties combine in one pattern.
    @Test func metadataAndDataPropertiesExample() throws {
        let pattern = #"{"partitionKey":["1"],"data":{"City":["Seattle"]}}"#
        let filter = try EventFilter(criteria: FilterCriteria(filters: [.init(pattern: pattern)]))
        #expect(filter.accepts(Self.record(#"{"City":"Seattle","State":"WA","Temperature":"46"}"#)))
        #expect(!filter.accepts(Self.record(#"{"City":"Portland","State":"OR","Temperature":"50"}"#)))
    }

    /// The stream record of https://docs.aws.amazon.com/lambda/latest/dg/with-ddb-filtering.html, with our own names.
    static let customer = FilterRecords.dynamodb(
        "c1",
        #"""
        "eventName":"INSERT","dynamodb":{"ApproximateCreationDateTime":1678831218,
         "Keys":{"CustomerName":{"S":"Example Corp"}},
         "NewImage":{"AccountManager":{"S":"Jane Roe"},"PaymentTerms":{"S":"60 days"},
          "CustomerName":{"S":"Example Corp"}},
         "SequenceNumber":"111","SizeBytes":26,"StreamViewType":"NEW_IMAGE"}
        """#
    ).record

    static func accepts(_ pattern: String) throws -> Bool {
        try EventFilter(criteria: FilterCriteria(filters: [.init(pattern: pattern)])).accepts(customer)
    }

    /// with-ddb-filtering.html: "Filtering with table keys", "Filtering with table attributes" (two managers),
    /// "Filtering with Boolean expressions" (two attributes anded) and "Using the Exists operator" (on the type
    /// key, since `exists` tests leaves and an attribute is an object).
    @Test func dynamodbGuideExamples() throws {
        #expect(try Self.accepts(#"{"dynamodb":{"Keys":{"CustomerName":{"S":["Example Corp"]}}}}"#))
        #expect(!(try Self.accepts(#"{"dynamodb":{"Keys":{"CustomerName":{"S":["Other Corp"]}}}}"#)))
        #expect(try Self.accepts(#"{"dynamodb":{"NewImage":{"AccountManager":{"S":["Jane Roe","John Doe"]}}}}"#))
        #expect(
            try Self.accepts(
                #"{"dynamodb":{"NewImage":{"AccountManager":{"S":["Jane Roe"]},"PaymentTerms":{"S":["60 days"]}}}}"#))
        #expect(
            !(try Self.accepts(
                #"{"dynamodb":{"NewImage":{"AccountManager":{"S":["Jane Roe"]},"PaymentTerms":{"S":["30 days"]}}}}"#)))
        #expect(try Self.accepts(#"{"dynamodb":{"NewImage":{"PaymentTerms":{"S":[{"exists":true}]}}}}"#))
        #expect(!(try Self.accepts(#"{"dynamodb":{"NewImage":{"PaymentTerms":[{"exists":true}]}}}"#)))
        #expect(try Self.accepts(#"{"eventName":["INSERT"]}"#))
    }
}
