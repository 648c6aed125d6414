import Foundation
import StreamFixturesTesting
import XCTest

/// The public assertion under XCTest: failures go through `XCTFail` at the call site, captured here while
/// `capturingFailures` runs (every other failure reaches XCTest as usual).
final class XCTestAssertionTests: XCTestCase {
    private struct Failure {
        var message: String
        var line: Int
    }

    private var captured: [Failure]?

    #if canImport(Darwin)
        override func record(_ issue: XCTIssue) {
            guard captured != nil else { return super.record(issue) }
            captured?.append(
                Failure(
                    message: issue.compactDescription, line: issue.sourceCodeContext.location?.lineNumber ?? 0))
        }
    #else
        override func recordFailure(
            withDescription description: String, inFile filePath: String, atLine lineNumber: Int, expected: Bool
        ) {
            guard captured != nil else {
                return super.recordFailure(
                    withDescription: description, inFile: filePath, atLine: lineNumber, expected: expected)
            }
            captured?.append(Failure(message: description, line: lineNumber))
        }
    #endif

    private func capturingFailures(_ body: () -> Void) -> [Failure] {
        captured = []
        body()
        defer { captured = nil }
        return captured ?? []
    }

    private static let order = SnapshotSamples.Order(orderId: "A-1", amount: 3, tags: ["x"])

    func testMissingRecordsAnAbsentSnapshotAndPasses() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let failures = capturingFailures {
            assertEventSnapshot(of: Self.order, record: .missing, snapshotDirectory: folder.path)
            assertEventSnapshot(of: Self.order, named: "1", record: .never, snapshotDirectory: folder.path)
        }
        XCTAssertEqual(failures.map(\.message), [])
        XCTAssertTrue(folder.exists("testMissingRecordsAnAbsentSnapshotAndPasses.1.json"))
    }

    func testNeverFailsForAnAbsentSnapshot() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let failures = capturingFailures {
            assertEventSnapshot(of: Self.order, named: "order", record: .never, snapshotDirectory: folder.path)
        }
        XCTAssertEqual(failures.count, 1)
        XCTAssertTrue(failures.first?.message.contains("no snapshot at") == true, "\(failures)")
        XCTAssertFalse(folder.exists("testNeverFailsForAnAbsentSnapshot.order.json"))
    }

    func testAMismatchFailsAtTheCallSiteWithPointerAndDiff() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var changed = Self.order
        changed.tags.append("y")
        var line = 0
        let failures = capturingFailures {
            assertEventSnapshot(of: Self.order, named: "order", record: .missing, snapshotDirectory: folder.path)
            line = #line + 1
            assertEventSnapshot(of: changed, named: "order", record: .never, snapshotDirectory: folder.path)
        }
        XCTAssertEqual(failures.count, 1)
        XCTAssertEqual(failures.first?.line, line)
        let message = failures.first?.message ?? ""
        XCTAssertTrue(message.contains("first difference at /tags/1: expected nothing, found \"y\" (added)"), message)
        XCTAssertTrue(
            message.contains(
                "@@ -2,6 +2,7 @@\n   \"orderId\": \"A-1\",\n   \"amount\": 3,\n   \"tags\": [\n"
                    + "-    \"x\"\n+    \"x\",\n+    \"y\"\n   ]\n }\n"), message)
    }

    func testFailedReRecordsAMismatchAndFails() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var changed = Self.order
        changed.amount = 7
        let failures = capturingFailures {
            assertEventSnapshot(of: Self.order, named: "order", record: .failed, snapshotDirectory: folder.path)
            assertEventSnapshot(of: changed, named: "order", record: .failed, snapshotDirectory: folder.path)
            assertEventSnapshot(of: changed, named: "order", record: .never, snapshotDirectory: folder.path)
        }
        XCTAssertEqual(failures.count, 1)
        XCTAssertTrue(failures.first?.message.contains("-  \"amount\": 3,\n+  \"amount\": 7,") == true, "\(failures)")
        XCTAssertTrue(failures.first?.message.contains("Re-recorded the snapshot (record mode failed") == true)
    }

    func testAllReRecordsAndFailsEveryTime() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let failures = capturingFailures {
            assertEventSnapshot(of: Self.order, named: "order", record: .all, snapshotDirectory: folder.path)
            assertEventSnapshot(of: Self.order, named: "order", record: .all, snapshotDirectory: folder.path)
            assertEventSnapshot(of: Self.order, named: "order", record: .never, snapshotDirectory: folder.path)
        }
        XCTAssertEqual(failures.count, 2)
        XCTAssertTrue(failures.allSatisfy { $0.message.contains("record mode all") }, "\(failures)")
    }

    func testAnEventThatBreaksTheContractFailsAndIsNotRecorded() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let failures = capturingFailures {
            assertEventSnapshot(
                of: SnapshotSamples.invalidKinesisEvent, named: "event", record: .missing,
                snapshotDirectory: folder.path)
        }
        XCTAssertEqual(failures.count, 1)
        XCTAssertTrue(
            failures.first?.message.contains("not recorded: the value breaks the contract") == true, "\(failures)")
        XCTAssertFalse(folder.exists("testAnEventThatBreaksTheContractFailsAndIsNotRecorded.event.json"))
    }

    /// The committed `__Snapshots__/XCTestAssertionTests/testCommittedSnapshotMatchesWithModeNever.1.json`.
    func testCommittedSnapshotMatchesWithModeNever() {
        assertEventSnapshot(
            json:
                #"{"batchItemFailures":[{"itemIdentifier":"#
                + #""49590338271490256608559692538361571095921575989136588898"}]}"#,
            record: .never)
    }
}
