// From README.md, "Decode an event and read its data" and "Validate from code": the statements sit in functions
// that receive the README's `payload` and `bytes`.
import Foundation
import StreamContracts
import StreamEvents

func readmeDecode(payload: Data) throws {
    struct Order: Decodable {
        var orderId: String
        var amount: Decimal
    }

    let event = try JSONDecoder().decode(KinesisEvent.self, from: payload)
    for record in event.records {
        let order = try record.kinesis.decode(Order.self)  // base64 → JSON → Order
        print(record.eventID, order.orderId, order.amount)
    }

    let changes = try JSONDecoder().decode(DynamoDBEvent.self, from: payload)
    for record in changes.records where record.eventName == .modify {
        if let image = record.dynamodb.newImage {  // AttributeMap, numbers kept exact
            let order = try DynamoDBItemDecoder().decode(Order.self, from: image)
            print(record.eventID, order.amount)
        }
    }
}

func readmeValidate(bytes: [UInt8]) throws {
    let validator = try ContractValidator()
    let report = validator.validate(capture: bytes, source: "lambda.log")
    for document in report.documents where !document.isValid {
        for diagnostic in document.diagnostics {
            print(document.source, diagnostic.location ?? document.location, diagnostic.rule, diagnostic.message)
        }
    }
}
