// From the landing pages of the StreamEvents, StreamJSON, StreamJSONSchema and StreamContracts catalogs, and
// Sources/StreamContracts/Documentation.docc/ValidatingCaptures.md.
import Foundation
import StreamContracts
import StreamEvents
import StreamJSON
import StreamJSONSchema

func orderIDs(in payload: Data) throws -> [String] {
    struct Order: Decodable { var orderId: String }
    let event = try JSONDecoder().decode(KinesisEvent.self, from: payload)
    return try event.records.map { try $0.kinesis.decode(Order.self).orderId }
}

func firstSequenceNumber(of text: String) throws -> String? {
    let document = try JSONDocument(parsing: Array(text.utf8))
    return document.root["Records"]?[0]?["kinesis"]?["sequenceNumber"]?.stringValue
}

func isPositive(_ text: String) throws -> Bool {
    let schema = try JSONSchema(
        compiling: JSONDocument(parsing: Array(#"{"type": "number", "exclusiveMinimum": 0}"#.utf8)))
    return schema.validate(try JSONDocument(parsing: Array(text.utf8))).isValid
}

func contractsOverview(bytes: [UInt8]) throws {
    let validator = try ContractValidator()
    let report = validator.validate(capture: bytes, source: "lambda.log")
    print(report.summary.invalid)
}

func validateCapture(bytes: [UInt8]) throws -> Int32 {
    let validator = try ContractValidator()
    let report = validator.validate(capture: bytes, source: "lambda.log")
    for document in report.documents where !document.isValid {
        for diagnostic in document.diagnostics {
            print(document.source, diagnostic.rule, diagnostic.pointer, diagnostic.message)
        }
    }
    print(ReportFormat.github.render(report))
    return report.exitCode
}
