// The three outcomes of running a pattern.

/// The outcome of `ECMAPattern.evaluate`: a match, no match, or "gave up" for backtracking patterns.
///
/// Patterns without backreferences and lookarounds always finish in linear time and never give up. Patterns that
/// need backtracking run under a step budget so that a hostile pattern cannot hang a validator; the validator
/// decides what a `.budgetExceeded` means for its diagnostics.
package enum PatternResult: Hashable, Sendable {
    /// The pattern matches somewhere in the input.
    case match
    /// The pattern matches nowhere in the input.
    case noMatch
    /// The backtracking matcher used up its step budget before it could decide.
    case budgetExceeded
}
