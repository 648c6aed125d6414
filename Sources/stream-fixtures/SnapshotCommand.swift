import Foundation
import StreamContracts
import StreamFixtures
import StreamJSON

/// `stream-fixtures snapshot`: regenerates the fixtures a manifest names, or checks that they still match.
enum SnapshotCommand {
    static let usage = """
        USAGE: stream-fixtures snapshot [--manifest PATH] [--check] [FIXTURE...]

        Regenerates every fixture named by the manifest (default Fixtures/fixtures.json) from its
        recipe: kind, seed and options. Paths in the manifest are relative to its folder. Every
        generated fixture is validated against the contract first; one that fails is not written.
        A fixture of the manifest's "captured" array (stream-fixtures extract --manifest) is extracted
        again from its capture, when the capture is there, and must have exactly the findings recorded.

        Options:
          --manifest PATH    The manifest to read (default Fixtures/fixtures.json).
          --check            Write nothing: regenerate in memory and compare. For each fixture that
                             differs or is missing, print a unified diff and the JSON Pointer of the
                             first difference, and exit 1. Exit 0 when every fixture matches.
          --help             Print this help.
          FIXTURE...         Only these fixtures: paths as the manifest writes them, or folders.

        Exit status: 0 all written or matching, 1 a fixture differs, is missing or fails validation,
        64 usage error, 65 the manifest cannot be read.

        """

    /// Diff lines printed per drifted file before the rest is summarised.
    static let diffLineLimit = 120

    static func run(_ arguments: [String]) throws(UsageError) -> Int32 {
        let args = try Arguments(arguments, options: ["--manifest"], flags: ["--check", "--help"])
        if args.has("--help") {
            Console.out(usage)
            return Console.ok
        }
        let manifestPath = args.value("--manifest") ?? FixtureManifest.defaultPath
        let manifest: FixtureManifest
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: manifestPath))
            manifest = try FixtureManifest(parsing: [UInt8](data))
        } catch let error as FixtureManifestError {
            Console.error("\(manifestPath):\(error.message)\n")
            return Console.unreadable
        } catch {
            Console.error("error: cannot read the manifest \(manifestPath): \(error.localizedDescription)\n")
            return Console.unreadable
        }
        let folder = (manifestPath as NSString).deletingLastPathComponent
        var selected = manifest.fixtures
        var selectedCaptured = manifest.captured
        if !args.operands.isEmpty {
            func isSelected(_ path: String) -> Bool {
                args.operands.contains { operand in
                    let wanted = operand.hasSuffix("/") ? String(operand.dropLast()) : operand
                    return path == wanted || path.hasPrefix(wanted + "/")
                        || join(folder, path) == wanted || join(folder, path).hasPrefix(wanted + "/")
                }
            }
            selected = selected.filter { isSelected($0.path) }
            selectedCaptured = selectedCaptured.filter { isSelected($0.path) }
            guard !selected.isEmpty || !selectedCaptured.isEmpty else {
                throw UsageError("no fixture in \(manifestPath) matches \(args.operands.joined(separator: " "))")
            }
        }
        let validator: ContractValidator
        do {
            validator = try ContractValidator()
        } catch {
            Console.error("error: the embedded contract schemas do not compile: \(error)\n")
            return Console.unreadable
        }

        let checking = args.has("--check")
        var tally = Tally()
        for fixture in selected {
            let path = join(folder, fixture.path)
            let documents: [[UInt8]]
            do {
                documents = try FixtureCatalog.generate(fixture.recipe)
            } catch {
                Console.error("\(path): cannot generate \(fixture.recipe.kind): \(error)\n")
                tally.failed += 1
                continue
            }
            let generated = fixture.layout.bytes(of: documents)
            let findings = contractFindings(fixture.recipe.kind.rawValue, documents, validator)
            guard findings.isEmpty else {
                Console.out(
                    "\(path): the regenerated fixture breaks the contract, so it is not \(checking ? "compared" : "written"):\n"
                )
                Console.out(findings.prefix(10).map { "  \($0)\n" }.joined())
                tally.failed += 1
                continue
            }
            let stored = FileManager.default.contents(atPath: path).map { [UInt8]($0) }
            if stored == generated {
                tally.unchanged += 1
                continue
            }
            if checking {
                Console.out(drift(path: path, fixture: fixture, stored: stored, generated: generated))
                if stored == nil { tally.created += 1 } else { tally.changed += 1 }
                continue
            }
            do {
                let url = URL(fileURLWithPath: path)
                try FileManager.default.createDirectory(
                    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(generated).write(to: url, options: .atomic)
                Console.out("\(stored == nil ? "created" : "updated") \(path)\n")
                if stored == nil { tally.created += 1 } else { tally.changed += 1 }
            } catch {
                Console.error("\(path): cannot write: \(error.localizedDescription)\n")
                tally.failed += 1
            }
        }
        var validators: [String: ContractValidator] = [:]
        for entry in selectedCaptured {
            captured(entry, folder: folder, checking: checking, tally: &tally, validators: &validators)
        }
        Console.out(tally.summary(checking: checking, manifest: manifestPath))
        if tally.failed > 0 { return Console.violations }
        return checking && (tally.changed + tally.created) > 0 ? Console.violations : Console.ok
    }

    struct Tally {
        var unchanged = 0, changed = 0, created = 0, failed = 0

        func summary(checking: Bool, manifest: String) -> String {
            let total = unchanged + changed + created + failed
            var parts: [String] = []
            if checking {
                parts.append("\(unchanged) match")
                if changed > 0 { parts.append("\(changed) differ") }
                if created > 0 { parts.append("\(created) missing") }
            } else {
                parts.append("\(unchanged) unchanged")
                if changed > 0 { parts.append("\(changed) updated") }
                if created > 0 { parts.append("\(created) created") }
            }
            if failed > 0 { parts.append("\(failed) failed") }
            var line = "\(total) fixture\(total == 1 ? "" : "s") from \(manifest): \(parts.joined(separator: ", "))\n"
            if checking && changed + created > 0 {
                line += "Run 'stream-fixtures snapshot' to regenerate them, then review the diff before committing.\n"
            }
            return line
        }
    }

    /// Every document of the fixture must be of its recipe's kind and pass the contract with no finding.
    static func contractFindings(_ kind: String, _ documents: [[UInt8]], _ validator: ContractValidator) -> [String] {
        var findings: [String] = []
        for (index, bytes) in documents.enumerated() {
            let prefix = documents.count > 1 ? "document \(index + 1): " : ""
            let document: JSONDocument
            do {
                document = try JSONDocument(parsing: bytes)
            } catch {
                findings.append("\(prefix)the generated JSON does not parse: \(error)")
                continue
            }
            let (detected, diagnostics) = validator.check(document)
            if let detected, detected.rawValue != kind {
                findings.append("\(prefix)detected as \(detected.rawValue), not \(kind)")
            }
            findings += diagnostics.map { "\(prefix)\($0.severity.rawValue)[\($0.rule)] \($0.pointer): \($0.message)" }
        }
        return findings
    }

    /// The report for one fixture whose file is missing or differs from what its recipe generates.
    static func drift(path: String, fixture: FixtureManifest.Fixture, stored: [UInt8]?, generated: [UInt8]) -> String {
        let recipe = "\(fixture.recipe.kind), seed \(fixture.recipe.seed)"
        guard let stored else {
            return "\(path): missing; its recipe (\(recipe)) generates \(generated.count) bytes\n"
        }
        var text = "\(path): differs from what its recipe (\(recipe)) generates\n"
        let finding = SnapshotMismatch.finding(
            stored: jsonValue(stored, fixture.layout), actual: jsonValue(generated, fixture.layout))
        switch finding {
        case .difference(let difference): text += "  \(difference)\n"
        case .layoutOnly: text += "  the same JSON; the bytes differ in layout only\n"
        case .storedIsNotJSON: text += "  the stored file is not valid JSON\n"
        case .actualIsNotJSON: break
        }
        return text
            + SnapshotMismatch.diff(
                stored: stored, actual: generated, storedName: path, actualName: "\(path) (regenerated)",
                maxLines: diffLineLimit, omissionHint: "; run 'stream-fixtures snapshot' and 'git diff' to see them all"
            )
    }

    /// The file as one JSON value: itself, or for JSON Lines an array of its lines.
    static func jsonValue(_ bytes: [UInt8], _ layout: FixtureLayout) -> JSONValue? {
        switch layout {
        case .json:
            return try? JSONDocument(parsing: bytes).root.value
        case .jsonLines:
            var values: [JSONValue] = []
            for line in bytes.split(separator: 0x0A) {
                guard let document = try? JSONDocument(parsing: Array(line)) else { return nil }
                values.append(document.root.value)
            }
            return .array(values)
        }
    }

    static func join(_ folder: String, _ path: String) -> String {
        folder.isEmpty ? path : folder + "/" + path
    }
}
