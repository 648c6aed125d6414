import StreamContracts
import StreamEvents
import StreamJSON

/// The recipes behind a fixtures folder: which file holds which kind, seed and options.
///
/// `Fixtures/fixtures.json` is one; `stream-fixtures snapshot` regenerates every file it names and
/// `snapshot --check` fails CI when a file no longer matches its recipe. The manifest is JSON:
///
/// ```json
/// {
///   "fixtures": [
///     { "path": "kinesis-event/small.json", "kind": "kinesis-event", "seed": 1, "records": 3,
///       "summary": "three JSON records from one shard" },
///     { "path": "dynamodb-event/keys-only.json", "kind": "dynamodb-event", "seed": "keys", "viewType": "KEYS_ONLY" }
///   ]
/// }
/// ```
///
/// Each entry names a `path` (relative to the manifest's folder), a `kind`, and optionally `seed` (a number
/// or a text), `count`, the kind's options (`records`, `shards`, `viewType`, `region`, `windowSeconds`,
/// `aggregationShare`, `ttlShare`, `timestampStyle`, `payload`, `destination`, `condition`, and `dataSchema` /
/// `itemSchema`: a JSON Schema file, relative to the working directory, that record data or table items are
/// generated from), `format` (`json`, the default, or `jsonl`),
/// `pretty` (default `true` for `json`) and a `summary`. Unknown members, and options the kind does not use,
/// are errors, so a typo cannot silently change a fixture. A second array, `captured`, lists fixtures extracted
/// from captures (``CapturedFixtureEntry``). Values are checked against the limits of the kind's
/// options type (``KinesisOptions/shardsRange`` for a `kinesis-event`'s `shards`, …) through
/// ``FixtureCatalog/validate(_:)``; an error names the member's `line:column` and JSON Pointer.
package struct FixtureManifest: Sendable, Hashable {
    /// One generated file.
    package struct Fixture: Sendable, Hashable {
        /// Where the file lives, relative to the manifest's folder, with `/` separators.
        package var path: String
        /// What generates it.
        package var recipe: FixtureRecipe
        /// How its documents are laid out.
        package var layout: FixtureLayout
        /// What the fixture is for, in a few words.
        package var summary: String?

        /// Creates an entry.
        package init(
            path: String, recipe: FixtureRecipe, layout: FixtureLayout = .json(pretty: true), summary: String? = nil
        ) {
            self.path = path
            self.recipe = recipe
            self.layout = layout
            self.summary = summary
        }

        /// The file's bytes, generated from the recipe.
        ///
        /// - Throws: ``FixtureRecipeError`` when the recipe cannot be generated.
        package func generate() throws -> [UInt8] {
            layout.bytes(of: try FixtureCatalog.generate(recipe))
        }
    }

    /// The entries, in manifest order.
    package var fixtures: [Fixture]

    /// The fixtures extracted from captures (`stream-fixtures extract --manifest`), in manifest order.
    package var captured: [CapturedFixtureEntry]

    /// Creates a manifest from entries.
    package init(fixtures: [Fixture], captured: [CapturedFixtureEntry] = []) {
        self.fixtures = fixtures
        self.captured = captured
    }

    /// Where the CLI looks for the manifest by default, relative to the working directory.
    package static let defaultPath = "Fixtures/fixtures.json"

    /// Reads a manifest.
    ///
    /// - Parameter bytes: The manifest's JSON.
    /// - Throws: ``FixtureManifestError`` with the `line:column` and JSON Pointer of the first problem: a
    ///   syntax error, a missing or mistyped member, an unknown member, an option the kind does not use, an
    ///   unsafe or repeated path, or a value out of range.
    package init(parsing bytes: [UInt8]) throws(FixtureManifestError) {
        let document: JSONDocument
        do {
            document = try JSONDocument(parsing: bytes)
        } catch {
            throw FixtureManifestError(
                "\(error.line):\(error.column): the manifest is not JSON: \(error.message)")
        }
        let root = document.root
        guard root.kind == .object else { throw FixtureManifestError(at: root, "expected an object with \"fixtures\"") }
        for (name, _) in root.members where !["fixtures", "captured", "$comment"].contains(name.stringValue ?? "") {
            throw FixtureManifestError(
                at: name, "unknown member \"\(name.stringValue ?? "")\"; expected \"fixtures\" or \"captured\"")
        }
        guard root["fixtures"] != nil || root["captured"] != nil else {
            throw FixtureManifestError(at: root, "expected \"fixtures\": an array of fixture entries")
        }
        if let list = root["fixtures"], list.kind != .array {
            throw FixtureManifestError(at: list, "expected \"fixtures\": an array of fixture entries")
        }
        if let list = root["captured"], list.kind != .array {
            throw FixtureManifestError(at: list, "expected \"captured\": an array of captured fixture entries")
        }
        var fixtures: [Fixture] = []
        var paths: [String: TextLocation] = [:]
        for element in root["fixtures"]?.elements ?? [] {
            let fixture = try Self.fixture(element)
            if let first = paths[fixture.path] {
                throw FixtureManifestError(
                    at: element,
                    "path \"\(fixture.path)\" is already generated by the entry at \(first.line):\(first.column)")
            }
            paths[fixture.path] = element.location
            fixtures.append(fixture)
        }
        var captured: [CapturedFixtureEntry] = []
        for element in root["captured"]?.elements ?? [] {
            let entry = try CapturedFixtureEntry.parse(element)
            if let first = paths[entry.path] {
                throw FixtureManifestError(
                    at: element,
                    "path \"\(entry.path)\" is already named by the entry at \(first.line):\(first.column)")
            }
            paths[entry.path] = element.location
            captured.append(entry)
        }
        self.fixtures = fixtures
        self.captured = captured
    }

    static let members: Set<String> = [
        "path", "kind", "seed", "count", "records", "shards", "viewType", "region", "windowSeconds",
        "aggregationShare", "ttlShare", "timestampStyle", "payload", "destination", "condition", "format", "pretty",
        "summary", "dataSchema", "itemSchema",
    ]

    static func fixture(_ element: JSONElement) throws(FixtureManifestError) -> Fixture {
        guard element.kind == .object else {
            throw FixtureManifestError(at: element, "expected a fixture entry object")
        }
        for (name, _) in element.members where !members.contains(name.stringValue ?? "") {
            throw FixtureManifestError(
                at: name,
                "unknown member \"\(name.stringValue ?? "")\"; expected one of \(members.sorted().joined(separator: ", "))"
            )
        }
        let path = try string(element, "path", required: true) ?? ""
        try checkPath(path, at: element["path"] ?? element)
        let kind = PayloadKind(rawValue: try string(element, "kind", required: true) ?? "")
        guard let entry = FixtureCatalog.entry(kind) else {
            throw FixtureManifestError(
                at: element["kind"] ?? element,
                "unknown kind \"\(kind)\"; known kinds: \(FixtureCatalog.kinds.map(\.rawValue).joined(separator: ", "))"
            )
        }
        for option in FixtureRecipe.Option.allCases.sorted(by: { $0.rawValue < $1.rawValue })
        where element[option.rawValue] != nil {
            guard entry.options.contains(option) else {
                throw FixtureManifestError(
                    at: element[option.rawValue] ?? element,
                    "kind \"\(kind)\" does not use \"\(option.rawValue)\"; it uses seed, count"
                        + entry.options.map { ", " + $0.rawValue }.joined())
            }
        }
        var recipe = FixtureRecipe(kind: kind)
        if let seed = element["seed"] {
            if let text = seed.stringValue {
                recipe.seed = Seed(text)
            } else if let number = seed.numberValue?.uint64Value {
                recipe.seed = Seed(number)
            } else {
                throw FixtureManifestError(at: seed, "expected a seed: a whole number from 0 to 2^64-1, or a text")
            }
        }
        recipe.count = try integer(element, "count") ?? 1
        recipe.records = try integer(element, "records")
        recipe.shards = try integer(element, "shards")
        recipe.windowSeconds = try integer(element, "windowSeconds")
        recipe.region = try string(element, "region").map { AWSRegion($0) }
        if let viewType = try choice(
            element, "viewType", from: ["KEYS_ONLY", "NEW_IMAGE", "OLD_IMAGE", "NEW_AND_OLD_IMAGES"])
        {
            recipe.viewType = StreamViewType(rawValue: viewType)
        }
        recipe.timestampStyle = try choice(element, "timestampStyle", from: APITimestampStyle.allCases.map(\.rawValue))
            .flatMap(APITimestampStyle.init(rawValue:))
        recipe.payload = try choice(element, "payload", from: KinesisPayloadStyle.allCases.map(\.rawValue))
            .flatMap(KinesisPayloadStyle.init(rawValue:))
        recipe.destination = try choice(element, "destination", from: OnFailureDestination.allCases.map(\.rawValue))
            .flatMap(OnFailureDestination.init(rawValue:))
        recipe.condition = try string(element, "condition").map(OnFailureCondition.init(rawValue:))
        recipe.dataSchema = try string(element, "dataSchema")
        recipe.itemSchema = try string(element, "itemSchema")
        recipe.aggregationShare = try share(element, "aggregationShare")
        recipe.ttlShare = try share(element, "ttlShare")
        do throws(FixtureRecipeError) {
            try FixtureCatalog.validate(recipe)
        } catch {
            let member = error.member.flatMap { element[$0] }
            throw FixtureManifestError(at: member ?? element, error.description)
        }

        let format = try choice(element, "format", from: ["json", "jsonl"]) ?? "json"
        var pretty = true
        if let flag = element["pretty"] {
            guard let value = flag.boolValue else { throw FixtureManifestError(at: flag, "expected true or false") }
            guard format == "json" else {
                throw FixtureManifestError(at: flag, "\"pretty\" applies to the json format only")
            }
            pretty = value
        }
        return Fixture(
            path: path, recipe: recipe, layout: format == "jsonl" ? .jsonLines : .json(pretty: pretty),
            summary: try string(element, "summary"))
    }

    /// A relative path that stays inside the fixtures folder.
    static func checkPath(_ path: String, at element: JSONElement) throws(FixtureManifestError) {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        let safe =
            !path.isEmpty && !path.hasPrefix("/") && !path.contains("\\")
            && parts.allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
        guard safe else {
            throw FixtureManifestError(
                at: element,
                "path \"\(path)\" must be relative to the manifest's folder, with no empty, '.' or '..' parts")
        }
        guard path.hasSuffix(".json") || path.hasSuffix(".jsonl") else {
            throw FixtureManifestError(at: element, "path \"\(path)\" must end in .json or .jsonl")
        }
    }

    static func string(_ object: JSONElement, _ name: String, required: Bool = false) throws(FixtureManifestError)
        -> String?
    {
        guard let element = object[name] else {
            if required { throw FixtureManifestError(at: object, "missing \"\(name)\"") }
            return nil
        }
        guard let text = element.stringValue else {
            throw FixtureManifestError(at: element, "\"\(name)\" must be a string")
        }
        return text
    }

    static func choice(_ object: JSONElement, _ name: String, from choices: [String]) throws(FixtureManifestError)
        -> String?
    {
        guard let text = try string(object, name) else { return nil }
        guard choices.contains(text) else {
            throw FixtureManifestError(
                at: object[name] ?? object,
                "\"\(name)\" must be one of \(choices.joined(separator: ", ")); found \"\(text)\"")
        }
        return text
    }

    /// A whole number; its limits are the kind's options' (checked by ``FixtureCatalog/validate(_:)``).
    static func integer(_ object: JSONElement, _ name: String) throws(FixtureManifestError) -> Int? {
        guard let element = object[name] else { return nil }
        guard let number = element.numberValue?.int64Value, let value = Int(exactly: number) else {
            throw FixtureManifestError(at: element, "\"\(name)\" must be a whole number")
        }
        return value
    }

    /// A number; its limits are the kind's options' (checked by ``FixtureCatalog/validate(_:)``).
    static func share(_ object: JSONElement, _ name: String) throws(FixtureManifestError) -> Double? {
        guard let element = object[name] else { return nil }
        guard let value = element.numberValue?.doubleValue else {
            throw FixtureManifestError(at: element, "\"\(name)\" must be a number")
        }
        return value
    }
}

/// Why a fixture manifest cannot be read: what is wrong and where.
package struct FixtureManifestError: Error, Sendable, Hashable, CustomStringConvertible {
    /// `line:column: ` of the offending value (when known), the JSON Pointer, and what was expected.
    package var message: String

    /// Creates an error.
    package init(_ message: String) { self.message = message }

    init(at element: JSONElement, _ what: String) {
        let location = element.location
        let pointer = element.pointer.description
        message = "\(location.line):\(location.column): \(pointer.isEmpty ? "(root)" : pointer): \(what)"
    }

    package var description: String { message }
}
