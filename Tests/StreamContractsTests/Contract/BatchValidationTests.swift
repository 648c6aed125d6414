import Foundation
import StreamEvents
import StreamJSON
import Testing

@testable import StreamContracts

/// `ContractValidator.validate` of an array checks the KPL aggregates of all its Kinesis events together; every
/// report must be the one `validate` gives each value alone.
@Suite struct BatchValidationTests {
    /// Aggregates valid and corrupt in every way the rule reports: a bad digest, a changed body, an index beyond
    /// its table, a truncated body (digest recomputed), too short, a changed magic byte, and text that starts like
    /// an aggregate but is not base64.
    static let aggregates: [String] = {
        let valid = KPLAggregate.encode([
            KPLUserRecord(partitionKey: "order-1", data: Data("{}".utf8)),
            KPLUserRecord(partitionKey: "order-2", data: Data(repeating: 0x41, count: 300)),
        ])
        let long = KPLAggregate.encode(
            (0..<40).map { KPLUserRecord(partitionKey: "key-\($0 % 3)", data: Data(repeating: UInt8($0), count: 97)) })
        var badDigest = valid
        badDigest[badDigest.count - 1] ^= 1
        var badBody = long
        badBody[9] ^= 0x10
        var badMagic = valid
        badMagic[3] ^= 1
        let body: [UInt8] = [0x0A, 0x01, UInt8(ascii: "a"), 0x1A, 0x04, 0x08, 0x01, 0x1A, 0x00]
        let badIndex = KPLAggregate.magic + body + MD5.digest(body)
        let truncated = KPLAggregate.magic + Array(body.prefix(5)) + MD5.digest(Array(body.prefix(5)))
        let tooShort = KPLAggregate.magic + [UInt8](repeating: 7, count: 16)
        return [valid, long, badDigest, badBody, badMagic, badIndex, truncated, tooShort].map {
            Data($0).base64EncodedString()
        } + ["84mawg!!"]
    }()

    /// JSON Lines of Kinesis events with no, one or several aggregates (valid and corrupt mixed), with a DynamoDB
    /// event, a log line, a line that is not JSON and a one-record event between them.
    static let capture: [UInt8] = {
        var lines: [String] = []
        var state: UInt64 = 7
        for event in 0..<40 {
            var records: [String] = []
            for record in 0..<(event % 5) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                let pick = Int(state >> 33) % (aggregates.count + 2)
                let data = pick < aggregates.count ? aggregates[pick] : "e30="
                let sequence = record == 0 ? RuleCases.sequence1 : RuleCases.sequence2
                records.append(RuleCases.kinesisRecord(sequence: sequence, data: data))
            }
            lines.append(RuleCases.kinesisBatch(records))
            switch event % 7 {
            case 1: lines.append(#"{"level":30,"msg":"batch done"}"#)
            case 3: lines.append(#"{"Records": [{"eventSource": "aws:dynamodb", "dynamodb": {}}]}"#)
            case 5: lines.append("not json {")
            default: break
            }
        }
        let oneLine = lines.map { $0.replacingOccurrences(of: "\n", with: " ") }
        return Array((oneLine.joined(separator: "\n") + "\n").utf8)
    }()

    static func documents() -> [CapturedDocument] {
        CaptureReader.documents(in: capture, source: "batch.jsonl")
    }

    @Test(arguments: [ContractValidator.Options(), ContractValidator.Options(strict: true)])
    func aBatchGetsTheReportsOfOneAtATime(options: ContractValidator.Options) throws {
        let validator = try ContractValidator(options: options)
        let documents = Self.documents()
        let alone = documents.map { validator.validate($0) }
        #expect(alone.filter { $0.diagnostics.contains { $0.rule == "kinesis.kpl-aggregate" } }.count > 10)
        #expect(validator.validate(documents) == alone)
        // Batch boundaries anywhere: every cut gives the same reports.
        for size in [1, 2, 3, 7, 16] {
            var reports: [DocumentReport] = []
            var start = 0
            while start < documents.count {
                let end = min(start + size, documents.count)
                reports += validator.validate(Array(documents[start..<end]))
                start = end
            }
            #expect(reports == alone, "batches of \(size)")
        }
        #expect(validator.validate([]).isEmpty)
    }

    /// The batch really checks the aggregates beforehand: each event's context holds exactly what its record loop
    /// computes alone (the reports above would match even if the batch fell back to the loop every time).
    @Test func theBatchChecksWhatEachEventsRecordLoopWouldCheck() throws {
        let documents = Self.documents().compactMap(\.document).filter {
            PayloadKind.detect(in: $0) == .kinesisEvent
        }
        var contexts: [RuleContext?] = documents.map { RuleContext(document: $0, root: 0, options: RuleOptions()) }
        ContractRules.checkAggregates(ofEvents: &contexts)
        var checked = 0
        for (document, context) in zip(documents, contexts) {
            let alone = RuleContext(document: document, root: 0, options: RuleOptions())
            let candidates = alone.aggregateCandidates()
            guard let first = candidates.data.first else {
                #expect(context?.precheckedAggregates?.data == nil)
                continue
            }
            let records = try #require(alone.arrayMember(0, MemberName.records))
            let record = try #require(alone.elements(records).last { $0 < first })
            let expected = alone.checkedAggregates(first: first, after: record, to: document.next(records))
            let batch = try #require(context?.precheckedAggregates)
            #expect(batch.data == expected.data)
            #expect(batch.results == expected.results)
            checked += batch.data.count
        }
        #expect(checked > 20)
    }
}
