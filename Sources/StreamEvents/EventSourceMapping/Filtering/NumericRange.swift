import StreamJSON

/// The interval of a `numeric` operator: `["=", 5]`, `[">", 0]`, `[">=", 0, "<", 10]`, …
///
/// Bounds compare by exact decimal value (`JSONNumber` ordering), so `1e2` equals `100` and no bound is rounded.
struct NumericRange: Sendable, Hashable {
    /// One end of the interval.
    struct Bound: Sendable, Hashable {
        var value: JSONNumber
        var inclusive: Bool
    }

    var lower: Bound?
    var upper: Bound?

    /// Whether `number` lies in the interval.
    func contains(_ number: JSONNumber) -> Bool {
        if let lower {
            if lower.inclusive ? number < lower.value : !(lower.value < number) { return false }
        }
        if let upper {
            if upper.inclusive ? upper.value < number : !(number < upper.value) { return false }
        }
        return true
    }
}
