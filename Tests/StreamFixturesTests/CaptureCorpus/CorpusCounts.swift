import StreamContracts

/// The counts a CI job gates on, summed over any number of captures.
struct CorpusCounts: Sendable, Hashable, CustomStringConvertible {
    var documents = 0
    var valid = 0
    var invalid = 0
    var unreadable = 0

    /// What `validate` must report for `set`: every event a document, the broken one invalid, nothing unreadable.
    init(expecting set: CorpusEventSet) {
        documents = set.events.count
        valid = set.events.count - set.invalidCount
        invalid = set.invalidCount
    }

    /// What `validate` reported.
    init(_ summary: ValidationReport.Summary) {
        documents = summary.documents
        valid = summary.valid
        invalid = summary.invalid
        unreadable = summary.unreadable
    }

    init() {}

    static func + (lhs: CorpusCounts, rhs: CorpusCounts) -> CorpusCounts {
        var sum = lhs
        sum.documents += rhs.documents
        sum.valid += rhs.valid
        sum.invalid += rhs.invalid
        sum.unreadable += rhs.unreadable
        return sum
    }

    static func += (lhs: inout CorpusCounts, rhs: CorpusCounts) { lhs = lhs + rhs }

    var description: String { "\(documents) documents (\(valid) valid, \(invalid) invalid, \(unreadable) unreadable)" }
}

/// The report's count of JSON values that are not documents of any contract kind.
///
/// Kept behind one name so the assertions read as what they check; it was `nil` until `ValidationReport.Summary`
/// gained `other`, and returning `nil` again switches every noise assertion off.
enum NoiseCount {
    static func other(in summary: ValidationReport.Summary) -> Int? { summary.other }
}

/// The `other` count summed over many captures, against the noise they hold.
struct OtherTally: CustomStringConvertible {
    /// The noise written.
    var noise = NoiseTally()
    /// `other` summed over the reports; `nil` while the report has no such count (see ``NoiseCount``).
    var found: Int? = 0

    /// Adds one capture's noise and the `other` count of its report.
    mutating func add(_ summary: ValidationReport.Summary, noise captured: NoiseTally) {
        noise = noise + captured
        found = found.flatMap { sum in NoiseCount.other(in: summary).map { sum + $0 } }
    }

    /// Whether every app-log value counts as `other`, and telemetry at most too (it may be skipped instead).
    var isWithinTheNoise: Bool {
        found.map { (noise.appJSON...(noise.appJSON + noise.telemetryJSON)).contains($0) } ?? true
    }

    var description: String {
        "\(found.map(String.init) ?? "no") values counted as other for \(noise.appJSON) app-log values and "
            + "\(noise.telemetryJSON) telemetry records"
    }
}
