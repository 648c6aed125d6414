// The engine against the project's own contract: every Schemas/*.schema.json compiles, every example under
// Schemas/examples/<kind>/valid validates, every one under invalid/ fails with exactly one diagnostic, and the
// pinned definition cases of examples/defs/cases.json hold.

import Foundation
import StreamJSON
import StreamJSONSchema
import Testing

@Suite struct ProjectSchemasTests {
    static let folder = SchemaTestSuite.packageRoot.appendingPathComponent("Schemas")

    /// Every schema file, registered at its `$id`.
    static func registry() throws -> (SchemaRegistry, [String: String]) {
        var registry = SchemaRegistry()
        var idByKind: [String: String] = [:]
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
            $0.hasSuffix(".schema.json")
        }
        for name in names.sorted() {
            let data = try #require(FileManager.default.contents(atPath: folder.appendingPathComponent(name).path))
            let document = try JSONDocument(parsing: data)
            let id = try #require(document.root["$id"]?.stringValue, "\(name) has no $id")
            try registry.register(document, at: id)
            idByKind[String(name.dropLast(".schema.json".count))] = id
        }
        return (registry, idByKind)
    }

    static func files(_ kind: String, _ verdict: String) -> [URL] {
        let directory = folder.appendingPathComponent("examples/\(kind)/\(verdict)")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".json") }.sorted().map { directory.appendingPathComponent($0) }
    }

    @Test func everyExampleHasTheVerdictItsFolderNames() throws {
        let (registry, idByKind) = try Self.registry()
        #expect(idByKind.count > 10, "expected the project's schemas in \(Self.folder.path)")
        var checked = 0
        for (kind, id) in idByKind.sorted(by: { $0.key < $1.key }) where kind != "defs" {
            let schema = try JSONSchema(compiling: ["$ref": .string(id)], registry: registry)
            for file in Self.files(kind, "valid") {
                let document = try JSONDocument(parsing: try Data(contentsOf: file))
                let result = schema.validate(document)
                #expect(result.isValid, "\(kind)/valid/\(file.lastPathComponent): \(result.diagnostics)")
                checked += 1
            }
            for file in Self.files(kind, "invalid") {
                let document = try JSONDocument(parsing: try Data(contentsOf: file))
                let result = schema.validate(document)
                let found = result.diagnostics.map(\.description)
                #expect(
                    !result.isValid && result.diagnostics.count == 1,
                    "\(kind)/invalid/\(file.lastPathComponent): expected exactly one diagnostic, found \(found)")
                checked += 1
            }
        }
        #expect(checked > 100)
    }

    @Test func pinnedDefinitionCasesHold() throws {
        let (registry, idByKind) = try Self.registry()
        let defsID = try #require(idByKind["defs"])
        let url = Self.folder.appendingPathComponent("examples/defs/cases.json")
        let cases = try JSONDocument(parsing: try Data(contentsOf: url))
        for (name, entry) in cases.root.members {
            let definition = try #require(name.stringValue)
            let schema = try JSONSchema(
                compiling: ["$ref": .string(defsID + "#/$defs/" + definition)], registry: registry)
            for value in entry["valid"]?.elements ?? [] {
                #expect(schema.isValid(value), "\(definition) should accept \(value.sourceText)")
            }
            for value in entry["invalid"]?.elements ?? [] {
                #expect(!schema.isValid(value), "\(definition) should reject \(value.sourceText)")
            }
        }
    }
}
