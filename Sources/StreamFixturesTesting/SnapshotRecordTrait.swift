#if canImport(Testing)
    public import Testing

    /// A Swift Testing trait that sets the snapshot record mode for every assertion of a suite or a test.
    ///
    /// It wins over `STREAMFIXTURES_RECORD`; an assertion's own `record:` argument wins over it. Like
    /// swift-snapshot-testing's `.snapshots(record:)`, it is meant for a moment of re-recording: `all` and `failed`
    /// fail every assertion that writes, so a trait left in place cannot go unnoticed.
    ///
    /// ```swift
    /// @Suite(.snapshots(record: .failed))
    /// struct OrderEventSnapshotTests { … }
    /// ```
    public struct SnapshotRecordTrait: SuiteTrait, TestTrait, TestScoping {
        /// The record mode the suite's or test's assertions use.
        public var mode: SnapshotRecordMode

        /// Runs the suite or test with `mode` in force.
        ///
        /// - Parameters:
        ///   - test: The suite or test.
        ///   - testCase: The test case, for a parameterized test.
        ///   - function: What runs the suite or test.
        /// - Throws: Whatever `function` throws.
        public func provideScope(
            for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void
        ) async throws {
            try await SnapshotRecordMode.$scoped.withValue(mode) { try await function() }
        }
    }

    extension Trait where Self == SnapshotRecordTrait {
        /// Sets the snapshot record mode of every `assertEventSnapshot` in the suite or test.
        ///
        /// ```swift
        /// @Suite(.snapshots(record: .never)) struct CheckedSnapshots { … }
        /// ```
        ///
        /// - Parameter mode: The record mode.
        /// - Returns: The trait.
        public static func snapshots(record mode: SnapshotRecordMode) -> Self { SnapshotRecordTrait(mode: mode) }
    }
#endif
