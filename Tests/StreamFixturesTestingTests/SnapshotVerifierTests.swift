import Foundation
import StreamFixturesTesting
import Testing

/// The engine behind the assertions, outcome by outcome, in a temporary folder and with an injected environment.
@Suite struct SnapshotVerifierTests {
    private static let order = SnapshotSamples.Order(orderId: "A-1", amount: 3, tags: ["x"])
    private static let orderText = """
        {
          "orderId": "A-1",
          "amount": 3,
          "tags": [
            "x"
          ]
        }

        """

    /// Checks `value` as the snapshot `name` in `folder`, as `assertEventSnapshot(of:)` would.
    private func check(
        _ value: some Encodable, in folder: TemporaryFolder, name: String = "order", record: SnapshotRecordMode?,
        contract: SnapshotContract = .detected, environment: [String: String] = [:]
    ) -> SnapshotOutcome {
        assertion(in: folder, name: name, record: record, contract: contract, environment: environment)
            .check(SnapshotContent.bytes(of: value))
    }

    private func assertion(
        in folder: TemporaryFolder, name: String?, record: SnapshotRecordMode?,
        contract: SnapshotContract = .detected, environment: [String: String] = [:]
    ) -> SnapshotAssertion {
        SnapshotAssertion(
            name: name, contract: contract, record: record, snapshotDirectory: folder.path, function: "decodesOrders()",
            site: .init(fileID: #fileID, filePath: #filePath, line: #line, column: #column),
            verifier: SnapshotVerifier(environment: { environment[$0] }), counter: SnapshotCounter())
    }

    // MARK: - Content

    @Test func writesCanonicalPrettyJSONInDeclaredMemberOrderWithAFinalNewline() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let outcome = check(Self.order, in: folder, record: nil)
        #expect(outcome.status == .recorded)
        #expect(outcome.path == folder.file("decodesOrders.order.json"))
        #expect(folder.contents("decodesOrders.order.json") == Self.orderText)
    }

    @Test func rawJSONKeepsItsMemberOrderAndNumberText() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let outcome = assertion(in: folder, name: "raw", record: .missing)
            .check(SnapshotContent.bytes(ofJSON: Array(#"{"b":1.50,"a":[],"c":"/é"}"#.utf8)))
        #expect(outcome.status == .recorded)
        #expect(folder.contents("decodesOrders.raw.json") == "{\n  \"b\": 1.50,\n  \"a\": [],\n  \"c\": \"/é\"\n}\n")
    }

    @Test func invalidJSONTextIsUnusableAndWritesNothing() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let outcome = assertion(in: folder, name: "raw", record: .all).check(
            SnapshotContent.bytes(ofJSON: Array("{\"a\":".utf8)))
        #expect(outcome.status == .unusable)
        #expect(outcome.message.hasPrefix("the JSON to snapshot is not valid: 1:6:"))
        #expect(!folder.exists("decodesOrders.raw.json"))
    }

    @Test func unnamedSnapshotsAreNumberedInCallOrder() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let first = assertion(in: folder, name: nil, record: nil)
        #expect(first.check(SnapshotContent.bytes(of: 1)).path == folder.file("decodesOrders.1.json"))
        #expect(first.check(SnapshotContent.bytes(of: 2)).path == folder.file("decodesOrders.2.json"))
    }

    // MARK: - Record modes

    @Test(arguments: [SnapshotRecordMode.never, .missing, .failed, .all])
    func aMatchingSnapshotPassesExceptInModeAll(mode: SnapshotRecordMode) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write(Self.orderText, to: "decodesOrders.order.json")
        let outcome = check(Self.order, in: folder, record: mode)
        #expect(outcome.status == (mode == .all ? .rerecorded : .matched))
        #expect(outcome.isFailure == (mode == .all))
        #expect(folder.contents("decodesOrders.order.json") == Self.orderText)
    }

    @Test func neverFailsForAMissingSnapshotAndWritesNothing() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let outcome = check(Self.order, in: folder, record: .never)
        #expect(outcome.status == .missing)
        #expect(outcome.isFailure)
        #expect(outcome.message.contains("no snapshot at \(folder.file("decodesOrders.order.json"))"))
        #expect(outcome.message.contains("STREAMFIXTURES_RECORD=missing"))
        #expect(!folder.exists("decodesOrders.order.json"))
    }

    @Test(arguments: [SnapshotRecordMode.missing, .failed])
    func missingAndFailedRecordAnAbsentSnapshotAndPass(mode: SnapshotRecordMode) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let outcome = check(Self.order, in: folder, record: mode)
        #expect(outcome.status == .recorded)
        #expect(!outcome.isFailure)
        #expect(outcome.message.hasPrefix("recorded new snapshot \(folder.file("decodesOrders.order.json"))"))
        #expect(folder.contents("decodesOrders.order.json") == Self.orderText)
    }

    @Test func allRecordsAnAbsentSnapshotAndFails() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let outcome = check(Self.order, in: folder, record: .all)
        #expect(outcome.status == .rerecorded)
        #expect(outcome.isFailure)
        #expect(outcome.message.contains("record mode all"))
        #expect(folder.contents("decodesOrders.order.json") == Self.orderText)
    }

    @Test(arguments: [SnapshotRecordMode.never, .missing])
    func aMismatchFailsWithPointerAndUnifiedDiffAndLeavesTheFile(mode: SnapshotRecordMode) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write(Self.orderText, to: "decodesOrders.order.json")
        var changed = Self.order
        changed.amount = 4
        let outcome = check(changed, in: folder, record: mode)
        #expect(outcome.status == .mismatched)
        #expect(outcome.isFailure)
        #expect(
            outcome.message.hasPrefix(
                """
                snapshot \(folder.file("decodesOrders.order.json")) does not match the actual value
                first difference at /amount: expected 3, found 4

                --- snapshot
                +++ actual
                @@ -1,6 +1,6 @@
                 {
                   "orderId": "A-1",
                -  "amount": 3,
                +  "amount": 4,
                   "tags": [
                     "x"
                   ]

                """))
        #expect(outcome.message.contains("re-record with record: .failed or STREAMFIXTURES_RECORD=failed"))
        #expect(folder.contents("decodesOrders.order.json") == Self.orderText)
    }

    @Test(arguments: [SnapshotRecordMode.failed, .all])
    func failedAndAllReRecordAMismatchAndFailWithTheDiff(mode: SnapshotRecordMode) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write(Self.orderText, to: "decodesOrders.order.json")
        var changed = Self.order
        changed.tags = []
        let outcome = check(changed, in: folder, record: mode)
        #expect(outcome.status == .rerecorded)
        #expect(outcome.isFailure)
        #expect(outcome.message.contains("first difference at /tags/0: expected \"x\", found nothing (removed)"))
        #expect(outcome.message.contains("-  \"tags\": [\n-    \"x\"\n-  ]\n+  \"tags\": []\n"))
        #expect(outcome.message.contains("Re-recorded the snapshot (record mode \(mode.rawValue)"))
        #expect(folder.contents("decodesOrders.order.json")?.contains("\"tags\": []") == true)
    }

    @Test func aLongDiffIsCutWithACountOfTheLinesLeftOut() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let stored = try #require(try? SnapshotContent.bytes(of: Array(0..<1000)).get())
        try Data(stored).write(to: URL(fileURLWithPath: folder.file("decodesOrders.numbers.json")))
        let outcome = check(Array(1000..<2000), in: folder, name: "numbers", record: .never)
        #expect(outcome.status == .mismatched)
        #expect(outcome.message.contains("first difference at /0: expected 0, found 1000"))
        #expect(outcome.message.contains("\n… 1605 more diff lines\n"))
        #expect(outcome.message.split(separator: "\n").count < 420)
    }

    @Test func aSnapshotEqualAsJSONButNotCanonicalIsAMismatchThatSaysSo() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write(#"{"amount": 3, "orderId": "A-1", "tags": ["x"]}"#, to: "decodesOrders.order.json")
        let outcome = check(Self.order, in: folder, record: .never)
        #expect(outcome.status == .mismatched)
        #expect(outcome.message.contains("first difference at the root: the same members in another order"))
        #expect(outcome.message.contains("not in canonical form"))
    }

    @Test func aStoredSnapshotThatIsNotJSONStillGetsADiff() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("<<<<<<< HEAD\n", to: "decodesOrders.order.json")
        let outcome = check(Self.order, in: folder, record: .missing)
        #expect(outcome.status == .mismatched)
        #expect(outcome.message.contains("the stored snapshot is not valid JSON (1:1:"))
        #expect(outcome.message.contains("-<<<<<<< HEAD\n+{\n"))
    }

    // MARK: - Contract

    @Test func aValidEventOfADetectedKindIsRecorded() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let outcome = check(SnapshotSamples.kinesisEvent, in: folder, name: "event", record: .missing)
        #expect(outcome.status == .recorded, "\(outcome.message)")
        #expect(folder.exists("decodesOrders.event.json"))
    }

    @Test(arguments: [SnapshotRecordMode.missing, .failed, .all])
    func anEventThatBreaksTheContractIsNotRecorded(mode: SnapshotRecordMode) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let outcome = check(SnapshotSamples.invalidKinesisEvent, in: folder, name: "event", record: mode)
        #expect(outcome.status == .invalid)
        #expect(outcome.isFailure)
        #expect(outcome.message.hasPrefix("not recorded: the value breaks the contract (detected as kinesis-event)"))
        #expect(outcome.message.contains("  error kinesis."))
        #expect(outcome.message.contains("at /Records/0/eventID (line "))
        #expect(!folder.exists("decodesOrders.event.json"))
    }

    @Test func anInvalidReRecordingLeavesTheOldSnapshot() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("{}\n", to: "decodesOrders.event.json")
        let outcome = check(SnapshotSamples.invalidKinesisEvent, in: folder, name: "event", record: .failed)
        #expect(outcome.status == .invalid)
        #expect(folder.contents("decodesOrders.event.json") == "{}\n")
    }

    @Test func uncheckedRecordsADeliberatelyBrokenEvent() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let outcome = check(
            SnapshotSamples.invalidKinesisEvent, in: folder, name: "event", record: .missing, contract: .unchecked)
        #expect(outcome.status == .recorded)
    }

    @Test func valuesOfNoDetectableKindAreRecordedUnlessAKindIsGiven() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        #expect(check(Self.order, in: folder, name: "plain", record: .missing).status == .recorded)
        let forced = check(Self.order, in: folder, name: "forced", record: .missing, contract: .kind(.kinesisEvent))
        #expect(forced.status == .invalid)
        #expect(forced.message.hasPrefix("not recorded: the value breaks the contract (validated as kinesis-event)"))
        #expect(forced.message.contains("schema.required"))
        #expect(!folder.exists("decodesOrders.forced.json"))
    }

    // MARK: - Environment

    @Test func theEnvironmentSetsTheModeWhenNoneIsPassed() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let outcome = check(Self.order, in: folder, record: nil, environment: ["STREAMFIXTURES_RECORD": "never"])
        #expect(outcome.status == .missing)
        #expect(outcome.message.contains("record mode is never, set by STREAMFIXTURES_RECORD;"))
    }

    @Test func anExplicitModeWinsOverTheEnvironment() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let outcome = check(Self.order, in: folder, record: .missing, environment: ["STREAMFIXTURES_RECORD": "never"])
        #expect(outcome.status == .recorded)
    }

    @Test func environmentValuesIgnoreCaseAndSpaceAndEmptyMeansUnset() throws {
        let verifier = SnapshotVerifier(environment: { ["STREAMFIXTURES_RECORD": " Failed\n"][$0] })
        #expect(try verifier.recordMode(nil).get() == .failed)
        let empty = SnapshotVerifier(environment: { ["STREAMFIXTURES_RECORD": ""][$0] })
        #expect(try empty.recordMode(nil).get() == .missing)
        #expect(try SnapshotVerifier(environment: { _ in nil }).recordMode(nil).get() == .missing)
    }

    @Test func anUnknownModeInTheEnvironmentFailsAndWritesNothing() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let outcome = check(Self.order, in: folder, record: nil, environment: ["STREAMFIXTURES_RECORD": "yes"])
        #expect(outcome.status == .unusable)
        #expect(
            outcome.message == "STREAMFIXTURES_RECORD is \"yes\", which is not a record mode; "
                + "expected one of all, missing, failed, never")
        #expect(!folder.exists("decodesOrders.order.json"))
    }
}
