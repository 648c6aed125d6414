import Foundation
import StreamContracts
import StreamFixtures
import Testing

/// The acceptance test of the capture reader: whatever container a user hands to `stream-fixtures validate` —
/// a JSON file, JSON Lines, a runtime log, an AWS CLI output, an export, a subscription payload, a Firehose
/// object, a structured logger's line, UTF-16 or gzip — it finds exactly the events inside, tells the broken
/// one from the valid ones, and counts the log noise around them as `other`, never as documents or errors.
@Suite struct CaptureCorpusTests {
    static let validator = Result<ContractValidator, any Error> { try ContractValidator() }

    /// Most mismatching seeds reported per writer (the rest would repeat the same reason).
    static let reportedFailuresPerWriter = 3

    @Test(arguments: CaptureWriter.all)
    func everyContainerYieldsExactlyItsEvents(_ writer: CaptureWriter) throws {
        let validator = try Self.validator.get()
        var failures = 0
        let sets = try CorpusEventSet.corpus.get()
        for (set, capture) in zip(sets, try CorpusCaptures.of(writer)) {
            let report = validator.validate(capture: capture.bytes, source: writer.name)
            let mismatches = CaptureExpectation(set: set, noise: capture.noise).mismatches(in: report)
            guard !mismatches.isEmpty else { continue }
            failures += 1
            if failures <= Self.reportedFailuresPerWriter {
                let message =
                    "\(writer.name), \(set): \(mismatches.joined(separator: "; ")); capture starts: "
                    + CapturePreview.text(capture.bytes)
                Issue.record(Comment(rawValue: message))
            }
        }
        if failures > Self.reportedFailuresPerWriter {
            Issue.record("\(writer.name): \(failures) of \(sets.count) captures mismatched (first ones above)")
        }
    }

    @Test(arguments: ContractBreak.allCases)
    func everyContractBreakIsAnErrorOnItsOwn(_ contractBreak: ContractBreak) throws {
        let validator = try Self.validator.get()
        for index in 0..<10 {
            let recipe = FixtureRecipe(
                kind: contractBreak.kind, seed: Seed("contract-break").derived(index: index), count: 1,
                records: index % 3 + 1)
            let event = try #require(try FixtureCatalog.generate(recipe).first)
            let broken = try #require(contractBreak.apply(to: event), "seed \(index): nothing to break")
            let clean = validator.validate(capture: event, source: "clean.json").summary
            #expect(clean.valid == 1 && clean.errors == 0, "seed \(index): the unbroken event is not clean")
            let report = validator.validate(capture: broken, source: "broken.json")
            #expect(
                report.summary.documents == 1 && report.summary.invalid == 1,
                "seed \(index): \(CorpusCounts(report.summary))")
            #expect(report.summary.errors >= 1, "seed \(index): the break gives no error")
        }
    }

    @Test func theCorpusHasValidAndBrokenSetsOfOneToFiveEventsOfBothKinds() throws {
        let sets = try CorpusEventSet.corpus.get()
        #expect(sets.count == 2 * CorpusEventSet.seedCount)
        #expect(sets.allSatisfy { (1...5).contains($0.events.count) && $0.events.count == $0.kinds.count })
        #expect(sets.filter { $0.broken != nil }.count == CorpusEventSet.seedCount)
        #expect(Set(sets.flatMap(\.kinds)) == [.kinesisEvent, .dynamodbEvent])
        #expect(Set(sets.compactMap(\.broken?.contractBreak)) == Set(ContractBreak.allCases))
    }
}
