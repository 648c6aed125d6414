import Foundation
import Testing
import StreamJSON
@testable import StreamContracts

@Suite struct ZZExploreTests {
    @Test func printExamples() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Schemas/examples")
        let kinds = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        var out = ""
        for kind in kinds where kind != "defs" {
            for validity in ["valid", "invalid"] {
                let dir = folder.appendingPathComponent(kind).appendingPathComponent(validity)
                guard let files = try? FileManager.default.contentsOfDirectory(atPath: dir.path) else { continue }
                for file in files.sorted() {
                    let data = try Data(contentsOf: dir.appendingPathComponent(file))
                    let document = try JSONDocument(parsing: data)
                    let diagnostics = ContractRules.check(document, at: 0, kind: PayloadKind(rawValue: kind), options: RuleOptions())
                    for d in diagnostics {
                        out += "\(kind)/\(validity)/\(file): \(d.severity) \(d.rule) \(d.pointer) \(d.location?.description ?? "") \(d.message)\n"
                    }
                }
            }
        }
        try out.write(toFile: "/tmp/rules-explore.txt", atomically: true, encoding: .utf8)
    }
}
