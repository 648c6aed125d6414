import Foundation
import StreamJSON
import Testing

@testable import StreamContracts

@Suite struct UserSchemaFileTests {
    /// A fresh folder holding `files` (name → text), removed after `body`.
    func withFolder(_ files: [String: String], _ body: (URL) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("user-schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, text) in files {
            let file = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(
                at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
        }
        try body(folder)
    }

    /// The failure compiling `path` gives, or `nil` when it compiles.
    func failure(compiling path: String) -> UserSchemaFile.Failure? {
        do {
            _ = try UserSchemaFile.compile(at: path)
            return nil
        } catch {
            return error
        }
    }

    @Test func aRelativeRefResolvesBesideTheFileAndAContractRefResolvesToo() throws {
        try withFolder([
            "order.schema.json": #"""
            {"type": "object", "properties": {
              "id": {"$ref": "id.schema.json"},
              "region": {"$ref": "https://streamfixtures.dev/schemas/v1/defs.schema.json#/$defs/regionStrict"}},
             "required": ["id", "region"]}
            """#,
            "id.schema.json": #"{"type": "string", "pattern": "^o-[0-9]+$"}"#,
        ]) { folder in
            let schema = try UserSchemaFile.compile(at: folder.appendingPathComponent("order.schema.json").path)
            #expect(schema.isValid(try JSONDocument(parsing: #"{"id": "o-7", "region": "eu-west-1"}"#)))
            #expect(!schema.isValid(try JSONDocument(parsing: #"{"id": "x", "region": "eu-west-1"}"#)))
            #expect(!schema.isValid(try JSONDocument(parsing: #"{"id": "o-7", "region": "Europe"}"#)))
        }
    }

    @Test func referencedFilesAreLoadedInTurnFromTheirOwnFolders() throws {
        try withFolder([
            "main.json": #"{"type": "array", "items": {"$ref": "parts/item.json#/$defs/item"}}"#,
            "parts/item.json": #"{"$defs": {"item": {"$ref": "../id.json"}}}"#,
            "id.json": #"{"type": "integer", "minimum": 1}"#,
        ]) { folder in
            let schema = try UserSchemaFile.compile(at: folder.appendingPathComponent("main.json").path)
            #expect(schema.isValid(try JSONDocument(parsing: "[1, 2]")))
            #expect(!schema.isValid(try JSONDocument(parsing: "[1, 0]")))
            let files = UserSchemaFile.referencedFiles(
                in: try JSONValue(
                    parsing:
                        #"{"$ref": "a.json#/x", "$defs": {"b": {"$id": "sub/", "$ref": "b.json"}}, "enum": [{"$ref": "c.json"}]}"#
                ),
                base: folder.appendingPathComponent("main.json"))
            #expect(Set(files.map(\.lastPathComponent)) == ["a.json", "b.json"])
            #expect(files.contains { $0.path.hasSuffix("/sub/b.json") })

            try Data("not json".utf8).write(to: folder.appendingPathComponent("id.json"))
            let failure = failure(compiling: folder.appendingPathComponent("main.json").path)
            #expect(failure?.isNotJSON == true)
            #expect(failure?.description.contains("id.json") == true)
        }
    }

    @Test func formatAssertsOnlyWhenAsked() throws {
        try withFolder(["when.schema.json": #"{"format": "date-time"}"#]) { folder in
            let path = folder.appendingPathComponent("when.schema.json").path
            let value = try JSONDocument(parsing: #""yesterday""#)
            #expect(try UserSchemaFile.compile(at: path).isValid(value))
            #expect(try !UserSchemaFile.compile(at: path, formatAssertion: true).isValid(value))
        }
    }

    @Test func eachFailureNamesTheFileAndItsCause() throws {
        try withFolder(["broken.json": #"{"type": "#, "unknown-ref.json": #"{"$ref": "nowhere.json"}"#]) { folder in
            let missing = folder.appendingPathComponent("missing.json").path
            #expect(throws: UserSchemaFile.Failure.unreadable(path: missing)) {
                try UserSchemaFile.compile(at: missing)
            }
            #expect("\(UserSchemaFile.Failure.unreadable(path: missing))" == "cannot read the schema file '\(missing)'")

            let broken = folder.appendingPathComponent("broken.json").path
            let notJSON = failure(compiling: broken)
            #expect(notJSON?.isNotJSON == true)
            #expect(notJSON?.description.hasPrefix("the schema file '\(broken)' is not valid JSON: 1:10: ") == true)

            let unknown = folder.appendingPathComponent("unknown-ref.json").path
            let unresolved = failure(compiling: unknown)
            #expect(unresolved?.isNotJSON == false)
            #expect(unresolved?.description.hasPrefix("the schema file '\(unknown)' does not compile: ") == true)
            #expect(unresolved?.description.contains("nowhere.json") == true)
        }
    }
}

extension UserSchemaFile.Failure {
    fileprivate var isNotJSON: Bool {
        if case .notJSON = self { return true }
        return false
    }
}
