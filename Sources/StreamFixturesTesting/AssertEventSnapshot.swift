/// Asserts that an event (any `Encodable` value) matches its snapshot file, recording the file when allowed.
///
/// Works in Swift Testing and XCTest alike: a failure is reported at the call site to whichever
/// framework runs the calling test. The snapshot lives beside the test file, in
/// `__Snapshots__/<TestFile>/<test>.<name>.json`, where `<test>` is the calling function's name made
/// file-name safe (`decodesOrders()` → `decodesOrders`, `testDecodes()` → `testDecodes`) and `<name>`
/// is `name` or, when omitted, the number of this unnamed assertion within the test (`1`, `2`, …).
///
/// The file holds canonical pretty JSON: two-space indentation, members in the order the value encodes
/// them (for synthesized `Codable`, the order of `CodingKeys`), numbers as encoded, a final newline; the
/// bytes are the same on Linux and macOS. The assertion passes when the file holds exactly those bytes.
/// Otherwise the failure shows the JSON Pointer of the first difference and a unified `-`/`+` diff
/// (`-` the snapshot, `+` the actual value).
///
/// Whether a snapshot is written is decided by the record mode (see `SnapshotRecordMode`): `record`
/// when given, else the `STREAMFIXTURES_RECORD` environment variable, else `missing`. Before any write
/// the value is checked against the event contract (see `SnapshotContract`); a value with contract
/// errors fails the assertion, is not written, and the failure lists the diagnostics.
///
/// ```swift
/// import StreamFixturesTesting
/// import Testing
///
/// @Test func generatesAKinesisBatch() {
///     let events = KinesisEvent.generate(KinesisOptions(count: 1, records: 3), seed: 42)
///     assertEventSnapshot(of: events[0])   // __Snapshots__/<TestFile>/generatesAKinesisBatch.1.json
/// }
/// ```
///
/// A `String` passed here is snapshotted as a JSON string; pass JSON text with `assertEventSnapshot(json:)`.
///
/// - Parameters:
///   - value: the value to snapshot, e.g. a `KinesisEvent`, a `DynamoDBEvent` or a `JSONValue`.
///   - name: the snapshot's name within the test; defaults to a per-test counter. Name snapshots in
///     parameterized tests, whose cases share one function.
///   - contract: what the value must satisfy before it is recorded; by default the contract of the
///     payload kind detected from its members, and nothing when no kind is detected.
///   - record: the record mode for this assertion; overrides `STREAMFIXTURES_RECORD`.
///   - snapshotDirectory: a folder to keep the snapshot in instead of `__Snapshots__/<TestFile>`.
///   - fileID: the calling file's ID; leave the default.
///   - filePath: the calling file's path; leave the default.
///   - function: the calling test function; leave the default.
///   - line: the calling line; leave the default.
///   - column: the calling column; leave the default.
public func assertEventSnapshot<Value: Encodable>(
    of value: Value,
    named name: String? = nil,
    contract: SnapshotContract = .detected,
    record: SnapshotRecordMode? = nil,
    snapshotDirectory: String? = nil,
    fileID: StaticString = #fileID,
    filePath: StaticString = #filePath,
    function: String = #function,
    line: UInt = #line,
    column: UInt = #column
) {
    SnapshotAssertion.run(
        SnapshotContent.bytes(of: value), name: name, contract: contract, record: record,
        snapshotDirectory: snapshotDirectory, function: function,
        site: SnapshotReporter.CallSite(fileID: fileID, filePath: filePath, line: line, column: column))
}

/// Asserts that a JSON text matches its snapshot file, recording the file when allowed.
///
/// The same as `assertEventSnapshot(of:)` for JSON you already have as text, such as an event copied
/// from CloudWatch Logs or the output of your handler: the text is parsed (invalid JSON fails the
/// assertion) and stored in canonical pretty form, keeping its member order and exact number text.
///
/// ```swift
/// @Test func answersWithPartialBatchFailures() throws {
///     let response = try handler.handle(event)
///     assertEventSnapshot(json: response.body, named: "response")
/// }
/// ```
///
/// - Parameters:
///   - json: UTF-8 JSON text.
///   - name: the snapshot's name within the test; defaults to a per-test counter.
///   - contract: what the payload must satisfy before it is recorded; by default the contract of the
///     payload kind detected from its members, and nothing when no kind is detected.
///   - record: the record mode for this assertion; overrides `STREAMFIXTURES_RECORD`.
///   - snapshotDirectory: a folder to keep the snapshot in instead of `__Snapshots__/<TestFile>`.
///   - fileID: the calling file's ID; leave the default.
///   - filePath: the calling file's path; leave the default.
///   - function: the calling test function; leave the default.
///   - line: the calling line; leave the default.
///   - column: the calling column; leave the default.
public func assertEventSnapshot(
    json: String,
    named name: String? = nil,
    contract: SnapshotContract = .detected,
    record: SnapshotRecordMode? = nil,
    snapshotDirectory: String? = nil,
    fileID: StaticString = #fileID,
    filePath: StaticString = #filePath,
    function: String = #function,
    line: UInt = #line,
    column: UInt = #column
) {
    assertEventSnapshot(
        json: Array(json.utf8), named: name, contract: contract, record: record, snapshotDirectory: snapshotDirectory,
        fileID: fileID, filePath: filePath, function: function, line: line, column: column)
}

/// Asserts that JSON bytes (`Data`, `[UInt8]`, …) match their snapshot file, recording the file when allowed.
///
/// The same as `assertEventSnapshot(json:)` with a `String`, for JSON held as bytes.
///
/// ```swift
/// let data = try Data(contentsOf: captureURL)
/// assertEventSnapshot(json: data, named: "captured")
/// ```
///
/// - Parameters:
///   - json: UTF-8 JSON text.
///   - name: the snapshot's name within the test; defaults to a per-test counter.
///   - contract: what the payload must satisfy before it is recorded; by default the contract of the
///     payload kind detected from its members, and nothing when no kind is detected.
///   - record: the record mode for this assertion; overrides `STREAMFIXTURES_RECORD`.
///   - snapshotDirectory: a folder to keep the snapshot in instead of `__Snapshots__/<TestFile>`.
///   - fileID: the calling file's ID; leave the default.
///   - filePath: the calling file's path; leave the default.
///   - function: the calling test function; leave the default.
///   - line: the calling line; leave the default.
///   - column: the calling column; leave the default.
public func assertEventSnapshot(
    json: some Sequence<UInt8>,
    named name: String? = nil,
    contract: SnapshotContract = .detected,
    record: SnapshotRecordMode? = nil,
    snapshotDirectory: String? = nil,
    fileID: StaticString = #fileID,
    filePath: StaticString = #filePath,
    function: String = #function,
    line: UInt = #line,
    column: UInt = #column
) {
    SnapshotAssertion.run(
        SnapshotContent.bytes(ofJSON: Array(json)), name: name, contract: contract, record: record,
        snapshotDirectory: snapshotDirectory, function: function,
        site: SnapshotReporter.CallSite(fileID: fileID, filePath: filePath, line: line, column: column))
}

/// One assertion's settings, resolved into a location and an outcome.
package struct SnapshotAssertion: Sendable {
    /// Checks `content` against its snapshot and reports the outcome at `site`: what every public entry point does.
    static func run(
        _ content: Result<[UInt8], SnapshotProblem>, name: String?, contract: SnapshotContract,
        record: SnapshotRecordMode?, snapshotDirectory: String?, function: String, site: SnapshotReporter.CallSite
    ) {
        let outcome = SnapshotAssertion(
            name: name, contract: contract, record: record, snapshotDirectory: snapshotDirectory, function: function,
            site: site
        ).check(content)
        SnapshotReporter.report(outcome, at: site)
    }

    package var name: String?
    package var contract: SnapshotContract
    package var record: SnapshotRecordMode?
    package var snapshotDirectory: String?
    package var function: String
    package var site: SnapshotReporter.CallSite
    package var verifier: SnapshotVerifier
    package var counter: SnapshotCounter

    package init(
        name: String?, contract: SnapshotContract, record: SnapshotRecordMode?, snapshotDirectory: String?,
        function: String, site: SnapshotReporter.CallSite, verifier: SnapshotVerifier = SnapshotVerifier(),
        counter: SnapshotCounter = .shared
    ) {
        self.name = name
        self.contract = contract
        self.record = record
        self.snapshotDirectory = snapshotDirectory
        self.function = function
        self.site = site
        self.verifier = verifier
        self.counter = counter
    }

    /// Where the snapshot lives; takes the next counter value when the snapshot is unnamed.
    package func location() -> SnapshotLocation {
        let name = self.name ?? String(counter.next(filePath: site.path, function: function))
        return SnapshotLocation(filePath: site.path, function: function, name: name, directory: snapshotDirectory)
    }

    /// Compares or records `content` (canonical snapshot bytes, or why there are none).
    package func check(_ content: Result<[UInt8], SnapshotProblem>) -> SnapshotOutcome {
        let path = location().path
        switch content {
        case .success(let bytes):
            return verifier.verify(bytes, at: path, record: record, contract: contract)
        case .failure(let problem):
            return SnapshotOutcome(status: .unusable, path: path, message: problem.message)
        }
    }
}
