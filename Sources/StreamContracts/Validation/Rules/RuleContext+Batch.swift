import StreamJSON

extension RuleContext {
    /// The members a tumbling-window invocation adds to an event, in the order messages list them.
    static let windowMembers: [(name: [UInt8], text: String)] = [
        (MemberName.window, "window"), (MemberName.state, "state"), (MemberName.shardId, "shardId"),
        (MemberName.eventSourceARN, "eventSourceARN"), (MemberName.isFinalInvokeForWindow, "isFinalInvokeForWindow"),
        (MemberName.isWindowTerminatedEarly, "isWindowTerminatedEarly"),
    ]

    /// Rules for the envelope of a Kinesis or DynamoDB event: batch size, payload size, tumbling window.
    mutating func checkBatchEnvelope(_ event: Int) {
        if let records = arrayMember(event, MemberName.records),
            document.childCount(records) > options.maximumBatchRecords
        {
            report(
                .batchRecordCount, at: records,
                "the batch has \(document.childCount(records)) records; Lambda delivers at most "
                    + "\(options.maximumBatchRecords) (the event source mapping's BatchSize maximum)")
        }
        checkPayloadSize(event)
        checkWindow(event)
    }

    /// The event fits Lambda's invoke payload limit, measured as compact JSON.
    private mutating func checkPayloadSize(_ event: Int) {
        let limit = options.maximumPayloadBytes
        let next = document.next(event)
        let upperBound =
            (next < document.nodes.count ? document.offset(next) : document.bytes.count) - document.offset(event)
        guard upperBound > limit else { return }
        let size = compactSize(event)
        guard size > limit else { return }
        report(
            .batchPayloadSize, at: event,
            "the event is \(size) bytes as compact JSON; Lambda invoke payloads are at most \(limit) bytes (6 MB)")
    }

    /// The length of the value at `index` written as compact JSON (strings as written in the input).
    func compactSize(_ index: Int) -> Int {
        var size = 0
        var node = index
        let end = document.next(index)
        while node < end {
            let entry = document.nodes[node]
            switch entry.kind {
            case .string, .number: size += Int(entry.length)
            case .null, .true: size += 4
            case .false: size += 5
            case .array: size += 2 + max(0, Int(entry.length) - 1)
            case .object: size += 2 + Int(entry.length) + max(0, Int(entry.length) - 1)
            }
            node += 1
        }
        return size
    }

    /// Tumbling-window members come together, and the window's start is before its end.
    private mutating func checkWindow(_ event: Int) {
        var present: [String] = []
        var missing: [String] = []
        for member in Self.windowMembers {
            // `state` may be absent (first invocation of a window, §A.4) and alone marks nothing.
            guard member.name != MemberName.state else { continue }
            if self.member(event, member.name) != nil {
                present.append(member.text)
            } else {
                missing.append(member.text)
            }
        }
        if !present.isEmpty, !missing.isEmpty {
            report(
                .windowMembersTogether, at: self.member(event, MemberName.window) ?? event,
                "a tumbling-window event has window, shardId, eventSourceARN, isFinalInvokeForWindow and "
                    + "isWindowTerminatedEarly together; this one has \(present.joined(separator: ", ")) but not "
                    + missing.joined(separator: ", "))
        }
        guard let window = objectMember(event, MemberName.window), let start = stringMember(window, MemberName.start),
            let end = stringMember(window, MemberName.end), let startInstant = ISOTimestamp(utf8(start)),
            let endInstant = ISOTimestamp(utf8(end))
        else { return }
        if !(startInstant < endInstant) {
            report(
                .windowBoundsOrdered, at: end,
                "window.end \(quoted(end)) is " + (startInstant == endInstant ? "the same instant as" : "before")
                    + " window.start \(quoted(start)); a tumbling window ends after it starts")
        }
    }
}
