/// The numbered sections of the contract article (`Documentation.docc/EventContract.md`) and the AWS documents each
/// rests on: the one table both the rule catalog (`RuleSource`) and the article's generated rule table read.
package enum ContractSections {
    /// The article's name, as citations write it.
    package static let article = "EventContract"

    /// AWS documents, by short key.
    private static let lambdaKinesis = "AWS Lambda Developer Guide: Using Lambda with Kinesis Data Streams"
    private static let lambdaDynamoDB = "AWS Lambda Developer Guide: Using Lambda with DynamoDB Streams"
    private static let lambdaBatchFailures =
        "AWS Lambda Developer Guide: Configuring partial batch response (ReportBatchItemFailures)"
    private static let lambdaOnFailure =
        "AWS Lambda Developer Guide: Capturing discarded batches (on-failure destinations)"
    private static let lambdaESM = "AWS Lambda API Reference: EventSourceMappingConfiguration, CreateEventSourceMapping"
    private static let lambdaFiltering =
        "AWS Lambda Developer Guide: Control which events Lambda sends to your function"
    private static let lambdaLogs =
        "AWS Lambda Developer Guide: Working with Lambda function logs (text and JSON formats)"
    private static let kinesisAPI = "Amazon Kinesis Data Streams API Reference: Record, PutRecords, GetRecords, Shard"
    private static let kinesisGuide = "Amazon Kinesis Data Streams Developer Guide: Terminology and concepts, Quotas"
    private static let kplFormat = "Amazon Kinesis Producer Library: aggregation format (KPL aggregated records)"
    private static let ddbStreamsAPI =
        "Amazon DynamoDB Streams API Reference: Record, StreamRecord, AttributeValue, Identity"
    private static let ddbStreamsGuide = "Amazon DynamoDB Developer Guide: Change data capture for DynamoDB Streams"
    private static let ddbTypes = "Amazon DynamoDB Developer Guide: Supported data types and naming rules, Quotas"
    private static let ddbItemSize = "Amazon DynamoDB Developer Guide: Item sizes and formats"
    private static let ddbKinesis = "Amazon DynamoDB Developer Guide: Kinesis Data Streams for DynamoDB"
    private static let ddbTTL = "Amazon DynamoDB Developer Guide: DynamoDB Streams and Time to Live"
    private static let logsAPI = "Amazon CloudWatch Logs API Reference: FilterLogEvents, GetLogEvents"
    private static let logsSubscriptions = "Amazon CloudWatch Logs User Guide: Subscription filters"
    private static let samCLI = "AWS SAM CLI: sam local generate-event"
    private static let firehoseTransform = "Amazon Data Firehose Developer Guide: Transform source data"
    private static let lambdaFirehose = "AWS Lambda Developer Guide: Using Lambda with Amazon Data Firehose"

    /// The AWS documents of each top-level section (`A.1`, …, `F`).
    private static let table: [String: [String]] = [
        "A.1": [lambdaKinesis], "A.2": [lambdaKinesis], "A.3": [lambdaKinesis, kinesisAPI, kinesisGuide],
        "A.4": [lambdaKinesis], "A.5": [lambdaBatchFailures, lambdaKinesis], "A.6": [lambdaOnFailure],
        "A.7": [samCLI], "A.8": [kplFormat], "A.9": [lambdaKinesis], "A.10": [lambdaKinesis, kinesisAPI],
        "B.1": [lambdaDynamoDB, ddbStreamsAPI, ddbTTL], "B.2": [ddbStreamsAPI], "B.3": [ddbStreamsAPI, ddbTypes],
        "B.4": [ddbStreamsGuide, ddbStreamsAPI], "B.5": [ddbStreamsGuide, ddbStreamsAPI], "B.6": [ddbItemSize],
        "B.7": [lambdaDynamoDB, lambdaBatchFailures, lambdaOnFailure], "B.8": [ddbStreamsAPI, ddbKinesis],
        "B.9": [ddbKinesis], "B.10": [samCLI], "B.11": [lambdaDynamoDB],
        "C.1": [lambdaESM], "C.2": [lambdaESM], "C.3": [lambdaESM, kinesisAPI, ddbStreamsAPI], "C.4": [kinesisAPI],
        "C.5": [ddbStreamsAPI], "C.6": [lambdaFiltering, lambdaESM],
        "D.1": [kinesisGuide, kinesisAPI], "D.2": [kinesisAPI], "D.3": [kinesisAPI, kinesisGuide],
        "D.4": [ddbStreamsAPI],
        "E.1": [lambdaLogs], "E.2": [lambdaLogs], "E.3": [lambdaLogs], "E.4": [lambdaLogs], "E.5": [logsAPI],
        "E.6": [logsSubscriptions], "E.7": [lambdaLogs, logsAPI],
        "F": [lambdaKinesis, lambdaDynamoDB, ddbStreamsAPI, kinesisAPI],
        "G.1": [firehoseTransform, lambdaFirehose],
    ]

    /// Every top-level section, in the article's order.
    package static var sections: [String] {
        table.keys.sorted { lhs, rhs in
            let l = lhs.split(separator: ".").map(String.init)
            let r = rhs.split(separator: ".").map(String.init)
            if l[0] != r[0] { return l[0] < r[0] }
            return Int(l.last ?? "") ?? 0 < Int(r.last ?? "") ?? 0
        }
    }

    /// The top-level section a citation names: `A.10 #1` → `A.10`, `F #2` → `F`.
    package static func head(of section: String) -> String {
        String(section.prefix { $0 != " " && $0 != "," })
    }

    /// The AWS documents a section rests on; empty for a section the article does not have.
    package static func awsDocuments(of section: String) -> [String] {
        table[head(of: section)] ?? []
    }
}
