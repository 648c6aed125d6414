import Foundation
import StreamEvents
import Testing

/// The README's "Decode an event and read its data" example, run on real payloads.
@Suite struct ReadmeDecodingExampleTests {
    struct Order: Decodable, Equatable {
        var orderId: String
        var amount: Decimal
    }

    @Test func kinesisDataDecodesIntoACodablePayload() throws {
        let payload = Data(
            #"""
            {"Records":[{"kinesis":{"kinesisSchemaVersion":"1.0","partitionKey":"order-1",
            "sequenceNumber":"49647888802629322072519528340475047711767296381468803122",
            "data":"eyJvcmRlcklkIjoiby0xIiwiYW1vdW50IjoxMi41fQ==","approximateArrivalTimestamp":1704153600.123},
            "eventSource":"aws:kinesis","eventVersion":"1.0",
            "eventID":"shardId-000000000003:49647888802629322072519528340475047711767296381468803122",
            "eventName":"aws:kinesis:record","invokeIdentityArn":"arn:aws:iam::111122223333:role/orders-consumer-role",
            "awsRegion":"us-east-1","eventSourceARN":"arn:aws:kinesis:us-east-1:111122223333:stream/orders"}]}
            """#.utf8)
        let event = try JSONDecoder().decode(KinesisEvent.self, from: payload)
        let orders = try event.records.map { try $0.kinesis.decode(Order.self) }
        #expect(orders == [Order(orderId: "o-1", amount: Decimal(string: "12.5") ?? 0)])
    }

    @Test func dynamoDBImageDecodesThroughTheItemDecoder() throws {
        let payload = Data(
            #"""
            {"Records":[{"eventID":"9a0e5c1f3b7d4e2a8c6b0d1f2e3a4b5c","eventName":"MODIFY","eventVersion":"1.1",
            "eventSource":"aws:dynamodb","awsRegion":"us-east-1","dynamodb":{"ApproximateCreationDateTime":1704153600,
            "Keys":{"orderId":{"S":"o-1"}},"NewImage":{"orderId":{"S":"o-1"},"amount":{"N":"12.5"}},
            "OldImage":{"orderId":{"S":"o-1"},"amount":{"N":"10"}},"SequenceNumber":"700000000000000000001",
            "SizeBytes":40,"StreamViewType":"NEW_AND_OLD_IMAGES"},
            "eventSourceARN":"arn:aws:dynamodb:us-east-1:111122223333:table/orders/stream/2024-01-01T00:00:00.000"}]}
            """#.utf8)
        let changes = try JSONDecoder().decode(DynamoDBEvent.self, from: payload)
        var decoded: [Order] = []
        for record in changes.records where record.eventName == .modify {
            if let image = record.dynamodb.newImage {
                decoded.append(try DynamoDBItemDecoder().decode(Order.self, from: image))
            }
        }
        #expect(decoded == [Order(orderId: "o-1", amount: Decimal(string: "12.5") ?? 0)])
    }
}
