import StreamEvents
import StreamJSON

extension RedactionPass {
    /// The even splits a re-derived partition key must land in the same shard of: 2 to 64 shards.
    static let evenSplits: [KinesisShardRanges] = (2...64).compactMap { KinesisShardRanges(shardCount: $0) }
    /// How many leading bits of the MD5 hash key a re-derived partition key shares with the original.
    static let sharedHashBits = 12
    /// How many candidates are tried before giving up.
    static let candidateLimit: UInt64 = 1 << 22

    /// A new partition key whose MD5 hash key lies in the same 1/4096 of the hash-key space as the old one's and
    /// in the same shard of every even split of 2…64 shards; the same key always gets the same replacement.
    mutating func partitionKey(_ key: String, at pointer: JSONPointer) throws(RedactionError) -> String {
        if let known = partitionKeys[key] { return known }
        let old = KinesisHashKey(partitionKey: key)
        let shift = UInt64(64 - Self.sharedHashBits)
        let short = Array(key.utf8).filter(TextRedaction.isAlphanumeric).count < 6 && key.utf8.count <= 240
        for salt in 0..<Self.candidateLimit {
            var candidate = pseudonym.replacing(key, salt: salt)
            if short { candidate += "-" + String(salt, radix: 36) }
            guard candidate != key else { continue }
            let new = KinesisHashKey(partitionKey: candidate)
            guard new.high >> shift == old.high >> shift,
                Self.evenSplits.allSatisfy({ $0.shardIndex(for: new) == $0.shardIndex(for: old) })
            else { continue }
            partitionKeys[key] = candidate
            return candidate
        }
        throw RedactionError(.collision, at: pointer, "no replacement for partition key \"\(key)\" keeps its shard")
    }
}
