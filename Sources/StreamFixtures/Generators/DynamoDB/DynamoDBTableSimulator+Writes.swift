public import StreamEvents

// Writes a test scripts: each is checked as DynamoDB checks it and returns the record it streams.
extension DynamoDBTableSimulator {
    /// `PutItem`: stores the item, replacing any item with the same key.
    ///
    /// Numbers are stored (and streamed) in DynamoDB's canonical form: `12.50` becomes `12.5`.
    ///
    /// - Parameter item: The item, with every key attribute.
    /// - Returns: The `INSERT` or `MODIFY` record, or `nil` when the table already held the same item.
    /// - Throws: ``DynamoDBGeneratorError`` when DynamoDB would reject the item.
    ///
    /// ```swift
    /// let record = try table.put(["pk": "order#1", "total": 12.5, "tags": .stringSet(["new"])])
    /// ```
    @discardableResult
    public mutating func put(_ item: AttributeMap) throws(DynamoDBGeneratorError) -> DynamoDBEventRecord? {
        let canonical = DynamoDBItemRules.sorted(DynamoDBItemRules.canonicalized(item))
        let size = try DynamoDBItemRules.checkItem(canonical, schema: keySchema)
        guard let key = itemKey(of: canonical) else { throw missingKey() }
        advanceClock(by: millisecondsBetweenWrites)
        return deliver(store(canonical, size: size, key: key, preferredShard: nil))
    }

    /// `PutItem` of an `Encodable` value, encoded with `encoder`.
    ///
    /// - Parameters:
    ///   - value: A value that encodes as a map, with every key attribute.
    ///   - encoder: The item encoder.
    /// - Returns: The `INSERT` or `MODIFY` record, or `nil` when nothing changed.
    /// - Throws: ``DynamoDBGeneratorError`` (`itemNotEncodable`, or why DynamoDB would reject the item).
    @discardableResult
    public mutating func put<T: Encodable>(
        _ value: T, encoder: DynamoDBItemEncoder = DynamoDBItemEncoder()
    ) throws(DynamoDBGeneratorError) -> DynamoDBEventRecord? {
        let item: AttributeMap
        do {
            item = try encoder.encode(value)
        } catch {
            throw DynamoDBGeneratorError(
                code: .itemNotEncodable, location: "", message: "\(T.self) did not encode as a DynamoDB item: \(error)")
        }
        return try put(item)
    }

    /// `UpdateItem`: sets and removes attributes of the item with `key`, creating the item when it is absent.
    ///
    /// - Parameters:
    ///   - key: The key attributes.
    ///   - set: Attributes to set (not key attributes).
    ///   - remove: Names of attributes to remove (not key attributes).
    /// - Returns: An `INSERT` (new item), a `MODIFY`, or `nil` when nothing changed.
    /// - Throws: ``DynamoDBGeneratorError`` for a malformed key, an update of a key attribute, or a result DynamoDB
    ///   would reject.
    ///
    /// ```swift
    /// try table.update(key: ["pk": "order#1"], set: ["status": "PAID"], remove: ["coupon"])
    /// ```
    @discardableResult
    public mutating func update(
        key: AttributeMap, set: AttributeMap = [:], remove: [String] = []
    ) throws(DynamoDBGeneratorError) -> DynamoDBEventRecord? {
        let canonicalKey = DynamoDBItemRules.canonicalized(key)
        try DynamoDBItemRules.checkKey(canonicalKey, schema: keySchema)
        for name in set.names + remove where keySchema.isKeyAttribute(name) {
            throw DynamoDBGeneratorError(
                code: .updatesKeyAttribute, location: name,
                message: "an update cannot set or remove key attribute \"\(name)\"; put a new item instead")
        }
        let values = DynamoDBItemRules.canonicalized(set)
        try DynamoDBItemRules.checkAttributes(values, path: "", depth: 0)
        guard let itemKey = itemKey(of: canonicalKey) else { throw missingKey() }
        var item = entries[itemKey]?.item ?? keys(of: canonicalKey)
        for member in values { item[member.name] = member.value }
        for name in remove { item[name] = nil }
        item = DynamoDBItemRules.sorted(item)
        let size = try DynamoDBItemRules.checkItem(item, schema: keySchema)
        advanceClock(by: millisecondsBetweenWrites)
        return deliver(store(item, size: size, key: itemKey, preferredShard: nil))
    }

    /// `DeleteItem`: removes the item with `key`.
    ///
    /// - Parameter key: The key attributes.
    /// - Returns: The `REMOVE` record, or `nil` when the table held no such item.
    /// - Throws: ``DynamoDBGeneratorError`` for a malformed key.
    @discardableResult
    public mutating func delete(key: AttributeMap) throws(DynamoDBGeneratorError) -> DynamoDBEventRecord? {
        try removeItem(key: key, timeToLive: false)
    }

    /// A Time to Live deletion of the item with `key`: a `REMOVE` whose `userIdentity` is the DynamoDB service.
    ///
    /// - Parameter key: The key attributes.
    /// - Returns: The `REMOVE` record, or `nil` when the table held no such item.
    /// - Throws: ``DynamoDBGeneratorError`` for a malformed key.
    @discardableResult
    public mutating func expire(key: AttributeMap) throws(DynamoDBGeneratorError) -> DynamoDBEventRecord? {
        try removeItem(key: key, timeToLive: true)
    }

    /// Applies one scripted write.
    ///
    /// - Parameter operation: The write.
    /// - Returns: The record it streams, or `nil` when it changed nothing.
    /// - Throws: ``DynamoDBGeneratorError`` when DynamoDB would reject the write.
    @discardableResult
    public mutating func apply(_ operation: DynamoDBWriteOperation) throws(DynamoDBGeneratorError)
        -> DynamoDBEventRecord?
    {
        switch operation {
        case .put(let item): try put(item)
        case .update(let key, let set, let remove): try update(key: key, set: set, remove: remove)
        case .delete(let key): try delete(key: key)
        case .expire(let key): try expire(key: key)
        }
    }

    /// Applies scripted writes in order.
    ///
    /// - Parameter operations: The writes.
    /// - Returns: The records they stream (writes that changed nothing stream none).
    /// - Throws: ``DynamoDBGeneratorError`` for the first write DynamoDB would reject; earlier writes stay applied.
    ///
    /// ```swift
    /// let event = DynamoDBEvent(records: try table.apply([
    ///     .put(["pk": "a", "n": 1]), .update(key: ["pk": "a"], set: ["n": 2], remove: []), .delete(key: ["pk": "a"]),
    /// ]))
    /// ```
    public mutating func apply(_ operations: [DynamoDBWriteOperation]) throws(DynamoDBGeneratorError)
        -> [DynamoDBEventRecord]
    {
        var records: [DynamoDBEventRecord] = []
        for operation in operations {
            if let record = try apply(operation) { records.append(record) }
        }
        return records
    }

    mutating func removeItem(key: AttributeMap, timeToLive: Bool) throws(DynamoDBGeneratorError) -> DynamoDBEventRecord?
    {
        let canonicalKey = DynamoDBItemRules.canonicalized(key)
        try DynamoDBItemRules.checkKey(canonicalKey, schema: keySchema)
        guard let itemKey = itemKey(of: canonicalKey) else { throw missingKey() }
        advanceClock(by: millisecondsBetweenWrites)
        return deliver(remove(key: itemKey, timeToLive: timeToLive))
    }

    /// The stream record of a scripted change.
    mutating func deliver(_ change: TableChange?) -> DynamoDBEventRecord? {
        change.map { streamRecord(for: $0) }
    }

    func missingKey() -> DynamoDBGeneratorError {
        DynamoDBGeneratorError(
            code: .missingKeyAttribute, location: keySchema.partitionKey.name,
            message: "the key needs the attributes \(keySchema)")
    }
}
