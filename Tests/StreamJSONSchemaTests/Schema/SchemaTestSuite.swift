// Loads and runs the official JSON-Schema-Test-Suite (draft 2020-12) fetched by Scripts/fetch-json-schema-test-suite.

import Foundation
import StreamJSON
import StreamJSONSchema

/// The JSON-Schema-Test-Suite files, in `.build/json-schema-test-suite` of the package (written by
/// `Scripts/fetch-json-schema-test-suite`) or in `$STREAMFIXTURES_JSON_SCHEMA_TEST_SUITE`.
enum SchemaTestSuite {
    /// The package root: this file is `Tests/StreamJSONSchemaTests/Schema/SchemaTestSuite.swift`.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The suite folder (it holds `tests/` and `remotes/`).
    static let root: URL = {
        if let override = ProcessInfo.processInfo.environment["STREAMFIXTURES_JSON_SCHEMA_TEST_SUITE"],
            !override.isEmpty
        {
            return URL(fileURLWithPath: override)
        }
        return packageRoot.appendingPathComponent(".build/json-schema-test-suite")
    }()
    static let tests = root.appendingPathComponent("tests")
    static let remotes = root.appendingPathComponent("remotes")

    /// Whether the suite is present.
    static var isAvailable: Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: tests.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// Whether a missing suite is a failure rather than a skip: under CI (`CI` set), the conformance run must happen.
    static var isRequired: Bool {
        let value = ProcessInfo.processInfo.environment["CI"] ?? ""
        return !value.isEmpty && value != "0" && value.lowercased() != "false"
    }

    /// Whether the conformance suites run: the suite is present, or it is required (and then its absence fails).
    static var shouldRun: Bool { isAvailable || isRequired }

    /// What to say when the suite is missing.
    static var missingMessage: String {
        "JSON-Schema-Test-Suite not found at \(tests.path): run Scripts/fetch-json-schema-test-suite (or set "
            + "STREAMFIXTURES_JSON_SCHEMA_TEST_SUITE to a folder with tests/ and remotes/). "
            + (isRequired ? "CI is set, so this is a failure." : "The conformance run is SKIPPED.")
    }

    /// Every file under `remotes/`, registered at `http://localhost:1234/<relative path>`.
    static let registry: SchemaRegistry = {
        var registry = SchemaRegistry()
        let base = remotes.standardizedFileURL.path
        guard let enumerator = FileManager.default.enumerator(atPath: base) else { return registry }
        var paths: [String] = []
        while let relative = enumerator.nextObject() as? String {
            if relative.hasSuffix(".json") { paths.append(relative) }
        }
        for relative in paths.sorted() {
            guard let data = FileManager.default.contents(atPath: base + "/" + relative),
                let document = try? JSONDocument(parsing: data)
            else { continue }
            try? registry.register(document, at: "http://localhost:1234/" + relative)
        }
        return registry
    }()

    /// One test case's outcome.
    struct Outcome: Sendable {
        var file: String
        var group: String
        var test: String
        var passed: Bool
        var detail: String

        /// `file | group | test`, the key KnownFailures uses.
        var key: String { "\(file) | \(group) | \(test)" }
    }

    /// How many test cases a suite file declares (`tests` of every group), counted apart from the runner so that a
    /// case the runner skipped shows as a difference.
    static func caseCount(in file: URL) throws -> Int {
        let groups = try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [[String: Any]] ?? []
        return groups.reduce(0) { $0 + (($1["tests"] as? [Any])?.count ?? 0) }
    }

    /// The `.json` files directly in `folder` (relative to `tests/`), sorted.
    static func files(in folder: String) -> [URL] {
        let directory = folder.isEmpty ? tests : tests.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".json") }.sorted().map { directory.appendingPathComponent($0) }
    }

    /// Runs every case of `file`; `name` is how the file is reported (e.g. `optional/bignum.json`).
    static func run(_ file: URL, name: String, options: JSONSchema.Options = .init()) -> [Outcome] {
        guard let data = FileManager.default.contents(atPath: file.path) else {
            return [Outcome(file: name, group: "(file)", test: "(file)", passed: false, detail: "cannot read the file")]
        }
        let document: JSONDocument
        do {
            document = try JSONDocument(parsing: data)
        } catch {
            return [Outcome(file: name, group: "(file)", test: "(file)", passed: false, detail: "\(error)")]
        }
        var outcomes: [Outcome] = []
        for group in document.root.elements {
            let groupName = group["description"]?.stringValue ?? "?"
            let cases = group["tests"]?.elements ?? []
            let schema: JSONSchema
            do {
                schema = try JSONSchema(
                    compiling: group["schema"]?.value ?? true, registry: registry, options: options)
            } catch {
                for test in cases {
                    outcomes.append(
                        Outcome(
                            file: name, group: groupName, test: test["description"]?.stringValue ?? "?",
                            passed: false, detail: "compile error: \(error)"))
                }
                continue
            }
            for test in cases {
                let testName = test["description"]?.stringValue ?? "?"
                guard let data = test["data"], let expected = test["valid"]?.boolValue else {
                    outcomes.append(
                        Outcome(file: name, group: groupName, test: testName, passed: false, detail: "malformed case"))
                    continue
                }
                let quick = schema.isValid(data)
                let full = schema.validate(data)
                var detail = ""
                var passed = quick == expected && full.isValid == expected
                if full.isValid != quick {
                    passed = false
                    detail = "the predicate says \(quick) but the diagnosing pass says \(full.isValid)"
                } else if !full.isValid, full.diagnostics.isEmpty {
                    passed = false
                    detail = "invalid without a diagnostic"
                } else if !passed {
                    detail =
                        "expected \(expected ? "valid" : "invalid"), got \(quick ? "valid" : "invalid")"
                        + (full.diagnostics.first.map { ": \($0)" } ?? "")
                }
                outcomes.append(Outcome(file: name, group: groupName, test: testName, passed: passed, detail: detail))
            }
        }
        return outcomes
    }

    /// The keys listed in `KnownFailures.md` (table rows `| file | group | test | reason |`).
    static let knownFailures: Set<String> = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("KnownFailures.md")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        var keys: Set<String> = []
        for line in text.split(separator: "\n") where line.hasPrefix("| ") {
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            // "", file, group, test, reason, ""
            guard cells.count >= 5, cells[1].hasSuffix(".json") else { continue }
            keys.insert("\(cells[1]) | \(cells[2]) | \(cells[3])")
        }
        return keys
    }()
}
