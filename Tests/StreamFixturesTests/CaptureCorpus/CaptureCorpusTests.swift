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
        for set in try CorpusEventSet.corpus.get() {
            let capture = try writer.write(set)
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
        let total = try CorpusEventSet.corpus.get().count
        if failures > Self.reportedFailuresPerWriter {
            Issue.record("\(writer.name): \(failures) of \(total) captures mismatched (first ones above)")
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

    @Test func gzipFirehoseAndFolderGiveTheSameCounts() throws {
        let validator = try Self.validator.get()
        let sets = try CorpusEventSet.corpus.get()
        var expected = CorpusCounts()
        var noise = NoiseTally()
        var familyText: [CaptureFamily: [UInt8]] = [:]
        var gzipFiles: [(name: String, bytes: [UInt8])] = []
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("capture-corpus-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for writer in CaptureWriter.all {
            for (index, set) in sets.enumerated() {
                let capture = try writer.write(set)
                expected += CorpusCounts(expecting: set)
                noise = noise + capture.noise
                let name = CorpusFolder.fileName(writer, index: index)
                try Data(capture.bytes).write(to: folder.appendingPathComponent(name))
                switch writer.family {
                case .standalone: gzipFiles.append((name + ".gz", Gzip.member(capture.bytes)))
                case .jsonValues, .lines: familyText[writer.family, default: []] += CorpusFolder.joinable(capture.bytes)
                }
            }
        }
        for family in CaptureFamily.allCases {
            if let text = familyText[family] { gzipFiles.append(("\(family.rawValue).gz", Gzip.member(text))) }
        }
        var gzipped = CorpusCounts()
        var gzippedOther = OtherTally(noise: noise)
        for file in gzipFiles {
            let summary = validator.validate(capture: file.bytes, source: file.name).summary
            gzipped += CorpusCounts(summary)
            gzippedOther.add(summary, noise: NoiseTally())
        }
        #expect(gzipped == expected, "one gzip file per family, one per standalone capture (\(gzipFiles.count) files)")
        #expect(gzippedOther.isWithinTheNoise, "gzip files: \(gzippedOther)")

        var folderCounts = CorpusCounts()
        var folderOther = OtherTally(noise: noise)
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            let url = folder.appendingPathComponent(name)
            let summary = validator.validate(capture: [UInt8](try Data(contentsOf: url)), source: url.path).summary
            folderCounts += CorpusCounts(summary)
            folderOther.add(summary, noise: NoiseTally())
        }
        #expect(folderCounts == expected, "a folder of \(sets.count * CaptureWriter.all.count) files")
        #expect(folderOther.isWithinTheNoise, "folder: \(folderOther)")

        var firehoseExpected = CorpusCounts()
        var firehoseNoise = NoiseTally(telemetryJSON: 1)
        var records: [[UInt8]] = [Array(LogRendering.controlMessage.utf8)]
        for style in LoggingStyle.allCases {
            for set in sets {
                let stream = try LambdaLogStream.of(set, style: style)
                firehoseExpected += CorpusCounts(expecting: set)
                firehoseNoise = firehoseNoise + stream.noise
                records += LogRendering.dataMessages(stream)
            }
        }
        let firehose = Gzip.members(
            stride(from: 0, to: records.count, by: 3).map {
                Array(records[$0..<min($0 + 3, records.count)].joined())
            })
        let firehoseSummary = validator.validate(capture: firehose, source: "firehose-object").summary
        var firehoseOther = OtherTally()
        firehoseOther.add(firehoseSummary, noise: firehoseNoise)
        #expect(
            CorpusCounts(firehoseSummary) == firehoseExpected, "one Firehose object of every logging style's streams")
        #expect(firehoseOther.isWithinTheNoise, "Firehose object: \(firehoseOther)")
    }
}

/// Names and joins the corpus's files.
enum CorpusFolder {
    /// `<writer>-<set index>.<extension>`, the writer's name made safe for a file name
    /// (`gzip(s3-export(node-text))` → `gzip.s3-export.node-text-0.gz`).
    static func fileName(_ writer: CaptureWriter, index: Int) -> String {
        let safe = String(writer.name.compactMap { $0 == ")" ? nil : $0 == "(" ? "." : $0 })
        return "\(safe)-\(index)" + (writer.fileExtension.isEmpty ? "" : ".\(writer.fileExtension)")
    }

    /// The capture ending with a newline, so the next one in a family's file starts on a line of its own.
    static func joinable(_ bytes: [UInt8]) -> [UInt8] { bytes.last == 0x0A ? bytes : bytes + [0x0A] }
}
