import Foundation
import StreamContracts
import StreamJSONSchema
import StreamJSON

/// `stream-fixtures validate`: finds every document in the inputs and reports where each departs
/// from the contract (or from `--schema`).
enum ValidateCommand {
    static let usage = """
        USAGE: stream-fixtures validate [options] PATH... | -

        Finds every JSON document in the inputs, whatever the container — a JSON file, JSON Lines,
        a CloudWatch Logs text export (Node, Python, Jets), `aws logs filter-log-events` output,
        Lambda JSON logs, a CloudWatch Logs subscription payload — detects its kind and checks it
        against the contract (Schemas/ plus semantic rules). Folders are read recursively
        (*.json, *.jsonl, *.ndjson, *.log, *.txt); '-' reads standard input.

        Options:
          --schema FILE        Check each document against this JSON Schema (draft 2020-12) only.
          --kind KIND          Validate every document as KIND (see 'stream-fixtures schema --list').
          --data-schema FILE   Also check each Kinesis record's decoded data and each DynamoDB image.
          --format FORMAT      text (default), json, junit or github.
          --strict             Treat warnings as errors.
          --max-record-bytes N Error threshold for one Kinesis record (default 1048576 = 1 MiB).
          --large-record-streams  The streams allow 10 MiB records (no warning between 1 and 10 MiB).
          --response FILE --event FILE
                               Check a partial batch response against the event it answers: every
                               itemIdentifier must be a sequence number of that batch.
          --format-assertion   With --schema: make 'format' an assertion, not an annotation.
          --help               Print this help.

        Exit status: 0 no errors, 1 errors found, 64 usage error, 65 nothing readable.

        """

    static func run(_ arguments: [String]) throws(UsageError) -> Int32 {
        let args = try Arguments(
            arguments, options: ["--schema", "--kind", "--data-schema", "--format", "--response", "--event", "--max-record-bytes"],
            flags: ["--strict", "--help", "--format-assertion", "--large-record-streams"])
        if args.has("--help") {
            Console.out(usage)
            return Console.ok
        }
        let format = try args.choice("--format", default: ReportFormat.text, from: ReportFormat.allCases)
        if args.value("--response") != nil || args.value("--event") != nil {
            return try runBatchResponse(args, format: format)
        }
        guard !args.operands.isEmpty else { throw UsageError("validate needs at least one PATH, or '-' for standard input") }

        let check: (CapturedDocument) -> DocumentReport
        if let schemaPath = args.value("--schema") {
            let schema = try loadSchema(schemaPath, formatAssertion: args.has("--format-assertion"))
            let strict = args.has("--strict")
            check = { captured in SchemaOnlyCheck(schema: schema, strict: strict).report(captured) }
        } else {
            var options = try contractOptions(args)
            if let kind = args.value("--kind") { options.kind = PayloadKind(rawValue: kind) }
            if let path = args.value("--data-schema") { options.dataSchema = try loadSchema(path, formatAssertion: false) }
            let validator: ContractValidator
            do {
                validator = try ContractValidator(options: options)
            } catch {
                Console.error("error: the embedded contract schemas do not compile: \(error)\n")
                return Console.unreadable
            }
            if let kind = options.kind, !validator.kinds.contains(kind) {
                throw UsageError("unknown kind '\(kind.rawValue)'; known kinds: \(validator.kinds.map(\.rawValue).joined(separator: ", "))")
            }
            check = validator.validate
        }

        var documents: [DocumentReport] = []
        // Text and GitHub output print findings only: clean documents are counted, not kept, so memory does not
        // grow with the number of documents in the input.
        let listsCleanDocuments = format == .json || format == .junit
        var unlisted = 0
        let progress = Progress(enabled: Console.stderrIsTerminal)
        for input in InputFiles.expand(args.operands) {
            switch input {
            case .missing(let path, let reason):
                documents.append(DocumentReport(
                    source: path, location: TextLocation(offset: 0, line: 1, column: 1), kind: nil,
                    diagnostics: [Diagnostic(rule: "input.unreadable", severity: .error, message: reason)],
                    isUnreadable: true))
            case .file(let path, let handle):
                do {
                    try CaptureReader.read(handle, source: path) { captured in
                        let result = check(captured)
                        if listsCleanDocuments || !result.diagnostics.isEmpty || result.status != .valid {
                            documents.append(result)
                        } else {
                            unlisted += 1
                        }
                        progress.tick(documents: documents.count + unlisted)
                    }
                } catch {
                    documents.append(DocumentReport(
                        source: path, location: TextLocation(offset: 0, line: 1, column: 1), kind: nil,
                        diagnostics: [Diagnostic(rule: "input.unreadable", severity: .error, message: "cannot read: \(error)")],
                        isUnreadable: true))
                }
            }
        }
        progress.finish()
        let report = ValidationReport(documents: documents, unlistedCleanDocuments: unlisted)
        Console.out(format.render(report, colors: format == .text && Console.stdoutWantsColor))
        if report.summary.documents == 0 {
            Console.error("no JSON documents found in the input\n")
            return Console.unreadable
        }
        return report.exitCode
    }

    static func contractOptions(_ args: Arguments) throws(UsageError) -> ContractValidator.Options {
        var options = ContractValidator.Options(strict: args.has("--strict"))
        options.rules.allowsLargeRecordStreams = args.has("--large-record-streams")
        if args.value("--max-record-bytes") != nil {
            options.rules.maximumRecordBytes = try args.integer("--max-record-bytes", default: 1_048_576, in: 1...10_485_760)
        }
        return options
    }

    /// `--response R --event E`: the response's contract plus its identifiers against the batch.
    static func runBatchResponse(_ args: Arguments, format: ReportFormat) throws(UsageError) -> Int32 {
        guard let responsePath = args.value("--response"), let eventPath = args.value("--event") else {
            throw UsageError("--response and --event go together: --response RESPONSE.json --event EVENT.json")
        }
        guard args.operands.isEmpty else { throw UsageError("--response/--event take no other PATH") }
        func load(_ path: String) throws(UsageError) -> JSONDocument {
            guard let data = FileManager.default.contents(atPath: path) else { throw UsageError("cannot read '\(path)'") }
            do { return try JSONDocument(parsing: data) } catch { throw UsageError("'\(path)' is not valid JSON: \(error)") }
        }
        let response = try load(responsePath)
        let event = try load(eventPath)
        let validator: ContractValidator
        do { validator = try ContractValidator(options: try contractOptions(args)) } catch let error as UsageError {
            throw error
        } catch {
            Console.error("error: the embedded contract schemas do not compile: \(error)\n")
            return Console.unreadable
        }
        let diagnostics = validator.checkBatchResponse(response, event: event)
        let report = ValidationReport(documents: [DocumentReport(
            source: responsePath, location: TextLocation(offset: 0, line: 1, column: 1),
            kind: PayloadKind.detect(in: response)?.rawValue, diagnostics: diagnostics)])
        Console.out(format.render(report, colors: format == .text && Console.stdoutWantsColor))
        return report.exitCode
    }

    static func loadSchema(_ path: String, formatAssertion: Bool) throws(UsageError) -> JSONSchema {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw UsageError("cannot read the schema file '\(path)'")
        }
        do {
            let document = try JSONDocument(parsing: data)
            let registry = try ContractSchemas.registry()
            let base = URL(fileURLWithPath: path).standardizedFileURL.absoluteString
            return try JSONSchema(compiling: document, baseURI: base, registry: registry,
                                  options: .init(formatAssertion: formatAssertion))
        } catch let error as JSONSyntaxError {
            throw UsageError("the schema file '\(path)' is not valid JSON: \(error)")
        } catch {
            throw UsageError("the schema file '\(path)' does not compile: \(error)")
        }
    }
}

/// `--schema` mode: each document against one schema, rule ids `schema.<keyword>`.
struct SchemaOnlyCheck {
    let schema: JSONSchema
    let strict: Bool

    func report(_ captured: CapturedDocument) -> DocumentReport {
        switch captured.content {
        case .unreadable(let problem):
            return DocumentReport(
                source: captured.source, location: captured.location, kind: nil,
                diagnostics: [Diagnostic(rule: "capture.\(problem.reason.rawValue)", severity: .error,
                                         location: problem.location, message: problem.message)],
                isUnreadable: true)
        case .document(let document):
            var diagnostics = document.duplicateMemberNames.map { name in
                Diagnostic(rule: "json.duplicate-member", severity: strict ? .error : .warning, pointer: name.pointer,
                           location: captured.sourceLocation(of: name.location),
                           message: "member \"\(name.stringValue ?? "")\" appears more than once in this object")
            }
            diagnostics += schema.validate(document).diagnostics.map { finding in
                var diagnostic = ContractValidator.diagnostic(from: finding)
                diagnostic.location = finding.sourceLocation.map(captured.sourceLocation(of:)) ?? captured.location
                return diagnostic
            }
            return DocumentReport(source: captured.source, location: captured.location, kind: nil, diagnostics: diagnostics)
        }
    }
}

/// The inputs named on the command line, folders expanded.
enum InputFiles {
    enum Input {
        case file(path: String, handle: FileHandle)
        case missing(path: String, reason: String)
    }

    static let extensions: Set<String> = ["json", "jsonl", "ndjson", "log", "txt"]

    static func expand(_ operands: [String]) -> [Input] {
        var inputs: [Input] = []
        for operand in operands {
            if operand == "-" {
                inputs.append(.file(path: "-", handle: FileHandle.standardInput))
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: operand, isDirectory: &isDirectory) else {
                inputs.append(.missing(path: operand, reason: "no such file or folder"))
                continue
            }
            let paths: [String]
            if isDirectory.boolValue {
                let enumerator = FileManager.default.enumerator(atPath: operand)
                var found: [String] = []
                while let relative = enumerator?.nextObject() as? String {
                    let name = (relative as NSString).lastPathComponent
                    guard !name.hasPrefix("."), extensions.contains((name as NSString).pathExtension.lowercased()) else { continue }
                    found.append((operand as NSString).appendingPathComponent(relative))
                }
                paths = found.sorted()
            } else {
                paths = [operand]
            }
            for path in paths {
                var isFolder: ObjCBool = false
                if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue { continue }
                if let handle = FileHandle(forReadingAtPath: path) {
                    inputs.append(.file(path: path, handle: handle))
                } else {
                    inputs.append(.missing(path: path, reason: "cannot open for reading (permissions?)"))
                }
            }
        }
        return inputs
    }
}

/// A progress line on standard error, only when it is a terminal.
final class Progress {
    private let enabled: Bool
    private var lastShown = 0

    init(enabled: Bool) { self.enabled = enabled }

    func tick(documents: Int) {
        guard enabled, documents - lastShown >= 10_000 else { return }
        lastShown = documents
        Console.error("\r\(documents) documents…")
    }

    func finish() {
        if enabled, lastShown > 0 { Console.error("\r\u{1B}[K") }
    }
}
