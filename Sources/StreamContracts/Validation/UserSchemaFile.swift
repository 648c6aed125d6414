import Foundation
import StreamJSON
package import StreamJSONSchema

/// A JSON Schema file the user names (`validate --schema`, `--data-schema`, a fixture recipe's `dataSchema` or
/// `itemSchema`), read and compiled one way everywhere.
///
/// The file's `file:` URL is its base URI. A `$ref` that resolves to another local file (`"item.schema.json"`,
/// `"../common/defs.json#/$defs/id"`) loads that file too, and the files it refers to in turn, so a schema split
/// into several files works as it does in other validators. The contract's schemas are in the registry, so a
/// `$ref` to `https://streamfixtures.dev/schemas/v1/…` resolves as well. Nothing is fetched from the network.
package enum UserSchemaFile {
    /// Why a schema file cannot be used; ``description`` names the file and the cause.
    package enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
        /// The file does not exist or cannot be read.
        case unreadable(path: String)
        /// The file (or a file it refers to) is not JSON; `reason` is the parser's message with its location.
        case notJSON(path: String, reason: String)
        /// The files are JSON but not a schema this engine compiles; `reason` says why.
        case doesNotCompile(path: String, reason: String)

        /// One sentence for the user.
        package var description: String {
            switch self {
            case .unreadable(let path): "cannot read the schema file '\(path)'"
            case .notJSON(let path, let reason): "the schema file '\(path)' is not valid JSON: \(reason)"
            case .doesNotCompile(let path, let reason): "the schema file '\(path)' does not compile: \(reason)"
            }
        }
    }

    /// How many files one schema may load through `$ref`s, so that a runaway chain ends in an error.
    static let fileLimit = 1_000

    /// Reads and compiles the schema at `path`, with the local files its `$ref`s lead to.
    ///
    /// - Parameters:
    ///   - path: The file, absolute or relative to the current directory.
    ///   - formatAssertion: Whether `format` fails values that do not match (it only annotates by default).
    /// - Throws: ``Failure`` when a file cannot be read, is not JSON or does not compile.
    package static func compile(at path: String, formatAssertion: Bool = false) throws(Failure) -> JSONSchema {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        let document = try parse(url, shownAs: path)
        var registry: SchemaRegistry
        do {
            registry = try ContractSchemas.registry()
            try registerReferencedFiles(from: document.root.value, at: url, into: &registry)
        } catch let failure as Failure {
            throw failure
        } catch {
            throw .doesNotCompile(path: path, reason: "\(error)")
        }
        do {
            return try JSONSchema(
                compiling: document, baseURI: url.absoluteString, registry: registry,
                options: .init(formatAssertion: formatAssertion))
        } catch {
            throw .doesNotCompile(path: path, reason: "\(error)")
        }
    }

    /// Parses one file; `shownAs` is the path the user gave, or the file's own path for a referenced file.
    private static func parse(_ url: URL, shownAs path: String) throws(Failure) -> JSONDocument {
        guard let data = FileManager.default.contents(atPath: url.path) else { throw .unreadable(path: path) }
        do {
            return try JSONDocument(parsing: data)
        } catch {
            throw .notJSON(path: path, reason: error.description)
        }
    }

    /// Registers, at its `file:` URL, every existing local file a `$ref` or `$dynamicRef` of `schema` leads to, and
    /// the files those lead to. References elsewhere (`https:`, a fragment of the same file, a file that does not
    /// exist) are left to the compiler, which resolves them or reports them unresolved.
    private static func registerReferencedFiles(
        from schema: JSONValue, at url: URL, into registry: inout SchemaRegistry
    ) throws {
        var loaded: Set<String> = [url.absoluteString]
        var pending: [(JSONValue, URL)] = [(schema, url)]
        while let next = pending.popLast() {
            let (value, base) = next
            for target in referencedFiles(in: value, base: base) where !loaded.contains(target.absoluteString) {
                guard FileManager.default.fileExists(atPath: target.path) else { continue }
                guard loaded.count < fileLimit else {
                    throw Failure.doesNotCompile(
                        path: target.path, reason: "more than \(fileLimit) schema files are referenced")
                }
                loaded.insert(target.absoluteString)
                let document = try parse(target, shownAs: target.path)
                try registry.register(document, at: target.absoluteString)
                pending.append((document.root.value, target))
            }
        }
    }

    /// Keywords whose values are instances, not schemas: a `$ref` member inside them is data.
    private static let instanceKeywords: Set<String> = ["const", "enum", "default", "examples"]

    /// The `file:` URLs (without fragment) that the references in `value` resolve to, following `$id`s that move
    /// the base URI the way the compiler does.
    static func referencedFiles(in value: JSONValue, base: URL) -> [URL] {
        var found: [URL] = []
        var stack: [(JSONValue, URL)] = [(value, base)]
        while let next = stack.popLast() {
            let (value, base) = next
            switch value {
            case .array(let elements):
                for element in elements { stack.append((element, base)) }
            case .object(let object):
                var base = base
                if let id = object["$id"]?.stringValue, let moved = URL(string: id, relativeTo: base) {
                    base = moved.absoluteURL
                }
                for keyword in ["$ref", "$dynamicRef"] {
                    guard let reference = object[keyword]?.stringValue, !reference.hasPrefix("#"),
                        let target = URL(string: reference, relativeTo: base)?.absoluteURL, target.isFileURL,
                        var parts = URLComponents(url: target, resolvingAgainstBaseURL: false)
                    else { continue }
                    parts.fragment = nil
                    if let file = parts.url?.standardizedFileURL { found.append(file) }
                }
                for member in object.members where !instanceKeywords.contains(member.key) {
                    stack.append((member.value, base))
                }
            default:
                break
            }
        }
        return found
    }
}
