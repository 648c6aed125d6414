import StreamJSON
import StreamJSONSchema

/// The rules of exact AWS formats across kinds: canonical base64, ARNs, shard ids, UUIDs.
enum FormatRules: Int, RuleGroup {
    case canonicalBase64, arnFormat, shardIDFormat, uuidFormat, regionFormat

    static let descriptors: [RuleDescriptor] = describingAllCases()

    static func describe(_ rule: Self) -> RuleDescriptor {
        switch rule {
        case .canonicalBase64:
            RuleDescriptor(
                id: "contract.canonical-base64", severity: .error,
                kinds: RuleKinds.kinesisDataKinds + RuleKinds.dynamodbRecords,
                summary:
                    "base64 is canonical: bits under the padding are zero (\"YQ==\", not \"YR==\"); "
                    + "schemas check the rest", section: "A.3"
            )
        case .arnFormat:
            RuleDescriptor(
                id: "contract.arn-format", severity: .warning, kinds: ContractRules.allKinds,
                summary:
                    "ARNs have AWS's exact format (placeholders like SAM's arn:aws:kinesis:EXAMPLE are warned about)",
                section: "C.3")
        case .shardIDFormat:
            RuleDescriptor(
                id: "contract.shard-id-format", severity: .warning,
                kinds:
                    RuleKinds.kinesisEventRecords + [
                        .dynamodbEvent, .kinesisOnFailure, .dynamodbOnFailure, .putRecordsResponse,
                        .firehoseTransformationEvent, .dynamodbstreamsDescribeStreamResponse, .putRecordResponse,
                        .listShardsResponse, .describeStreamResponse,
                    ],
                summary:
                    "shard ids have AWS's format: shardId-<12 digits> (Kinesis), shardId-<20 digits>-<8 hex> (DynamoDB)",
                section: "D.2"
            )
        case .uuidFormat:
            RuleDescriptor(
                id: "contract.uuid-format", severity: .warning,
                kinds: RuleKinds.mappings + RuleKinds.onFailure + [.dynamodbKinesisRecord],
                summary: "UUIDs (ESM UUID, on-failure requestId, KDS eventID) are 8-4-4-4-12 hex", section: "C.1")
        case .regionFormat:
            // Region names: https://docs.aws.amazon.com/general/latest/gr/rande.html (`us-east-1`,
            // `us-gov-west-1`); SAM CLI templates put placeholders in ARNs and beside them (EventContract §A.7).
            RuleDescriptor(
                id: "contract.region-format", severity: .warning,
                kinds: RuleKinds.streamEventRecords + [.dynamodbKinesisRecord, .firehoseTransformationEvent],
                summary: "awsRegion (Firehose: region) is a region name such as us-east-1, not a placeholder",
                section: "A.7")
        }
    }
}

extension RuleContext {
    /// Warns with `rule` when the string at `index` doesn't have `format`; returns whether it has it.
    ///
    /// A value equal to the previous value checked against the same format is not matched or reported again.
    ///
    /// - Parameters:
    ///   - index: Tape index of the value; anything but a string is left to the schema (and returns false).
    ///   - format: The strict format.
    ///   - rule: The rule to report under (`contract.arn-format`, `contract.shard-id-format`, …).
    ///   - label: The member, for the message (`eventSourceARN`).
    @discardableResult
    mutating func checkFormat(
        _ index: Int, _ format: StrictFormat, rule: some RuleGroup, label: String
    ) -> Bool {
        guard document.kind(index) == .string else { return false }
        let text = tapeText(index)
        if let cached = formatCache[format.slot], textsEqual(cached.text, text) { return cached.matched }
        let matched = withBytes(of: text) { format.matches($0) }
        formatCache[format.slot] = FormatMatch(text: text, matched: matched)
        if !matched {
            var message = "\(label) \(quoted(index)) is not \(format.expected)"
            if Self.looksLikePlaceholder(utf8(index)) {
                message += "; it looks like a placeholder (SAM CLI generate-event and documentation samples use them)"
            }
            report(rule, at: index, message)
        }
        return matched
    }

    /// Checks an ARN member against a strict ARN format under `contract.arn-format`.
    @discardableResult
    mutating func checkARN(_ index: Int?, _ format: StrictFormat, label: String) -> Bool {
        guard let index else { return false }
        return checkFormat(index, format, rule: FormatRules.arnFormat, label: label)
    }

    /// Whether a value looks like a placeholder rather than a real identifier.
    static func looksLikePlaceholder(_ bytes: ArraySlice<UInt8>) -> Bool {
        if bytes.count >= 7 {
            let example = Array("EXAMPLE".utf8)
            var index = bytes.startIndex
            while index + example.count <= bytes.endIndex {
                if bytes[index..<(index + example.count)].elementsEqual(example) { return true }
                index += 1
            }
        }
        if bytes.starts(with: "arn:".utf8) { return ARNParts(bytes) == nil }
        return false
    }
}
