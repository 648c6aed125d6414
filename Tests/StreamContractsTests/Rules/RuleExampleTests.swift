import Foundation
import StreamJSON
import Testing

@testable import StreamContracts

/// The rules against the world: every valid example of `Schemas/examples` and every JSON payload of the seed
/// documents passes without errors, and the warnings are exactly the ones their doc-sample or synthetic values
/// deserve.
@Suite struct RuleExampleTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let examples = repository.appendingPathComponent("Schemas/examples")
    static let seeds = CaptureFixtures.seeds

    /// `kind/file` of every example in `valid` (or `invalid`) folders.
    static func exampleFiles(_ validity: String) -> [String] {
        let kinds = (try? FileManager.default.contentsOfDirectory(atPath: examples.path)) ?? []
        return kinds.filter { $0 != "defs" }.sorted().flatMap { kind in
            let folder = examples.appendingPathComponent(kind).appendingPathComponent(validity)
            let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            return files.filter { $0.hasSuffix(".json") }.sorted().map { "\(kind)/\(validity)/\($0)" }
        }
    }

    static func diagnostics(ofExample path: String) throws -> [Diagnostic] {
        let kind = PayloadKind(rawValue: String(path.prefix { $0 != "/" }))
        let document = try JSONDocument(parsing: Data(contentsOf: examples.appendingPathComponent(path)))
        return ContractRules.check(document, at: 0, kind: kind, options: RuleOptions())
    }

    /// The warnings each valid example gets, and why. Examples not listed get none.
    static let expectedWarnings: [String: [String]] = [
        // Documentation samples: eventIDs "1", sequence numbers "111", "stream-ARN", "shard123456789".
        "dynamodb-event/doc-sample-sequence-111-event-id-1.json": [
            "dynamodb.event-id-format", "dynamodb.event-id-format", "dynamodb.sequence-number-length",
            "dynamodb.sequence-number-length", "dynamodb.size-bytes", "dynamodb.size-bytes",
        ],
        "dynamodb-event/tumbling-window-doc-placeholders.json": [
            "contract.arn-format", "contract.shard-id-format", "dynamodb.event-id-format",
            "dynamodb.sequence-number-length", "dynamodb.size-bytes",
        ],
        // SAM CLI placeholders, anonymised 13-digit accounts, the KubeMQ docs' "arn::mystream".
        "kinesis-event/sam-placeholder-arns.json": [
            "contract.arn-format", "contract.arn-format", "kinesis.sequence-number-layout",
        ],
        "kinesis-event/anonymised-13-digit-account.json": [
            "contract.arn-format", "contract.arn-format", "kinesis.sequence-number-layout",
        ],
        "kubemq-kinesis-request/seed-002-list-stream-consumers.json": ["contract.arn-format"],
        // The KubeMQ docs' "Get Records" example says method put_records but sets get_records' limit.
        "kubemq-kinesis-request/seed-002-get-records-section-example.json": ["kubemq.members-match-method"],
        // The Lambda developer guide's Firehose sample: deliveryStreamArn is the placeholder "aws:lambda:events",
        // and its second sequence number does not follow the version-2 layout.
        "firehose-transformation-event/lambda-developer-guide-sample.json": [
            "contract.arn-format", "kinesis.sequence-number-layout",
        ],
        // The Rust runtime's numeric-string timestamp.
        "kinesis-event/arrival-timestamp-numeric-string-rust.json": [
            "kinesis.arrival-timestamp-string", "kinesis.sequence-number-layout",
        ],
        // Unknown members, on purpose.
        "kinesis-event/unknown-members-allowed.json": [
            "contract.unknown-member", "contract.unknown-member", "kinesis.sequence-number-layout",
        ],
        "event-source-mapping/unknown-members-allowed.json": ["contract.unknown-member", "contract.uuid-format"],
        // An S3 destination's record: the batch info's and the payload records' synthetic sequence numbers.
        "kinesis-on-failure/s3-destination-with-payload.json": [
            "kinesis.sequence-number-layout", "kinesis.sequence-number-layout", "kinesis.sequence-number-layout",
            "kinesis.sequence-number-layout",
        ],
        "kinesis-on-failure/record-age-exceeded-no-response-context.json": [
            "kinesis.sequence-number-layout", "kinesis.sequence-number-layout",
        ],
        // UUIDs that are not UUIDs ("x", "second", the developer guide's "2b733gdc-…").
        "event-source-mapping/uuid-not-hex-like-doc-sample.json": ["contract.uuid-format"],
        "event-source-mappings/api-next-marker.json": ["contract.uuid-format"],
        // A LATEST mapping that also carries StartingPositionTimestamp.
        "event-source-mapping/filter-criteria-and-consumer-arn.json": ["esm.starting-position-timestamp"],
        // Synthetic sequence numbers (4965000…0002) and the boto3 docs' old version-1 number (4954511…0961).
        "get-records-response/cli-v2-iso-arrival.json": ["kinesis.sequence-number-layout"],
        "get-records-response/records-and-next-iterator.json": [
            "kinesis.sequence-number-layout", "kinesis.sequence-number-layout",
        ],
        "kinesis-event/dynamodb-change-record-in-data.json": ["kinesis.sequence-number-layout"],
        "kinesis-event/encryption-type-kms.json": ["kinesis.sequence-number-layout"],
        "kinesis-event/tumbling-window.json": ["kinesis.sequence-number-layout"],
        "kinesis-event/two-records-one-shard.json": [
            "kinesis.sequence-number-layout", "kinesis.sequence-number-layout",
        ],
        "kinesis-on-failure/record-age-exceeded-never-invoked.json": [
            "kinesis.sequence-number-layout", "kinesis.sequence-number-layout",
        ],
        "put-records-response/all-succeeded.json": [
            "kinesis.sequence-number-layout", "kinesis.sequence-number-layout",
        ],
        "put-records-response/one-throttled-encrypted.json": ["kinesis.sequence-number-layout"],
        "subscribe-to-shard-event-stream/seed-004-subscribe-to-shard-event.json": ["kinesis.sequence-number-layout"],
        "subscribe-to-shard-event/seed-004-subscribe-to-shard-event.json": ["kinesis.sequence-number-layout"],
        "subscribe-to-shard-event/shard-closed-with-child-shards.json": [
            "kinesis.sequence-number-layout", "kinesis.sequence-number-layout",
        ],
        // Synthetic SizeBytes (27 for an item of 25 bytes; 60 for 58).
        "dynamodb-event/creation-time-absent.json": ["dynamodb.size-bytes"],
        "dynamodb-event/creation-time-float-exponent.json": ["dynamodb.size-bytes"],
        "dynamodb-event/creation-time-float-fraction.json": ["dynamodb.size-bytes"],
        "dynamodb-event/every-attribute-type.json": ["dynamodb.size-bytes"],
        "dynamodb-event/ttl-remove-with-user-identity.json": ["dynamodb.size-bytes"],
        "dynamodb-kinesis-record/insert-carried-in-kinesis-event-data.json": ["dynamodb.size-bytes"],
        "dynamodb-kinesis-record/ttl-remove-microseconds.json": ["dynamodb.size-bytes"],
        "dynamodb-kinesis-record/user-identity-absent.json": ["dynamodb.size-bytes"],
    ]

    @Test(arguments: exampleFiles("valid"))
    func validExamplesHaveNoErrorsAndTheExpectedWarnings(_ path: String) throws {
        let diagnostics = try Self.diagnostics(ofExample: path)
        let errors = diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.map { "\($0.rule) \($0.pointer): \($0.message)" })")
        let key = path.replacingOccurrences(of: "/valid/", with: "/")
        #expect(diagnostics.map(\.rule).sorted() == Self.expectedWarnings[key] ?? [])
    }

    @Test func everyExpectedWarningNamesAnExistingExample() {
        let files = Set(Self.exampleFiles("valid").map { $0.replacingOccurrences(of: "/valid/", with: "/") })
        #expect(Set(Self.expectedWarnings.keys).subtracting(files).isEmpty)
        #expect(files.count > 60)
    }

    /// Invalid examples break one schema constraint; the rules add no error of their own, so the validator reports
    /// exactly that one problem. The exception also breaks a rule.
    static let invalidExamplesAlsoBreakingARule: [String: [String]] = [
        // A window without the other tumbling-window members.
        "kinesis-event/invalid/window-missing-end.json": ["window.members-together"]
    ]

    @Test(arguments: exampleFiles("invalid"))
    func invalidExamplesGetNoRuleErrors(_ path: String) throws {
        let errors = try Self.diagnostics(ofExample: path).filter { $0.severity == .error }
        #expect(errors.map(\.rule) == Self.invalidExamplesAlsoBreakingARule[path] ?? [])
    }

    // MARK: - Seeds

    /// Every JSON document that starts a line of a seed file, with its detected kind.
    static func seedDocuments() throws -> [(name: String, kind: PayloadKind, document: JSONDocument)] {
        let files = try FileManager.default.contentsOfDirectory(atPath: seeds.path).filter { $0.hasSuffix(".txt") }
        var result: [(name: String, kind: PayloadKind, document: JSONDocument)] = []
        for file in files.sorted() {
            let bytes = [UInt8](try Data(contentsOf: seeds.appendingPathComponent(file)))
            var offset = 0
            var ordinal = 0
            while offset < bytes.count {
                let lineStart = offset == 0 || bytes[offset - 1] == UInt8(ascii: "\n")
                if lineStart, bytes[offset] == UInt8(ascii: "{"),
                    let document = try? JSONDocument(parsing: bytes, from: offset, allowsTrailingContent: true)
                {
                    if let kind = PayloadKind.detect(in: document, at: 0) {
                        result.append(("\(file)#\(ordinal)", kind, document))
                        ordinal += 1
                    }
                    offset = document.endOffset
                    continue
                }
                offset += 1
            }
        }
        return result
    }

    @Test func seedPayloadsHaveNoErrors() throws {
        let documents = try Self.seedDocuments()
        var found: [String: [String]] = [:]
        for (name, kind, document) in documents {
            let diagnostics = ContractRules.check(document, at: 0, kind: kind, options: RuleOptions())
            let errors = diagnostics.filter { $0.severity == .error }
            #expect(errors.isEmpty, "\(name) (\(kind)): \(errors.map { "\($0.rule): \($0.message)" })")
            found[name] = ["\(kind)"] + diagnostics.map(\.rule)
        }
        // Kind, then the warnings (none): the Jets documentation's examples are clean.
        #expect(
            found == [
                "000_c7866b36ebff4e7b.txt#0": ["event-source-mappings"],
                "000_c7866b36ebff4e7b.txt#1": ["kinesis-event"],
                "003_d3b2d575a7d86935.txt#0": ["dynamodb-event"],
            ])
    }
}
