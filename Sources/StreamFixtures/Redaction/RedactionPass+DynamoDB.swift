import StreamEvents
import StreamJSON

extension RedactionPass {
    /// Whether an object is a DynamoDB stream record (the `dynamodb` member of an event record, of a
    /// `GetRecords` record or of a change record inside Kinesis data).
    static func isStreamRecord(_ object: JSONObject) -> Bool {
        let hasImage = imageMembers.contains { name in
            if case .object = object[name] { return true }
            return false
        }
        return hasImage && (object["SizeBytes"] != nil || object["StreamViewType"] != nil)
    }

    /// A stream record: its images redacted attribute by attribute (fields apply, from the item's root), its
    /// `SizeBytes` moved by the change in the images' size.
    mutating func streamRecord(_ object: JSONObject, at pointer: JSONPointer, inside scope: [String]?)
        throws(RedactionError) -> JSONValue
    {
        var members: [JSONObject.Member] = []
        var sizeChanged = false
        for member in object {
            let at = pointer.appending(member.key)
            if Self.imageMembers.contains(member.key), case .object(let item) = member.value {
                var redacted: [JSONObject.Member] = []
                for attribute in item {
                    redacted.append(
                        JSONObject.Member(
                            key: attribute.key,
                            value: try self.attribute(
                                attribute.value, at: at.appending(attribute.key), path: [attribute.key],
                                whole: isField([attribute.key], name: attribute.key))))
                }
                let image = JSONValue.object(JSONObject(redacted))
                sizeChanged = sizeChanged || image != member.value
                members.append(JSONObject.Member(key: member.key, value: image))
            } else if member.key == "SizeBytes" {
                members.append(member)
            } else {
                members.append(
                    JSONObject.Member(
                        key: member.key, value: try walk(member.value, at: at, inside: scope.map { $0 + [member.key] }))
                )
            }
        }
        var result = JSONObject(members)
        if sizeChanged, let size = object["SizeBytes"]?.numberValue?.int64Value,
            let before = Self.imageSize(object), let after = Self.imageSize(result)
        {
            result = JSONObject(
                members.map { member in
                    member.key == "SizeBytes"
                        ? JSONObject.Member(key: member.key, value: .number(JSONNumber(size + Int64(after - before))))
                        : member
                })
        }
        return .object(result)
    }

    /// The DynamoDB size of a stream record's keys and images, when they decode.
    static func imageSize(_ record: JSONObject) -> Int? {
        func map(_ name: String) -> AttributeMap?? {
            guard let value = record[name] else { return .some(nil) }
            guard let map = try? AttributeMap(json: value) else { return nil }
            return .some(map)
        }
        guard let keys = map("Keys"), let new = map("NewImage"), let old = map("OldImage") else { return nil }
        return DynamoDBItemSize.streamRecordSize(keys: keys ?? AttributeMap(), newImage: new, oldImage: old)
    }

    /// One attribute value (`{"S": …}`, `{"M": …}`…); `whole` when it is (inside) a field.
    mutating func attribute(_ value: JSONValue, at pointer: JSONPointer, path: [String], whole: Bool)
        throws(RedactionError) -> JSONValue
    {
        guard case .object(let object) = value, object.count == 1, let member = object.members.first else {
            return whole ? replacingWhole(value) : try walk(value, at: pointer, inside: nil)
        }
        let at = pointer.appending(member.key)
        let replaced: JSONValue
        switch (member.key, member.value) {
        case ("S", .string(let string)):
            replaced = .string(whole ? pseudonym.replacing(string) : text.redact(string))
        case ("N", .string(let number)):
            replaced = .string(whole ? replacingDigits(number) : text.redact(number))
        case ("B", .string(let binary)):
            replaced = .string(self.binary(binary, salt: 0, whole: whole))
        case ("SS", .array(let elements)):
            replaced = try set(elements, at: at) { string, salt in
                whole ? pseudonym.replacing(string, salt: salt) : text.redact(string)
            }
        case ("NS", .array(let elements)):
            replaced = try set(elements, at: at) { number, salt in
                whole ? replacingDigits(number, salt: salt) : text.redact(number)
            }
        case ("BS", .array(let elements)):
            replaced = try set(elements, at: at) { binary, salt in self.binary(binary, salt: salt, whole: whole) }
        case ("M", .object(let map)):
            var members: [JSONObject.Member] = []
            for entry in map {
                let entryPath = path + [entry.key]
                members.append(
                    JSONObject.Member(
                        key: entry.key,
                        value: try attribute(
                            entry.value, at: at.appending(entry.key), path: entryPath,
                            whole: whole || isField(entryPath, name: entry.key))))
            }
            replaced = .object(JSONObject(members))
        case ("L", .array(let elements)):
            var result: [JSONValue] = []
            for (index, element) in elements.enumerated() {
                let elementPath = path + [String(index)]
                result.append(
                    try attribute(
                        element, at: at.appending(index), path: elementPath,
                        whole: whole || isField(elementPath, name: nil)))
            }
            replaced = .array(result)
        default:
            replaced = member.value
        }
        return .object(JSONObject([JSONObject.Member(key: member.key, value: replaced)]))
    }

    /// A `B` value: random bytes of its length when `whole`, else its printable secrets replaced.
    func binary(_ text: String, salt: UInt64, whole: Bool) -> String {
        guard let bytes = try? Base64.decode(text) else { return self.text.redact(text) }
        var redacted: [UInt8]
        if whole {
            redacted = pseudonym.bytes(replacing: bytes + (salt == 0 ? [] : [UInt8(truncatingIfNeeded: salt)]))
            redacted.removeLast(salt == 0 ? 0 : 1)
        } else {
            redacted = bytes
            self.text.redact(&redacted)
        }
        return redacted == bytes ? text : Base64.encode(redacted)
    }

    /// A string, number or binary set, each element replaced; an element that would repeat another is drawn again.
    func set(_ elements: [JSONValue], at pointer: JSONPointer, _ replace: (String, UInt64) -> String)
        throws(RedactionError) -> JSONValue
    {
        var seen: Set<String> = []
        var result: [JSONValue] = []
        for (index, element) in elements.enumerated() {
            guard case .string(let string) = element else {
                result.append(element)
                continue
            }
            var salt: UInt64 = 0
            var replaced = replace(string, salt)
            while seen.contains(replaced), salt < 4096 {
                salt += 1
                replaced = replace(string, salt)
            }
            guard !seen.contains(replaced) else {
                throw RedactionError(
                    .collision, at: pointer.appending(index),
                    "no replacement of \"\(string)\" differs from the other members of its set")
            }
            seen.insert(replaced)
            result.append(.string(replaced))
        }
        return .array(result)
    }
}
