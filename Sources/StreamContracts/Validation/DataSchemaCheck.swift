import Foundation
import StreamEvents
import StreamJSON
import StreamJSONSchema

/// Validates what the events carry against the user's own schema (`--data-schema`): each Kinesis record's decoded
/// `data` (as JSON; each user record of a KPL aggregate), each PutRecords entry's decoded `Data`, and each DynamoDB
/// image (as plain JSON, the way the SDKs' `unmarshall` presents it).
struct DataSchemaCheck {
    let schema: JSONSchema

    func check(_ document: JSONDocument, kind: PayloadKind) -> [Diagnostic] {
        guard let records = document.member(0, named: "Records"), document.kind(records) == .array else { return [] }
        var diagnostics: [Diagnostic] = []
        var record = records + 1
        while record < document.next(records) {
            defer { record = document.next(record) }
            guard document.kind(record) == .object else { continue }
            if kind == .kinesisEvent {
                if let payload = document.member(record, named: "kinesis"), document.kind(payload) == .object,
                    let data = document.member(payload, named: "data"), document.kind(data) == .string
                {
                    diagnostics += checkKinesisData(document, data)
                }
            } else if kind == .putRecordsRequest {
                if let data = document.member(record, named: "Data"), document.kind(data) == .string {
                    diagnostics += checkKinesisData(document, data)
                }
            } else if kind == .dynamodbEvent {
                guard let stream = document.member(record, named: "dynamodb"), document.kind(stream) == .object else {
                    continue
                }
                for image in ["NewImage", "OldImage"] {
                    if let index = document.member(stream, named: image),
                        let value = Self.plainJSON(document, image: index)
                    {
                        diagnostics += findings(
                            for: value, at: document.pointer(to: index), location: document.location(index),
                            what: "\(image) as plain JSON")
                    }
                }
            }
        }
        return diagnostics
    }

    private func checkKinesisData(_ document: JSONDocument, _ data: Int) -> [Diagnostic] {
        let pointer = document.pointer(to: data)
        let location = document.location(data)
        // A rule reports bad base64.
        guard let bytes = try? Base64.decode(utf8: document.rawStringBytes(data)) else { return [] }
        // A KPL aggregate carries the producer's user records: each is checked, as a deaggregating consumer sees it.
        // One pass tells the aggregate from plain data and decodes it (`isAggregated` then `decode` computed the
        // digest twice).
        if let deaggregated = KPLAggregate.decodeIfAggregated(bytes) {
            guard case .success(let records) = deaggregated else { return [] }  // the KPL rule reports it
            return records.enumerated().flatMap { index, record in
                checkData(Array(record.data), what: "user record \(index) of the KPL aggregate", pointer, location)
            }
        }
        return checkData(bytes, what: "decoded data", pointer, location)
    }

    private func checkData(
        _ bytes: [UInt8], what: String, _ pointer: JSONPointer, _ location: TextLocation
    ) -> [Diagnostic] {
        do {
            let inner = try JSONDocument(parsing: bytes)
            return schema.validate(inner).diagnostics.map { finding in
                var diagnostic = ContractValidator.diagnostic(from: finding, rulePrefix: "data-schema")
                diagnostic.message = "\(what) at \(Self.describe(finding.instanceLocation)): \(finding.message)"
                diagnostic.pointer = pointer
                diagnostic.location = location
                return diagnostic
            }
        } catch {
            return [
                Diagnostic(
                    rule: "data-schema.not-json", severity: .error, pointer: pointer, location: location,
                    message: "--data-schema expects JSON record data, but the \(what) is not JSON (\(error))")
            ]
        }
    }

    private func findings(for value: JSONValue, at pointer: JSONPointer, location: TextLocation, what: String)
        -> [Diagnostic]
    {
        schema.validate(value).diagnostics.map { finding in
            var diagnostic = ContractValidator.diagnostic(from: finding, rulePrefix: "data-schema")
            diagnostic.message = "\(what) at \(Self.describe(finding.instanceLocation)): \(finding.message)"
            diagnostic.pointer = pointer
            diagnostic.location = location
            return diagnostic
        }
    }

    private static func describe(_ pointer: JSONPointer) -> String {
        pointer.tokens.isEmpty ? "the root" : pointer.description
    }

    /// An AttributeMap as plain JSON: S → string, N → number, B → base64 string, sets and L → arrays,
    /// M → object, NULL → null, BOOL → Boolean. `nil` when it is not a well-formed map (rules report that).
    static func plainJSON(_ document: JSONDocument, image: Int) -> JSONValue? {
        guard document.kind(image) == .object else { return nil }
        var members: [JSONObject.Member] = []
        var child = image + 1
        while child < document.next(image) {
            guard let value = plainAttribute(document, child + 1) else { return nil }
            members.append(.init(key: document.string(child), value: value))
            child = document.next(child + 1)
        }
        return .object(JSONObject(members))
    }

    private static func plainAttribute(_ document: JSONDocument, _ index: Int) -> JSONValue? {
        guard document.kind(index) == .object, document.childCount(index) == 1 else { return nil }
        let type = document.string(index + 1)
        let value = index + 2
        switch (type, document.kind(value)) {
        case ("S", .string), ("B", .string): return .string(document.string(value))
        case ("N", .string):
            return JSONNumber(document.string(value)).map(JSONValue.number) ?? .string(document.string(value))
        case ("BOOL", .true): return .bool(true)
        case ("BOOL", .false): return .bool(false)
        case ("NULL", _): return .null
        case ("M", .object): return plainJSON(document, image: value)
        case ("L", .array):
            var elements: [JSONValue] = []
            var element = value + 1
            while element < document.next(value) {
                guard let converted = plainAttribute(document, element) else { return nil }
                elements.append(converted)
                element = document.next(element)
            }
            return .array(elements)
        case ("SS", .array), ("BS", .array), ("NS", .array):
            var elements: [JSONValue] = []
            var element = value + 1
            while element < document.next(value) {
                guard document.kind(element) == .string else { return nil }
                let text = document.string(element)
                elements.append(
                    type == "NS" ? (JSONNumber(text).map(JSONValue.number) ?? .string(text)) : .string(text))
                element = document.next(element)
            }
            return .array(elements)
        default:
            return nil
        }
    }
}
