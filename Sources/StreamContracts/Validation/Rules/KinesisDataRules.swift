import StreamEvents
package import StreamJSON

/// The rules of one Kinesis record's data blob: record size and KPL aggregation.
enum KinesisDataRules: Int, RuleGroup {
    case recordSizeLimit, recordSizeLargeStream, kplAggregate

    static let descriptors: [RuleDescriptor] = describingAllCases()

    static func describe(_ rule: Self) -> RuleDescriptor {
        switch rule {
        case .recordSizeLimit:
            RuleDescriptor(
                id: "kinesis.record-size-limit", severity: .error, kinds: RuleKinds.kinesisDataKinds,
                summary:
                    "decoded data + UTF-8 partition key ≤ 1 MiB (RuleOptions.maximumRecordBytes; 10 MiB streams)",
                section: "A.10 #5"
            )
        case .recordSizeLargeStream:
            RuleDescriptor(
                id: "kinesis.record-size-large-stream", severity: .warning, kinds: RuleKinds.kinesisDataKinds,
                summary: "a record over 1 MiB is only valid on a stream configured for 10 MiB records", section: "A.3")
        case .kplAggregate:
            RuleDescriptor(
                id: "kinesis.kpl-aggregate", severity: .error, kinds: RuleKinds.kinesisDataKinds,
                summary:
                    "data starting with the KPL magic is a well-formed aggregate: MD5, protobuf, table indexes",
                section: "A.8")
        }
    }
}

extension RuleContext {
    /// Checks one Kinesis record's data blob and partition key: canonical base64, record size, KPL aggregation.
    ///
    /// - Parameters:
    ///   - data: Tape index of the base64 data (`data`, `Data`), if present.
    ///   - partitionKey: Tape index of the partition key, if present; its UTF-8 bytes count toward the size.
    ///   - label: The data member's name, for messages.
    ///   - checked: What ``KPLAggregate/validate(_:)`` says for this data when already known
    ///     (``checkedAggregates(first:after:to:)``).
    mutating func checkKinesisData(
        _ data: Int?, partitionKey: Int?, label: String, checked: Result<Int, KPLError>? = nil
    ) {
        guard let data, document.kind(data) == .string else { return }
        let bytes = utf8(data)
        guard let shape = Base64Shape(bytes) else { return }  // not base64: the schema reports it
        if let offset = shape.nonCanonicalOffset {
            reportNonCanonicalBase64(at: data, bytes: bytes, offset: offset, label: label)
        }
        var keyCount = 0
        if let partitionKey, document.kind(partitionKey) == .string { keyCount = utf8(partitionKey).count }
        checkRecordSize(dataCount: shape.decodedCount, keyCount: keyCount, at: data)
        if Base64Shape.decodedPrefix(of: bytes, equals: KPLAggregate.magic) {
            checkAggregate(bytes, at: data, label: label, checked: checked)
        }
    }

    /// Reports base64 whose last group carries bits the padding discards.
    mutating func reportNonCanonicalBase64(at index: Int, bytes: ArraySlice<UInt8>, offset: Int, label: String) {
        let group = bytes.suffix(4)
        var fixed = Array(group)
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        let position = offset - (bytes.count - 4)
        if position >= 0, position < 4, let value = alphabet.firstIndex(of: fixed[position]) {
            let mask = fixed[3] == UInt8(ascii: "=") && fixed[2] == UInt8(ascii: "=") ? 0x30 : 0x3C
            fixed[position] = alphabet[value & mask]
        }
        report(
            FormatRules.canonicalBase64, at: index,
            "\(label) is not canonical base64: it ends in \"\(String(decoding: group, as: UTF8.self))\", whose "
                + "character at offset \(offset) carries bits the padding discards; an encoder writes "
                + "\"\(String(decoding: fixed, as: UTF8.self))\" (Foundation accepts both, AWS sends only the latter)")
    }

    /// Checks a record's size (decoded data + partition key) against the options.
    mutating func checkRecordSize(dataCount: Int, keyCount: Int, at index: Int) {
        let size = dataCount + keyCount
        guard size > RuleOptions.oneMebibyte || size > options.maximumRecordBytes else { return }
        let parts = "\(size) bytes (\(dataCount) of data + \(keyCount) of partition key)"
        let threshold = options.recordErrorThreshold
        if size > threshold {
            report(
                KinesisDataRules.recordSizeLimit, at: index,
                "the record is \(parts); expected at most \(threshold) bytes"
                    + (options.allowsLargeRecordStreams ? "" : " (raise RuleOptions for streams configured for 10 MiB)")
            )
        } else if size > RuleOptions.oneMebibyte, !options.allowsLargeRecordStreams {
            report(
                KinesisDataRules.recordSizeLargeStream, at: index,
                "the record is \(parts), over the default 1 MiB; only a stream configured with "
                    + "MaxRecordSizeInKiB above 1024 accepts it")
        }
    }

    /// Checks data that starts with the KPL magic: it must decode as an aggregate.
    ///
    /// - Parameter checked: What ``KPLAggregate/validate(_:)`` says for these bytes if already known.
    mutating func checkAggregate(
        _ bytes: ArraySlice<UInt8>, at index: Int, label: String, checked: Result<Int, KPLError>? = nil
    ) {
        let result: Result<Int, KPLError>
        if let checked {
            result = checked
        } else {
            guard let decoded = try? Base64.decode(utf8: bytes) else { return }
            do throws(KPLError) {
                result = .success(try KPLAggregate.validate(decoded))
            } catch {
                result = .failure(error)
            }
        }
        if case .failure(let error) = result {
            report(
                KinesisDataRules.kplAggregate, at: index,
                "\(label) starts with the KPL aggregation magic F3 89 9A C2 but is not a valid aggregated record: "
                    + error.message)
        }
    }

    /// Checks the KPL aggregates among a Kinesis event's records together, their digests computed side by side
    /// (``KPLAggregate/validateAll(_:)``), for ``checkKinesisData(_:partitionKey:label:checked:)`` to take in turn.
    ///
    /// - Parameters:
    ///   - first: Tape index of the data of the first record with an aggregate, as the record loop found it (the
    ///     rules call this when they meet it, so batches without aggregates pay nothing).
    ///   - record: Tape index of that record; the records after it are searched for more aggregates.
    ///   - end: Tape index just past the event's last record (0 for a record checked on its own).
    /// - Returns: What ``KPLAggregate/validate(_:)`` says for each record data that ``checkAggregate`` would check,
    ///   in record order.
    func checkedAggregates(first: Int, after record: Int, to end: Int) -> CheckedAggregates {
        var candidates = AggregateCandidates()
        candidates.add(first, in: self)
        candidates.addRecords(from: document.next(record), to: end, in: self)
        return CheckedAggregates.checking([candidates]).first ?? CheckedAggregates()
    }

    /// The candidates of ``ContractRules/checkAggregates(ofEvents:)`` for the Kinesis event at the root: the data of each of
    /// its records.
    func aggregateCandidates() -> AggregateCandidates {
        var candidates = AggregateCandidates()
        if let records = arrayMember(root, MemberName.records) {
            candidates.addRecords(from: records + 1, to: document.next(records), in: self)
        }
        return candidates
    }

    /// The record data of a batch that starts with the KPL magic and decodes as base64: the aggregates
    /// ``checkAggregate(_:at:label:checked:)`` would check, in record order, decoded.
    struct AggregateCandidates {
        /// Tape indexes of the data, increasing.
        var data: [Int] = []
        /// The decoded bytes of each.
        var aggregates: [[UInt8]] = []

        /// Adds the data at tape index `data` when it is a string whose base64 starts with the KPL magic; text
        /// that is not base64 is not checked (the schema reports it), so it gets no entry.
        mutating func add(_ data: Int, in context: RuleContext) {
            let bytes = context.utf8(data)
            guard Base64Shape.decodedPrefix(of: bytes, equals: KPLAggregate.magic),
                let decoded = try? Base64.decode(utf8: bytes)
            else { return }
            self.data.append(data)
            aggregates.append(decoded)
        }

        /// Adds the `kinesis.data` of each record object from tape index `child` to `end`, as the record loop of
        /// ``checkKinesisRecord(_:in:)`` finds it.
        mutating func addRecords(from child: Int, to end: Int, in context: RuleContext) {
            let document = context.document
            var child = child
            while child < end {
                let record = child
                child = document.next(child)
                guard document.kind(record) == .object, let payload = context.objectMember(record, MemberName.kinesis),
                    let data = context.stringMember(payload, MemberName.data)
                else { continue }
                add(data, in: context)
            }
        }
    }

    /// A batch's KPL aggregates checked together: the tape indexes of their data, in record order, and what
    /// ``KPLAggregate/validate(_:)`` says for each.
    struct CheckedAggregates: Sendable {
        /// Tape indexes of the checked data, increasing.
        var data: [Int] = []
        /// For each of `data`, the number of user records or the error.
        var results: [Result<Int, KPLError>] = []
        /// The position of the next aggregate the record loop will ask for.
        private var next = 0

        /// The result for the data at tape index `index`, or `nil` when it was not checked; asked in increasing
        /// order of `index`, as the record loop meets the records.
        mutating func result(for index: Int) -> Result<Int, KPLError>? {
            while next < data.count, data[next] < index { next += 1 }
            guard next < data.count, data[next] == index else { return nil }
            return results[next]
        }

        /// Checks the aggregates of several batches (of one event or of many documents) in one
        /// ``KPLAggregate/validateAll(_:)`` call, so that their digests fill the MD5 lanes together.
        ///
        /// - Parameter groups: Each batch's candidates.
        /// - Returns: Each batch's checked aggregates, in the order of `groups`.
        static func checking(_ groups: [AggregateCandidates]) -> [CheckedAggregates] {
            let results = KPLAggregate.validateAll(
                groups.count == 1 ? groups[0].aggregates : groups.flatMap(\.aggregates))
            var start = 0
            return groups.map { group in
                let end = start + group.data.count
                defer { start = end }
                return CheckedAggregates(data: group.data, results: Array(results[start..<end]))
            }
        }
    }
}

extension ContractRules {
    /// The KPL aggregates of several Kinesis events checked together, their digests computed side by side across
    /// the events: most events carry one or two aggregates, too few to fill MD5's eight lanes, and a message left
    /// alone runs the slower scalar path.
    ///
    /// Each event's context gets, as `precheckedAggregates`, what its record loop would have computed aggregate by
    /// aggregate, so ``check(_:kind:)`` on it reports the same findings.
    ///
    /// - Parameter events: Fresh contexts of documents whose root is checked as a `kinesis-event`; `nil` for other
    ///   documents.
    static func checkAggregates(ofEvents events: inout [RuleContext?]) {
        var groups: [RuleContext.AggregateCandidates] = []
        var positions: [Int] = []
        for position in events.indices {
            // Read in place: a copy of a context would retain each of its members.
            guard let candidates = events[position]?.aggregateCandidates(), !candidates.data.isEmpty else { continue }
            groups.append(candidates)
            positions.append(position)
        }
        guard !groups.isEmpty else { return }
        for (position, aggregates) in zip(positions, RuleContext.CheckedAggregates.checking(groups)) {
            events[position]?.precheckedAggregates = aggregates
        }
    }

    /// The number of user records a Kinesis event carries: KPL-aggregated records count their user records, every
    /// other record (corrupt aggregates included, which `kinesis.kpl-aggregate` reports) counts one.
    ///
    /// - Parameters:
    ///   - document: The parsed document.
    ///   - index: Tape index of the event (`{"Records": […]}`); other values count 0.
    /// - Returns: The number of user records.
    ///
    /// ```swift
    /// let count = ContractRules.userRecordCount(document, at: 0)   // 3 for one aggregate of 3 records
    /// ```
    package static func userRecordCount(_ document: JSONDocument, at index: Int) -> Int {
        guard index >= 0, index < document.nodes.count else { return 0 }
        let context = RuleContext(document: document, root: index, options: RuleOptions())
        guard let records = context.arrayMember(index, MemberName.records) else { return 0 }
        var total = 0
        var aggregates: [[UInt8]] = []
        for record in context.elements(records) {
            total += 1
            guard let payload = context.objectMember(record, MemberName.kinesis),
                let data = context.stringMember(payload, MemberName.data)
            else { continue }
            let bytes = context.utf8(data)
            guard Base64Shape.decodedPrefix(of: bytes, equals: KPLAggregate.magic),
                let decoded = try? Base64.decode(utf8: bytes)
            else { continue }
            aggregates.append(decoded)
        }
        for case .success(let users) in KPLAggregate.validateAll(aggregates) { total += users - 1 }
        return total
    }
}
