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
        print("JSON-Schema-Test-Suite draft2020-12: \(passed)/\(outcomes.count) passed")
        let failures = outcomes.filter { !$0.passed }
        for failure in failures { print("  FAIL \(failure.key): \(failure.detail)") }
        let unexpected = failures.filter { !SchemaTestSuite.knownFailures.contains($0.key) }
        let nowPassing = outcomes.filter { $0.passed && SchemaTestSuite.knownFailures.contains($0.key) }
        for fixed in nowPassing { print("  now passing, remove from KnownFailures.md: \(fixed.key)") }
        #expect(outcomes.count >= 1_299, "expected all 1,299 required cases to run, ran \(outcomes.count)")
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
