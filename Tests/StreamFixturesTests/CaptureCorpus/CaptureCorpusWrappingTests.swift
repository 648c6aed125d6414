import Foundation
import StreamContracts
import Testing

/// The same corpus, wrapped the ways captures travel — inside gzip, inside a Firehose object, as a folder of
/// mixed files — gives the same counts as every capture read on its own: no event lost or doubled by the
/// wrapping, the noise still counted as `other`. Every writer takes part, with the sets of the corpus's first
/// seeds (`CorpusCaptures.wrappedSetCount`).
@Suite struct CaptureCorpusWrappingTests {
    static let validator = Result<ContractValidator, any Error> { try ContractValidator() }

    @Test func oneGzipFilePerFamilyGivesTheSameCounts() throws {
        let validator = try Self.validator.get()
        let (expected, noise) = try CorpusCaptures.expectedWrappedTotals()
        var familyText: [CaptureFamily: [UInt8]] = [:]
        var files: [(name: String, bytes: [UInt8])] = []
        for (writer, captures) in try CorpusCaptures.wrapped().captures {
            for (index, capture) in captures.enumerated() {
                switch writer.family {
                case .standalone:
                    files.append((CorpusFolder.fileName(writer, index: index) + ".gz", Gzip.member(capture.bytes)))
                case .jsonValues, .lines:
                    familyText[writer.family, default: []] += CorpusFolder.joinable(capture.bytes)
                }
            }
        }
        for family in CaptureFamily.allCases {
            if let text = familyText[family] { files.append(("\(family.rawValue).gz", Gzip.member(text))) }
        }
        var counts = CorpusCounts()
        var other = OtherTally(noise: noise)
        for file in files {
            let summary = validator.validate(capture: file.bytes, source: file.name).summary
            counts += CorpusCounts(summary)
            other.add(summary, noise: NoiseTally())
        }
        #expect(counts == expected, "one gzip file per family and one per standalone capture (\(files.count) files)")
        #expect(other.isWithinTheNoise, "gzip files: \(other)")
    }

    @Test func oneFirehoseObjectGivesTheSameCounts() throws {
        let validator = try Self.validator.get()
        var expected = CorpusCounts()
        var noise = NoiseTally(telemetryJSON: 1)
        var records: [[UInt8]] = [Array(LogRendering.controlMessage.utf8)]
        for style in LoggingStyle.allCases {
            for set in try CorpusCaptures.wrapped().sets {
                let stream = try LambdaLogStream.of(set, style: style)
                expected += CorpusCounts(expecting: set)
                noise = noise + stream.noise
                records += LogRendering.dataMessages(stream)
            }
        }
        let members = stride(from: 0, to: records.count, by: 3).map {
            Array(records[$0..<min($0 + 3, records.count)].joined())
        }
        let summary = validator.validate(capture: Gzip.members(members), source: "firehose-object").summary
        var other = OtherTally()
        other.add(summary, noise: noise)
        #expect(
            CorpusCounts(summary) == expected,
            "every logging style's streams as \(records.count) records in \(members.count) gzip members")
        #expect(other.isWithinTheNoise, "Firehose object: \(other)")
    }

    @Test func aFolderOfMixedFilesGivesTheSameCounts() throws {
        let validator = try Self.validator.get()
        let (expected, noise) = try CorpusCaptures.expectedWrappedTotals()
        let (sets, captures) = try CorpusCaptures.wrapped()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("capture-corpus-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (writer, writerCaptures) in captures {
            for (index, capture) in writerCaptures.enumerated() {
                try Data(capture.bytes).write(
                    to: folder.appendingPathComponent(CorpusFolder.fileName(writer, index: index)))
            }
        }
        var counts = CorpusCounts()
        var other = OtherTally(noise: noise)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        for name in names {
            let url = folder.appendingPathComponent(name)
            let summary = validator.validate(capture: [UInt8](try Data(contentsOf: url)), source: url.path).summary
            counts += CorpusCounts(summary)
            other.add(summary, noise: NoiseTally())
        }
        #expect(names.count == CaptureWriter.all.count * sets.count)
        #expect(counts == expected, "a folder of \(names.count) files")
        #expect(other.isWithinTheNoise, "folder: \(other)")
    }
}
