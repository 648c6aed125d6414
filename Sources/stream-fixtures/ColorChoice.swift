import StreamContracts

/// `--color never|auto|always`: whether the text report uses ANSI colours.
///
/// `auto` (the default) colours only a terminal, and not when `NO_COLOR` is set to a non-empty value
/// (no-color.org) or `TERM` is `dumb`; `always` and `never` are the user's word and override both, as no-color.org
/// asks of a command-line flag. Only the text format is ever coloured: JSON, JSON Lines, JUnit, GitHub and HTML are
/// read by programs or browsers.
enum ColorChoice: String, CaseIterable {
    case never, auto, always

    /// Whether a report in `format` written to a stream (a terminal or not) is coloured.
    ///
    /// - Parameters:
    ///   - format: the report format; only `text` is coloured.
    ///   - isTerminal: whether the stream is a terminal.
    ///   - environment: the process environment (`NO_COLOR`, `TERM`).
    func colors(for format: ReportFormat, isTerminal: Bool, environment: [String: String]) -> Bool {
        guard format == .text else { return false }
        switch self {
        case .never: return false
        case .always: return true
        case .auto:
            if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
            return isTerminal && environment["TERM"] != "dumb"
        }
    }
}
