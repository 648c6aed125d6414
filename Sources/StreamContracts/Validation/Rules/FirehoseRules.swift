import StreamJSON

/// The rules of Amazon Data Firehose data-transformation events with a Kinesis source and of the responses to them
/// (https://docs.aws.amazon.com/firehose/latest/dev/data-transformation.html).
enum FirehoseRules: Int, RuleGroup {
    case recordIDUnique, arrivalTimestampMilliseconds, regionMatchesARN, responseRecordIDUnique,
        responseAnswersEvent

    static let descriptors: [RuleDescriptor] = describingAllCases()

    static func describe(_ rule: Self) -> RuleDescriptor {
        switch rule {
        case .recordIDUnique:
            // The response matches answers to records by recordId
            // (https://docs.aws.amazon.com/firehose/latest/dev/data-transformation-status-model.html).
            RuleDescriptor(
                id: "firehose.record-id-unique", severity: .error, kinds: [.firehoseTransformationEvent],
                summary: "no two records of a Firehose transformation event have the same recordId", section: "G.1")
        case .arrivalTimestampMilliseconds:
            // Firehose record timestamps are epoch milliseconds (Lambda developer guide, services-kinesisfirehose
            // sample; aws-lambda-go `MilliSecondsEpochTime`).
            RuleDescriptor(
                id: "firehose.arrival-timestamp-milliseconds", severity: .warning,
                kinds: [.firehoseTransformationEvent],
                summary:
                    "approximateArrivalTimestamp of a Firehose record and of its Kinesis metadata is epoch milliseconds",
                section: "G.1"
            )
        case .regionMatchesARN:
            // A delivery stream's ARN carries its region; the event's `region` is that region.
            RuleDescriptor(
                id: "firehose.region-matches-arn", severity: .error, kinds: [.firehoseTransformationEvent],
                summary: "region is the region of deliveryStreamArn", section: "G.1")
        case .responseRecordIDUnique:
            // One answer per record (data-transformation-status-model).
            RuleDescriptor(
                id: "firehose.response-record-id-unique", severity: .error, kinds: [.firehoseTransformationResponse],
                summary: "no two answers of a Firehose transformation response have the same recordId", section: "G.1")
        case .responseAnswersEvent:
            // "Any mismatch between the ID of the original record and the ID of the transformed record is treated as
            // a data transformation failure" (data-transformation-status-model).
            RuleDescriptor(
                id: "firehose.response-answers-event", severity: .error, kinds: [.firehoseTransformationResponse],
                summary:
                    "validate --response R --event E: every answer's recordId is a record of the event, and every "
                    + "record is answered", section: "G.1")
        }
    }
}

extension RuleContext {
    /// Rules for a Firehose transformation event: unique record ids, millisecond timestamps, region, the Kinesis
    /// metadata (sequence-number layout and shard) and each record's data.
    mutating func checkFirehoseEvent(_ event: Int) {
        guard document.kind(event) == .object else { return }
        let deliveryStream = stringMember(event, MemberName.deliveryStreamArn)
        checkARN(deliveryStream, StrictFormats.firehoseDeliveryStreamArn, label: "deliveryStreamArn")
        checkARN(
            stringMember(event, MemberName.sourceKinesisStreamArn), StrictFormats.kinesisStreamArn,
            label: "sourceKinesisStreamArn")
        if let region = stringMember(event, MemberName.region),
            checkFormat(region, StrictFormats.region, rule: FormatRules.regionFormat, label: "region"),
            let deliveryStream, let parts = ARNParts(utf8(deliveryStream)), !parts.region.isEmpty,
            parts.slice(parts.region) != utf8(region)
        {
            report(
                FirehoseRules.regionMatchesARN, at: region,
                "region \(quoted(region)) is not the region of deliveryStreamArn \(quoted(deliveryStream)) at "
                    + "\(relativePointer(deliveryStream)); expected \"\(parts.text(parts.region))\"")
        }
        guard let records = arrayMember(event, MemberName.recordsLowercase) else { return }
        var seen = SeenStrings()
        for record in elements(records) where document.kind(record) == .object {
            if let recordID = stringMember(record, MemberName.recordId) {
                checkUnique(
                    recordID, &seen, rule: FirehoseRules.recordIDUnique, label: "recordId",
                    reason: "the response answers records by recordId")
            }
            if let arrival = numberMember(record, MemberName.approximateArrivalTimestamp) {
                checkMilliseconds(arrival)
            }
            let metadata = objectMember(record, MemberName.kinesisRecordMetadata)
            checkKinesisData(
                stringMember(record, MemberName.data),
                partitionKey: metadata.flatMap { stringMember($0, MemberName.partitionKey) }, label: "data")
            guard let metadata else { continue }
            if let arrival = numberMember(metadata, MemberName.approximateArrivalTimestamp) {
                checkMilliseconds(arrival)
            }
            let shard = stringMember(metadata, MemberName.shardId)
            if let shard {
                checkFormat(shard, StrictFormats.kinesisShardId, rule: FormatRules.shardIDFormat, label: "shardId")
            }
            if let sequence = stringMember(metadata, MemberName.sequenceNumber),
                DecimalDigits.isDigits(utf8(sequence))
            {
                let layout = DecimalDigits.kinesisLayout(utf8(sequence))
                checkSequenceNumberLayout(sequence, layout: layout)
                checkSequenceNumberShard(
                    sequence, layout: layout, shard: shard, label: "sequenceNumber", shardLabel: "shardId")
            }
        }
    }

    /// A Firehose timestamp is epoch milliseconds.
    private mutating func checkMilliseconds(_ timestamp: Int) {
        guard let value = double(timestamp) else { return }
        let unit = EpochUnit(magnitudeOf: value)
        guard unit != .milliseconds, unit.isPlausible else { return }
        report(
            FirehoseRules.arrivalTimestampMilliseconds, at: timestamp,
            "approximateArrivalTimestamp \(quoted(timestamp)) reads as epoch \(unit.name) (\(unit.instant(value))); "
                + "Firehose sends epoch milliseconds, such as 1704153600123")
    }

    /// Rules for a Firehose transformation response on its own: one answer per record id.
    mutating func checkFirehoseResponse(_ response: Int) {
        guard let records = arrayMember(response, MemberName.recordsLowercase) else { return }
        var seen = SeenStrings()
        for record in elements(records) {
            guard let recordID = stringMember(record, MemberName.recordId) else { continue }
            checkUnique(
                recordID, &seen, rule: FirehoseRules.responseRecordIDUnique, label: "recordId",
                reason: "Firehose takes one answer per record")
        }
    }
}

extension ContractRules {
    /// Checks a Firehose transformation response against the event it answers: every answer's `recordId` is a
    /// record of the event, and every record of the event is answered (Firehose treats a missing or unknown id as a
    /// transformation failure).
    ///
    /// - Parameters:
    ///   - response: A `firehose-transformation-response` document.
    ///   - event: The `firehose-transformation-event` the function received.
    ///   - options: The rule options.
    /// - Returns: `firehose.response-answers-event` findings, pointing into `response`.
    static func checkFirehoseResponse(
        _ response: JSONDocument, event: JSONDocument, options: RuleOptions
    ) -> [Diagnostic] {
        var context = RuleContext(document: response, root: 0, options: options)
        let eventContext = RuleContext(document: event, root: 0, options: options)
        let kind = PayloadKind.detect(in: event)
        guard kind == .firehoseTransformationEvent,
            let records = eventContext.arrayMember(0, MemberName.recordsLowercase)
        else {
            context.report(
                FirehoseRules.responseAnswersEvent, at: 0,
                "expected a Firehose transformation event (with records) to check the recordIds against, found "
                    + (kind.map { "a \($0) document" } ?? "a document of unknown kind"))
            return context.diagnostics
        }
        var eventIDs: [(bytes: ArraySlice<UInt8>, index: Int)] = []
        for record in eventContext.elements(records) {
            if let recordID = eventContext.stringMember(record, MemberName.recordId) {
                eventIDs.append((eventContext.utf8(recordID), recordID))
            }
        }
        let known = Set(eventIDs.map(\.bytes))
        var answered: Set<ArraySlice<UInt8>> = []
        let answers = context.arrayMember(0, MemberName.recordsLowercase)
        for answer in answers.map({ context.elements($0) }) ?? [] {
            guard let recordID = context.stringMember(answer, MemberName.recordId) else { continue }
            let bytes = context.utf8(recordID)
            answered.insert(bytes)
            if !known.contains(bytes) {
                context.report(
                    FirehoseRules.responseAnswersEvent, at: recordID,
                    "recordId \(context.quoted(recordID)) is not the recordId of any of the event's "
                        + "\(eventIDs.count) records; Firehose treats the mismatch as a transformation failure")
            }
        }
        for (bytes, index) in eventIDs where !answered.contains(bytes) {
            context.report(
                FirehoseRules.responseAnswersEvent, at: answers ?? 0,
                "the event's record \(eventContext.quoted(index)) at \(eventContext.relativePointer(index)) has no "
                    + "answer; Firehose needs one per record and treats a missing one as a transformation failure")
        }
        return context.diagnostics
    }
}
