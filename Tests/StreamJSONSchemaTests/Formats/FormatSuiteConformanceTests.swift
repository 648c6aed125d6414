import Foundation
import Testing

@testable import StreamJSONSchema

/// Runs every case of the official suite's `optional/format/*.json` through `FormatChecker`.
@Suite(.enabled(if: SchemaTestSuite.shouldRun, Comment(rawValue: SchemaTestSuite.missingMessage)))
struct FormatSuiteConformanceTests {
    /// Known failures as "format: test description" → reason.
    static let knownFailures: [String: String] = [:]

    @Test func officialFormatSuitePassesPerFormat() throws {
        try #require(SchemaTestSuite.isAvailable, Comment(rawValue: SchemaTestSuite.missingMessage))
        var counts: [String: (passed: Int, total: Int)] = [:]
        var failures: [String] = []
        var knownSeen = 0
        for file in try ConformanceSuite.files(in: "optional/format") {
            for group in try ConformanceSuite.load("optional/format/" + file) {
                guard let schema = group.schema as? [String: Any], let format = schema["format"] as? String else {
                    continue
                }
                for test in group.tests {
                    // Formats apply to strings only; other instances are valid and need no checker.
                    let verdict =
                        ConformanceSuite.string(test.data).map { FormatChecker.check(format, $0) ?? true }
                        ?? true
                    var entry = counts[format] ?? (0, 0)
                    entry.total += 1
                    let key = "\(format): \(test.description)"
                    if verdict == test.valid {
                        entry.passed += 1
                    } else if Self.knownFailures[key] != nil {
                        knownSeen += 1
                    } else {
                        failures.append(key)
                    }
                    counts[format] = entry
                }
            }
        }
        var totalPassed = 0
        var total = 0
        for format in counts.keys.sorted() {
            guard let entry = counts[format] else { continue }
            print("format \(format): \(entry.passed)/\(entry.total)")
            totalPassed += entry.passed
            total += entry.total
        }
        print("format suite: \(totalPassed)/\(total) passed, \(knownSeen) known failures")
        #expect(failures.isEmpty, "unexpected failures: \(failures)")
        // The pinned copy (jsonschema 4.26.0's, Scripts/fetch-json-schema-test-suite) has 491 format cases.
        #expect(total >= 491, "the suite seems incomplete: \(total) cases")
        #expect(counts.count >= 19, "formats covered: \(counts.keys.sorted())")
    }
}
