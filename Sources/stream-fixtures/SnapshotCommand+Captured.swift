import Foundation
import StreamContracts
import StreamFixtures
import StreamJSON

extension SnapshotCommand {
    /// Regenerates (or with `checking`, compares) one fixture extracted from a capture, then checks that the stored
    /// fixture has exactly the findings its entry records.
    ///
    /// The capture is read again when it is there (`source`, relative to the working directory) and the document at
    /// the recorded line, column and containers extracted with the recorded kind and redaction. A production capture
    /// is often not committed: then the bytes cannot be compared, only the findings, and the output says so.
    static func captured(
        _ entry: CapturedFixtureEntry, folder: String, checking: Bool, tally: inout Tally,
        validators: inout [String: ContractValidator]
    ) {
        let path = join(folder, entry.path)
        var stored = FileManager.default.contents(atPath: path).map { [UInt8]($0) }
        var written = false
        if let capture = FileManager.default.contents(atPath: entry.source) {
            let regenerated: [UInt8]
            switch extract(entry, from: [UInt8](capture)) {
            case .success(let bytes): regenerated = bytes
            case .failure(let message):
                Console.out("\(path): cannot extract it again from \(entry.source): \(message)\n")
                tally.failed += 1
                return
            }
            if stored != regenerated {
                if checking {
                    Console.out(capturedDrift(path: path, entry: entry, stored: stored, regenerated: regenerated))
                    if stored == nil { tally.created += 1 } else { tally.changed += 1 }
                    return
                }
                do {
                    let url = URL(fileURLWithPath: path)
                    try FileManager.default.createDirectory(
                        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                    try Data(regenerated).write(to: url, options: .atomic)
                } catch {
                    Console.error("\(path): cannot write: \(error.localizedDescription)\n")
                    tally.failed += 1
                    return
                }
                Console.out("\(stored == nil ? "created" : "updated") \(path)\n")
                if stored == nil { tally.created += 1 } else { tally.changed += 1 }
                stored = regenerated
                written = true
            }
        } else {
            Console.out("\(path): its capture \(entry.source) is not here; checking its findings only\n")
        }
        guard let stored else {
            Console.out("\(path): missing, and its capture \(entry.source) is not here to extract it from\n")
            tally.failed += 1
            return
        }
        let key = entry.forcedKind ? entry.kind.rawValue : ""
        if validators[key] == nil {
            validators[key] = try? ContractValidator(options: .init(kind: entry.forcedKind ? entry.kind : nil))
        }
        guard let validator = validators[key], let document = try? JSONDocument(parsing: stored) else {
            Console.out("\(path): not JSON, or the contract schemas do not compile\n")
            tally.failed += 1
            return
        }
        let (kind, diagnostics) = validator.check(document)
        let findings = diagnostics.map(CaptureExtractor.finding)
        guard kind == entry.kind, findings == entry.findings else {
            var text = "\(path): the contract's findings changed (a fixed rule or a regression)\n"
            if kind != entry.kind { text += "  detected as \(kind?.rawValue ?? "nothing"), recorded \(entry.kind)\n" }
            text += entry.findings.filter { !findings.contains($0) }.map { "  - \($0) (recorded, now gone)\n" }.joined()
            text += findings.filter { !entry.findings.contains($0) }.map { "  + \($0) (new)\n" }.joined()
            if Set(findings) == Set(entry.findings) { text += "  the same findings, in another order\n" }
            Console.out(text)
            if written {
                Console.out("  the fixture was written; its manifest entry still records the old findings\n")
            }
            tally.failed += 1
            return
        }
        if !written { tally.unchanged += 1 }
    }

    /// The fixture bytes the entry's document gives when extracted again, or why there are none.
    static func extract(_ entry: CapturedFixtureEntry, from capture: [UInt8]) -> Result<[UInt8], CaptureDrift> {
        let extractor: CaptureExtractor
        do {
            extractor = try CaptureExtractor(kind: entry.forcedKind ? entry.kind : nil, redactor: entry.redactor)
        } catch {
            return .failure(CaptureDrift(message: "the contract schemas do not compile: \(error)"))
        }
        let document = CaptureReader.documents(in: capture, source: entry.source).first { captured in
            captured.location.line == entry.line && captured.location.column == entry.column
                && captured.containers == entry.containers
        }
        guard let document else {
            let containers = entry.containers.map(\.rawValue).joined(separator: "/")
            return .failure(
                CaptureDrift(message: "no document starts at \(entry.line):\(entry.column) inside \(containers)"))
        }
        switch extractor.fixture(for: document) {
        case .success(let fixture)?: return .success(fixture.bytes)
        case .failure(let problem)?: return .failure(CaptureDrift(message: problem.message))
        case nil: return .failure(CaptureDrift(message: "the value there is no payload"))
        }
    }

    /// Why a captured fixture could not be extracted again.
    struct CaptureDrift: Error {
        var message: String
    }

    /// The report for a captured fixture whose file is missing or differs from what its capture gives.
    static func capturedDrift(path: String, entry: CapturedFixtureEntry, stored: [UInt8]?, regenerated: [UInt8])
        -> String
    {
        let origin = "\(entry.source):\(entry.line):\(entry.column)"
        guard let stored else { return "\(path): missing; \(origin) gives \(regenerated.count) bytes\n" }
        return "\(path): differs from what \(origin) gives\n"
            + SnapshotMismatch.diff(
                stored: stored, actual: regenerated, storedName: path, actualName: "\(path) (extracted again)",
                maxLines: diffLineLimit, omissionHint: "; run 'stream-fixtures snapshot' and 'git diff' to see them all"
            )
    }
}
