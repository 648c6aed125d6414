import StreamEvents

/// The shards of a drawn stream after a few reshards: the even initial split, then splits and merges.
///
/// Shard indexes grow in creation order (Kinesis names a new shard with the next index), so listing shards by
/// index puts parents before children. Sequence numbers have the version-2 layout of their shard: a shard's
/// starting number encodes its creation, a closed shard's ending number its closing.
struct KinesisShardHistory {
    /// One shard and the sequence log it hands numbers out from.
    private struct Entry {
        var range: ClosedRange<UInt128>
        var parent: String?
        var adjacentParent: String?
        var log: ShardSequenceLog
        var start: String
        var end: String?
    }

    private var entries: [Entry] = []

    /// The shards, by index.
    var shards: [KinesisAPI.Shard] {
        entries.map { entry in
            KinesisAPI.Shard(
                shardID: entry.log.shardID, parentShardID: entry.parent, adjacentParentShardID: entry.adjacentParent,
                hashKeyRange: KinesisAPI.HashKeyRange(
                    startingHashKey: KinesisHashKey(entry.range.lowerBound).description,
                    endingHashKey: KinesisHashKey(entry.range.upperBound).description),
                sequenceNumberRange: KinesisAPI.SequenceNumberRange(
                    startingSequenceNumber: entry.start, endingSequenceNumber: entry.end))
        }
    }

    /// The open shards' count.
    var openCount: Int { entries.count { $0.end == nil } }

    /// `stream`'s shards after `reshards` splits and merges between its creation and `stream.now`.
    init(stream: DrawnKinesisStream, reshards: Int, using random: inout SeededRandom) {
        let ranges = KinesisShardRanges(shardCount: stream.shardCount)
        for index in 0..<stream.shardCount {
            guard let range = ranges?.hashKeyRange(ofShard: index) else { continue }
            add(
                range: range.lowerBound.uint128Value...range.upperBound.uint128Value, at: stream.createdAt,
                using: &random)
        }
        let step = max((stream.now - stream.createdAt) / Int64(reshards + 1), 1)
        var time = stream.createdAt
        for _ in 0..<reshards {
            time += Int64(random.int(in: 1...Int(min(step, 86_400_000))))
            let open = entries.indices.filter { entries[$0].end == nil }.sorted {
                entries[$0].range.lowerBound < entries[$1].range.lowerBound
            }
            let merge = open.count > 1 && random.bool(probability: 0.4)
            if merge {
                let first = random.int(in: 0...(open.count - 2))
                let (left, right) = (open[first], open[first + 1])
                close(left, at: time)
                close(right, at: time)
                add(
                    range: entries[left].range.lowerBound...entries[right].range.upperBound, at: time,
                    parent: entries[left].log.shardID, adjacentParent: entries[right].log.shardID, using: &random)
            } else if let chosen = random.element(
                of: open.filter { entries[$0].range.upperBound > entries[$0].range.lowerBound })
            {
                let range = entries[chosen].range
                let middle = range.lowerBound + (range.upperBound - range.lowerBound) / 2
                close(chosen, at: time)
                let parent = entries[chosen].log.shardID
                add(range: range.lowerBound...middle, at: time, parent: parent, using: &random)
                add(range: (middle + 1)...range.upperBound, at: time, parent: parent, using: &random)
            }
        }
    }

    private mutating func add(
        range: ClosedRange<UInt128>, at milliseconds: Int64, parent: String? = nil, adjacentParent: String? = nil,
        using random: inout SeededRandom
    ) {
        var log = ShardSequenceLog(shardIndex: entries.count, shardCreationSeconds: milliseconds / 1000, using: &random)
        let start = log.append(arrivalMilliseconds: milliseconds)
        entries.append(Entry(range: range, parent: parent, adjacentParent: adjacentParent, log: log, start: start))
    }

    private mutating func close(_ index: Int, at milliseconds: Int64) {
        entries[index].end = entries[index].log.append(arrivalMilliseconds: milliseconds)
    }
}
