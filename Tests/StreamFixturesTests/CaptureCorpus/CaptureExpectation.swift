import StreamContracts

/// What `validate` must report for one capture of one event set, and how it fell short.
///
/// A capture passes when the report finds exactly the set's events — their number, their kinds in order, the
/// broken one invalid and every other one valid — reads everything, exits 0 (or 1 with a broken event), and
/// counts the noise as `other` rather than as documents or errors.
struct CaptureExpectation {
    var set: CorpusEventSet
    var noise: NoiseTally

    /// Every way `report` differs from the expectation; empty when it meets it.
    func mismatches(in report: ValidationReport) -> [String] {
        var found: [String] = []
        let summary = report.summary
        let expected = CorpusCounts(expecting: set)
        let actual = CorpusCounts(summary)
        if actual != expected { found.append("expected \(expected), found \(actual)") }
        let exitCode: Int32 = set.invalidCount > 0 ? 1 : 0
        if report.exitCode != exitCode { found.append("expected exit code \(exitCode), found \(report.exitCode)") }
        let eventKinds = Set(set.kinds.map(\.rawValue))
        let events = report.documents.filter { $0.kind.map(eventKinds.contains) ?? false }
        let kinds = events.compactMap(\.kind)
        if kinds != set.kinds.map(\.rawValue) {
            found.append("expected events of kinds \(set.kinds.map(\.rawValue)), found \(kinds)")
        } else {
            let invalid = events.indices.filter { events[$0].errorCount > 0 }
            let broken = set.broken.map { [$0.index] } ?? []
            if invalid != broken {
                found.append(
                    "expected the event(s) at \(broken) to have errors, found errors at \(invalid): "
                        + (events.lazy.flatMap(\.diagnostics).first(where: { $0.severity == .error })?.message ?? ""))
            }
        }
        // Payload verdicts only: values counted as `other` (or skipped) are listed too once the reader has them.
        let payloadStatuses: Set<DocumentReport.Status> = [.valid, .invalid, .unreadable]
        let others = report.documents.filter {
            payloadStatuses.contains($0.status) && $0.kind.map(eventKinds.contains) != true
        }
        if let first = others.first {
            let error = first.diagnostics.first { $0.severity == .error }
            found.append(
                "\(others.count) non-event document(s), the first at \(first.location): "
                    + (error.map { "\($0.rule) \($0.message.prefix(60))…" } ?? "no error"))
        }
        if let other = NoiseCount.other(in: summary) {
            let range = noise.appJSON...(noise.appJSON + noise.telemetryJSON)
            if !range.contains(other) { found.append("expected \(range) values counted as other, found \(other)") }
        }
        return found
    }
}

/// The start of a capture, printable in a failure message.
enum CapturePreview {
    /// The first `count` bytes: printable ASCII as it is, `\n` `\r` `\t`, anything else as `\xNN`.
    static func text(_ bytes: [UInt8], count: Int = 300) -> String {
        var out = ""
        for byte in bytes.prefix(count) {
            switch byte {
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x09: out += "\\t"
            case 0x5C: out += "\\\\"
            case 0x20..<0x7F: out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                out += "\\x" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return out + (bytes.count > count ? "…" : "")
    }
}
