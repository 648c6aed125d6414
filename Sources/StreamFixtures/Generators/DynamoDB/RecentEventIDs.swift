import StreamEvents

/// The `eventID`s of a table simulator's most recent stream records, so a new record never repeats one that a batch
/// could also hold.
///
/// AWS issues globally unique ids (`dynamodb.event-id-unique`). Random 128-bit draws practically never collide, but
/// replayed choices can be degenerate (shrinking sets every word to its simplest value), and then every draw is the
/// same; `unique(_:sequenceNumber:)` derives a fresh id from the record's sequence number instead. The memory is
/// bounded: it remembers more records than the largest batch Lambda delivers (10,000).
///
/// Ids are remembered as their 128 bits (``Bits``), not as text: hashing and comparing two words is much cheaper
/// than hashing 32 characters, and the text is written once per record.
struct RecentEventIDs: Sendable {
    /// The 128 bits of an id; its text is 32 lowercase hex digits, four bits each, `low` first and the least
    /// significant four bits of each word first — the order in which ``FastText/hex(length:using:)`` writes two
    /// random words.
    struct Bits: Hashable, Sendable {
        var low: UInt64
        var high: UInt64

        /// Two random words, drawn as `FastText.hex(length: 32, using:)` draws them.
        init(using random: inout SeededRandom) {
            low = random.next()
            high = random.next()
        }

        init(low: UInt64, high: UInt64) {
            self.low = low
            self.high = high
        }

        /// The bits whose text is `hexString(digest)` (two hex digits per byte, high four bits first).
        init(digest: [UInt8]) {
            var words: (UInt64, UInt64) = (0, 0)
            for (index, byte) in digest.prefix(16).enumerated() {
                let nibbles = UInt64(byte >> 4) | UInt64(byte & 0x0F) << 4
                if index < 8 {
                    words.0 |= nibbles << (8 * UInt64(index))
                } else {
                    words.1 |= nibbles << (8 * UInt64(index - 8))
                }
            }
            self.init(low: words.0, high: words.1)
        }

        /// The 32 lowercase hex digits.
        var text: String {
            String(unsafeUninitializedCapacity: 32) { buffer in
                var word = low
                for index in 0..<32 {
                    if index == 16 { word = high }
                    buffer[index] = FastText.hexDigits[Int(word & 0x0F)]
                    word >>= 4
                }
                return 32
            }
        }
    }

    /// How many ids it remembers.
    static let capacity = 16_384

    private var members: Set<Bits> = []
    private var order: [Bits] = []
    private var oldest = 0

    /// The text of `drawn` when no recent record has it, else of an id derived from it and the record's sequence
    /// number (the MD5 of `"<id>:<sequenceNumber>"`, 32 lowercase hex digits, like AWS's); remembered either way.
    mutating func unique(_ drawn: Bits, sequenceNumber: String) -> String {
        var id = drawn
        while members.contains(id) {
            id = Bits(digest: MD5.digest(Array((id.text + ":" + sequenceNumber).utf8)))
        }
        members.insert(id)
        if order.count < Self.capacity {
            order.append(id)
        } else {
            members.remove(order[oldest])
            order[oldest] = id
            oldest = (oldest + 1) % Self.capacity
        }
        return id.text
    }
}
