import Foundation
import Testing

@testable import StreamJSONSchema

/// Runs every `pattern` / `patternProperties` case of the official suite through `ECMAPattern`.
@Suite(.enabled(if: SchemaTestSuite.shouldRun, Comment(rawValue: SchemaTestSuite.missingMessage)))
struct PatternSuiteConformanceTests {
    static let files = [
        "pattern.json", "patternProperties.json", "optional/ecmascript-regex.json", "optional/non-bmp-regex.json",
    ]

    /// Known failures as "file: group / test" → reason. Empty: every case passes.
    static let knownFailures: [String: String] = [:]

    /// A tiny evaluator for the subschemas these groups use under `patternProperties`: booleans, `type`, `maximum`.
    static func subschemaAccepts(_ schema: Any, _ value: Any) -> Bool {
        if let flag = schema as? NSNumber, ConformanceSuite.jsonType(flag) == "boolean" { return flag.boolValue }
        guard let object = schema as? [String: Any] else { return true }
        if let type = object["type"] as? String {
            let actual = ConformanceSuite.jsonType(value)
            let ok = actual == type || (type == "number" && actual == "integer")
            if !ok { return false }
        }
        if let maximum = object["maximum"] as? NSNumber, let number = value as? NSNumber,
            ConformanceSuite.jsonType(value) != "boolean", number.doubleValue > maximum.doubleValue
        {
            return false
        }
        return true
    }

    /// Decides a group's verdict for an instance using only our matcher; nil when the schema is out of scope.
    static func verdict(schema: Any, instance: Any) throws -> Bool? {
        guard let schema = schema as? [String: Any] else { return nil }
        let keys = Set(schema.keys).subtracting(["$schema"])
        if let type = schema["type"] as? String, ConformanceSuite.jsonType(instance) != type {
            return false
        }
        if let source = schema["pattern"] as? String {
            guard keys.isSubset(of: ["pattern", "type"]) else { return nil }
            guard let string = instance as? String else { return true }
            return try ECMAPattern(source).matches(string)
        }
        if let patterns = schema["patternProperties"] as? [String: Any] {
            guard keys.isSubset(of: ["patternProperties", "type", "additionalProperties"]) else { return nil }
            guard let object = instance as? [String: Any] else { return true }
            let compiled = try patterns.map { (try ECMAPattern($0.key), $0.value) }
            let additionalAllowed = (schema["additionalProperties"] as? Bool) ?? true
            for (key, value) in object {
                var matchedAny = false
                for (pattern, subschema) in compiled where pattern.matches(key) {
                    matchedAny = true
                    if !subschemaAccepts(subschema, value) { return false }
                }
                if !matchedAny && !additionalAllowed { return false }
            }
            return true
        }
        return nil
    }

    @Test func officialSuitePatternCasesAllPass() throws {
        try #require(SchemaTestSuite.isAvailable, Comment(rawValue: SchemaTestSuite.missingMessage))
        var passed = 0
        var failures: [String] = []
        var skippedGroups = 0
        for file in Self.files {
            for group in try ConformanceSuite.load(file) {
                for test in group.tests {
                    guard let verdict = try Self.verdict(schema: group.schema, instance: test.data) else {
                        skippedGroups += 1
                        continue
                    }
                    let key = "\(file): \(group.description) / \(test.description)"
                    if verdict == test.valid {
                        passed += 1
                    } else if Self.knownFailures[key] == nil {
                        failures.append(key)
                    }
                }
            }
        }
        print("ECMA pattern suite: \(passed) passed, \(failures.count) failed, \(skippedGroups) out of scope")
        #expect(failures.isEmpty, "unexpected failures: \(failures)")
        #expect(passed >= 100, "too few cases ran: \(passed)")
    }

    @Test func officialSuiteRegexFormatCasesAllPass() throws {
        try #require(SchemaTestSuite.isAvailable, Comment(rawValue: SchemaTestSuite.missingMessage))
        var passed = 0
        var failures: [String] = []
        for file in ["optional/format/regex.json", "optional/format/ecmascript-regex.json"] {
            for group in try ConformanceSuite.load(file) {
                for test in group.tests {
                    guard let string = test.data as? String else { continue }
                    let compiles = (try? ECMAPattern(string)) != nil
                    if compiles == test.valid { passed += 1 } else { failures.append("\(file): \(test.description)") }
                }
            }
        }
        print("ECMA regex format suite: \(passed) passed, \(failures.count) failed")
        #expect(failures.isEmpty, "unexpected failures: \(failures)")
        // The pinned copy (jsonschema 4.26.0's) has 3 string cases in these two files.
        #expect(passed >= 3)
    }
}
