// The entry point of the pattern matcher used by the `pattern` and `patternProperties` keywords.

/// A compiled ECMA-262 regular expression with JSON Schema `pattern` semantics: an unanchored search in `u` mode,
/// matching over Unicode scalars, on UTF-8 bytes.
///
/// The validator holds instance strings as byte ranges of its input, so matching works on UTF-8 bytes directly and
/// never builds a `String`. Compilation happens once per source and process (`PatternCache`); the compiled value is
/// immutable and shared freely across threads. Matching never hangs: regular patterns (no backreferences, no lookarounds) run through a precomputed
/// ASCII DFA or a Thompson NFA simulation in linear time; the others use a backtracking matcher with a step budget
/// that reports `.budgetExceeded` instead of running away.
///
/// Limits, each reported as a `PatternSyntaxError` rather than a hang or a crash: counted repetitions that expand
/// beyond 100,000 instructions (`a{1000000}` is valid ECMAScript but is rejected here), groups nested deeper than
/// 200 levels, and ES2025 additions (duplicate group names in different alternatives, `(?i:…)` modifiers), which
/// are rejected as in earlier editions. Unicode properties follow the toolchain's Unicode version for general
/// categories and binary properties, and a generated Unicode 17 table for Script and Script_Extensions.
///
/// ```swift
/// let pattern = try ECMAPattern("^shardId-[0-9]{12}$")
/// pattern.matches("shardId-000000000001")  // true
/// ```
package struct ECMAPattern: Sendable {
    /// The step budget `matches` and `evaluate` use for backtracking patterns unless told otherwise.
    package static let defaultStepBudget = 1_000_000

    /// The pattern source as written in the schema.
    package let source: String
    let program: PatternProgram

    /// Compiles a pattern.
    ///
    /// - Parameter source: an ECMA-262 pattern (the `u` flag is implied; no other flags exist in JSON Schema).
    /// - Throws: `PatternSyntaxError` with the scalar offset of the first error ECMA-262 `u` mode reports.
    package init(_ source: String) throws(PatternSyntaxError) {
        self.source = source
        if let compiled = PatternCache.shared.program(for: source) {
            program = compiled
            return
        }
        var parser = PatternParser(source)
        let node = try parser.parse()
        program = try PatternProgram(node: node, captureCount: parser.captureCount)
        PatternCache.shared.store(program, for: source)
    }

    /// Whether the pattern needs the budgeted backtracking matcher (it has backreferences or lookarounds).
    package var usesBacktracking: Bool { program.needsBacktracking }

    /// Whether the pattern matches somewhere in the string.
    ///
    /// - Parameter string: the instance string.
    /// - Returns: true on a match; false on no match and when a backtracking pattern exceeds its step budget
    ///   (call `evaluate` to tell the two apart).
    package func matches(_ string: String) -> Bool {
        evaluate(string) == .match
    }

    /// Whether the pattern matches somewhere in UTF-8 bytes.
    ///
    /// - Parameter bytes: valid UTF-8 (malformed bytes match nothing but a negated class or `.`).
    /// - Returns: true on a match; false otherwise, including an exceeded budget.
    package func matches(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        evaluate(utf8: bytes) == .match
    }

    /// Whether the pattern matches somewhere in a collection of UTF-8 bytes (contiguous storage is not copied).
    ///
    /// - Parameter bytes: valid UTF-8.
    /// - Returns: true on a match; false otherwise, including an exceeded budget.
    package func matches<Bytes: Collection<UInt8>>(utf8 bytes: Bytes) -> Bool {
        if let result = bytes.withContiguousStorageIfAvailable({ evaluate(utf8: $0) }) { return result == .match }
        return Array(bytes).withUnsafeBufferPointer { evaluate(utf8: $0) } == .match
    }

    /// Runs the pattern on a string and tells match, no match, and budget exhaustion apart.
    ///
    /// - Parameters:
    ///   - string: the instance string.
    ///   - budget: the step budget for backtracking patterns; regular patterns ignore it.
    /// - Returns: the outcome.
    package func evaluate(_ string: String, budget: Int = defaultStepBudget) -> PatternResult {
        var string = string
        return string.withUTF8 { evaluate(utf8: $0, budget: budget) }
    }

    /// Runs the pattern on UTF-8 bytes and tells match, no match, and budget exhaustion apart.
    ///
    /// ```swift
    /// let pattern = try ECMAPattern("^(a+)\\1$")
    /// pattern.evaluate("aaaa")  // .match
    /// ```
    ///
    /// - Parameters:
    ///   - bytes: valid UTF-8.
    ///   - budget: the step budget for backtracking patterns; regular patterns ignore it.
    /// - Returns: the outcome.
    package func evaluate(utf8 bytes: UnsafeBufferPointer<UInt8>, budget: Int = defaultStepBudget) -> PatternResult {
        Self.evaluate(program, utf8: bytes, budget: budget)
    }

    /// `evaluate(utf8:budget:)` of the pattern compiled to `program`: the schema validator calls it with a program it
    /// borrows, without a reference count per string.
    static func evaluate(
        _ program: PatternProgram, utf8 bytes: UnsafeBufferPointer<UInt8>, budget: Int
    ) -> PatternResult {
        let prefix = program.requiredPrefix
        if !prefix.isEmpty {
            guard bytes.count >= prefix.count else { return .noMatch }
            for index in prefix.indices where prefix[index] != bytes[index] { return .noMatch }
        }
        if program.needsBacktracking {
            var matcher = BacktrackMatcher(program: program, bytes: bytes, budget: budget)
            return matcher.search()
        }
        if let dfa = program.dfa, !bytes.isEmpty {
            let skip = dfa.prefixLength
            let (verdict, position, state) = dfa.run(
                bytes, from: skip, state: skip > 0 ? dfa.afterPrefix : dfa.start)
            if let verdict { return verdict ? .match : .noMatch }
            let seed = dfa.kernels[Int(state) / dfa.stride]
            return ThompsonMatcher.matches(program, bytes, from: position, seed: seed) ? .match : .noMatch
        }
        return ThompsonMatcher.matches(program, bytes) ? .match : .noMatch
    }

    /// The parsed form of the pattern, for generators that build strings it matches.
    ///
    /// Parsed again on each use rather than kept: patterns live in long-lived schemas and tables, and the tree is
    /// only wanted while generating (a kept tree of indirect enum boxes also reads as a leak to LeakSanitizer,
    /// which cannot follow the tagged pointers).
    package var syntax: PatternNode {
        var parser = PatternParser(source)
        // `init` parsed this source already, so parsing cannot fail here; `.empty` keeps the property non-throwing.
        return (try? parser.parse()) ?? .empty
    }
}
