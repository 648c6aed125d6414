import StreamEvents

/// The primary key of a stored item, compared as DynamoDB compares keys (numbers by value).
struct ItemKey: Hashable, Sendable {
    var partition: AttributeValue
    var sort: AttributeValue?
}

/// One shard of a simulated stream: its id, its sequence-number counter and the keys of the items it holds.
struct DynamoDBStreamShard: Sendable {
    /// `shardId-<20-digit creation millis>-<8 hex>`.
    let id: String
    /// Leading digits shared by every sequence number of the shard (first digit non-zero).
    let prefix: String
    /// Digits of the counter after the prefix (zero-padded).
    var width: Int
    var counter: UInt64
    var lastMilliseconds: Int64
    /// Keys of the items stored in this shard, for uniform random choice.
    var keys: [ItemKey] = []
    /// A record generated for a batch that was already full (6 MB), delivered first next time.
    var pending: DynamoDBEventRecord?

    init(createdAt milliseconds: Int64, using random: inout SeededRandom) {
        id =
            "shardId-" + Self.zeroPadded(UInt64(max(milliseconds, 0)), width: 20) + "-"
            + FastText.hex(length: 8, using: &random)
        let prefixLength = random.int(in: 1...8)
        var digits = [UInt8(ascii: "1") + UInt8(random.next(below: 9))]
        for _ in 1..<prefixLength { digits.append(UInt8(ascii: "0") + UInt8(random.next(below: 10))) }
        prefix = String(decoding: digits, as: UTF8.self)
        width = random.int(in: 21...28) - prefixLength
        counter = 1_000_000_000 + random.next(below: 99_000_000_000)
        lastMilliseconds = milliseconds
    }

    /// The next sequence number: the prefix and a zero-padded counter that grows with every record and with time,
    /// so numbers increase (as big integers) within the shard and have 21 to 40 digits.
    mutating func nextSequenceNumber(at milliseconds: Int64, using random: inout SeededRandom) -> String {
        let elapsed = UInt64(max(milliseconds - lastMilliseconds, 0))
        lastMilliseconds = max(lastMilliseconds, milliseconds)
        let step = 1 + random.next(below: 200) + min(elapsed / 2, 1 << 40)
        let (next, overflow) = counter.addingReportingOverflow(step)
        counter = overflow ? UInt64.max : next
        // Keep the counter within its width; widen (the number only grows longer) when it runs out.
        while width < 20, counter >= Self.powerOfTen(width), prefix.utf8.count + width < 40 { width += 1 }
        return FastText.zeroPadded(counter, width: width, prefix: prefix)
    }

    static func powerOfTen(_ exponent: Int) -> UInt64 {
        var value: UInt64 = 1
        for _ in 0..<min(exponent, 19) { value *= 10 }
        return value
    }

    static func zeroPadded(_ value: UInt64, width: Int) -> String {
        let text = String(value)
        return text.utf8.count >= width ? text : String(repeating: "0", count: width - text.utf8.count) + text
    }
}
