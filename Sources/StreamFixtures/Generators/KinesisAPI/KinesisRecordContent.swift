import StreamEvents

/// The sequence numbers one Kinesis shard hands out: version-2 layout, strictly increasing.
struct ShardSequenceLog: Hashable, Sendable {
    /// The shard's index, the number in `shardId-000000000003`.
    var shardIndex: Int
    /// When the shard was created, in whole seconds since 1970.
    var shardCreationSeconds: Int64
    /// The per-shard counter of the next record.
    var nextSequenceIndex: UInt64

    /// A shard whose counter starts somewhere a busy shard could be.
    init(shardIndex: Int, shardCreationSeconds: Int64, using random: inout SeededRandom) {
        self.shardIndex = shardIndex
        self.shardCreationSeconds = shardCreationSeconds
        nextSequenceIndex = random.next(below: 1 << 24)
    }

    /// `shardId-` and the index in 12 zero-padded digits.
    var shardID: String { KinesisShardNaming.shardID(index: shardIndex) }

    /// The sequence number of a record arriving at `arrivalMilliseconds`, advancing the counter.
    mutating func append(arrivalMilliseconds: Int64) -> String {
        let number = KinesisSequenceNumber(
            shardCreationSeconds: UInt32(clamping: shardCreationSeconds),
            shardIndex: UInt32(clamping: shardIndex),
            sequenceIndex: nextSequenceIndex,
            arrivalSeconds: UInt32(clamping: max(arrivalMilliseconds / 1000, shardCreationSeconds)))
        nextSequenceIndex &+= 1
        return number.decimal
    }

    /// The number just before the next record, where a subscription or iterator starting now would continue.
    func current(arrivalMilliseconds: Int64) -> String {
        KinesisSequenceNumber(
            shardCreationSeconds: UInt32(clamping: shardCreationSeconds),
            shardIndex: UInt32(clamping: shardIndex),
            sequenceIndex: nextSequenceIndex &- 1,
            arrivalSeconds: UInt32(clamping: max(arrivalMilliseconds / 1000, shardCreationSeconds))
        ).decimal
    }
}

/// Shard ids as Kinesis issues them.
enum KinesisShardNaming {
    /// `shardId-000000000003` for index 3.
    static func shardID(index: Int) -> String {
        "shardId-" + TimestampText.pad(max(index, 0), 12)
    }
}

/// Realistic record contents for generated Kinesis API payloads: partition keys and small JSON documents.
enum KinesisRecordContent {
    static let pages = ["/", "/home", "/cart", "/checkout", "/search", "/product/42", "/account", "/orders"]
    static let eventTypes = ["page_view", "click", "add_to_cart", "purchase", "login", "logout", "search"]
    static let statuses = ["PENDING", "PAID", "SHIPPED", "DELIVERED", "CANCELLED"]

    /// A partition key in one of the forms producers use: `user-17`, a UUID, `order#1042`, `device-0042`.
    static func partitionKey(using random: inout SeededRandom) -> String {
        switch random.next(below: 5) {
        case 0: "user-" + String(random.int(in: 1...99_999))
        case 1: Gen<String>.uuid.run(using: &random)
        case 2: "order#" + String(random.int(in: 1000...999_999))
        case 3: "device-" + TimestampText.pad(random.int(in: 0...9999), 4)
        default: "tenant-" + String(random.int(in: 1...50)) + ":" + String(random.int(in: 1...500))
        }
    }

    /// A small JSON document as UTF-8 bytes: a click, an order or a sensor reading.
    static func jsonPayload(using random: inout SeededRandom, arrivalMilliseconds: Int64) -> [UInt8] {
        let text: String
        switch random.next(below: 3) {
        case 0:
            let page = random.element(of: pages) ?? "/"
            let type = random.element(of: eventTypes) ?? "click"
            text =
                #"{"type":"\#(type)","page":"\#(page)","userId":"user-\#(random.int(in: 1...99_999))","#
                + #""ts":\#(arrivalMilliseconds)}"#
        case 1:
            let cents = random.int(in: 100...250_000)
            let amount = String(cents / 100) + "." + TimestampText.pad(cents % 100, 2)
            let status = random.element(of: statuses) ?? "PENDING"
            text =
                #"{"orderId":"o-\#(random.int(in: 1000...999_999))","amount":\#(amount),"#
                + #""currency":"USD","status":"\#(status)"}"#
        default:
            let tenths = random.int(in: -200...450)
            let sign = tenths < 0 ? "-" : ""
            let reading = sign + String(abs(tenths) / 10) + "." + String(abs(tenths) % 10)
            text =
                #"{"deviceId":"device-\#(TimestampText.pad(random.int(in: 0...9999), 4))","#
                + #""temperature":\#(reading),"humidity":\#(random.int(in: 10...95)),"#
                + #""recordedAt":\#(arrivalMilliseconds)}"#
        }
        return Array(text.utf8)
    }

    /// A JSON payload as canonical base64.
    static func base64Payload(using random: inout SeededRandom, arrivalMilliseconds: Int64) -> String {
        Base64.encode(jsonPayload(using: &random, arrivalMilliseconds: arrivalMilliseconds))
    }

    /// Opaque base64 text of `byteCount` random bytes, e.g. a shard iterator or a pagination token.
    static func opaqueToken(prefix: [UInt8] = [], byteCount: Int, using random: inout SeededRandom) -> String {
        var bytes = prefix
        bytes.reserveCapacity(prefix.count + byteCount)
        for _ in 0..<max(byteCount, 0) { bytes.append(UInt8(truncatingIfNeeded: random.next())) }
        return Base64.encode(bytes)
    }

    /// A shard iterator like the ones Kinesis returns: base64 starting `AAAAAAAAAA` (then `E`–`H`), about 200
    /// characters.
    static func shardIterator(using random: inout SeededRandom) -> String {
        opaqueToken(prefix: [0, 0, 0, 0, 0, 0, 0, 1], byteCount: random.int(in: 140...170), using: &random)
    }
}
