package import StreamJSON

/// What is said about a stored JSON text that differs from the one expected now: the first differing JSON Pointer
/// and a unified diff cut at a number of lines.
///
/// `stream-fixtures snapshot --check` and the `StreamFixturesTesting` assertions both report drifted snapshots; they
/// word the report for their audience but find the difference and cut the diff here.
///
/// ```swift
/// let finding = SnapshotMismatch.finding(stored: storedValue, actual: actualValue)
/// let diff = SnapshotMismatch.diff(stored: stored, actual: actual, storedName: "snapshot", actualName: "actual",
///                                  maxLines: 400)
/// ```
package enum SnapshotMismatch {
    /// What comparing the two texts as JSON found.
    package enum Finding: Sendable, Hashable {
        /// The first place where the two JSON values differ.
        case difference(JSONDifference)
        /// The same JSON value; only the bytes (layout, whitespace, line endings) differ.
        case layoutOnly
        /// The stored text is not JSON.
        case storedIsNotJSON
        /// The actual text is not JSON.
        case actualIsNotJSON
    }

    /// Compares the texts as JSON values; `nil` stands for a text that is not JSON.
    ///
    /// - Parameters:
    ///   - stored: the stored text's value.
    ///   - actual: the actual text's value.
    /// - Returns: the first difference, or why there is none.
    package static func finding(stored: JSONValue?, actual: JSONValue?) -> Finding {
        guard let stored else { return .storedIsNotJSON }
        guard let actual else { return .actualIsNotJSON }
        if let difference = JSONDifference.first(expected: stored, actual: actual) { return .difference(difference) }
        return .layoutOnly
    }

    /// A unified diff of the two texts, at most `maxLines` lines; a longer diff ends with
    /// `… N more diff lines` and `omissionHint`.
    ///
    /// - Parameters:
    ///   - stored: the stored bytes (the diff's old side).
    ///   - actual: the actual bytes (the new side).
    ///   - storedName: the `---` name.
    ///   - actualName: the `+++` name.
    ///   - contextLines: unchanged lines around each change.
    ///   - maxLines: the most diff lines shown.
    ///   - omissionHint: appended to the `… N more diff lines` line.
    /// - Returns: the diff text, each line ending with a newline.
    package static func diff(
        stored: [UInt8], actual: [UInt8], storedName: String, actualName: String, contextLines: Int = 3,
        maxLines: Int, omissionHint: String = ""
    ) -> String {
        let diff = UnifiedDiff(
            old: String(decoding: stored, as: UTF8.self), new: String(decoding: actual, as: UTF8.self),
            contextLines: contextLines)
        var lines = diff.rendered(oldName: storedName, newName: actualName)
            .split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        var text = ""
        for line in lines.prefix(max(0, maxLines)) { text += line + "\n" }
        if lines.count > maxLines {
            text += "… \(lines.count - maxLines) more diff lines\(omissionHint)\n"
        }
        return text
    }
}
