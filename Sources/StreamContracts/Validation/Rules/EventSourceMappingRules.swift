import StreamJSON

/// The rules of an event source mapping's configuration (EventContract §C.1).
enum EventSourceMappingRules: Int, RuleGroup {
    case maximumRecordAge, startingPositionTimestamp, atTimestampSource, onSuccessUnsupported

    static let descriptors: [RuleDescriptor] = describingAllCases()

    static func describe(_ rule: Self) -> RuleDescriptor {
        switch rule {
        case .maximumRecordAge:
            RuleDescriptor(
                id: "esm.maximum-record-age", severity: .error, kinds: RuleKinds.mappings,
                summary: "MaximumRecordAgeInSeconds is -1 or 60…604800; Lambda rejects 0…59", section: "C.1")
        case .startingPositionTimestamp:
            RuleDescriptor(
                id: "esm.starting-position-timestamp", severity: .warning, kinds: RuleKinds.mappings,
                summary:
                    "StartingPositionTimestamp is used with StartingPosition AT_TIMESTAMP, which needs one",
                section: "C.1")
        case .atTimestampSource:
            RuleDescriptor(
                id: "esm.at-timestamp-source", severity: .error, kinds: RuleKinds.mappings,
                summary: "StartingPosition AT_TIMESTAMP is not available for DynamoDB streams", section: "C.1")
        case .onSuccessUnsupported:
            RuleDescriptor(
                id: "esm.on-success-unsupported", severity: .error, kinds: RuleKinds.mappings,
                summary: "stream event source mappings have no OnSuccess destination, only OnFailure", section: "C.1")
        }
    }
}

extension RuleContext {
    /// Rules for `ListEventSourceMappings` output: each mapping.
    mutating func checkEventSourceMappings(_ list: Int) {
        guard let mappings = arrayMember(list, MemberName.eventSourceMappings) else { return }
        for mapping in elements(mappings) { checkEventSourceMapping(mapping) }
    }

    /// Rules for one event source mapping (EventContract §C.1): doc-level constraints botocore's ranges
    /// can't express, and the exact ARN formats.
    mutating func checkEventSourceMapping(_ mapping: Int) {
        guard document.kind(mapping) == .object else { return }
        if let uuid = stringMember(mapping, MemberName.uuid) {
            checkFormat(uuid, StrictFormats.uuid, rule: FormatRules.uuidFormat, label: "UUID")
        }
        if let age = numberMember(mapping, MemberName.maximumRecordAgeInSeconds), let seconds = integer(age),
            (0..<60).contains(seconds)
        {
            report(
                EventSourceMappingRules.maximumRecordAge, at: age,
                "MaximumRecordAgeInSeconds is \(seconds); Lambda accepts -1 (infinite) or 60 to 604800")
        }

        let source = stringMember(mapping, MemberName.eventSourceArn)
        let service = source.flatMap { ARNParts(utf8($0)) }.map { $0.text($0.service) }
        let isStream = service == "kinesis" || service == "dynamodb"

        let position = stringMember(mapping, MemberName.startingPosition)
        let isAtTimestamp = position.map { document.string($0, equals: "AT_TIMESTAMP".utf8) } ?? false
        let timestamp = member(mapping, MemberName.startingPositionTimestamp)
        let isStreamPosition =
            position.map {
                document.string($0, equals: "LATEST".utf8) || document.string($0, equals: "TRIM_HORIZON".utf8)
            } ?? false
        if let timestamp, document.kind(timestamp) != .null, let position, isStreamPosition {
            report(
                EventSourceMappingRules.startingPositionTimestamp, at: timestamp,
                "StartingPositionTimestamp is set but StartingPosition is \(quoted(position)); the timestamp is "
                    + "only used with AT_TIMESTAMP")
        } else if let position, isAtTimestamp, timestamp == nil || timestamp.map({ document.kind($0) == .null }) == true
        {
            report(
                EventSourceMappingRules.startingPositionTimestamp, at: position,
                "StartingPosition is AT_TIMESTAMP but there is no StartingPositionTimestamp to start from")
        }
        if let position, isAtTimestamp, service == "dynamodb" {
            report(
                EventSourceMappingRules.atTimestampSource, at: position,
                "StartingPosition AT_TIMESTAMP is not available for DynamoDB streams (only TRIM_HORIZON or LATEST)")
        }

        if let configuration = objectMember(mapping, MemberName.destinationConfig) {
            if isStream, let onSuccess = objectMember(configuration, MemberName.onSuccess),
                let destination = stringMember(onSuccess, MemberName.destination), !utf8(destination).isEmpty
            {
                report(
                    EventSourceMappingRules.onSuccessUnsupported, at: destination,
                    "DestinationConfig.OnSuccess is \(quoted(destination)); event source mappings of "
                        + "\(service ?? "stream") sources only support OnFailure destinations")
            }
            if let onFailure = objectMember(configuration, MemberName.onFailure),
                let destination = stringMember(onFailure, MemberName.destination)
            {
                checkDestination(destination, forStream: isStream)
            }
        }

        checkFilterCriteria(mapping)
        checkARN(stringMember(mapping, MemberName.functionArn), StrictFormats.lambdaFunctionArn, label: "FunctionArn")
        checkARN(
            stringMember(mapping, MemberName.eventSourceMappingArn), StrictFormats.eventSourceMappingArn,
            label: "EventSourceMappingArn")
        if let kms = stringMember(mapping, MemberName.kmsKeyArn), !utf8(kms).isEmpty {
            checkARN(kms, StrictFormats.kmsKeyArn, label: "KMSKeyArn")
        }
        if let source {
            switch service {
            case "kinesis":
                let bytes = utf8(source)
                let isConsumer = bytes.count > 10 && Self.contains(bytes, "/consumer/")
                checkARN(
                    source, isConsumer ? StrictFormats.kinesisConsumerArn : StrictFormats.kinesisStreamArn,
                    label: "EventSourceArn")
            case "dynamodb":
                checkARN(source, StrictFormats.dynamodbStreamArn, label: "EventSourceArn")
            default:
                checkARN(source, StrictFormats.eventSourceArn, label: "EventSourceArn")
            }
        }
    }

    /// An on-failure destination: SQS, SNS or S3 for stream sources; any botocore destination otherwise.
    private mutating func checkDestination(_ destination: Int, forStream: Bool) {
        let bytes = utf8(destination)
        guard !bytes.isEmpty else { return }
        guard forStream, let parts = ARNParts(bytes) else {
            checkARN(destination, StrictFormats.destinationArn, label: "OnFailure.Destination")
            return
        }
        switch parts.text(parts.service) {
        case "sqs": checkARN(destination, StrictFormats.sqsQueueArn, label: "OnFailure.Destination")
        case "sns": checkARN(destination, StrictFormats.snsTopicArn, label: "OnFailure.Destination")
        case "s3": checkARN(destination, StrictFormats.s3BucketArn, label: "OnFailure.Destination")
        default:
            report(
                FormatRules.arnFormat, at: destination,
                "OnFailure.Destination \(quoted(destination)) is not an SQS queue, SNS topic or S3 bucket ARN, "
                    + "the destinations stream event source mappings support")
        }
    }

    /// Whether `bytes` contains `needle`.
    static func contains(_ bytes: ArraySlice<UInt8>, _ needle: String) -> Bool {
        let target = Array(needle.utf8)
        guard bytes.count >= target.count else { return false }
        var index = bytes.startIndex
        while index + target.count <= bytes.endIndex {
            if bytes[index..<(index + target.count)].elementsEqual(target) { return true }
            index += 1
        }
        return false
    }
}
