import StreamEvents

/// The `eventID`s of a table simulator's most recent stream records, so a new record never repeats one that a batch
/// could also hold.
///
/// AWS issues globally unique ids (`dynamodb.event-id-unique`). Random 128-bit draws practically never collide, but
/// replayed choices can be degenerate (shrinking sets every word to its simplest value), and then every draw is the
/// same; `unique(_:sequenceNumber:)` derives a fresh id from the record's sequence number instead. The memory is
/// bounded: it remembers more records than the largest batch Lambda delivers (10,000).
struct RecentEventIDs: Sendable {
    /// How many ids it remembers.
    static let capacity = 16_384

    private var members: Set<String> = []
    private var order: [String] = []
    private var oldest = 0

    /// `drawn` when no recent record has it, else an id derived from `drawn` and the record's sequence number
    /// (32 lowercase hex digits, like AWS's); remembered either way.
    mutating func unique(_ drawn: String, sequenceNumber: String) -> String {
        var id = drawn
        while members.contains(id) {
            id = hexString(MD5.digest(Array((id + ":" + sequenceNumber).utf8)))
        }
        members.insert(id)
        if order.count < Self.capacity {
            order.append(id)
        } else {
            members.remove(order[oldest])
            order[oldest] = id
            oldest = (oldest + 1) % Self.capacity
        }
        return id
    }
}
