import StreamJSON

extension EventFilter {
    /// The value a Kinesis record's patterns are matched against: the `kinesis` members, with `data` replaced by
    /// the JSON it decodes to; and whether it did decode to JSON (when not, `data` is left out).
    static func filterable(_ record: KinesisEventRecord) -> (value: JSONValue, dataIsJSON: Bool)? {
        guard case .object(let payload)? = jsonValue(of: record.kinesis) else { return nil }
        let data = (try? record.kinesis.dataBytes()).flatMap { try? JSONDocument(parsing: $0).root.value }
        var members: [JSONObject.Member] = []
        for member in payload where member.key != "data" { members.append(member) }
        if let data { members.append(JSONObject.Member(key: "data", value: data)) }
        return (.object(JSONObject(members)), data != nil)
    }

    /// A model value as the JSON Lambda delivers, or `nil` when it cannot be encoded (no model value fails).
    static func jsonValue(of value: some Encodable) -> JSONValue? {
        guard let bytes = try? StreamJSONEncoder().encode(value) else { return nil }
        return try? JSONDocument(parsing: bytes).root.value
    }
}
