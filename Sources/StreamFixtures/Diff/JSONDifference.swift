package import StreamJSON

/// The first place where two JSON values differ, as a JSON Pointer with the two values found there.
///
/// A line diff shows *what* changed; the pointer says *where* in the event, in a form every JSON tool
/// understands (`/Records/0/kinesis/sequenceNumber`). Differences in content are looked for first, in
/// document order of the expected value; only when the values are equal as JSON does the search report
/// a difference in form: members in another order, or a number written differently (`1.0` vs `1`).
///
/// ```swift
/// if let difference = JSONDifference.first(expected: stored, actual: generated) {
///     print(difference)   // first difference at /Records/0/eventID: expected "a", found "b"
/// }
/// ```
package struct JSONDifference: Sendable, Hashable, CustomStringConvertible {
    /// How the two values differ at `pointer`.
    package enum Kind: String, Sendable, Hashable, CaseIterable {
        /// Both have a value there but they differ (another type, string, number or boolean).
        case changed
        /// The expected value has a member or element there that the actual value lacks.
        case removed
        /// The actual value has a member or element there that the expected value lacks.
        case added
        /// The object there has the same members with equal values, in another order.
        case reordered
        /// The number there has the same value written differently, e.g. `1.0` and `1`.
        case respelled
    }

    /// How the values differ.
    package var kind: Kind
    /// Where, inside both documents.
    package var pointer: JSONPointer
    /// The expected value there; `nil` when it has none (`added`).
    package var expected: JSONValue?
    /// The actual value there; `nil` when it has none (`removed`).
    package var actual: JSONValue?

    /// Creates a difference.
    package init(kind: Kind, pointer: JSONPointer, expected: JSONValue?, actual: JSONValue?) {
        self.kind = kind
        self.pointer = pointer
        self.expected = expected
        self.actual = actual
    }

    /// Whether the values differ as JSON; `false` for differences in form only (`reordered`, `respelled`).
    package var isSemantic: Bool { kind != .reordered && kind != .respelled }

    /// Finds the first difference between two JSON values.
    ///
    /// - Parameters:
    ///   - expected: the stored value (a snapshot).
    ///   - actual: the new value.
    /// - Returns: the first difference in content in the expected value's document order, else the first
    ///   difference in form; `nil` when both are the same JSON written the same way.
    package static func first(expected: JSONValue, actual: JSONValue) -> JSONDifference? {
        firstInContent(expected, actual, at: .root) ?? firstInForm(expected, actual, at: .root)
    }

    /// One line: `first difference at /a/0: expected "x", found "y"`.
    package var description: String {
        let location = pointer.tokens.isEmpty ? "the root" : pointer.description
        switch kind {
        case .changed:
            return "first difference at \(location): expected \(Self.brief(expected)), found \(Self.brief(actual))"
        case .removed:
            return "first difference at \(location): expected \(Self.brief(expected)), found nothing (removed)"
        case .added:
            return "first difference at \(location): expected nothing, found \(Self.brief(actual)) (added)"
        case .reordered:
            let expectedKeys = expected?.objectValue?.keys ?? []
            let actualKeys = actual?.objectValue?.keys ?? []
            return "first difference at \(location): the same members in another order; expected "
                + Self.keyList(expectedKeys) + ", found " + Self.keyList(actualKeys)
        case .respelled:
            return "first difference at \(location): the same number written differently; expected "
                + "\(Self.brief(expected)), found \(Self.brief(actual))"
        }
    }

    // MARK: - Search

    private static func firstInContent(_ expected: JSONValue, _ actual: JSONValue, at pointer: JSONPointer)
        -> JSONDifference?
    {
        switch (expected, actual) {
        case (.object(let expectedObject), .object(let actualObject)):
            for member in expectedObject.members {
                let path = pointer.appending(member.key)
                guard let other = actualObject[member.key] else {
                    return JSONDifference(kind: .removed, pointer: path, expected: member.value, actual: nil)
                }
                if let difference = firstInContent(member.value, other, at: path) { return difference }
            }
            for member in actualObject.members where expectedObject[member.key] == nil {
                return JSONDifference(
                    kind: .added, pointer: pointer.appending(member.key), expected: nil, actual: member.value)
            }
            return nil
        case (.array(let expectedElements), .array(let actualElements)):
            for index in 0..<min(expectedElements.count, actualElements.count) {
                let path = pointer.appending(index)
                if let difference = firstInContent(expectedElements[index], actualElements[index], at: path) {
                    return difference
                }
            }
            if expectedElements.count > actualElements.count {
                let index = actualElements.count
                return JSONDifference(
                    kind: .removed, pointer: pointer.appending(index), expected: expectedElements[index], actual: nil)
            }
            if actualElements.count > expectedElements.count {
                let index = expectedElements.count
                return JSONDifference(
                    kind: .added, pointer: pointer.appending(index), expected: nil, actual: actualElements[index])
            }
            return nil
        default:
            // Scalars, or values of different types: JSONValue equality compares numbers by value.
            return expected == actual
                ? nil : JSONDifference(kind: .changed, pointer: pointer, expected: expected, actual: actual)
        }
    }

    /// Called only for values equal as JSON: finds the first member order or number spelling that differs.
    private static func firstInForm(_ expected: JSONValue, _ actual: JSONValue, at pointer: JSONPointer)
        -> JSONDifference?
    {
        switch (expected, actual) {
        case (.object(let expectedObject), .object(let actualObject)):
            if expectedObject.keys != actualObject.keys {
                return JSONDifference(kind: .reordered, pointer: pointer, expected: expected, actual: actual)
            }
            for (expectedMember, actualMember) in zip(expectedObject.members, actualObject.members) {
                let path = pointer.appending(expectedMember.key)
                if let difference = firstInForm(expectedMember.value, actualMember.value, at: path) {
                    return difference
                }
            }
            return nil
        case (.array(let expectedElements), .array(let actualElements)):
            for (index, pair) in zip(expectedElements, actualElements).enumerated() {
                if let difference = firstInForm(pair.0, pair.1, at: pointer.appending(index)) { return difference }
            }
            return nil
        case (.number(let expectedNumber), .number(let actualNumber)):
            return expectedNumber.text == actualNumber.text
                ? nil : JSONDifference(kind: .respelled, pointer: pointer, expected: expected, actual: actual)
        default:
            return nil
        }
    }

    // MARK: - Text

    /// A value in one short line: scalars as JSON, containers by their size.
    private static func brief(_ value: JSONValue?) -> String {
        guard let value else { return "nothing" }
        switch value {
        case .object(let object): return object.isEmpty ? "{}" : "an object with \(object.count) member(s)"
        case .array(let elements): return elements.isEmpty ? "[]" : "an array of \(elements.count) element(s)"
        case .string(let text) where text.count > 80:
            return JSONWriter.string(of: .string(String(text.prefix(77)))).dropLast() + "…\""
        default: return JSONWriter.string(of: value)
        }
    }

    private static func keyList(_ keys: [String]) -> String {
        "[" + keys.map { JSONWriter.string(of: .string($0)) }.joined(separator: ", ") + "]"
    }
}
