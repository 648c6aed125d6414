import Foundation
import Testing

/// `validate --jobs N` checks files, and batches of one file's documents, on N threads; what it prints must be
/// what `--jobs 1` prints, byte for byte, with the same exit status.
@Suite struct ValidateJobsTests {
    static let formats = ["text", "json", "junit", "github"]

    /// Runs `validate` with `--jobs 1` and `--jobs 4` in every format and expects the same bytes and status.
    private func expectSameOutput(_ operands: [String], extra: [String] = [], in directory: URL? = nil) throws {
        for format in Self.formats {
            let one = try CLIRunner.run(
                ["validate", "--jobs", "1", "--format", format] + extra + operands, in: directory)
            let four = try CLIRunner.run(
                ["validate", "--jobs", "4", "--format", format] + extra + operands, in: directory)
            #expect(
                one.status == four.status, "\(format): exit \(one.status) with --jobs 1, \(four.status) with --jobs 4")
            #expect(one.stdout == four.stdout, "\(format): the reports differ")
            #expect(!one.stdout.isEmpty)
        }
    }

    @Test func fourJobsPrintTheSameBytesAsOneOnTheCommittedFixtures() throws {
        try expectSameOutput(["Fixtures"])
    }

    /// The capture folder of `CaptureFolder`: every kind of input, and files that fill several batches.
    @Test func fourJobsPrintTheSameBytesAsOneOnAMultiFileCaptureFolder() throws {
        let dir = try CaptureFolder.make()
        defer { try? FileManager.default.removeItem(at: dir) }
        try expectSameOutput([dir.path])
        try expectSameOutput([dir.path], extra: ["--list-other", "--strict"])
    }

    @Test func jobsMustBeAPositiveWholeNumber() throws {
        let result = try CLIRunner.run(["validate", "--jobs", "0", "Fixtures"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--jobs must be a whole number from 1"))
    }
}
