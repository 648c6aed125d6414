import Foundation
import StreamContracts
import StreamJSON
import StreamJSONSchema

/// `stream-fixtures validate`: finds every document in the inputs and reports where each departs
/// from the contract (or from `--schema`).
enum ValidateCommand {
    static let usage = """
        USAGE: stream-fixtures validate [options] PATH... | -

        Finds every JSON document in the inputs, whatever the container — a JSON file, JSON Lines,
        a CloudWatch Logs text export (Node, Python, Jets), `aws logs filter-log-events` output,
        Lambda JSON logs, a CloudWatch Logs subscription payload — detects its kind and checks it
        against the contract (Schemas/ plus semantic rules). JSON that is not a payload and does not
        look like one (application log lines, metrics, telemetry) is counted as 'other', never an error.
        Folders are read recursively: every regular file, hidden ones too and symbolic links to files,
        whatever its name; its content decides how it is read, and a file with nothing readable in it
        (binary, image) is listed as skipped with the reason. '-' reads standard input.

        Options:
          --schema FILE        Check every JSON value against this JSON Schema (draft 2020-12) only.
          --kind KIND          Validate every document as KIND (see 'stream-fixtures schema --list').
          --data-schema FILE   Also check each Kinesis record's decoded data and each DynamoDB image.
          --format FORMAT      text (default), json, junit, github, jsonl (a line per document, then a
                               summary line; 'stream-fixtures report merge' joins the reports of parts) or
                               html (one self-contained page: summary, charts, filterable findings).
          --color WHEN         Colour the text report: auto (default: on a terminal, unless NO_COLOR is
                               set), always or never. Other formats are never coloured.
          --quiet              No progress line on standard error (it is drawn only on a terminal, never
                               when CI is set, and never on standard output).
          --max-per-rule N     HTML: list at most N documents per rule (default 200); the page says how
                               many it left out. The summary counts every document.
          --strict             Treat warnings as errors (a skipped file too).
          --list-other         List the other JSON values (not payloads), which are otherwise only counted.
          --max-record-bytes N Error threshold for one Kinesis record (default 1048576 = 1 MiB).
          --large-record-streams  The streams allow 10 MiB records (no warning between 1 and 10 MiB).
          --jobs N             Check on N threads (default: the active processors; 1 for one). Files, and
                               batches of one file's documents, are checked in parallel; the report is the
                               same byte for byte whatever N.
          --response FILE --event FILE
                               Check a partial batch response against the event it answers: every
                               itemIdentifier must be a sequence number of that batch. A Firehose
                               transformation response must answer every record of its event, by recordId.
          --format-assertion   With --schema: make 'format' an assertion, not an annotation.
          --help               Print this help.

        Exit status: 0 no errors, 1 errors found, 64 usage error, 65 nothing readable (no payload
        document found, or none of them readable).

        """

    static func run(_ arguments: [String]) throws(UsageError) -> Int32 {
        let args = try Arguments(
            arguments,
            options: [
                "--schema", "--kind", "--data-schema", "--format", "--response", "--event", "--max-record-bytes",
                "--jobs", "--color", "--max-per-rule",
            ],
            flags: ["--strict", "--help", "--format-assertion", "--large-record-streams", "--list-other", "--quiet"])
        if args.has("--help") {
            Console.out(usage)
            return Console.ok
        }
        let format = try args.choice("--format", default: ReportFormat.text, from: ReportFormat.allCases)
        let colors = Console.stdoutColors(
            try args.choice("--color", default: .auto, from: ColorChoice.allCases), format: format)
        let perRule = try args.integer("--max-per-rule", default: ReportWriter.defaultDocumentsPerRule, in: 0...Int.max)
        if args.value("--response") != nil || args.value("--event") != nil {
            return try runBatchResponse(args, format: format, colors: colors)
        }
        guard !args.operands.isEmpty else {
            throw UsageError("validate needs at least one PATH, or '-' for standard input")
        }

        let strict = args.has("--strict")
        // Documents are checked in batches (about 256 KiB of input): a batch's KPL aggregates are hashed together
        // (`ContractValidator.validate(_:)` of an array), the report is the same.
        var check: @Sendable ([CapturedDocument]) -> [DocumentReport]
        // Whether a document is worth holding back for a batch (`--jobs 1`): only Kinesis events gain from one.
        var gainsFromBatch: (CapturedDocument) -> Bool = { _ in false }
        let reading: CaptureReaderOptions
        if let schemaPath = args.value("--schema") {
            let schema = try loadSchema(schemaPath, formatAssertion: args.has("--format-assertion"))
            check = { batch in batch.map { SchemaOnlyCheck(schema: schema, strict: strict).report($0) } }
            reading = CaptureReaderOptions(everyValueIsDocument: true)
        } else {
            var options = try contractOptions(args)
            if let kind = args.value("--kind") { options.kind = PayloadKind(rawValue: kind) }
            if let path = args.value("--data-schema") {
                options.dataSchema = try loadSchema(path, formatAssertion: false)
            }
            let validator: ContractValidator
            do {
                validator = try ContractValidator(options: options)
            } catch {
                Console.error("error: the embedded contract schemas do not compile: \(error)\n")
                return Console.unreadable
            }
            if let kind = options.kind, !validator.kinds.contains(kind) {
                throw UsageError(
                    "unknown kind '\(kind.rawValue)'; known kinds: \(validator.kinds.map(\.rawValue).joined(separator: ", "))"
                )
            }
            check = { batch in validator.validate(batch) }
            gainsFromBatch = validator.gainsFromBatch
            reading = validator.options.capture
        }

        // Every verdict goes straight to the writer, which keeps counts only: memory does not grow with the number
        // of documents or findings, whatever the format.
        var writer = ReportWriter(
            format: format, colors: colors, listsOther: args.has("--list-other"), write: Console.out)
        writer.inputs = args.operands.joined(separator: ", ")
        writer.documentsPerRule = perRule
        if format == .html {
            // The page shows each finding in its document's text, which only the reader has: the excerpts are cut
            // where the document is checked (on the workers), and leave with its report.
            let verdict = check
            check = { batch in
                zip(batch, verdict(batch)).map { captured, report in report.withExcerpts(from: captured) }
            }
        }
        let inputs = InputFiles.expand(args.operands)
        let jobs = try args.integer("--jobs", default: ProcessInfo.processInfo.activeProcessorCount, in: 1...4096)
        let environment = ProcessInfo.processInfo.environment
        let progress: ProgressLine? =
            ProgressLine.isWanted(
                stderrIsTerminal: Console.stderrIsTerminal, quiet: args.has("--quiet"), environment: environment)
            ? ProgressLine(totalFiles: inputs.count, totalBytes: InputFiles.totalBytes(inputs), write: Console.error)
            : nil
        if jobs == 1 {
            // About 256 KiB of documents at a time, checked together, from the first Kinesis event on; a verdict the
            // reader made itself (an unreadable file) ends the batch, so every report keeps its place.
            var batch: [CapturedDocument] = []
            var weight = 0
            func flush() {
                guard !batch.isEmpty else { return }
                for report in check(batch) {
                    writer.add(report)
                    progress?.add(report)
                }
                batch.removeAll(keepingCapacity: true)
                weight = 0
            }
            for input in inputs {
                read(input, options: reading, strict: strict, progress: progress) { item, itemWeight in
                    switch item {
                    case .input(let captured) where batch.isEmpty && !gainsFromBatch(captured):
                        // Checked at once, while its text is in cache: holding it back would gain nothing.
                        for report in check([captured]) {
                            writer.add(report)
                            progress?.add(report)
                        }
                    case .input(let captured):
                        batch.append(captured)
                        weight += itemWeight
                        if weight >= Self.batchWeight || batch.count >= Self.batchCount { flush() }
                    case .output(let report):
                        flush()
                        writer.add(report)
                        progress?.add(report)
                    }
                }
            }
            flush()
        } else {
            // Files, and batches of one file's documents, are checked on `jobs` threads; the reports come back in
            // the order above, so the output is byte for byte what `--jobs 1` prints.
            OrderedParallelMap<CapturedDocument, DocumentReport>(jobs: jobs).run(
                sources: inputs.count,
                read: { index, emit in read(inputs[index], options: reading, strict: strict, progress: progress, emit)
                },
                transform: check,
                deliver: { report in
                    writer.add(report)
                    progress?.add(report)
                })
        }
        progress?.finish()
        let summary = writer.finish()
        if summary.documents == 0 {
            var message = "no JSON documents found in the input"
            if summary.other > 0 { message += " (\(summary.other) other JSON values, not payloads)" }
            Console.error(message + "\n")
        }
        return summary.exitCode
    }

    /// `--jobs 1` checks the documents of this many input bytes together, as `--jobs N` does.
    static let batchWeight = OrderedParallelMap<CapturedDocument, DocumentReport>.defaultBatchWeight

    /// `--jobs 1` checks at most this many documents together, as `--jobs N` does.
    static let batchCount = OrderedParallelMap<CapturedDocument, DocumentReport>.defaultBatchCount

    /// Reads one input and hands each captured document (or the verdict on an input that cannot be read) to
    /// `emit`, in order, with its weight in input bytes; `progress` counts the bytes and the file read.
    static func read(
        _ input: InputFiles.Input, options: CaptureReaderOptions, strict: Bool, progress: ProgressLine? = nil,
        _ emit: (OrderedParallelMap<CapturedDocument, DocumentReport>.Item, Int) -> Void
    ) {
        defer { progress?.readFile() }
        let start = TextLocation(offset: 0, line: 1, column: 1)
        let path: String
        let handle: FileHandle
        switch input {
        case .missing(let missing, let reason):
            emit(
                .output(
                    DocumentReport(
                        source: missing, location: start, kind: nil,
                        diagnostics: [Diagnostic(rule: "input.unreadable", severity: .error, message: reason)],
                        isUnreadable: true)), 0)
            return
        case .skipped(let skippedPath, let skip):
            emit(.output(.skipped(skip, source: skippedPath, location: start, strict: strict)), 0)
            return
        case .standardInput:
            (path, handle) = ("-", FileHandle.standardInput)
        case .file(let filePath):
            guard let opened = FileHandle(forReadingAtPath: filePath) else {
                emit(
                    .output(
                        DocumentReport(
                            source: filePath, location: start, kind: nil,
                            diagnostics: [
                                Diagnostic(
                                    rule: "input.unreadable", severity: .error,
                                    message: "cannot open for reading (permissions?)")
                            ],
                            isUnreadable: true)), 0)
                return
            }
            (path, handle) = (filePath, opened)
        }
        do {
            try CaptureReader.read(
                handle, source: path, options: options, bytesRead: { progress?.read(bytes: $0) },
                { captured in emit(.input(captured), captured.document?.bytes.count ?? 64) })
        } catch {
            emit(
                .output(
                    DocumentReport(
                        source: path, location: start, kind: nil,
                        diagnostics: [
                            Diagnostic(rule: "input.unreadable", severity: .error, message: "cannot read: \(error)")
                        ],
                        isUnreadable: true)), 0)
        }
        if path != "-" { try? handle.close() }
    }

    static func contractOptions(_ args: Arguments) throws(UsageError) -> ContractValidator.Options {
        var options = ContractValidator.Options(strict: args.has("--strict"))
        options.rules.allowsLargeRecordStreams = args.has("--large-record-streams")
        if args.value("--max-record-bytes") != nil {
            options.rules.maximumRecordBytes = try args.integer(
                "--max-record-bytes", default: 1_048_576, in: 1...10_485_760)
        }
        return options
    }

    /// `--response R --event E`: the response's contract plus its identifiers against the batch.
    static func runBatchResponse(_ args: Arguments, format: ReportFormat, colors: Bool) throws(UsageError) -> Int32 {
        guard let responsePath = args.value("--response"), let eventPath = args.value("--event") else {
            throw UsageError("--response and --event go together: --response RESPONSE.json --event EVENT.json")
        }
        guard args.operands.isEmpty else { throw UsageError("--response/--event take no other PATH") }
        func load(_ path: String) throws(UsageError) -> JSONDocument {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw UsageError("cannot read '\(path)'")
            }
            do { return try JSONDocument(parsing: data) } catch {
                throw UsageError("'\(path)' is not valid JSON: \(error)")
            }
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
        var writer = ReportWriter(format: format, colors: colors, write: Console.out)
        writer.add(
            DocumentReport(
                source: responsePath, location: TextLocation(offset: 0, line: 1, column: 1),
                kind: PayloadKind.detect(in: response)?.rawValue, diagnostics: diagnostics))
        return writer.finish().exitCode
    }

    static func loadSchema(_ path: String, formatAssertion: Bool) throws(UsageError) -> JSONSchema {
        do {
            return try UserSchemaFile.compile(at: path, formatAssertion: formatAssertion)
        } catch {
            throw UsageError(error.description)
        }
    }
}

/// `--schema` mode: every JSON value against one schema, rule ids `schema.<keyword>`; nothing is `other`.
struct SchemaOnlyCheck: Sendable {
    let schema: JSONSchema
    let strict: Bool

    func report(_ captured: CapturedDocument) -> DocumentReport {
        switch captured.content {
        case .unreadable(let problem):
            return DocumentReport(
                source: captured.source, location: captured.location, kind: nil,
                diagnostics: [
                    Diagnostic(
                        rule: "capture.\(problem.reason.rawValue)", severity: .error,
                        location: problem.location, message: problem.message)
                ],
                isUnreadable: true)
        case .skipped(let skip):
            return .skipped(skip, source: captured.source, location: captured.location, strict: strict)
        case .document(let document):
            var diagnostics = document.duplicateMemberNames.map { name in
                Diagnostic(
                    rule: "json.duplicate-member", severity: strict ? .error : .warning, pointer: name.pointer,
                    location: captured.sourceLocation(of: name.location),
                    message: "member \"\(name.stringValue ?? "")\" appears more than once in this object")
            }
            diagnostics += schema.validate(document).diagnostics.map { finding in
                var diagnostic = ContractValidator.diagnostic(from: finding)
                diagnostic.location = finding.sourceLocation.map(captured.sourceLocation(of:)) ?? captured.location
                return diagnostic
            }
            return DocumentReport(
                source: captured.source, location: captured.location, kind: nil, diagnostics: diagnostics)
        }
    }
}

/// The inputs named on the command line, folders expanded.
///
/// A folder is read whole: every regular file under it, hidden ones too, and symbolic links to files, whatever
/// the names (the reader sniffs each file's content). Entries that are not files (a FIFO, a socket, a link to a
/// folder, a broken link) are listed as skipped, never dropped; files are opened only when read.
enum InputFiles {
    enum Input: Sendable {
        case standardInput
        case file(path: String)
        case missing(path: String, reason: String)
        case skipped(path: String, skip: CaptureSkip)
    }

    /// The size of every input file in bytes, or `nil` when standard input is among them (its size is unknown).
    static func totalBytes(_ inputs: [Input]) -> Int? {
        var total = 0
        for input in inputs {
            switch input {
            case .standardInput: return nil
            case .file(let path):
                total += ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
            case .missing, .skipped: break
            }
        }
        return total
    }

    static func expand(_ operands: [String]) -> [Input] {
        var inputs: [Input] = []
        for operand in operands {
            if operand == "-" {
                inputs.append(.standardInput)
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: operand, isDirectory: &isDirectory) else {
                inputs.append(.missing(path: operand, reason: "no such file or folder"))
                continue
            }
            if isDirectory.boolValue {
                var found: [(path: String, input: Input)] = []
                walk(operand, into: &found)
                inputs += found.sorted { $0.path < $1.path }.map(\.input)
            } else {
                inputs.append(.file(path: operand))
            }
        }
        return inputs
    }

    /// Adds every entry under `folder` (recursively) as an input; links to folders are not followed (they may loop).
    private static func walk(_ folder: String, into found: inout [(path: String, input: Input)]) {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            found.append((folder, .missing(path: folder, reason: "cannot list the folder (permissions?)")))
            return
        }
        for name in names {
            let path = (folder as NSString).appendingPathComponent(name)
            switch entryType(path) {
            case .typeDirectory?:
                walk(path, into: &found)
            case .typeRegular?:
                found.append((path, .file(path: path)))
            case .typeSymbolicLink?:
                let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
                switch entryType(target) {
                case .typeRegular?:
                    found.append((path, .file(path: path)))
                case .typeDirectory?:
                    found.append(
                        (
                            path,
                            .skipped(
                                path: path,
                                skip: CaptureSkip(
                                    reason: "link to a folder",
                                    message:
                                        "links to folders are not followed (they may loop); name the folder to read it")
                            )
                        ))
                default:
                    found.append(
                        (
                            path,
                            .skipped(
                                path: path,
                                skip: CaptureSkip(
                                    reason: "broken symbolic link", message: "the link points to no file"))
                        ))
                }
            default:
                found.append(
                    (
                        path,
                        .skipped(
                            path: path,
                            skip: CaptureSkip(
                                reason: "not a regular file",
                                message: "a FIFO, socket or device is not read from a folder; name it to read it"))
                    ))
            }
        }
    }

    /// The type of the entry at `path` itself (a link is not followed), or `nil` when it cannot be examined.
    private static func entryType(_ path: String) -> FileAttributeType? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.type] as? FileAttributeType
    }
}
