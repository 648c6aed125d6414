import StreamEvents

/// DynamoDB's rules for items, keys and update values, with errors that name the attribute path.
enum DynamoDBItemRules {
    /// Documents (`M`, `L`) nest at most this deep.
    static let maximumNestingDepth = 32
    /// Partition key values are 1 to 2048 bytes.
    static let maximumPartitionKeyBytes = 2048
    /// Sort key values are 1 to 1024 bytes.
    static let maximumSortKeyBytes = 1024
    /// Attribute names are 1 to 65,535 bytes.
    static let maximumAttributeNameBytes = 65_535

    /// Checks a complete item (keys and every attribute) and returns its size.
    static func checkItem(_ item: AttributeMap, schema: DynamoDBKeySchema) throws(DynamoDBGeneratorError) -> Int {
        for attribute in schema.attributes {
            try checkKeyValue(item[attribute.name], attribute: attribute, schema: schema)
        }
        try checkAttributes(item, path: "", depth: 0)
        guard let size = DynamoDBItemSize.size(of: item) else {
            throw DynamoDBGeneratorError(
                code: .invalidNumber, location: "", message: "the item holds N text that is not a number")
        }
        guard size <= DynamoDBItemSize.maximumItemSize else {
            throw DynamoDBGeneratorError(
                code: .itemTooLarge, location: "",
                message: "items are at most \(DynamoDBItemSize.maximumItemSize) bytes (400 KB); this one is \(size)")
        }
        return size
    }

    /// Checks that `key` holds exactly the key attributes, correctly typed.
    static func checkKey(_ key: AttributeMap, schema: DynamoDBKeySchema) throws(DynamoDBGeneratorError) {
        for attribute in schema.attributes {
            try checkKeyValue(key[attribute.name], attribute: attribute, schema: schema)
        }
        for member in key.members where !schema.isKeyAttribute(member.name) {
            throw DynamoDBGeneratorError(
                code: .keyTypeMismatch, location: member.name,
                message: "a key holds only the key attributes (\(schema)); found extra attribute \"\(member.name)\"")
        }
    }

    static func checkKeyValue(
        _ value: AttributeValue?, attribute: DynamoDBKeyAttribute, schema: DynamoDBKeySchema
    ) throws(DynamoDBGeneratorError) {
        guard let value else {
            throw DynamoDBGeneratorError(
                code: .missingKeyAttribute, location: attribute.name,
                message: "the item has no key attribute \"\(attribute.name)\" (\(attribute.type.rawValue))")
        }
        guard attribute.type.matches(value) else {
            throw DynamoDBGeneratorError(
                code: .keyTypeMismatch, location: attribute.name,
                message:
                    "key attribute \"\(attribute.name)\" must be \(attribute.type.rawValue); found \(value.typeKey)")
        }
        let limit = attribute == schema.partitionKey ? maximumPartitionKeyBytes : maximumSortKeyBytes
        let length: Int
        switch value {
        case .string(let text): length = text.utf8.count
        case .binary(let bytes): length = bytes.count
        case .number(let number):
            guard number.isValid else {
                throw DynamoDBGeneratorError(
                    code: .invalidNumber, location: attribute.name, message: "\(number.validationDescription)")
            }
            return
        default: return
        }
        guard (1...limit).contains(length) else {
            throw DynamoDBGeneratorError(
                code: .invalidKeyValue, location: attribute.name,
                message: "key values of \"\(attribute.name)\" must be 1 to \(limit) bytes; found \(length)")
        }
    }

    /// Checks names, sets, numbers and nesting of every attribute of a map.
    static func checkAttributes(_ map: AttributeMap, path: String, depth: Int) throws(DynamoDBGeneratorError) {
        for member in map.members {
            let memberPath = path.isEmpty ? member.name : path + "." + member.name
            guard (1...maximumAttributeNameBytes).contains(member.name.utf8.count) else {
                throw DynamoDBGeneratorError(
                    code: .invalidAttributeName, location: memberPath.isEmpty ? "(empty name)" : memberPath,
                    message: "attribute names must be 1 to \(maximumAttributeNameBytes) bytes; found "
                        + "\(member.name.utf8.count)")
            }
            try checkValue(member.value, path: memberPath, depth: depth)
        }
    }

    /// Checks one value; `depth` counts the documents around it.
    static func checkValue(_ value: AttributeValue, path: String, depth: Int) throws(DynamoDBGeneratorError) {
        func setError(_ message: String) -> DynamoDBGeneratorError {
            DynamoDBGeneratorError(code: .invalidSet, location: path, message: message)
        }
        switch value {
        case .string, .binary, .null, .bool:
            return
        case .number(let number):
            guard number.isValid else {
                throw DynamoDBGeneratorError(
                    code: .invalidNumber, location: path, message: number.validationDescription)
            }
        case .stringSet(let texts):
            guard !texts.isEmpty else { throw setError("DynamoDB sets cannot be empty (SS)") }
            guard Set(texts).count == texts.count else { throw setError("an SS holds the same string twice") }
        case .numberSet(let numbers):
            guard !numbers.isEmpty else { throw setError("DynamoDB sets cannot be empty (NS)") }
            for (index, number) in numbers.enumerated() where !number.isValid {
                throw DynamoDBGeneratorError(
                    code: .invalidNumber, location: path + "[\(index)]", message: number.validationDescription)
            }
            guard Set(numbers).count == numbers.count else {
                throw setError("an NS holds the same number twice (compared by value, so 1 and 1.0 are equal)")
            }
        case .binarySet(let sets):
            guard !sets.isEmpty else { throw setError("DynamoDB sets cannot be empty (BS)") }
            guard Set(sets).count == sets.count else { throw setError("a BS holds the same bytes twice") }
        case .map(let map):
            try checkDepth(depth + 1, path: path)
            try checkAttributes(map, path: path, depth: depth + 1)
        case .list(let elements):
            try checkDepth(depth + 1, path: path)
            for (index, element) in elements.enumerated() {
                try checkValue(element, path: path + "[\(index)]", depth: depth + 1)
            }
        }
    }

    static func checkDepth(_ depth: Int, path: String) throws(DynamoDBGeneratorError) {
        guard depth <= maximumNestingDepth else {
            throw DynamoDBGeneratorError(
                code: .nestingTooDeep, location: path,
                message: "documents nest at most \(maximumNestingDepth) levels deep; this one reaches \(depth)")
        }
    }

    /// The value with every number in DynamoDB's stored form (`12.50` → `12.5`, `1E+2` → `100`).
    static func canonicalized(_ value: AttributeValue) -> AttributeValue {
        switch value {
        case .number(let number): .number(number.canonical)
        case .numberSet(let numbers): .numberSet(numbers.map(\.canonical))
        case .map(let map): .map(canonicalized(map))
        case .list(let elements): .list(elements.map(canonicalized))
        default: value
        }
    }

    /// The map with members sorted by name at every level, as the AWS CLI prints images and as decoding a map
    /// through `Decodable` yields it; returns `map` itself when it is sorted already.
    static func sorted(_ map: AttributeMap) -> AttributeMap {
        var isSorted = true
        var previous: String?
        for member in map.members {
            if let previous, !(previous < member.name) { isSorted = false }
            previous = member.name
            if isSorted, !isDeepSorted(member.value) { isSorted = false }
            if !isSorted { break }
        }
        if isSorted { return map }
        return AttributeMap(
            map.members.sorted { $0.name < $1.name }.map { AttributeMap.Member(name: $0.name, value: sorted($0.value)) }
        )
    }

    /// The map with its own members sorted by name (nested maps are left as they are).
    static func sortedShallow(_ map: AttributeMap) -> AttributeMap {
        var previous: String?
        for member in map.members {
            if let previous, !(previous < member.name) {
                return AttributeMap(map.members.sorted { $0.name < $1.name })
            }
            previous = member.name
        }
        return map
    }

    static func sorted(_ value: AttributeValue) -> AttributeValue {
        switch value {
        case .map(let map): .map(sorted(map))
        case .list(let elements): elements.allSatisfy(isDeepSorted) ? value : .list(elements.map(sorted))
        default: value
        }
    }

    static func isDeepSorted(_ value: AttributeValue) -> Bool {
        switch value {
        case .map(let map):
            var previous: String?
            for member in map.members {
                if let previous, !(previous < member.name) { return false }
                previous = member.name
                if !isDeepSorted(member.value) { return false }
            }
            return true
        case .list(let elements): return elements.allSatisfy(isDeepSorted)
        default: return true
        }
    }

    /// The map with every number in DynamoDB's stored form.
    static func canonicalized(_ map: AttributeMap) -> AttributeMap {
        AttributeMap(map.members.map { AttributeMap.Member(name: $0.name, value: canonicalized($0.value)) })
    }
}

extension DynamoDBNumber {
    /// Why the number is invalid, or a note that it is valid.
    var validationDescription: String {
        do throws(DynamoDBNumberError) {
            try validate()
            return "\"\(text)\" is a valid number"
        } catch {
            return error.description
        }
    }
}
