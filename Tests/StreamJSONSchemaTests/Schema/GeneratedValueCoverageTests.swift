// Gen.json(matching:) over the official suite: every schema that admits a value gets valid values, or is listed.

import Foundation
import StreamFixtures
import StreamJSON
import StreamJSONSchema
import Testing

/// Generation coverage on the required draft 2020-12 files of the JSON-Schema-Test-Suite, found through the same
/// `SchemaTestSuite` lookup as the conformance run.
///
/// A schema counts when at least one of its cases is valid (so a value exists) and it refers to no remote
/// document (it compiles without the suite's `remotes/`). The schemas the generator cannot serve are listed, with
/// the reason, in `GenerationCoverageGaps.md`; the test fails when that list and the run disagree, in either
/// direction, so a regression cannot hide and a fix has to update the list.
@Suite(
    .enabled(if: SchemaTestSuite.isAvailable, Comment(rawValue: SchemaTestSuite.missingMessage)),
    .serialized)
struct GeneratedValueCoverageTests {
    /// Seeds drawn per schema.
    static let seeds: UInt64 = 25

    struct Gap: Hashable {
        var file: String
        var group: String
        var reason: String
        var key: String { "\(file) | \(group)" }
    }

    @Test func generatesValidValuesForAtLeast95PercentOfTheSuiteSchemasAndListsTheRest() throws {
        var served = 0
        var gaps: [Gap] = []
        var invalid: [String] = []
        for file in SchemaTestSuite.files(in: "") {
            let data = try Data(contentsOf: file)
            let document = try JSONDocument(parsing: data)
            for group in document.root.elements {
                let name = group["description"]?.stringValue ?? "?"
                let cases = group["tests"]?.elements ?? []
                guard cases.contains(where: { $0["valid"]?.boolValue == true }) else { continue }
                let schemaValue = group["schema"]?.value ?? true
                let schema: JSONSchema
                do {
                    // Without the suite's remotes: a schema that needs one of them is out of scope.
                    schema = try JSONSchema(compiling: schemaValue)
                } catch {
                    if (try? JSONSchema(compiling: schemaValue, registry: SchemaTestSuite.registry)) != nil { continue }
                    gaps.append(Gap(file: file.lastPathComponent, group: name, reason: "compile error: \(error)"))
                    continue
                }
                do {
                    let generator = try Gen.json(matching: schema)
                    for seed in 0..<Self.seeds {
                        let value = generator.run(seed: Seed(seed))
                        if !schema.isValid(value) {
                            invalid.append("\(file.lastPathComponent) | \(name) | seed \(seed): \(value)")
                        }
                    }
                    served += 1
                } catch {
                    gaps.append(Gap(file: file.lastPathComponent, group: name, reason: "\(error)"))
                }
            }
        }
        let total = served + gaps.count
        let percent = Double(served * 1_000 / max(total, 1)) / 10
        print(
            "Gen.json(matching:) on JSON-Schema-Test-Suite draft2020-12: \(served)/\(total) schemas served (\(percent) %)"
        )
        for gap in gaps { print("  cannot serve \(gap.key): \(gap.reason)") }
        #expect(invalid.isEmpty, Comment(rawValue: "values that do not validate:\n" + invalid.joined(separator: "\n")))
        #expect(total >= 300, "expected the required files' schemas, found \(total)")
        #expect(served * 100 >= total * 95, "coverage below 95 %: \(served) of \(total)")
        let listed = Self.listedGaps
        let found = Set(gaps.map(\.key))
        #expect(
            found.subtracting(listed).isEmpty,
            Comment(
                rawValue: "schemas no longer served (add to GenerationCoverageGaps.md or fix):\n"
                    + found.subtracting(listed).sorted().joined(separator: "\n")))
        #expect(
            listed.subtracting(found).isEmpty,
            Comment(
                rawValue: "schemas now served (remove from GenerationCoverageGaps.md):\n"
                    + listed.subtracting(found).sorted().joined(separator: "\n")))
    }

    @Test func namesTheKeywordAndPointerOfAnUnsatisfiableSchema() throws {
        let schema = try JSONSchema(
            compiling: JSONDocument(
                parsing:
                    #"{"type": "object", "properties": {"total": {"type": "integer", "minimum": 5, "maximum": 4}}, "required": ["total"]}"#
            ))
        #expect(throws: JSONSchemaGenerationError.self) { try Gen.json(matching: schema) }
        do throws(JSONSchemaGenerationError) {
            _ = try Gen.json(matching: schema)
        } catch {
            #expect(error.keyword == "maximum")
            #expect(error.schemaLocation == "/properties/total/maximum")
        }
    }

    /// `file | group` keys from the table rows of `GenerationCoverageGaps.md`.
    static let listedGaps: Set<String> = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("GenerationCoverageGaps.md")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        var keys: Set<String> = []
        for line in text.split(separator: "\n") where line.hasPrefix("| ") && !line.hasPrefix("| file ") {
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            guard cells.count >= 4, !cells[1].hasPrefix("---") else { continue }
            keys.insert("\(cells[1]) | \(cells[2])")
        }
        return keys
    }()
}
