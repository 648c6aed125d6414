import StreamEvents
import StreamJSON

/// The rules of a Kinesis shard list (`ListShards`, `DescribeStream`): hash-key and sequence-number ranges that
/// agree with each other and with the shards' lineage.
///
/// A stream's open shards split the 128-bit hash-key space 0…2^128−1 between them without gap or overlap; a
/// reshard closes its parents (they get an `EndingSequenceNumber`), and a child covers part of its parent's range
/// (split) or the two adjacent parents' ranges together (merge)
/// (https://docs.aws.amazon.com/streams/latest/dev/kinesis-using-sdk-java-resharding.html,
/// https://docs.aws.amazon.com/kinesis/latest/APIReference/API_Shard.html). A page of a longer listing holds only
/// some shards: the tiling is checked only on a listing that says it is complete (no `NextToken`, `HasMoreShards`
/// false) and is a warning even then (the last page of a longer listing says so too), and the lineage rules look
/// only at parents on the same page.
enum KinesisShardRules: Int, RuleGroup {
    case hashKeyRangeOrdered, sequenceRangeOrdered, openShardsTileHashKeys, parentClosed, childWithinParents

    static let descriptors: [RuleDescriptor] = describingAllCases()

    static let kinds: [PayloadKind] = [.listShardsResponse, .describeStreamResponse]

    static func describe(_ rule: Self) -> RuleDescriptor {
        switch rule {
        case .hashKeyRangeOrdered:
            RuleDescriptor(
                id: "kinesis-api.hash-key-range-ordered", severity: .error, kinds: kinds,
                summary: "StartingHashKey ≤ EndingHashKey ≤ 2^128−1 (Kinesis API Shard)", section: "C.4")
        case .sequenceRangeOrdered:
            RuleDescriptor(
                id: "kinesis-api.sequence-range-ordered", severity: .error, kinds: kinds,
                summary: "a closed shard's EndingSequenceNumber is not below its StartingSequenceNumber", section: "C.4"
            )
        case .openShardsTileHashKeys:
            RuleDescriptor(
                id: "kinesis-api.open-shards-tile-hash-keys", severity: .warning, kinds: kinds,
                summary: "open shards' hash-key ranges cover 0…2^128−1 without gap or overlap (one page may not)",
                section: "D.1")
        case .parentClosed:
            RuleDescriptor(
                id: "kinesis-api.parent-closed", severity: .error, kinds: kinds,
                summary: "a listed ParentShardId or AdjacentParentShardId is closed (has an EndingSequenceNumber)",
                section: "D.2")
        case .childWithinParents:
            RuleDescriptor(
                id: "kinesis-api.child-within-parents", severity: .error, kinds: kinds,
                summary: "a child shard's hash-key range lies within its listed parents' ranges (split or merge)",
                section: "D.2")
        }
    }
}

extension RuleContext {
    /// One shard of a listing, as the rules need it.
    private struct ListedShard {
        var index: Int
        var id: ArraySlice<UInt8>
        var range: ClosedRange<UInt128>?
        var rangeIndex: Int?
        var closed: Bool
        var parents: [Int]
    }

    /// Rules for a Kinesis shard list (the `Shards` array of `ListShards` or `DescribeStream` output); `complete`
    /// when the output says no page follows.
    mutating func checkKinesisShards(_ shards: Int, complete: Bool) {
        var listed: [ListedShard] = []
        for shard in elements(shards) where document.kind(shard) == .object {
            if let id = stringMember(shard, MemberName.shardIdPascal) {
                checkFormat(id, StrictFormats.kinesisShardId, rule: FormatRules.shardIDFormat, label: "ShardId")
            }
            var entry = ListedShard(
                index: shard, id: stringMember(shard, MemberName.shardIdPascal).map { utf8($0) } ?? [], range: nil,
                rangeIndex: objectMember(shard, MemberName.hashKeyRange), closed: false, parents: [])
            if let range = entry.rangeIndex { entry.range = hashKeyRange(range) }
            if let sequences = objectMember(shard, MemberName.sequenceNumberRange) {
                let start = stringMember(sequences, MemberName.startingSequenceNumber)
                let end = stringMember(sequences, MemberName.endingSequenceNumber)
                entry.closed = end != nil
                if let start, let end, DecimalDigits.isDigits(utf8(start)), DecimalDigits.isDigits(utf8(end)),
                    DecimalDigits.compare(utf8(start), utf8(end)) > 0
                {
                    report(
                        KinesisShardRules.sequenceRangeOrdered, at: end,
                        "EndingSequenceNumber \(quoted(end)) is below StartingSequenceNumber \(quoted(start))")
                }
            }
            for name in [MemberName.parentShardId, MemberName.adjacentParentShardId] {
                if let parent = stringMember(shard, name) { entry.parents.append(parent) }
            }
            listed.append(entry)
        }
        checkLineage(listed)
        if complete { checkTiling(listed, shards: shards) }
    }

    /// The hash-key range of a `HashKeyRange`, or `nil` (reported) when it is reversed or out of range.
    private mutating func hashKeyRange(_ range: Int) -> ClosedRange<UInt128>? {
        guard let start = stringMember(range, MemberName.startingHashKey),
            let end = stringMember(range, MemberName.endingHashKey)
        else { return nil }
        // Digits with a leading zero or more than 39 of them break the schema's pattern: its finding, not ours.
        func canonical(_ index: Int) -> Bool {
            let bytes = utf8(index)
            return DecimalDigits.isDigits(bytes) && bytes.count <= 39
                && (bytes.count == 1 || bytes.first != UInt8(ascii: "0"))
        }
        guard canonical(start), canonical(end) else { return nil }
        guard let lower = KinesisHashKey(decimal: text(start)), let upper = KinesisHashKey(decimal: text(end)) else {
            let large = KinesisHashKey(decimal: text(start)) == nil ? start : end
            report(
                KinesisShardRules.hashKeyRangeOrdered, at: large,
                "hash key \(quoted(large)) is above 2^128−1 = \(KinesisHashKey.max), the largest MD5 value")
            return nil
        }
        guard lower <= upper else {
            report(
                KinesisShardRules.hashKeyRangeOrdered, at: end,
                "EndingHashKey \(quoted(end)) is below StartingHashKey \(quoted(start))")
            return nil
        }
        return lower.uint128Value...upper.uint128Value
    }

    /// Listed parents are closed, and children lie within them.
    private mutating func checkLineage(_ listed: [ListedShard]) {
        for child in listed where !child.parents.isEmpty {
            var bounds: (lower: UInt128, upper: UInt128)?
            var allListed = true
            for parentID in child.parents {
                guard let parent = listed.first(where: { $0.id == utf8(parentID) }) else {
                    allListed = false
                    continue
                }
                if !parent.closed {
                    report(
                        KinesisShardRules.parentClosed, at: parentID,
                        "\(text(parentID - 1)) \(quoted(parentID)) is still open (no EndingSequenceNumber); a shard "
                            + "that was split or merged is closed")
                }
                if let range = parent.range {
                    bounds = (
                        min(bounds?.lower ?? range.lowerBound, range.lowerBound),
                        max(bounds?.upper ?? range.upperBound, range.upperBound)
                    )
                } else {
                    allListed = false
                }
            }
            guard allListed, let bounds, let range = child.range, let rangeIndex = child.rangeIndex,
                range.lowerBound < bounds.lower || range.upperBound > bounds.upper
            else { continue }
            report(
                KinesisShardRules.childWithinParents, at: rangeIndex,
                "the hash keys \(range.lowerBound)…\(range.upperBound) reach outside the parents' "
                    + "\(bounds.lower)…\(bounds.upper); a child covers part of its parent's range (split) or the two "
                    + "parents' ranges together (merge)")
        }
    }

    /// The open shards' ranges, in order, run from 0 to 2^128−1 without gap or overlap.
    private mutating func checkTiling(_ listed: [ListedShard], shards: Int) {
        let open = listed.filter { !$0.closed }
        guard !open.isEmpty, open.allSatisfy({ $0.range != nil }) else { return }
        let ranges = open.compactMap(\.range).sorted { $0.lowerBound < $1.lowerBound }
        var expected: UInt128? = 0
        for range in ranges {
            guard let next = expected, range.lowerBound == next else {
                let problem =
                    expected.map { range.lowerBound > $0 ? "gap before" : "overlap at" } ?? "range past 2^128−1 at"
                report(
                    KinesisShardRules.openShardsTileHashKeys, at: shards,
                    "the open shards' hash-key ranges leave a \(problem) \(range.lowerBound); open shards split "
                        + "0…2^128−1 between them (unless this is one page of a longer listing)")
                return
            }
            expected = range.upperBound == UInt128.max ? nil : range.upperBound + 1
        }
        if let expected {
            report(
                KinesisShardRules.openShardsTileHashKeys, at: shards,
                "the open shards' hash-key ranges end at \(expected - 1), not 2^128−1; open shards split 0…2^128−1 "
                    + "between them (unless this is one page of a longer listing)")
        }
    }

    /// Rules for `PutRecord` output: the sequence number's layout and the shard it encodes.
    mutating func checkPutRecordResponse(_ output: Int) {
        let shard = stringMember(output, MemberName.shardIdPascal)
        if let shard {
            checkFormat(shard, StrictFormats.kinesisShardId, rule: FormatRules.shardIDFormat, label: "ShardId")
        }
        guard let sequence = stringMember(output, MemberName.sequenceNumberPascal),
            DecimalDigits.isDigits(utf8(sequence))
        else { return }
        let layout = DecimalDigits.kinesisLayout(utf8(sequence))
        checkSequenceNumberLayout(sequence, layout: layout)
        checkSequenceNumberShard(
            sequence, layout: layout, shard: shard, label: "SequenceNumber", shardLabel: "ShardId")
    }
}
