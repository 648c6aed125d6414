/// A line diff between two texts in unified format: `@@` hunks of `-` removed, `+` added and ` ` context lines.
///
/// Snapshot failures (the `StreamFixturesTesting` assertions and `stream-fixtures snapshot --check`)
/// show how the stored JSON and the new JSON differ. The diff is a shortest edit script (Myers),
/// so a changed value shows as one `-` line and one `+` line, with a few lines of context around it.
/// A last line without a newline is marked `\ No newline at end of file`, as `diff -u` does.
///
/// ```swift
/// let diff = UnifiedDiff(old: stored, new: actual)
/// if !diff.isEmpty {
///     print(diff.rendered(oldName: "Fixtures/kinesis.json", newName: "generated"))
/// }
/// ```
package struct UnifiedDiff: Sendable, Hashable, CustomStringConvertible {
    /// One line of a hunk.
    package struct Line: Sendable, Hashable {
        /// What a line of a hunk says about the two texts.
        package enum Change: Sendable, Hashable {
            /// In both texts (printed with a leading space).
            case context
            /// Only in the old text (printed with a leading `-`).
            case removed
            /// Only in the new text (printed with a leading `+`).
            case added
        }

        /// Whether the line is context, removed or added.
        package var change: Change
        /// The line's text without its line break.
        package var text: String
        /// Whether the line ends with a newline; only a text's last line may not.
        package var endsWithNewline: Bool

        /// Creates a line.
        package init(change: Change, text: String, endsWithNewline: Bool = true) {
            self.change = change
            self.text = text
            self.endsWithNewline = endsWithNewline
        }
    }

    /// A run of changes with the context around them.
    package struct Hunk: Sendable, Hashable {
        /// The 1-based number of the hunk's first line in the old text (the line before, when `oldCount` is 0).
        package var oldStart: Int
        /// How many old-text lines the hunk covers (context and removed).
        package var oldCount: Int
        /// The 1-based number of the hunk's first line in the new text (the line before, when `newCount` is 0).
        package var newStart: Int
        /// How many new-text lines the hunk covers (context and added).
        package var newCount: Int
        /// The lines in order.
        package var lines: [Line]

        /// Creates a hunk.
        package init(oldStart: Int, oldCount: Int, newStart: Int, newCount: Int, lines: [Line]) {
            self.oldStart = oldStart
            self.oldCount = oldCount
            self.newStart = newStart
            self.newCount = newCount
            self.lines = lines
        }

        /// The `@@ -oldStart,oldCount +newStart,newCount @@` line (a count of 1 is left out, as `diff -u` does).
        package var header: String {
            func range(_ start: Int, _ count: Int) -> String { count == 1 ? "\(start)" : "\(start),\(count)" }
            return "@@ -\(range(oldStart, oldCount)) +\(range(newStart, newCount)) @@"
        }
    }

    /// The hunks in order; empty when the texts are equal.
    package var hunks: [Hunk]

    /// Creates a diff from hunks.
    package init(hunks: [Hunk]) { self.hunks = hunks }

    /// Compares two texts line by line.
    ///
    /// - Parameters:
    ///   - old: the expected text (for a snapshot: the stored file).
    ///   - new: the actual text.
    ///   - contextLines: unchanged lines shown before and after each change; hunks closer than twice this merge.
    package init(old: String, new: String, contextLines: Int = 3) {
        let oldLines = Self.lines(of: old)
        let newLines = Self.lines(of: new)
        // Compare small integers, not strings: each distinct line gets a number once.
        var numbers: [TextLine: Int] = [:]
        func number(_ line: TextLine) -> Int {
            if let known = numbers[line] { return known }
            numbers[line] = numbers.count
            return numbers.count - 1
        }
        let oldNumbers = oldLines.map(number)
        let newNumbers = newLines.map(number)
        let steps = MyersDiff.steps(from: oldNumbers, to: newNumbers)
        self.hunks = Self.hunks(steps: steps, old: oldLines, new: newLines, context: max(0, contextLines))
    }

    /// Whether the texts are equal.
    package var isEmpty: Bool { hunks.isEmpty }

    /// The hunks as text, without file headers; one line per diff line, each ending in a newline.
    package var description: String {
        var text = ""
        for hunk in hunks {
            text += hunk.header + "\n"
            for line in hunk.lines {
                switch line.change {
                case .context: text += " "
                case .removed: text += "-"
                case .added: text += "+"
                }
                text += line.text + "\n"
                if !line.endsWithNewline { text += "\\ No newline at end of file\n" }
            }
        }
        return text
    }

    /// The diff with `--- oldName` and `+++ newName` headers, as `diff -u` prints it; empty when the texts are equal.
    ///
    /// - Parameters:
    ///   - oldName: the name of the old text, e.g. the snapshot's path.
    ///   - newName: the name of the new text, e.g. `actual`.
    /// - Returns: the unified diff text, each line ending in a newline.
    package func rendered(oldName: String, newName: String) -> String {
        guard !isEmpty else { return "" }
        return "--- \(oldName)\n+++ \(newName)\n" + description
    }

    // MARK: - Building hunks

    /// A text split into lines, each keeping whether it ended with a newline.
    struct TextLine: Hashable {
        var text: Substring
        var endsWithNewline: Bool
    }

    static func lines(of text: String) -> [TextLine] {
        guard !text.isEmpty else { return [] }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            TextLine(text: $0, endsWithNewline: true)
        }
        if text.hasSuffix("\n") {
            lines.removeLast()
        } else if let last = lines.indices.last {
            lines[last].endsWithNewline = false
        }
        return lines
    }

    private static func hunks(steps: [MyersDiff.Step], old: [TextLine], new: [TextLine], context: Int) -> [Hunk] {
        let changed = steps.indices.filter {
            if case .keep = steps[$0] { return false }
            return true
        }
        guard let firstChange = changed.first else { return [] }
        // Group changes whose gap of kept lines is at most 2 × context into one hunk.
        var groups: [ClosedRange<Int>] = []
        var groupStart = firstChange
        var groupEnd = firstChange
        for index in changed.dropFirst() {
            if index - groupEnd - 1 > 2 * context {
                groups.append(groupStart...groupEnd)
                groupStart = index
            }
            groupEnd = index
        }
        groups.append(groupStart...groupEnd)

        return groups.map { group in
            let lower = max(0, group.lowerBound - context)
            let upper = min(steps.count - 1, group.upperBound + context)
            var lines: [Line] = []
            var oldCount = 0
            var newCount = 0
            // Line numbers before the hunk: count the old/new lines of all earlier steps.
            var oldBefore = 0
            var newBefore = 0
            for step in steps[..<lower] {
                switch step {
                case .keep:
                    oldBefore += 1
                    newBefore += 1
                case .delete: oldBefore += 1
                case .insert: newBefore += 1
                }
            }
            for step in steps[lower...upper] {
                switch step {
                case .keep(let oldIndex, _):
                    let line = old[oldIndex]
                    lines.append(Line(change: .context, text: String(line.text), endsWithNewline: line.endsWithNewline))
                    oldCount += 1
                    newCount += 1
                case .delete(let oldIndex):
                    let line = old[oldIndex]
                    lines.append(Line(change: .removed, text: String(line.text), endsWithNewline: line.endsWithNewline))
                    oldCount += 1
                case .insert(let newIndex):
                    let line = new[newIndex]
                    lines.append(Line(change: .added, text: String(line.text), endsWithNewline: line.endsWithNewline))
                    newCount += 1
                }
            }
            return Hunk(
                oldStart: oldCount == 0 ? oldBefore : oldBefore + 1, oldCount: oldCount,
                newStart: newCount == 0 ? newBefore : newBefore + 1, newCount: newCount, lines: lines)
        }
    }
}
