import StreamEvents

// Random writes: what the table does between the writes a test scripts.
extension DynamoDBTableSimulator {
    /// Makes random writes on `shard` until one changes the table; every try moves the clock by `step`.
    mutating func randomChange(shard: Int, step: ClosedRange<Int64>) -> TableChange? {
        for _ in 0..<64 {
            advanceClock(by: step)
            if let change = attemptRandomWrite(shard: shard) { return change }
        }
        // Only a source that keeps repeating itself gets here: a delete or an insert of a new key always streams.
        if let key = random.element(of: shards[shard].keys), let change = remove(key: key, timeToLive: false) {
            return change
        }
        return forcedInsert(shard: shard)
    }

    /// One random write on `shard`; `nil` when it changed nothing (or the source gave nothing storable).
    mutating func attemptRandomWrite(shard: Int) -> TableChange? {
        let now = clock.millisecondsSince1970
        let hasItems = !shards[shard].keys.isEmpty
        switch operations.pick(using: &random) {
        case .put:
            guard hasItems, random.bool(probability: 0.15), let key = random.element(of: shards[shard].keys),
                let old = entries[key]?.item
            else { return insertNewItem(shard: shard, now: now) }
            return replaceItem(key: key, old: old, shard: shard, now: now)
        case .update:
            guard hasItems else { return insertNewItem(shard: shard, now: now) }
            // A source of whole items (a data contract) only ever writes whole items.
            if source.wholeItems {
                guard let key = random.element(of: shards[shard].keys), let old = entries[key]?.item else { return nil }
                return replaceItem(key: key, old: old, shard: shard, now: now)
            }
            // UpdateItem on a missing key creates the item with just the attributes it sets.
            if random.bool(probability: 0.03) { return insertNewItem(shard: shard, now: now, partial: true) }
            guard let key = random.element(of: shards[shard].keys), let old = entries[key]?.item,
                let (item, size) = updatedItem(old, now: now)
            else { return nil }
            return store(item, size: size, key: key, preferredShard: shard)
        case .delete:
            guard hasItems else { return insertNewItem(shard: shard, now: now) }
            if ttlShare > 0, random.bool(probability: ttlShare), let key = expiredKey(in: shard) {
                return remove(key: key, timeToLive: true)
            }
            guard let key = random.element(of: shards[shard].keys) else { return nil }
            return remove(key: key, timeToLive: false)
        }
    }

    /// A write over an existing key that replaces the whole item (a PutItem), keeping its key attributes.
    mutating func replaceItem(key: ItemKey, old: AttributeMap, shard: Int, now: Int64) -> TableChange? {
        guard var (item, _) = freshItem(shard: shard, now: now) else { return nil }
        for attribute in keySchema.attributes { item[attribute.name] = old[attribute.name] }
        guard let size = checkedSize(of: item) else { return nil }
        return store(item, size: size, key: key, preferredShard: shard)
    }

    /// Puts an item with a key that belongs in `shard`: an `INSERT`, or a `MODIFY` when the source repeats a key.
    ///
    /// - Parameter partial: keep the keys and only one to three attributes (an `UpdateItem` upsert).
    mutating func insertNewItem(shard: Int, now: Int64, partial: Bool = false) -> TableChange? {
        for _ in 0..<8 {
            guard var (item, size) = freshItem(shard: shard, now: now) else { continue }
            if partial {
                let attributes = item.members.filter { !keySchema.isKeyAttribute($0.name) }
                var kept = keys(of: item).members
                for index in random.distinctIndices(count: random.int(in: 1...3), below: attributes.count) {
                    kept.append(attributes[index])
                }
                item = DynamoDBItemRules.sortedShallow(AttributeMap(kept))
                guard let trimmedSize = checkedSize(of: item) else { continue }
                size = trimmedSize
            }
            guard let key = itemKey(of: item) else { continue }
            if let existing = entries[key] {
                guard existing.shard == shard, !partial else { continue }
                return store(item, size: size, key: key, preferredShard: shard)
            }
            if shards.count > 1, let known = partitionShards[key.partition], known != shard { continue }
            return store(item, size: size, key: key, preferredShard: shard)
        }
        return nil
    }

    /// A new item, keys first: random attributes shaped for the table, or the next value of the custom source with
    /// missing keys generated. `nil` when the source's value cannot be stored. The item draws from a stream of its
    /// own (see ``DynamoDBTableSimulator/itemSeed``).
    mutating func freshItem(shard: Int, now: Int64) -> (item: AttributeMap, size: Int)? {
        let table = random
        random = SeededRandom(seed: itemSeed.derived(index: itemsDrawn))
        itemsDrawn += 1
        defer { random = table }
        switch source.storage {
        case .random:
            var members = newKeyMembers(shard: shard, now: now)
            if let shape {
                members.reserveCapacity(members.count + shape.attributes.count)
                members += shape.attributes(now: now, using: &random)
            }
            members.sort { $0.name < $1.name }
            let item = AttributeMap(members)
            return (item, DynamoDBItemSize.size(of: item) ?? 0)
        case .items(let generator):
            guard case .success(let drawn) = generator.run(using: &random) else { return nil }
            var item = DynamoDBItemRules.canonicalized(drawn)
            let generated = newKeyMembers(shard: shard, now: now).filter { item[$0.name] == nil }
            if !generated.isEmpty { item = AttributeMap(generated + item.members) }
            item = DynamoDBItemRules.sorted(item)
            guard let size = checkedSize(of: item) else { return nil }
            return (item, size)
        }
    }

    /// Key attributes for a new item; composite keys often reuse a partition already in `shard` (several items
    /// per partition, as single-table designs have).
    mutating func newKeyMembers(shard: Int, now: Int64) -> [AttributeMap.Member] {
        var members: [AttributeMap.Member] = []
        for (index, attribute) in keySchema.attributes.enumerated() {
            if index == 0, keySchema.sortKey != nil, random.bool(probability: 0.3),
                let key = random.element(of: shards[shard].keys), let value = entries[key]?.item[attribute.name]
            {
                members.append(.init(name: attribute.name, value: value))
                continue
            }
            members.append(.init(name: attribute.name, value: keyStyles[index].value(now: now, using: &random)))
        }
        return members
    }

    /// The item after a realistic `UpdateItem`: one to three attributes set, changed or removed, plus `version`
    /// and `updatedAt` kept current. For custom sources, attributes come from a fresh value of the source.
    mutating func updatedItem(_ old: AttributeMap, now: Int64) -> (AttributeMap, Int)? {
        var item = old
        switch source.storage {
        case .random:
            guard let shape else { return nil }
            var added = false
            for index in random.distinctIndices(count: random.int(in: 1...3), below: shape.updatable.count) {
                let attribute = shape.attributes[shape.updatable[index]]
                if let current = item[attribute.name] {
                    if attribute.presence < 1, random.bool(probability: 0.2) {
                        item[attribute.name] = nil
                    } else {
                        item[attribute.name] = shape.updated(current, for: attribute, now: now, using: &random)
                    }
                } else {
                    item[attribute.name] = shape.value(for: attribute, now: now, using: &random)
                    added = true
                }
            }
            for index in shape.touched {
                let attribute = shape.attributes[index]
                if let current = item[attribute.name] {
                    item[attribute.name] = shape.updated(current, for: attribute, now: now, using: &random)
                }
            }
            if added { item = DynamoDBItemRules.sortedShallow(item) }
            return (item, DynamoDBItemSize.size(of: item) ?? 0)
        case .items(let generator):
            guard case .success(let drawn) = generator.run(using: &random) else { return nil }
            let fresh = DynamoDBItemRules.sorted(DynamoDBItemRules.canonicalized(drawn))
            let candidates = fresh.members.filter { !keySchema.isKeyAttribute($0.name) }
            for index in random.distinctIndices(count: random.int(in: 1...3), below: candidates.count) {
                item[candidates[index].name] = candidates[index].value
            }
            let removable = item.members.filter { !keySchema.isKeyAttribute($0.name) && fresh[$0.name] == nil }
            if random.bool(probability: 0.1), let victim = random.element(of: removable) { item[victim.name] = nil }
            item = DynamoDBItemRules.sortedShallow(item)
            guard let size = checkedSize(of: item) else { return nil }
            return (item, size)
        }
    }

    /// Inserts an item under a key nobody holds, whatever the source does.
    mutating func forcedInsert(shard: Int) -> TableChange? {
        let now = clock.millisecondsSince1970
        let base = freshItem(shard: shard, now: now)?.item ?? AttributeMap()
        for attempt in 0..<100 {
            var members: [AttributeMap.Member] = []
            for (index, attribute) in keySchema.attributes.enumerated() {
                let value: AttributeValue
                if attempt < 10 {
                    value = keyStyles[index].value(now: now, using: &random)
                } else {
                    switch attribute.type {
                    case .string: value = .string(FastText.uuid(using: &random))
                    case .number: value = .number(FastText.number(random.int(in: 100_000_000...999_999_999_999_999)))
                    case .binary: value = .binary(RandomAttributeValues.bytes(count: 16...16, using: &random))
                    }
                }
                members.append(.init(name: attribute.name, value: value))
            }
            let item = DynamoDBItemRules.sortedShallow(
                AttributeMap(members + base.members.filter { !keySchema.isKeyAttribute($0.name) }))
            guard let key = itemKey(of: item), entries[key] == nil,
                partitionShards[key.partition] == nil || partitionShards[key.partition] == shard,
                let size = checkedSize(of: item)
            else { continue }
            return store(item, size: size, key: key, preferredShard: shard)
        }
        return nil
    }

    /// The item's size when DynamoDB would store it (custom sources only; random items are valid by construction).
    func checkedSize(of item: AttributeMap) -> Int? {
        if case .random = source.storage { return DynamoDBItemSize.size(of: item) }
        return try? DynamoDBItemRules.checkItem(item, schema: keySchema)
    }
}

extension SeededRandom {
    /// Up to `count` different indices below `bound`, in the order drawn (no allocation beyond the result).
    mutating func distinctIndices(count: Int, below bound: Int) -> [Int] {
        let target = min(max(count, 0), max(bound, 0))
        var indices: [Int] = []
        indices.reserveCapacity(target)
        while indices.count < target {
            let index = Int(truncatingIfNeeded: next(below: UInt64(bound)))
            if !indices.contains(index) { indices.append(index) }
        }
        return indices
    }
}
