// RFC 3339 appendix A: the ISO 8601 `duration` grammar.

/// Checks `duration` by the RFC 3339 appendix A ABNF, compiled once as an `ECMAPattern`.
///
/// The ABNF is regular, so our own matcher checks it: `P` then a date part (`Y[M[D]]`, `M[D]` or `D`) with an
/// optional `T` time part (`H[M[S]]`, `M[S]` or `S`), or a time part alone, or weeks alone. No fractions, no signs.
enum DurationFormat {
    static let grammar = try? ECMAPattern(
        #"^P(?:(?:\d+D|\d+M(?:\d+D)?|\d+Y(?:\d+M(?:\d+D)?)?)(?:T(?:\d+H(?:\d+M(?:\d+S)?)?|\d+M(?:\d+S)?|\d+S))?"#
            + #"|T(?:\d+H(?:\d+M(?:\d+S)?)?|\d+M(?:\d+S)?|\d+S)|\d+W)$"#)

    static func isDuration(_ value: String) -> Bool {
        grammar?.matches(value) ?? false
    }
}
