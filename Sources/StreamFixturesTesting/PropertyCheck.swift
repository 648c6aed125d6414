import Foundation
public import StreamFixtures

/// Checks a property over generated values; on failure shrinks the first failing value, writes it beside the test,
/// and throws.
///
/// Runs `body` on `count` values of `generator` (value `i` from `seed.derived(index: i)`, as
/// `Gen.forAll(count:seed:shrinking:_:)` does). When `body` throws, the failing value is shrunk by
/// replaying the generator on simpler random choices, so the value reported is one the generator makes — for an
/// event, one AWS could send — and no larger than it takes to fail. Its canonical pretty JSON is written to
/// `__Counterexamples__/<TestFile>/<test>.json` beside the test file (or into `counterexampleDirectory`), ready to
/// become a fixture or a snapshot, and the thrown `PropertyFailure` says the run's seed, the
/// failing sample's seed, the number of shrink steps, the error and that JSON.
///
/// Works in Swift Testing (a thrown error fails the test) and in XCTest `throws` test methods; to record the
/// failure without throwing, use ``assertProperty(_:count:seed:shrinking:counterexampleDirectory:fileID:filePath:function:line:column:_:)``.
///
/// ```swift
/// @Test func handlerAcceptsEveryBatch() throws {
///     try check(Gen.dynamoDBEvent(), seed: 7) { event in
///         try handler.handle(event)
///     }
/// }
/// ```
///
/// - Parameters:
///   - generator: The values to try, e.g. `try Gen.kinesisEvent()`.
///   - count: How many values to try.
///   - seed: The seed of the run; the failure prints the seed that replays the failing sample.
///   - shrinking: How much work shrinking may take.
///   - counterexampleDirectory: A folder for the counterexample instead of `__Counterexamples__/<TestFile>`.
///   - fileID: The calling file's ID; leave the default.
///   - filePath: The calling file's path; leave the default.
///   - function: The calling test function; leave the default.
///   - line: The calling line; leave the default.
///   - column: The calling column; leave the default.
///   - body: The property; throw (or `try #require`) to fail it.
/// - Throws: `PropertyFailure` for the smallest failing value found.
public func check<Value: Encodable>(
    _ generator: Gen<Value>,
    count: Int = 100,
    seed: Seed,
    shrinking: ShrinkBudget = .default,
    counterexampleDirectory: String? = nil,
    fileID: StaticString = #fileID,
    filePath: StaticString = #filePath,
    function: String = #function,
    line: UInt = #line,
    column: UInt = #column,
    _ body: (Value) throws -> Void
) throws(PropertyFailure) {
    let site = SnapshotReporter.CallSite(fileID: fileID, filePath: filePath, line: line, column: column)
    if let failure = PropertyCheck.run(
        generator, count: count, seed: seed, shrinking: shrinking, directory: counterexampleDirectory,
        function: function, site: site, body)
    {
        throw failure
    }
}

/// Checks a property over generated values like ``check(_:count:seed:shrinking:counterexampleDirectory:fileID:filePath:function:line:column:_:)``,
/// but records the failure with the running test framework (`XCTFail` or a Swift Testing issue) instead of throwing.
///
/// ```swift
/// func testHandlerAcceptsEveryBatch() throws {
///     assertProperty(try Gen.kinesisEvent(), seed: 7) { event in try handler.handle(event) }
/// }
/// ```
///
/// - Parameters:
///   - generator: The values to try.
///   - count: How many values to try.
///   - seed: The seed of the run.
///   - shrinking: How much work shrinking may take.
///   - counterexampleDirectory: A folder for the counterexample instead of `__Counterexamples__/<TestFile>`.
///   - fileID: The calling file's ID; leave the default.
///   - filePath: The calling file's path; leave the default.
///   - function: The calling test function; leave the default.
///   - line: The calling line; leave the default.
///   - column: The calling column; leave the default.
///   - body: The property; throw to fail it.
public func assertProperty<Value: Encodable>(
    _ generator: Gen<Value>,
    count: Int = 100,
    seed: Seed,
    shrinking: ShrinkBudget = .default,
    counterexampleDirectory: String? = nil,
    fileID: StaticString = #fileID,
    filePath: StaticString = #filePath,
    function: String = #function,
    line: UInt = #line,
    column: UInt = #column,
    _ body: (Value) throws -> Void
) {
    let site = SnapshotReporter.CallSite(fileID: fileID, filePath: filePath, line: line, column: column)
    if let failure = PropertyCheck.run(
        generator, count: count, seed: seed, shrinking: shrinking, directory: counterexampleDirectory,
        function: function, site: site, body)
    {
        SnapshotReporter.fail(failure.description, at: site)
    }
}

/// What both property runners do: find, shrink and write down the first failure.
package enum PropertyCheck {
    /// The shrunk failure with its counterexample written to disk (a note says why when it cannot be); `nil` when
    /// the property holds.
    package static func run<Value: Encodable>(
        _ generator: Gen<Value>, count: Int, seed: Seed, shrinking: ShrinkBudget, directory: String?,
        function: String, site: SnapshotReporter.CallSite, _ body: (Value) throws -> Void
    ) -> PropertyFailure? {
        guard let found = generator.firstFailure(count: count, seed: seed, shrinking: shrinking, body) else {
            return nil
        }
        var failure = found.failure
        let value = found.value
        let location = counterexampleLocation(filePath: site.path, function: function, directory: directory)
        do {
            let bytes = try SnapshotContent.bytes(of: value).get()
            try FileManager.default.createDirectory(atPath: location.directory, withIntermediateDirectories: true)
            try Data(bytes).write(to: URL(fileURLWithPath: location.path))
            failure.counterexampleFile = location.path
        } catch {
            SnapshotReporter.note("the smallest failing value was not written to \(location.path): \(error)", at: site)
        }
        return failure
    }

    /// `__Counterexamples__/<TestFile>/<test>.json` beside the test file, or `<test>.json` in `directory`.
    package static func counterexampleLocation(
        filePath: String, function: String, directory: String?
    ) -> (directory: String, path: String) {
        let folder: String
        if let directory {
            folder = directory
        } else {
            let file = URL(fileURLWithPath: filePath)
            folder =
                file.deletingLastPathComponent().appendingPathComponent("__Counterexamples__")
                .appendingPathComponent(SnapshotLocation.sanitized(file.deletingPathExtension().lastPathComponent))
                .path
        }
        let name = SnapshotLocation.sanitized(function) + ".json"
        return (folder, folder.hasSuffix("/") ? folder + name : folder + "/" + name)
    }
}
