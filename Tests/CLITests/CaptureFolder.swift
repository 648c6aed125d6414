import Foundation

/// A scratch capture folder of many kinds of input, for the tests that compare whole runs.
///
/// The committed captures (gzip and zlib members, JSON Lines, CloudWatch Logs exports of Node, Python and Jets
/// functions, `filter-log-events` output, subscription payloads, broken and truncated files) plus large files whose
/// documents fill several batches of `validate --jobs`: 1,000 generated events as JSON Lines with broken events
/// among them (data that is not base64, lines cut in half), and the same lines as a Node.js function's CloudWatch
/// Logs text export in a subfolder.
enum CaptureFolder {
    /// Makes the folder; the caller removes it.
    static func make() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sf-captures-\(UUID().uuidString)")
        let captures = CLIRunner.packageRoot.appendingPathComponent("Tests/StreamContractsTests/Capture/Captures")
        try FileManager.default.copyItem(at: captures, to: dir)

        let kinesis = try CLIRunner.run(
            ["generate", "kinesis-event", "--seed", "jobs", "--count", "700", "--records", "3", "--format", "jsonl"])
        let dynamodb = try CLIRunner.run(
            ["generate", "dynamodb-event", "--seed", "jobs", "--count", "300", "--records", "2", "--format", "jsonl"])
        guard kinesis.status == 0, dynamodb.status == 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: "generate failed"])
        }
        var lines = kinesis.stdout.split(separator: "\n").map(String.init)
        lines += dynamodb.stdout.split(separator: "\n").map(String.init)
        for index in stride(from: 37, to: lines.count, by: 97) {
            lines[index] =
                index % 2 == 0
                ? lines[index].replacingOccurrences(of: "\"data\":\"", with: "\"data\":\"*")
                : String(lines[index].prefix(lines[index].count / 2))
        }
        try (lines.joined(separator: "\n") + "\n").write(
            to: dir.appendingPathComponent("generated.jsonl"), atomically: true, encoding: .utf8)
        var log = ""
        for (index, line) in lines.enumerated() {
            let request = String(format: "5eed0000-0000-4000-8000-%012d", index)
            log += "START RequestId: \(request) Version: $LATEST\n"
            log += "2026-01-05T10:00:\(String(format: "%02d", index % 60)).000Z\t\(request)\tINFO\t\(line)\n"
            log += "END RequestId: \(request)\n"
        }
        let nested = dir.appendingPathComponent("nested")
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        try log.write(to: nested.appendingPathComponent("function.log"), atomically: true, encoding: .utf8)
        return dir
    }

    /// Every file under `dir`, in the order `validate` reads the folder (sorted paths).
    static func files(in dir: URL) throws -> [String] {
        let paths = try FileManager.default.subpathsOfDirectory(atPath: dir.path).map { dir.path + "/" + $0 }
        return paths.filter { path in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
        }.sorted()
    }
}
