import Foundation
import StreamEvents
import StreamJSON

/// Named records the filter tables run against: each table row lists the names it expects delivered.
enum FilterRecords {
    /// A Kinesis record named `name` whose blob is `data` (any bytes) under `partitionKey`.
    static func kinesis(
        _ name: String, partitionKey: String, arrival: Double, data: some Collection<UInt8>
    ) -> (name: String, record: KinesisEventRecord) {
        let sequence = "4964788880262932207251952834047504771176729638146880\(3100 + Int(arrival) % 100)"
        var payload = KinesisRecordPayload(
            partitionKey: partitionKey, sequenceNumber: sequence,
            approximateArrivalTimestamp: AWSTimestamp(epochSeconds: arrival))
        payload.setData(data)
        let record = KinesisEventRecord(
            eventID: "shardId-000000000003:\(sequence)",
            eventSourceARN: "arn:aws:kinesis:us-east-1:111122223333:stream/orders",
            invokeIdentityArn: "arn:aws:iam::111122223333:role/orders-consumer-role", awsRegion: "us-east-1",
            kinesis: payload)
        return (name, record)
    }

    /// Kinesis records whose data is JSON: orders and a refund with every kind of value the operators test.
    static let kinesisJSON = [
        kinesis(
            "k1", partitionKey: "vip-7", arrival: 1_704_153_600.125,
            data: Array(
                #"""
                {"kind":"order","total":120,"status":"paid","region":"us-east-1","tags":["vip","new"],
                 "customer":{"email":"a@example.com","tier":"gold"},"ip":"10.0.0.7","file":"report.PNG",
                 "note":null,"express":true,"items":[{"sku":"A","qty":1},{"sku":"B","qty":5}]}
                """#.utf8)),
        kinesis(
            "k2", partitionKey: "std-3", arrival: 1_704_153_700,
            data: Array(
                #"""
                {"kind":"order","total":45.5,"status":"PENDING","region":"eu-west-1","tags":["new"],
                 "customer":{"tier":"silver"},"ip":"10.0.1.9","file":"photo.png","express":false,"coupon":""}
                """#.utf8)),
        kinesis(
            "k3", partitionKey: "std-9", arrival: 1_704_153_800,
            data: Array(
                #"""
                {"kind":"refund","total":-20,"status":"paid","region":"us-west-2","tags":[],
                 "customer":{"email":"c@example.com"},"ip":"192.168.1.20","file":"notes.txt","note":"late",
                 "coupon":"SAVE10"}
                """#.utf8)),
        kinesis(
            "k4", partitionKey: "vip-2", arrival: 1_704_153_900,
            data: Array(
                #"""
                {"kind":"order","total":1e3,"status":"cancelled","region":"ap-south-1","customer":{"tier":"gold"},
                 "ip":"2001:db8::1","file":"a*b.png","items":[{"sku":"A","qty":5}]}
                """#.utf8)),
    ]

    /// Kinesis records whose data is not JSON (text, CSV, binary), and one JSON record among them.
    static let kinesisText = [
        kinesis("t1", partitionKey: "vip-1", arrival: 1_704_153_600, data: Array("hello world".utf8)),
        kinesis("t2", partitionKey: "std-2", arrival: 1_704_153_600, data: Array("order,120,paid".utf8)),
        kinesis("t3", partitionKey: "std-3", arrival: 1_704_153_600, data: Array(#"{"kind":"order"}"#.utf8)),
        kinesis("t4", partitionKey: "vip-4", arrival: 1_704_153_600, data: [0xF3, 0x89, 0x9A, 0xC2, 0x00]),
    ]

    /// A DynamoDB stream record named `name`, decoded from its wire JSON.
    static func dynamodb(_ name: String, _ json: String) -> (name: String, record: DynamoDBEventRecord) {
        let wire = #"""
            {"eventID":"\#(name)","eventVersion":"1.1","eventSource":"aws:dynamodb","awsRegion":"us-east-1",
             "eventSourceARN":"arn:aws:dynamodb:us-east-1:111122223333:table/orders/stream/2024-01-01T00:00:00.000",
            \#(json)}
            """#
        do {
            return (name, try StreamJSONDecoder().decode(DynamoDBEventRecord.self, from: wire))
        } catch {
            preconditionFailure("fixture \(name) does not decode: \(error)")
        }
    }

    /// DynamoDB records: an insert, a modify, a remove and another insert, with strings, numbers, sets, maps,
    /// booleans and nulls in their images.
    static let dynamodbRecords = [
        dynamodb(
            "d1",
            #"""
            "eventName":"INSERT","dynamodb":{"Keys":{"id":{"S":"o-1"}},"NewImage":{"id":{"S":"o-1"},
             "status":{"S":"paid"},"total":{"N":"120"},"customer":{"M":{"tier":{"S":"gold"}}},
             "tags":{"SS":["vip","new"]},"express":{"BOOL":true},"note":{"NULL":true}},
             "SequenceNumber":"100","SizeBytes":40,"StreamViewType":"NEW_AND_OLD_IMAGES"}
            """#),
        dynamodb(
            "d2",
            #"""
            "eventName":"MODIFY","dynamodb":{"Keys":{"id":{"S":"o-2"}},"NewImage":{"id":{"S":"o-2"},
             "status":{"S":"PENDING"},"total":{"N":"45.5"}},"OldImage":{"id":{"S":"o-2"},"status":{"S":"new"}},
             "SequenceNumber":"200","SizeBytes":60,"StreamViewType":"NEW_AND_OLD_IMAGES"}
            """#),
        dynamodb(
            "d3",
            #"""
            "eventName":"REMOVE","dynamodb":{"Keys":{"id":{"S":"o-3"}},"OldImage":{"id":{"S":"o-3"},
             "status":{"S":"paid"},"total":{"N":"20"}},
             "SequenceNumber":"300","SizeBytes":30,"StreamViewType":"NEW_AND_OLD_IMAGES"}
            """#),
        dynamodb(
            "d4",
            #"""
            "eventName":"INSERT","dynamodb":{"Keys":{"id":{"S":"o-4"}},"NewImage":{"id":{"S":"o-4"},
             "status":{"S":"cancelled"},"total":{"N":"1000"},"email":{"S":"x@example.com"}},
             "SequenceNumber":"400","SizeBytes":80,"StreamViewType":"NEW_AND_OLD_IMAGES"}
            """#),
    ]
}
