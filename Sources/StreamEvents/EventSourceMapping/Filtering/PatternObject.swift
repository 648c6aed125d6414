import StreamJSON

/// One object of a parsed event pattern: every field must match, and every `$or` group must have a branch that
/// matches the same object.
struct PatternObject: Sendable, Hashable {
    /// What one field of the pattern asks of the event member of the same name.
    enum Rule: Sendable, Hashable {
        /// The member is an object (or an array of objects) matching a nested pattern.
        case nested(PatternObject)
        /// Some leaf value at the member matches one of these (or the member's existence is what is asked).
        case values([ValueMatcher])
    }

    /// One field: the event member's name and what it must satisfy.
    struct Field: Sendable, Hashable {
        var name: String
        var rule: Rule
    }

    /// The fields, all of which must match.
    var fields: [Field] = []
    /// The `$or` groups of this object: each needs at least one matching branch.
    var alternatives: [[PatternObject]] = []
}
