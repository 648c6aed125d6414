import Foundation
import StreamFixtures
import StreamFixturesTesting
import Testing

/// The property runners: a failing property throws (or records) the shrunk failure and writes the smallest failing
/// value beside the test; a holding property does neither.
@Suite struct PropertyCheckTests {
    struct TooLarge: Error, CustomStringConvertible {
        var value: Int
        var description: String { "\(value) is over 500" }
    }

    /// Lists of up to 20 numbers; the property fails on any number over 500, so the smallest failure is `[501]`.
    static let numbers = Gen.int(in: 0...1_000).array(of: 0...20)

    static func atMost500(_ numbers: [Int]) throws {
        if let large = numbers.first(where: { $0 > 500 }) { throw TooLarge(value: large) }
    }

    @Test func checkThrowsTheSmallestFailureAndWritesItBesideTheTest() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        do {
            try check(Self.numbers, seed: 3, counterexampleDirectory: folder.path, Self.atMost500)
            Issue.record("check passed a failing property")
        } catch {
            #expect(error.value == "[\n  501\n]")
            #expect("\(error.error)" == "501 is over 500")
            #expect(error.shrinkSteps > 0)
            #expect(error.runSeed == 3)
            #expect(
                error.counterexampleFile == folder.file("checkThrowsTheSmallestFailureAndWritesItBesideTheTest.json"))
            #expect(folder.contents("checkThrowsTheSmallestFailureAndWritesItBesideTheTest.json") == "[\n  501\n]\n")
            #expect(error.description.contains("(written to \(folder.path)/"))
        }
    }

    @Test func assertPropertyRecordsTheFailureAtTheCallSite() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        withKnownIssue {
            assertProperty(Self.numbers, seed: 3, counterexampleDirectory: folder.path, Self.atMost500)
        } matching: { issue in
            issue.comments.contains { $0.rawValue.contains("shrunk in") && $0.rawValue.hasSuffix(":\n[\n  501\n]") }
        }
        #expect(folder.exists("assertPropertyRecordsTheFailureAtTheCallSite.json"))
    }

    @Test func aHoldingPropertyNeitherThrowsNorWrites() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try check(Self.numbers, seed: 3, counterexampleDirectory: folder.path) { numbers in
            if numbers.contains(where: { $0 > 1_000 }) { throw TooLarge(value: 0) }
        }
        #expect(!folder.exists("aHoldingPropertyNeitherThrowsNorWrites.json"))
    }

    @Test func counterexamplesLiveInTheirOwnFolderBesideTheTestFile() {
        let location = PropertyCheck.counterexampleLocation(
            filePath: "/repo/Tests/OrderTests.swift", function: "refunds(seed:)", directory: nil)
        #expect(location.path == "/repo/Tests/__Counterexamples__/OrderTests/refunds_seed.json")
    }
}
