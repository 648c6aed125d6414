import Foundation

/// Reads the official JSON Schema test suite's `tests/` folder, located by `SchemaTestSuite`.
///
/// The suite is fetched into `.build/json-schema-test-suite` by `Scripts/fetch-json-schema-test-suite`;
/// `$STREAMFIXTURES_JSON_SCHEMA_TEST_SUITE` points elsewhere.
enum ConformanceSuite {
    static var testsDirectory: URL { SchemaTestSuite.tests.standardizedFileURL }

    struct Group {
        var file: String
        var description: String
        var schema: Any
        var tests: [(description: String, data: Any, valid: Bool)]
    }

    /// Reads one suite file (path relative to `tests/`).
    static func load(_ relativePath: String) throws -> [Group] {
        let url = testsDirectory.appendingPathComponent(relativePath)
        let data = try Data(contentsOf: url)
        guard let groups = try JSONSerialization.jsonObject(with: data) as? [[String: Any]] else {
            throw SuiteError(message: "\(relativePath) is not an array of test groups")
        }
        return try groups.map { group in
            guard let description = group["description"] as? String, let schema = group["schema"],
                let tests = group["tests"] as? [[String: Any]]
            else { throw SuiteError(message: "\(relativePath): malformed group") }
            return Group(
                file: relativePath, description: description, schema: schema,
                tests: try tests.map { test in
                    guard let description = test["description"] as? String, let data = test["data"],
                        let valid = test["valid"] as? Bool
                    else { throw SuiteError(message: "\(relativePath): malformed test in \(description)") }
                    return (description, data, valid)
                })
        }
    }

    /// The names of the JSON files in a suite folder, sorted.
    static func files(in relativeFolder: String) throws -> [String] {
        let folder = testsDirectory.appendingPathComponent(relativeFolder)
        return try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".json") }
            .sorted()
    }

    struct SuiteError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    /// Whether a JSON value read by JSONSerialization is a JSON string.
    static func string(_ value: Any) -> String? {
        value as? String
    }

    /// JSON type of a JSONSerialization value: "null", "boolean", "integer", "number", "string", "array", "object".
    static func jsonType(_ value: Any) -> String {
        if value is NSNull { return "null" }
        if value is String { return "string" }
        if value is [Any] { return "array" }
        if value is [String: Any] { return "object" }
        if let number = value as? NSNumber {
            if isBoolean(number) { return "boolean" }
            let double = number.doubleValue
            return double.rounded() == double ? "integer" : "number"
        }
        return "unknown"
    }

    static func isBoolean(_ number: NSNumber) -> Bool {
        String(cString: number.objCType) == "c"
    }
}
