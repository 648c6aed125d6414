package import StreamContracts
package import StreamJSON

/// A manifest entry for a fixture extracted from a capture (`stream-fixtures extract --manifest`): where the
/// document came from, how it was redacted, and the findings it must keep.
///
/// ```json
/// {"path": "captured/kinesis-event/cloudwatch-export-2.json", "source": "Fixtures/examples/cloudwatch-export.log",
///  "line": 2, "column": 68, "containers": ["node-text-log"], "kind": "kinesis-event",
///  "redaction": {"seed": "fixtures", "fields": ["email"], "keys": false}, "findings": []}
/// ```
///
/// `snapshot --check` re-extracts the document from `source` (relative to the working directory) when the capture is
/// there and compares the bytes, and always validates the stored fixture: its findings must be exactly `findings`
/// (a rule that was fixed, or a regression, both show). A production capture is usually not committed; then only
/// the findings are checked, and the command says so.
package struct CapturedFixtureEntry: Sendable, Hashable {
    /// Where the fixture lives, relative to the manifest's folder.
    package var path: String
    /// The capture it was extracted from, relative to the working directory.
    package var source: String
    /// Where the document starts in the capture (1-based).
    package var line: Int
    /// The column where it starts (1-based).
    package var column: Int
    /// The framing around it, outermost first.
    package var containers: [CaptureContainer]
    /// The kind it was validated as.
    package var kind: PayloadKind
    /// Whether `--kind` forced the kind (instead of detection).
    package var forcedKind: Bool
    /// The redaction applied, or `nil`.
    package var redactor: Redactor?
    /// The findings the fixture has, as `severity[rule] pointer`.
    package var findings: [String]

    /// Creates an entry.
    package init(
        path: String, source: String, line: Int, column: Int, containers: [CaptureContainer], kind: PayloadKind,
        forcedKind: Bool = false, redactor: Redactor?, findings: [String]
    ) {
        self.path = path
        self.source = source
        self.line = line
        self.column = column
        self.containers = containers
        self.kind = kind
        self.forcedKind = forcedKind
        self.redactor = redactor
        self.findings = findings
    }

    static let members: Set<String> = [
        "path", "source", "line", "column", "containers", "kind", "forcedKind", "redaction", "findings", "summary",
    ]

    /// The entry as one compact JSON line of the manifest.
    package var json: JSONValue {
        var members: [JSONObject.Member] = [
            .init(key: "path", value: .string(path)), .init(key: "source", value: .string(source)),
            .init(key: "line", value: .number(JSONNumber(line))),
            .init(key: "column", value: .number(JSONNumber(column))),
            .init(key: "containers", value: .array(containers.map { .string($0.rawValue) })),
            .init(key: "kind", value: .string(kind.rawValue)),
        ]
        if forcedKind { members.append(.init(key: "forcedKind", value: .bool(true))) }
        if let redactor {
            let seed: JSONValue = redactor.seed.text.map(JSONValue.string) ?? .number(JSONNumber(redactor.seed.value))
            members.append(
                .init(
                    key: "redaction",
                    value: .object(
                        JSONObject([
                            .init(key: "seed", value: seed),
                            .init(key: "fields", value: .array(redactor.fields.map(JSONValue.string))),
                            .init(key: "keys", value: .bool(redactor.redactsKeys)),
                        ]))))
        }
        members.append(.init(key: "findings", value: .array(findings.map(JSONValue.string))))
        return .object(JSONObject(members))
    }

    /// Reads an entry of the manifest's `captured` array.
    static func parse(_ element: JSONElement) throws(FixtureManifestError) -> CapturedFixtureEntry {
        guard element.kind == .object else {
            throw FixtureManifestError(at: element, "expected a captured fixture entry")
        }
        for (name, _) in element.members where !members.contains(name.stringValue ?? "") {
            throw FixtureManifestError(
                at: name,
                "unknown member \"\(name.stringValue ?? "")\"; expected one of \(members.sorted().joined(separator: ", "))"
            )
        }
        let path = try FixtureManifest.string(element, "path", required: true) ?? ""
        try FixtureManifest.checkPath(path, at: element["path"] ?? element)
        let source = try FixtureManifest.string(element, "source", required: true) ?? ""
        guard let line = try FixtureManifest.integer(element, "line"), line >= 1,
            let column = try FixtureManifest.integer(element, "column"), column >= 1
        else { throw FixtureManifestError(at: element, "expected \"line\" and \"column\": whole numbers from 1") }
        var containers: [CaptureContainer] = []
        for item in element["containers"]?.elements ?? [] {
            guard let container = item.stringValue.flatMap(CaptureContainer.init(rawValue:)) else {
                throw FixtureManifestError(at: item, "not a capture container name")
            }
            containers.append(container)
        }
        let kind = PayloadKind(rawValue: try FixtureManifest.string(element, "kind", required: true) ?? "")
        var forcedKind = false
        if let flag = element["forcedKind"] {
            guard let value = flag.boolValue else { throw FixtureManifestError(at: flag, "expected true or false") }
            forcedKind = value
        }
        var redactor: Redactor?
        if let redaction = element["redaction"] {
            guard redaction.kind == .object else { throw FixtureManifestError(at: redaction, "expected an object") }
            var seed = Seed(0)
            if let value = redaction["seed"] {
                if let text = value.stringValue {
                    seed = Seed(text)
                } else if let number = value.numberValue?.uint64Value {
                    seed = Seed(number)
                } else {
                    throw FixtureManifestError(at: value, "expected a seed: a whole number or a text")
                }
            }
            var fields: [String] = []
            for item in redaction["fields"]?.elements ?? [] {
                guard let field = item.stringValue else { throw FixtureManifestError(at: item, "expected a string") }
                fields.append(field)
            }
            let keys = redaction["keys"]?.boolValue ?? false
            do {
                redactor = try Redactor(seed: seed, fields: fields, redactsKeys: keys)
            } catch {
                throw FixtureManifestError(at: redaction, error.description)
            }
        }
        var findings: [String] = []
        for item in element["findings"]?.elements ?? [] {
            guard let finding = item.stringValue else { throw FixtureManifestError(at: item, "expected a string") }
            findings.append(finding)
        }
        return CapturedFixtureEntry(
            path: path, source: source, line: line, column: column, containers: containers, kind: kind,
            forcedKind: forcedKind, redactor: redactor, findings: findings)
    }
}
