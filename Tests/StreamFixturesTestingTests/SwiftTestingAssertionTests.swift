import Foundation
import StreamFixturesTesting
import Testing

/// The public assertion under Swift Testing: failures become issues at the call site, caught here as known issues.
@Suite struct SwiftTestingAssertionTests {
    private static let order = SnapshotSamples.Order(orderId: "A-1", amount: 3, tags: ["x"])

    private static func hasComment(_ issue: Issue, containing text: String) -> Bool {
        issue.comments.contains { $0.rawValue.contains(text) }
    }

    @Test func missingRecordsAnAbsentSnapshotAndPassesThenMatches() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        assertEventSnapshot(of: Self.order, named: "order", record: .missing, snapshotDirectory: folder.path)
        #expect(
            folder.contents("missingRecordsAnAbsentSnapshotAndPassesThenMatches.order.json")?.hasPrefix("{\n") == true)
        assertEventSnapshot(of: Self.order, named: "order", record: .never, snapshotDirectory: folder.path)
    }

    @Test func neverFailsForAnAbsentSnapshot() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        withKnownIssue {
            assertEventSnapshot(of: Self.order, record: .never, snapshotDirectory: folder.path)
        } matching: { issue in
            Self.hasComment(issue, containing: "no snapshot at \(folder.file("neverFailsForAnAbsentSnapshot.1.json"))")
        }
        #expect(!folder.exists("neverFailsForAnAbsentSnapshot.1.json"))
    }

    @Test func aMismatchIsReportedAtTheCallSiteWithPointerAndDiff() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        assertEventSnapshot(of: Self.order, named: "order", record: .missing, snapshotDirectory: folder.path)
        var changed = Self.order
        changed.orderId = "A-2"
        let line = #line + 2
        withKnownIssue {
            assertEventSnapshot(of: changed, named: "order", record: .missing, snapshotDirectory: folder.path)
        } matching: { issue in
            issue.sourceLocation?.line == line
                && issue.sourceLocation?.fileName == "SwiftTestingAssertionTests.swift"
                && Self.hasComment(issue, containing: #"first difference at /orderId: expected "A-1", found "A-2""#)
                && Self.hasComment(
                    issue, containing: "@@ -1,5 +1,5 @@\n {\n-  \"orderId\": \"A-1\",\n+  \"orderId\": \"A-2\",\n")
        }
    }

    @Test func failedReRecordsAMismatchAndFails() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        assertEventSnapshot(of: Self.order, named: "order", record: .failed, snapshotDirectory: folder.path)
        var changed = Self.order
        changed.amount = 5
        withKnownIssue {
            assertEventSnapshot(of: changed, named: "order", record: .failed, snapshotDirectory: folder.path)
        } matching: { issue in
            Self.hasComment(issue, containing: "+  \"amount\": 5,") && Self.hasComment(issue, containing: "Re-recorded")
        }
        assertEventSnapshot(of: changed, named: "order", record: .never, snapshotDirectory: folder.path)
    }

    @Test func allReRecordsAndFailsEvenWhenNothingChanged() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        withKnownIssue {
            assertEventSnapshot(of: Self.order, named: "order", record: .all, snapshotDirectory: folder.path)
        } matching: { issue in
            Self.hasComment(issue, containing: "recorded snapshot")
                && Self.hasComment(issue, containing: "record mode all")
        }
        withKnownIssue {
            assertEventSnapshot(of: Self.order, named: "order", record: .all, snapshotDirectory: folder.path)
        } matching: { issue in
            Self.hasComment(issue, containing: "re-recorded snapshot")
                && Self.hasComment(issue, containing: "unchanged")
        }
        assertEventSnapshot(of: Self.order, named: "order", record: .never, snapshotDirectory: folder.path)
    }

    @Test func anEventThatBreaksTheContractFailsAndIsNotRecorded() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        withKnownIssue {
            assertEventSnapshot(
                of: SnapshotSamples.invalidKinesisEvent, named: "event", record: .missing,
                snapshotDirectory: folder.path)
        } matching: { issue in
            Self.hasComment(issue, containing: "not recorded: the value breaks the contract")
        }
        #expect(!folder.exists("anEventThatBreaksTheContractFailsAndIsNotRecorded.event.json"))
    }

    @Test func rawJSONTextAndBytesAreSnapshotsOfTheSameFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        assertEventSnapshot(json: #"{"a": [1, 2.50]}"#, named: "raw", record: .missing, snapshotDirectory: folder.path)
        assertEventSnapshot(
            json: Data(#"{"a":[1,2.50]}"#.utf8), named: "raw", record: .never, snapshotDirectory: folder.path)
        assertEventSnapshot(
            json: Array("{\n  \"a\": [1, 2.50]\n}".utf8), named: "raw", record: .never, snapshotDirectory: folder.path)
        #expect(
            folder.contents("rawJSONTextAndBytesAreSnapshotsOfTheSameFile.raw.json")
                == "{\n  \"a\": [\n    1,\n    2.50\n  ]\n}\n")
        withKnownIssue {
            assertEventSnapshot(json: "{", named: "broken", record: .missing, snapshotDirectory: folder.path)
        } matching: { issue in
            Self.hasComment(issue, containing: "the JSON to snapshot is not valid")
        }
    }
}
