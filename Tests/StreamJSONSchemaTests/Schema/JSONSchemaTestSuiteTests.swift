// The official JSON-Schema-Test-Suite, draft 2020-12: every required case, plus report-only optional runs.

import Foundation
import StreamJSONSchema
import Testing

@Suite(
    .enabled(if: SchemaTestSuite.shouldRun, Comment(rawValue: SchemaTestSuite.missingMessage)),
    .serialized)
struct JSONSchemaTestSuiteTests {
    @Test func requiredSuitePassesAtLeast99PercentAndOnlyKnownFailuresFail() throws {
        try #require(SchemaTestSuite.isAvailable, Comment(rawValue: SchemaTestSuite.missingMessage))
        let files = SchemaTestSuite.files(in: "")
        #expect(files.count == 46, "expected the 46 required draft 2020-12 files, found \(files.count)")
        var outcomes: [SchemaTestSuite.Outcome] = []
        for file in files { outcomes += SchemaTestSuite.run(file, name: file.lastPathComponent) }
        let passed = outcomes.filter(\.passed).count
        let declared = try files.reduce(0) { $0 + (try SchemaTestSuite.caseCount(in: $1)) }
        print("JSON-Schema-Test-Suite draft2020-12 required: \(passed)/\(declared) passed (\(outcomes.count) run)")
        let failures = outcomes.filter { !$0.passed }
        for failure in failures { print("  FAIL \(failure.key): \(failure.detail)") }
        let unexpected = failures.filter { !SchemaTestSuite.knownFailures.contains($0.key) }
        let nowPassing = outcomes.filter { $0.passed && SchemaTestSuite.knownFailures.contains($0.key) }
        for fixed in nowPassing { print("  now passing, remove from KnownFailures.md: \(fixed.key)") }
        // The pinned copy (Scripts/fetch-json-schema-test-suite) has 1,257 required cases; none may be left out.
        #expect(declared >= 1_257, "expected the pinned suite's 1,257 required cases, the files declare \(declared)")
        #expect(outcomes.count == declared, "the files declare \(declared) cases, \(outcomes.count) ran")
        #expect(passed * 100 >= outcomes.count * 99, "pass rate below 99%: \(passed) of \(outcomes.count)")
        #expect(
            unexpected.isEmpty,
            Comment(
                rawValue: "cases failing that KnownFailures.md does not list:\n"
                    + unexpected.map { "\($0.key): \($0.detail)" }.joined(separator: "\n")))
    }

    @Test func optionalSuiteReport() throws {
        try #require(SchemaTestSuite.isAvailable, Comment(rawValue: SchemaTestSuite.missingMessage))
        let files = SchemaTestSuite.files(in: "optional")
        #expect(!files.isEmpty, "expected tests/optional/*.json")
        var total = 0
        var passed = 0
        for file in files {
            let outcomes = SchemaTestSuite.run(file, name: "optional/" + file.lastPathComponent)
            let ok = outcomes.filter(\.passed).count
            total += outcomes.count
            passed += ok
            print("  optional/\(file.lastPathComponent): \(ok)/\(outcomes.count)")
            for failure in outcomes where !failure.passed { print("    fail \(failure.key): \(failure.detail)") }
        }
        print("JSON-Schema-Test-Suite draft2020-12 optional: \(passed)/\(total) passed")
    }

    @Test func optionalFormatSuiteReportWithFormatAssertion() throws {
        try #require(SchemaTestSuite.isAvailable, Comment(rawValue: SchemaTestSuite.missingMessage))
        let files = SchemaTestSuite.files(in: "optional/format")
        #expect(!files.isEmpty, "expected tests/optional/format/*.json")
        var total = 0
        var passed = 0
        for file in files {
            let outcomes = SchemaTestSuite.run(
                file, name: "optional/format/" + file.lastPathComponent, options: .init(formatAssertion: true))
            let ok = outcomes.filter(\.passed).count
            total += outcomes.count
            passed += ok
            print("  format \(file.deletingPathExtension().lastPathComponent): \(ok)/\(outcomes.count)")
        }
        print("JSON-Schema-Test-Suite draft2020-12 optional/format (format assertion on): \(passed)/\(total) passed")
    }
}
