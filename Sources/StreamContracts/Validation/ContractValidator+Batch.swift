extension ContractValidator {
    /// Validates several values the capture reader found, as ``validate(_:)`` validates each.
    ///
    /// The reports are those of ``validate(_:)``, one per value and in the same order, byte for byte. Checking a
    /// batch together is faster: the KPL aggregates of all its Kinesis events are checked in one go, their MD5
    /// digests hashed side by side across events (most events carry one or two aggregates, too few to fill the
    /// hash's SIMD lanes alone). Memory grows with the batch: pass what one read of the input returned (about
    /// 1 MiB of text), not a whole file.
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
        let plans = batch.map { plan($0) }
        // The rules' contexts of the Kinesis events, made now so that their aggregates are checked together.
        var events = plans.map { plan -> RuleContext? in
            guard case .check(let document, .kinesisEvent, _) = plan, !document.nodes.isEmpty else { return nil }
            return RuleContext(document: document, root: 0, options: options.rules)
        }
        ContractRules.checkAggregates(ofEvents: &events)
        return batch.indices.map { position in
            validate(batch[position], plans[position], rules: events[position].take())
        }
    }
}
