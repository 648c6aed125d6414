extension ContractValidator {
    /// Validates several values the capture reader found, as ``validate(_:)`` validates each.
    ///
    /// The reports are those of ``validate(_:)``, one per value and in the same order, byte for byte. Checking a
    /// batch together is faster: the KPL aggregates of all its Kinesis events are checked in one go, their MD5
    /// digests hashed side by side across events (most events carry one or two aggregates, too few to fill the
    /// hash's SIMD lanes alone). Memory grows with the batch: pass a few hundred KiB of documents at a time (one
    /// read of the input), not a whole file.
    ///
    /// - Parameter batch: Results of the capture reader, in input order.
    /// - Returns: Their verdicts, in the order of `batch`.
    ///
    /// ```swift
    /// var reader = CaptureReader(source: "events.jsonl")
    /// let reports = validator.validate(reader.feed(chunk))
    /// ```
    public func validate(_ batch: [CapturedDocument]) -> [DocumentReport] {
        guard batch.count > 1 else { return batch.map { validate($0) } }
        // The rules' contexts of the Kinesis events, made now so that their aggregates are checked together. Any
        // other document checks its own aggregates, if it has any.
        let isEvent = batch.map { gainsFromBatch($0) }
        guard isEvent.contains(true) else { return batch.map { validate($0) } }
        var events = batch.indices.map { position -> RuleContext? in
            guard isEvent[position], case .document(let document) = batch[position].content, !document.nodes.isEmpty
            else { return nil }
            return RuleContext(document: document, root: 0, options: options.rules)
        }
        ContractRules.checkAggregates(ofEvents: &events)
        return batch.indices.map { validate(batch[$0], rules: events[$0].take()) }
    }

    /// Whether checking `captured` in a batch (``validate(_:)`` of an array) can be faster than alone: a
    /// Kinesis event whose kind is already known (forced, or detected by the reader, the kind ``validate(_:)``
    /// takes), whose KPL aggregates the batch hashes with the others'. A caller holds other documents back for
    /// nothing: they are checked as fast alone, and sooner, while their text is still in cache.
    package func gainsFromBatch(_ captured: CapturedDocument) -> Bool {
        (options.kind ?? captured.detection?.result?.kind) == .kinesisEvent
    }
}
