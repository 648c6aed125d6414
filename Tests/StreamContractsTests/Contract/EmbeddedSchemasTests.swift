import Foundation
import StreamJSON
import Testing

@testable import StreamContracts

@Suite struct EmbeddedSchemasTests {
    static let schemasFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Schemas")

    @Test func embeddedCopyEqualsSchemasFolderByteForByte() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.schemasFolder.path)
            .filter { $0.hasSuffix(".schema.json") }.sorted()
        #expect(files == EmbeddedSchemas.files.map(\.name), "run Scripts/embed-schemas")
        for name in files {
            let onDisk = try String(contentsOf: Self.schemasFolder.appendingPathComponent(name), encoding: .utf8)
            let embedded = try #require(ContractSchemas.text(of: name))
            #expect(
                embedded == onDisk.trimmingSuffixNewlines(), "\(name) differs from Schemas/; run Scripts/embed-schemas")
        }
    }

    @Test func everyEmbeddedSchemaParsesAndHasItsFileNameAsID() throws {
        for file in EmbeddedSchemas.files {
            let value = try JSONValue(parsing: file.text)
            #expect(value["$id"]?.stringValue == ContractSchemas.baseURI + file.name)
        }
        #expect(ContractSchemas.documents.count == EmbeddedSchemas.files.count)
        #expect(ContractSchemas.kinds.contains(.kinesisEvent))
        #expect(!ContractSchemas.kinds.contains(PayloadKind(rawValue: "defs")))
    }
}

extension String {
    fileprivate func trimmingSuffixNewlines() -> String {
        var text = self
        while text.hasSuffix("\n") { text.removeLast() }
        return text
    }
}
