// A realistic batch end to end: a Kinesis-shaped schema over a few hundred records, valid and with known defects.
// No timing here; the Benchmarks/ target measures speed.

import StreamJSON
import StreamJSONSchema
import Testing

@Suite struct SchemaSanityTests {
    static let schemaText = #"""
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "$id": "https://streamfixtures.example/kinesis-event.json",
          "type": "object",
          "required": ["Records"],
          "additionalProperties": false,
          "properties": {
            "Records": {"type": "array", "maxItems": 10000, "items": {"$ref": "#/$defs/record"}}
          },
          "$defs": {
            "arn": {"type": "string", "pattern": "^arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:[0-9]{0,12}:"},
            "record": {
              "type": "object",
              "required": ["kinesis", "eventSource", "eventVersion", "eventID", "eventName", "invokeIdentityArn",
                           "awsRegion", "eventSourceARN"],
              "unevaluatedProperties": false,
              "properties": {
                "kinesis": {"$ref": "#/$defs/kinesis"},
                "eventSource": {"const": "aws:kinesis"},
                "eventVersion": {"type": "string"},
                "eventID": {"type": "string", "pattern": "^shardId-[0-9]{12}:[0-9]{1,129}$"},
                "eventName": {"enum": ["aws:kinesis:record"]},
                "invokeIdentityArn": {"$ref": "#/$defs/arn"},
                "awsRegion": {"type": "string", "minLength": 1},
                "eventSourceARN": {"$ref": "#/$defs/arn"}
              }
            },
            "kinesis": {
              "type": "object",
              "required": ["kinesisSchemaVersion", "partitionKey", "sequenceNumber", "data",
                           "approximateArrivalTimestamp"],
              "properties": {
                "kinesisSchemaVersion": {"type": "string"},
                "partitionKey": {"type": "string", "minLength": 1, "maxLength": 256},
                "sequenceNumber": {"type": "string", "pattern": "^(0|[1-9][0-9]{0,128})$"},
                "data": {"type": "string", "pattern": "^[A-Za-z0-9+/]*={0,2}$"},
                "approximateArrivalTimestamp": {"type": "number", "minimum": 0, "multipleOf": 0.001},
                "encryptionType": {"enum": ["NONE", "KMS"]}
              },
              "additionalProperties": false
            }
          }
        }
        """#

    /// A deterministic batch: record `n` has a 56-digit sequence number ending in `n`.
    static func batch(count: Int, edit: (Int, String) -> String = { $1 }) -> String {
        var records: [String] = []
        for n in 0..<count {
            let sequence = "4964788880262932207251952834047504771176729638146" + String(1_000_000 + n)
            let record = """
                {"kinesis": {"kinesisSchemaVersion": "1.0", "partitionKey": "order-\(n)", \
                "sequenceNumber": "\(sequence)", "data": "eyJvcmRlcklkIjoiby0xIiwiYW1vdW50IjoxMi41fQ==", \
                "approximateArrivalTimestamp": 1704153600.\(100 + n % 900)}, "eventSource": "aws:kinesis", \
                "eventVersion": "1.0", "eventID": "shardId-000000000003:\(sequence)", \
                "eventName": "aws:kinesis:record", \
                "invokeIdentityArn": "arn:aws:iam::111122223333:role/orders-consumer-role", \
                "awsRegion": "us-east-1", "eventSourceARN": "arn:aws:kinesis:us-east-1:111122223333:stream/orders"}
                """
            records.append(edit(n, record))
        }
        return "{\"Records\": [\n" + records.joined(separator: ",\n") + "\n]}"
    }

    @Test func generatedBatchIsValid() throws {
        let schema = try JSONSchema(compiling: try JSONDocument(parsing: Self.schemaText))
        let document = try JSONDocument(parsing: Self.batch(count: 300))
        #expect(schema.isValid(document))
        #expect(schema.validate(document) == .valid)
    }

    @Test func batchWithKnownDefectsReportsExactlyThoseDefects() throws {
        let schema = try JSONSchema(compiling: try JSONDocument(parsing: Self.schemaText))
        let text = Self.batch(count: 300) { n, record in
            switch n {
            case 17:
                record.replacingOccurrences(
                    of: "arn:aws:kinesis:us-east-1:111122223333:", with: "arn:aws:kinesis:EXAMPLE")
            case 120: record.replacingOccurrences(of: #""awsRegion""#, with: #""region""#)
            case 250: record.replacingOccurrences(of: "1704153600.", with: "1704153600.0005")
            default: record
            }
        }
        let result = schema.validate(try JSONDocument(parsing: text))
        #expect(!result.isValid)
        let summary = result.diagnostics.map { "\($0.sourceLocation?.line ?? 0) \($0.instanceLocation) \($0.keyword)" }
        #expect(
            summary == [
                "19 /Records/17/eventSourceARN pattern",
                "122 /Records/120 required",
                "122 /Records/120/region unevaluatedProperties",
                "252 /Records/250/kinesis/approximateArrivalTimestamp multipleOf",
            ])
        let unevaluated = result.diagnostics.first { $0.keyword == .unevaluatedProperties }
        #expect(
            unevaluated?.absoluteKeywordLocation
                == "https://streamfixtures.example/kinesis-event.json#/$defs/record/unevaluatedProperties")
    }
}
