import Foundation

/// Where a snapshot lives: `__Snapshots__/<TestFile>/<test>.<name>.json` beside the test file.
package struct SnapshotLocation: Sendable, Hashable {
    /// The folder holding the snapshot.
    package var directory: String
    /// The file name, `<test>.<name>.json`.
    package var fileName: String

    /// The full path.
    package var path: String { directory.hasSuffix("/") ? directory + fileName : directory + "/" + fileName }

    /// The location of a snapshot for the test function `function` in the file at `filePath`.
    ///
    /// - Parameters:
    ///   - filePath: the test file's path (`#filePath`).
    ///   - function: the test function (`#function`), e.g. `decodesOrders()`.
    ///   - name: the snapshot's name within the test.
    ///   - directory: a folder to use instead of `__Snapshots__/<TestFile>` beside the test file.
    package init(filePath: String, function: String, name: String, directory: String? = nil) {
        if let directory {
            self.directory = directory
        } else {
            let file = URL(fileURLWithPath: filePath)
            let testFile = file.deletingPathExtension().lastPathComponent
            self.directory =
                file.deletingLastPathComponent().appendingPathComponent("__Snapshots__")
                .appendingPathComponent(Self.sanitized(testFile)).path
        }
        self.fileName = Self.sanitized(function) + "." + Self.sanitized(name) + ".json"
    }

    /// `text` as a file-name-safe ASCII word: every run of characters other than ASCII letters, digits
    /// and `-` becomes one `_`, dropped at either end; `decodesOrders()` becomes
    /// `decodesOrders`, `decodes(kind:count:)` becomes `decodes_kind_count`, and `` `a b`() `` becomes `a_b`.
    /// Text with none of those characters becomes `snapshot`.
    package static func sanitized(_ text: String) -> String {
        var result = ""
        var pendingSeparator = false
        for scalar in text.unicodeScalars {
            let isSafe =
                scalar.isASCII
                && (("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
                    || scalar == "-")
            if isSafe {
                if pendingSeparator, !result.isEmpty { result += "_" }
                pendingSeparator = false
                result.unicodeScalars.append(scalar)
            } else {
                pendingSeparator = true
            }
        }
        return result.isEmpty ? "snapshot" : result
    }
}

/// Numbers the unnamed snapshots of each test function: `1`, `2`, … in call order.
///
/// Keyed by test file and function, for the life of the test process. Parameterized tests and tests
/// that run repeatedly in one process should name their snapshots.
package final class SnapshotCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var counts: [String: Int] = [:]

    package init() {}

    /// The next number for `function` in `filePath`, starting at 1.
    package func next(filePath: String, function: String) -> Int {
        lock.lock()
        defer { lock.unlock() }
        let key = filePath + "\u{0}" + function
        let count = (counts[key] ?? 0) + 1
        counts[key] = count
        return count
    }

    /// The counter the public assertions use.
    package static let shared = SnapshotCounter()
}
