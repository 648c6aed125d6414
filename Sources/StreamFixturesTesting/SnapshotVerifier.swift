import Foundation
import StreamContracts
import StreamFixtures
import StreamJSON

/// Compares, records and validates one snapshot; the engine behind the public assertions.
///
/// Everything it needs from outside is injected (environment, file locations), so tests can run
/// each record mode in a temporary folder without touching the process environment.
package struct SnapshotVerifier: Sendable {
    /// Reads an environment variable.
    package var environment: @Sendable (String) -> String?

    /// Creates a verifier; by default it reads the process environment.
    package init(environment: @escaping @Sendable (String) -> String? = { ProcessInfo.processInfo.environment[$0] }) {
        self.environment = environment
    }

    /// The record mode in force: the argument when given, else the `.snapshots(record:)` trait's, else
    /// `STREAMFIXTURES_RECORD`, else `missing`.
    ///
    /// - Returns: the mode, or a problem when the environment variable is set to something that names no mode.
    package func recordMode(_ explicit: SnapshotRecordMode?) -> Result<SnapshotRecordMode, SnapshotProblem> {
        if let explicit { return .success(explicit) }
        if let scoped = SnapshotRecordMode.scoped { return .success(scoped) }
        let variable = SnapshotRecordMode.environmentVariable
        guard let value = environment(variable),
            !value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        else { return .success(.missing) }
        guard let mode = SnapshotRecordMode(environmentValue: value) else {
            let expected = SnapshotRecordMode.allCases.map(\.rawValue).joined(separator: ", ")
            return .failure(
                SnapshotProblem(
                    "\(variable) is \"\(value)\", which is not a record mode; expected one of \(expected)"))
        }
        return .success(mode)
    }

    /// Checks `actual` (canonical snapshot bytes) against the file at `path`, writing it when the mode says so.
    ///
    /// - Parameters:
    ///   - actual: the snapshot bytes, already canonical (see `SnapshotContent`).
    ///   - path: the snapshot file.
    ///   - record: the explicit record mode, or `nil` for the environment's or the default.
    ///   - contract: what to validate before writing.
    package func verify(
        _ actual: [UInt8], at path: String, record: SnapshotRecordMode?, contract: SnapshotContract
    ) -> SnapshotOutcome {
        let mode: SnapshotRecordMode
        switch recordMode(record) {
        case .success(let value): mode = value
        case .failure(let problem): return SnapshotOutcome(status: .unusable, path: path, message: problem.message)
        }
        let stored: [UInt8]?
        do {
            stored = try Self.read(path)
        } catch {
            return SnapshotOutcome(status: .unusable, path: path, message: error.message)
        }
        guard let stored else {
            if mode == .never {
                return SnapshotOutcome(
                    status: .missing, path: path,
                    message: "no snapshot at \(path), and record mode is never\(Self.modeSource(record)); "
                        + "run the test once with \(SnapshotRecordMode.environmentVariable)=missing to record it, "
                        + "check it, and commit it")
            }
            return write(actual, to: path, contract: contract) { notes in
                if mode == .all {
                    return SnapshotOutcome(
                        status: .rerecorded, path: path,
                        message: "recorded snapshot \(path) (record mode all\(Self.modeSource(record)))\(notes); "
                            + "switch record mode back to missing or never and re-run to assert against it")
                }
                return SnapshotOutcome(
                    status: .recorded, path: path,
                    message: "recorded new snapshot \(path)\(notes); later runs assert against it")
            }
        }
        if stored == actual {
            guard mode == .all else { return SnapshotOutcome(status: .matched, path: path, message: "") }
            return write(actual, to: path, contract: contract) { notes in
                SnapshotOutcome(
                    status: .rerecorded, path: path,
                    message: "re-recorded snapshot \(path), unchanged (record mode all\(Self.modeSource(record)))"
                        + "\(notes); switch record mode back to missing or never and re-run to assert against it")
            }
        }
        let mismatch = Self.describeMismatch(stored: stored, actual: actual, path: path)
        guard mode == .all || mode == .failed else {
            return SnapshotOutcome(
                status: .mismatched, path: path,
                message: mismatch + "\nIf the change is intended, re-record with record: .failed or "
                    + "\(SnapshotRecordMode.environmentVariable)=failed, review the diff and commit the snapshot.")
        }
        return write(actual, to: path, contract: contract) { notes in
            SnapshotOutcome(
                status: .rerecorded, path: path,
                message: mismatch + "\nRe-recorded the snapshot (record mode \(mode.rawValue)"
                    + "\(Self.modeSource(record)))\(notes); re-run to assert against it.")
        }
    }

    // MARK: - Writing

    /// Validates, then writes; `outcome` builds the result of a successful write from the notes to add.
    private func write(
        _ actual: [UInt8], to path: String, contract: SnapshotContract, outcome: (String) -> SnapshotOutcome
    ) -> SnapshotOutcome {
        let warnings: [Diagnostic]
        switch SnapshotValidation.check(actual, contract: contract) {
        case .failure(let problem):
            return SnapshotOutcome(status: .invalid, path: path, message: problem.message)
        case .success(let found):
            warnings = found
        }
        do {
            let url = URL(fileURLWithPath: path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual).write(to: url, options: .atomic)
        } catch {
            return SnapshotOutcome(
                status: .unusable, path: path,
                message: "cannot write snapshot \(path): \(error.localizedDescription)")
        }
        guard !warnings.isEmpty else { return outcome("") }
        return outcome(
            " with \(warnings.count) contract warning(s):\n"
                + SnapshotValidation.lines(warnings) + "\n")
    }

    private static func read(_ path: String) throws(SnapshotProblem) -> [UInt8]? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return nil }
        if isDirectory.boolValue { throw SnapshotProblem("cannot read snapshot \(path): it is a directory") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw SnapshotProblem("cannot read snapshot \(path): the file exists but is not readable")
        }
        return [UInt8](data)
    }

    /// Where a mode other than the default came from, for messages:
    /// `, set by record:` or `, set by STREAMFIXTURES_RECORD`.
    private static func modeSource(_ explicit: SnapshotRecordMode?) -> String {
        if explicit != nil { return ", set by record:" }
        if SnapshotRecordMode.scoped != nil { return ", set by the .snapshots(record:) trait" }
        return ", set by \(SnapshotRecordMode.environmentVariable)"
    }

    // MARK: - Mismatch message

    /// The first differing JSON Pointer and a unified diff of the stored and actual text.
    static func describeMismatch(stored: [UInt8], actual: [UInt8], path: String) -> String {
        var lines = ["snapshot \(path) does not match the actual value"]
        do {
            let storedValue = try JSONDocument(parsing: stored).root.value
            let actualValue = try JSONDocument(parsing: actual).root.value
            switch SnapshotMismatch.finding(stored: storedValue, actual: actualValue) {
            case .difference(let difference):
                lines.append(difference.description)
                if !difference.isSemantic {
                    lines.append("(equal as JSON; the snapshot is not in canonical form, so re-record it)")
                }
            case .layoutOnly, .storedIsNotJSON, .actualIsNotJSON:
                lines.append(
                    "equal as JSON, laid out differently (whitespace or line endings); re-record it to "
                        + "restore the canonical form")
            }
        } catch {
            lines.append("the stored snapshot is not valid JSON (\(error.description))")
        }
        return lines.joined(separator: "\n") + "\n\n"
            + SnapshotMismatch.diff(
                stored: stored, actual: actual, storedName: "snapshot", actualName: "actual", maxLines: maxDiffLines)
    }

    /// Diff lines shown in a failure message; a longer diff is cut with a count of what was left out.
    static let maxDiffLines = 400
}

/// A message explaining why a snapshot could not be checked or written.
package struct SnapshotProblem: Error, Sendable, Hashable {
    /// What went wrong and what to do.
    package var message: String

    package init(_ message: String) { self.message = message }
}
