// Turns schema documents into a `SchemaProgram`: indexes resources and anchors, resolves references, compiles
// keywords, and checks for reference cycles that would never consume the instance.

import StreamJSON

/// One-shot compiler; `compile` is the entry point.
struct SchemaCompiler {
    /// A place in a schema document: document number and JSON Pointer text.
    struct Location: Hashable {
        var document: Int
        var pointer: String
    }

    /// A schema resource: a document root or a subschema with `$id`.
    struct Resource {
        var uri: URIReference
        var uriText: String
        var document: Int
        var tokens: [String]
        var vocabulary: SchemaVocabulary
        var dynamicAnchors: [(name: String, tokens: [String])] = []
    }

    private let registry: SchemaRegistry
    private let formatAssertion: Bool
    private var documents: [JSONValue] = []
    private var documentNames: [String] = []
    private var resources: [Resource] = []
    private var resourceByURI: [String: Int] = [:]
    private var anchors: [String: (document: Int, tokens: [String])] = [:]
    private var locationResources: [Location: Int] = [:]
    private var loadedURIs: Set<String> = []
    private var drafts: [SchemaNodeDraft] = []
    private var inPlaceEdges: [[Int32]] = []
    private var nodeByLocation: [Location: Int32] = [:]
    private var pending: [(index: Int32, document: Int, tokens: [String])] = []
    private var patterns: [SchemaPatternEngine] = []
    private var patternBySource: [String: Int32] = [:]
    private var dynamicNames: [String: Int32] = [:]

    /// Schema nesting below which the stack is not checked, and the most the compiler accepts.
    static let stackCheckDepth = 64
    static let maximumSchemaDepth = 10_000
    /// Most nesting accepted inside `const` and `enum` values.
    static let maximumLiteralDepth = 256
    private var stackFloor: UInt = 0

    /// The base URI used when the caller gives none.
    static let defaultBaseURI = "streamfixtures:///root.json"

    private init(registry: SchemaRegistry, formatAssertion: Bool) {
        self.registry = registry
        self.formatAssertion = formatAssertion
    }

    /// Compiles `root` (with base URI `baseURI`) and everything it references.
    static func compile(
        _ root: JSONValue, baseURI: String?, registry: SchemaRegistry, formatAssertion: Bool
    ) throws(SchemaCompileError) -> SchemaProgram {
        let base = URIReference(baseURI ?? defaultBaseURI)
        guard base.isAbsolute else {
            throw SchemaCompileError(
                reason: .invalidURI, documentURI: baseURI ?? "", pointer: .root,
                message: "expected an absolute base URI (with a scheme, e.g. https://example.com/s.json), "
                    + "found \"\(baseURI ?? "")\"")
        }
        var compiler = SchemaCompiler(registry: registry, formatAssertion: formatAssertion)
        let document = compiler.addDocument(root, name: base.withoutFragment.description)
        try compiler.index(document: document, uri: base.withoutFragment)
        let rootNode = compiler.nodeIndex(document: document, tokens: [])
        try compiler.compilePending()
        try compiler.checkCycles()
        return compiler.finish(root: rootNode)
    }

    // MARK: - Documents and resources

    private mutating func addDocument(_ value: JSONValue, name: String) -> Int {
        documents.append(value)
        documentNames.append(name)
        loadedURIs.insert(name)
        return documents.count - 1
    }

    private mutating func index(document: Int, uri: URIReference) throws(SchemaCompileError) {
        try walk(documents[document], document: document, tokens: [], parent: nil, base: uri)
    }

    /// Records resources, anchors and the resource of every subschema position, descending only into keywords
    /// that hold subschemas (an `$id` inside `enum` or an unknown keyword is not an identifier).
    private mutating func walk(
        _ value: JSONValue, document: Int, tokens: [String], parent: Int?, base: URIReference
    ) throws(SchemaCompileError) {
        if tokens.count > Self.stackCheckDepth {
            if stackFloor == 0 { stackFloor = StackLimit.floor(margin: 192 * 1024) ?? 1 }
            guard tokens.count <= Self.maximumSchemaDepth, StackLimit.currentAddress() > stackFloor else {
                throw error(
                    .invalidSchema, document, tokens,
                    "the schema is nested too deeply to compile (\(tokens.count) levels here)")
            }
        }
        var resource = parent
        let object = value.objectValue
        let id = object?["$id"]?.stringValue
        if id != nil || parent == nil {
            var uri = base
            if let id { uri = URIReference(id).resolved(against: parent.map { resources[$0].uri } ?? base) }
            uri = uri.withoutFragment
            var vocabulary = parent.map { resources[$0].vocabulary } ?? .standard
            if let meta = object?["$schema"]?.stringValue {
                vocabulary = try self.vocabulary(forMetaSchema: meta, document: document, tokens: tokens + ["$schema"])
            }
            resources.append(
                Resource(
                    uri: uri, uriText: uri.description, document: document, tokens: tokens, vocabulary: vocabulary))
            let index = resources.count - 1
            if resourceByURI[uri.description] == nil { resourceByURI[uri.description] = index }
            if parent == nil, resourceByURI[base.description] == nil { resourceByURI[base.description] = index }
            resource = index
        }
        guard let resource else { return }
        locationResources[Location(document: document, pointer: Self.pointerText(tokens))] = resource
        guard let object else { return }
        let resourceURI = resources[resource].uriText
        if let anchor = object["$anchor"]?.stringValue { anchors[resourceURI + "#" + anchor] = (document, tokens) }
        if let anchor = object["$dynamicAnchor"]?.stringValue {
            if anchors[resourceURI + "#" + anchor] == nil { anchors[resourceURI + "#" + anchor] = (document, tokens) }
            resources[resource].dynamicAnchors.append((anchor, tokens))
        }
        for member in object.members {
            guard let placement = Self.subschemaPlacement[member.key] else { continue }
            switch placement {
            case .single:
                try walk(member.value, document: document, tokens: tokens + [member.key], parent: resource, base: base)
            case .list:
                guard let elements = member.value.arrayValue else { continue }
                for (position, element) in elements.enumerated() {
                    try walk(
                        element, document: document, tokens: tokens + [member.key, String(position)],
                        parent: resource, base: base)
                }
            case .map:
                guard let members = member.value.objectValue else { continue }
                for child in members.members {
                    try walk(
                        child.value, document: document, tokens: tokens + [member.key, child.key],
                        parent: resource, base: base)
                }
            }
        }
    }

    /// How a keyword holds subschemas: one, an array of them, or an object of them.
    private enum SubschemaPlacement {
        case single, list, map
    }

    /// The keywords that hold subschemas, looked up once per member (instead of comparing its name with each).
    private static let subschemaPlacement: [String: SubschemaPlacement] = {
        var placement: [String: SubschemaPlacement] = [:]
        for keyword in [
            "items", "contains", "additionalProperties", "propertyNames", "if", "then", "else", "not",
            "unevaluatedItems", "unevaluatedProperties", "contentSchema", "additionalItems",
        ] {
            placement[keyword] = .single
        }
        for keyword in ["prefixItems", "allOf", "anyOf", "oneOf"] { placement[keyword] = .list }
        for keyword in ["$defs", "definitions", "properties", "patternProperties", "dependentSchemas", "dependencies"] {
            placement[keyword] = .map
        }
        return placement
    }()

    /// The vocabularies declared by the meta-schema at `uri`.
    private func vocabulary(
        forMetaSchema uri: String, document: Int, tokens: [String]
    ) throws(SchemaCompileError) -> SchemaVocabulary {
        let key = URIReference(uri).withoutFragment.description
        if key == MetaSchemas.schemaURI { return .standard }
        guard let meta = registry.schema(at: key), let declared = meta["$vocabulary"]?.objectValue else {
            return .standard
        }
        var vocabulary = SchemaVocabulary(
            applicator: false, unevaluated: false, validation: false, formatAssertion: false)
        for entry in declared.members {
            switch entry.key {
            case MetaSchemas.Vocabulary.applicator: vocabulary.applicator = true
            case MetaSchemas.Vocabulary.unevaluated: vocabulary.unevaluated = true
            case MetaSchemas.Vocabulary.validation: vocabulary.validation = true
            case MetaSchemas.Vocabulary.formatAssertion: vocabulary.formatAssertion = true
            case MetaSchemas.Vocabulary.core, MetaSchemas.Vocabulary.metaData, MetaSchemas.Vocabulary.content,
                MetaSchemas.Vocabulary.formatAnnotation:
                continue
            default:
                if entry.value.boolValue == true {
                    throw error(
                        .unsupportedVocabulary, document, tokens,
                        "the meta-schema \(key) requires the vocabulary \(entry.key), which this engine does not "
                            + "implement (only the draft 2020-12 vocabularies are supported)")
                }
            }
        }
        return vocabulary
    }

    /// The resource that `uri` (no fragment) names, loading it from the registry if needed.
    private mutating func resourceIndex(for uri: String) -> Int? {
        if let index = resourceByURI[uri] { return index }
        if !loadedURIs.contains(uri), let value = registry.schema(at: uri) {
            let document = addDocument(value, name: uri)
            do { try index(document: document, uri: URIReference(uri)) } catch { return nil }
            return resourceByURI[uri]
        }
        // The URI may be an `$id` declared inside a registered document under another name.
        for (name, value) in registry.documents.sorted(by: { $0.key < $1.key }) where !loadedURIs.contains(name) {
            let document = addDocument(value, name: name)
            do { try index(document: document, uri: URIReference(name)) } catch { continue }
        }
        return resourceByURI[uri]
    }

    /// The resource that the subschema at `tokens` belongs to (its nearest indexed ancestor's).
    private func resource(document: Int, tokens: [String]) -> Int {
        var length = tokens.count
        while length >= 0 {
            let key = Location(document: document, pointer: Self.pointerText(tokens[0..<length]))
            if let resource = locationResources[key] { return resource }
            length -= 1
        }
        return 0
    }

    // MARK: - References

    /// Resolves a `$ref`/`$dynamicRef` value found at `tokens` to the location of its target.
    private mutating func resolve(
        _ reference: String, resource: Int, document: Int, tokens: [String]
    ) throws(SchemaCompileError) -> (document: Int, tokens: [String], fragment: String) {
        let target = URIReference(reference).resolved(against: resources[resource].uri)
        let uri = target.withoutFragment.description
        guard let targetResource = resourceIndex(for: uri) else {
            throw error(
                .unresolvedReference, document, tokens,
                "cannot resolve \"\(reference)\": no schema document or $id is known at \(uri) "
                    + "(register it in the SchemaRegistry; the engine never fetches from the network)")
        }
        let fragment = URIReference.percentDecoded(target.fragment ?? "")
        let root = resources[targetResource]
        if fragment.isEmpty { return (root.document, root.tokens, fragment) }
        if fragment.hasPrefix("/") {
            guard let pointer = JSONPointer(fragment) else {
                throw error(
                    .unresolvedReference, document, tokens,
                    "cannot resolve \"\(reference)\": \"\(fragment)\" is not a valid JSON Pointer")
            }
            let targetTokens = root.tokens + pointer.tokens.map(\.name)
            guard Self.value(in: documents[root.document], at: targetTokens) != nil else {
                throw error(
                    .unresolvedReference, document, tokens,
                    "cannot resolve \"\(reference)\": nothing at \(fragment) in \(root.uriText)")
            }
            return (root.document, targetTokens, fragment)
        }
        guard let anchor = anchors[root.uriText + "#" + fragment] else {
            throw error(
                .unresolvedReference, document, tokens,
                "cannot resolve \"\(reference)\": \(root.uriText) has no $anchor or $dynamicAnchor named "
                    + "\"\(fragment)\"")
        }
        return (anchor.document, anchor.tokens, fragment)
    }

    // MARK: - Nodes

    private mutating func nodeIndex(document: Int, tokens: [String]) -> Int32 {
        let key = Location(document: document, pointer: Self.pointerText(tokens))
        if let existing = nodeByLocation[key] { return existing }
        let index = Int32(drafts.count)
        drafts.append(SchemaNodeDraft())
        inPlaceEdges.append([])
        nodeByLocation[key] = index
        pending.append((index, document, tokens))
        return index
    }

    private mutating func compilePending() throws(SchemaCompileError) {
        repeat {
            while let item = pending.popLast() {
                try compileNode(item.index, document: item.document, tokens: item.tokens)
            }
            // Every `$dynamicAnchor` a `$dynamicRef` may land on needs a node.
            guard !dynamicNames.isEmpty else { break }
            for resource in resources {
                for anchor in resource.dynamicAnchors where dynamicNames[anchor.name] != nil {
                    _ = nodeIndex(document: resource.document, tokens: anchor.tokens)
                }
            }
        } while !pending.isEmpty
    }

    private func finish(root: Int32) -> SchemaProgram {
        var dynamicAnchors: [[DynamicAnchor]] = Array(repeating: [], count: resources.count)
        if !dynamicNames.isEmpty {
            for (index, resource) in resources.enumerated() {
                for anchor in resource.dynamicAnchors {
                    guard let name = dynamicNames[anchor.name],
                        let node = nodeByLocation[
                            Location(document: resource.document, pointer: Self.pointerText(anchor.tokens))]
                    else { continue }
                    if !dynamicAnchors[index].contains(where: { $0.name == name }) {
                        dynamicAnchors[index].append(DynamicAnchor(name: name, node: node))
                    }
                }
            }
        }
        return SchemaProgram(
            nodes: drafts.map(SchemaNode.init), root: root, patterns: patterns, dynamicAnchors: dynamicAnchors,
            usesDynamicScope: !dynamicNames.isEmpty)
    }

    private mutating func compileNode(_ index: Int32, document: Int, tokens: [String]) throws(SchemaCompileError) {
        guard let value = Self.value(in: documents[document], at: tokens) else {
            throw error(.unresolvedReference, document, tokens, "no schema at this location")
        }
        let resource = resource(document: document, tokens: tokens)
        var draft = SchemaNodeDraft()
        draft.resource = Int32(resource)
        let relative =
            tokens.count >= resources[resource].tokens.count
            ? Array(tokens[resources[resource].tokens.count...]) : tokens
        draft.location = resources[resource].uriText + "#" + Self.pointerText(relative[...])
        switch value {
        case .bool(true):
            break
        case .bool(false):
            draft.isFalse = true
        case .object(let object):
            var context = KeywordContext(
                document: document, tokens: tokens, resource: resource, vocabulary: resources[resource].vocabulary,
                node: index)
            try compileKeywords(object, into: &draft, context: &context)
        default:
            throw error(
                .invalidSchema, document, tokens,
                "expected a schema (an object or a boolean), found \(Self.describe(value))")
        }
        drafts[Int(index)] = draft
    }

    private struct KeywordContext {
        var document: Int
        var tokens: [String]
        var resource: Int
        var vocabulary: SchemaVocabulary
        var node: Int32
    }

    private mutating func child(_ context: KeywordContext, _ path: String...) -> Int32 {
        nodeIndex(document: context.document, tokens: context.tokens + path)
    }

    private mutating func inPlaceChild(_ context: KeywordContext, _ path: String...) -> Int32 {
        let node = nodeIndex(document: context.document, tokens: context.tokens + path)
        inPlaceEdges[Int(context.node)].append(node)
        return node
    }

    private mutating func compileKeywords(
        _ object: JSONObject, into draft: inout SchemaNodeDraft, context: inout KeywordContext
    ) throws(SchemaCompileError) {
        let vocabulary = context.vocabulary
        // Core: references.
        if let value = object["$ref"] {
            guard let reference = value.stringValue else {
                throw badValue(context, "$ref", "a URI reference string", value)
            }
            let target = try resolve(
                reference, resource: context.resource, document: context.document, tokens: context.tokens + ["$ref"])
            let node = nodeIndex(document: target.document, tokens: target.tokens)
            inPlaceEdges[Int(context.node)].append(node)
            draft.applicators.append(.ref(node))
        }
        if let value = object["$dynamicRef"] {
            guard let reference = value.stringValue else {
                throw badValue(context, "$dynamicRef", "a URI reference string", value)
            }
            let target = try resolve(
                reference, resource: context.resource, document: context.document,
                tokens: context.tokens + ["$dynamicRef"])
            let node = nodeIndex(document: target.document, tokens: target.tokens)
            inPlaceEdges[Int(context.node)].append(node)
            var anchor: Int32 = -1
            let name = target.fragment
            if !name.isEmpty, !name.hasPrefix("/"),
                Self.value(in: documents[target.document], at: target.tokens)?["$dynamicAnchor"]?.stringValue == name
            {
                if let existing = dynamicNames[name] {
                    anchor = existing
                } else {
                    anchor = Int32(dynamicNames.count)
                    dynamicNames[name] = anchor
                }
            }
            draft.applicators.append(.dynamicRef(node, anchor: anchor))
        }
        if vocabulary.applicator { try compileApplicators(object, into: &draft, context: context) }
        if vocabulary.validation { try compileValidation(object, into: &draft, context: context) }
        if vocabulary.unevaluated {
            if let value = object["unevaluatedProperties"] {
                try requireSchema(value, context, "unevaluatedProperties")
                draft.unevaluatedProperties = child(context, "unevaluatedProperties")
            }
            if let value = object["unevaluatedItems"] {
                try requireSchema(value, context, "unevaluatedItems")
                draft.unevaluatedItems = child(context, "unevaluatedItems")
            }
        }
        draft.format = object["format"]?.stringValue
        if formatAssertion || vocabulary.formatAssertion, let value = object["format"] {
            guard let format = value.stringValue else { throw badValue(context, "format", "a string", value) }
            var string = draft.string ?? StringKeywords()
            string.assertedFormat = format
            draft.string = string
        }
    }

    private mutating func compileApplicators(
        _ object: JSONObject, into draft: inout SchemaNodeDraft, context: KeywordContext
    ) throws(SchemaCompileError) {
        for keyword in ["allOf", "anyOf", "oneOf"] {
            guard let value = object[keyword] else { continue }
            guard let elements = value.arrayValue, !elements.isEmpty else {
                throw badValue(context, keyword, "a non-empty array of schemas", value)
            }
            var children: [Int32] = []
            for position in elements.indices { children.append(inPlaceChild(context, keyword, String(position))) }
            switch keyword {
            case "allOf": draft.applicators.append(.allOf(children))
            case "anyOf": draft.applicators.append(.anyOf(children))
            default: draft.applicators.append(.oneOf(children))
            }
        }
        if let value = object["not"] {
            try requireSchema(value, context, "not")
            draft.applicators.append(.not(inPlaceChild(context, "not")))
        }
        if let value = object["if"] {
            try requireSchema(value, context, "if")
            let condition = inPlaceChild(context, "if")
            var then: Int32 = -1
            var otherwise: Int32 = -1
            if let value = object["then"] {
                try requireSchema(value, context, "then")
                then = inPlaceChild(context, "then")
            }
            if let value = object["else"] {
                try requireSchema(value, context, "else")
                otherwise = inPlaceChild(context, "else")
            }
            // Even without `then`/`else`, `if` contributes annotations for unevaluated* keywords.
            draft.applicators.append(.conditional(if: condition, then: then, else: otherwise))
        }
        try compileObjectApplicators(object, into: &draft, context: context)
        try compileArrayApplicators(object, into: &draft, context: context)
    }

    private mutating func compileObjectApplicators(
        _ object: JSONObject, into draft: inout SchemaNodeDraft, context: KeywordContext
    ) throws(SchemaCompileError) {
        var keywords = draft.object ?? ObjectKeywords()
        var used = false
        if let value = object["properties"] {
            guard let members = value.objectValue else {
                throw badValue(context, "properties", "an object of schemas", value)
            }
            for member in members.members {
                try requireSchema(member.value, context, "properties", member.key)
                let id = keywords.id(of: member.key)
                keywords.names[Int(id)].property = child(context, "properties", member.key)
            }
            used = true
        }
        if let value = object["patternProperties"] {
            guard let members = value.objectValue else {
                throw badValue(context, "patternProperties", "an object of schemas", value)
            }
            for member in members.members {
                try requireSchema(member.value, context, "patternProperties", member.key)
                let pattern = try compilePattern(member.key, context, "patternProperties", member.key)
                keywords.patternProperties.append(
                    .init(pattern: pattern, source: member.key, node: child(context, "patternProperties", member.key)))
            }
            used = true
        }
        if let value = object["additionalProperties"] {
            try requireSchema(value, context, "additionalProperties")
            keywords.additionalProperties = child(context, "additionalProperties")
            used = true
        }
        if let value = object["propertyNames"] {
            try requireSchema(value, context, "propertyNames")
            keywords.propertyNames = child(context, "propertyNames")
            used = true
        }
        if let value = object["dependentSchemas"] {
            guard let members = value.objectValue else {
                throw badValue(context, "dependentSchemas", "an object of schemas", value)
            }
            for member in members.members {
                try requireSchema(member.value, context, "dependentSchemas", member.key)
                let id = keywords.id(of: member.key)
                keywords.names[Int(id)].dependentSchema = inPlaceChild(context, "dependentSchemas", member.key)
                keywords.dependentSchemaTriggers.append(id)
            }
            used = true
        }
        // Draft 2019-09's `dependencies`, still widely written: arrays are dependentRequired, schemas dependentSchemas.
        if let members = object["dependencies"]?.objectValue {
            for member in members.members {
                let id = keywords.id(of: member.key)
                if let names = member.value.arrayValue {
                    for name in names {
                        guard let text = name.stringValue else {
                            throw badValue(context, "dependencies", "arrays of member names", member.value)
                        }
                        let dependency = keywords.id(of: text)
                        keywords.names[Int(id)].dependentRequired.append(dependency)
                    }
                    if !keywords.dependentRequiredTriggers.contains(id) {
                        keywords.dependentRequiredTriggers.append(id)
                    }
                } else {
                    try requireSchema(member.value, context, "dependencies", member.key)
                    keywords.names[Int(id)].dependentSchema = inPlaceChild(context, "dependencies", member.key)
                    keywords.dependentSchemaTriggers.append(id)
                }
            }
            used = true
        }
        if used { draft.object = keywords }
    }

    private mutating func compileArrayApplicators(
        _ object: JSONObject, into draft: inout SchemaNodeDraft, context: KeywordContext
    ) throws(SchemaCompileError) {
        var keywords = draft.array ?? ArrayKeywords()
        var used = false
        if let value = object["prefixItems"] {
            guard let elements = value.arrayValue, !elements.isEmpty else {
                throw badValue(context, "prefixItems", "a non-empty array of schemas", value)
            }
            keywords.prefixItems = elements.indices.map { child(context, "prefixItems", String($0)) }
            used = true
        }
        if let value = object["items"] {
            if let elements = value.arrayValue {
                // Draft 2019-09 and earlier: `items` as an array is prefixItems, `additionalItems` is items.
                if keywords.prefixItems.isEmpty {
                    keywords.prefixItems = elements.indices.map { child(context, "items", String($0)) }
                }
                if let additional = object["additionalItems"] {
                    try requireSchema(additional, context, "additionalItems")
                    keywords.items = child(context, "additionalItems")
                }
            } else {
                try requireSchema(value, context, "items")
                keywords.items = child(context, "items")
            }
            used = true
        }
        if let value = object["contains"] {
            try requireSchema(value, context, "contains")
            keywords.contains = child(context, "contains")
            used = true
        }
        if used { draft.array = keywords }
    }

    private mutating func compileValidation(
        _ object: JSONObject, into draft: inout SchemaNodeDraft, context: KeywordContext
    ) throws(SchemaCompileError) {
        if let value = object["type"] {
            var mask: UInt8 = 0
            let names: [JSONValue] = value.arrayValue ?? [value]
            for name in names {
                guard let text = name.stringValue, let bit = TypeBits.bit(named: text) else {
                    throw badValue(
                        context, "type",
                        "a type name (null, boolean, object, array, number, string, integer) or an array of them",
                        name)
                }
                mask |= bit
            }
            // An empty array allows nothing; keep a bit no instance has so the check still runs.
            draft.types = mask == 0 ? 128 : mask
        }
        if let value = object["const"] {
            try requireShallow(value, context, "const")
            draft.constant = LiteralValue(value)
            draft.constantText = ValueText.json(value)
        }
        if let value = object["enum"] {
            guard let elements = value.arrayValue else { throw badValue(context, "enum", "an array", value) }
            try requireShallow(value, context, "enum")
            draft.enumeration = elements.map(LiteralValue.init)
            let shown = elements.prefix(10).map(ValueText.json).joined(separator: ", ")
            draft.enumerationText = elements.count > 10 ? shown + ", … (\(elements.count) values)" : shown
        }
        var numeric = NumericKeywords()
        var hasNumeric = false
        for keyword in ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"] {
            guard let value = object[keyword] else { continue }
            guard let number = value.numberValue else { throw badValue(context, keyword, "a number", value) }
            let literal = NumberLiteral(
                normal: JSONNumber.NormalForm(jsonText: Array(number.text.utf8)) ?? .zero, text: number.text)
            hasNumeric = true
            switch keyword {
            case "minimum": numeric.minimum = literal
            case "maximum": numeric.maximum = literal
            case "exclusiveMinimum": numeric.exclusiveMinimum = literal
            case "exclusiveMaximum": numeric.exclusiveMaximum = literal
            default:
                guard !literal.normal.digits.isEmpty, !literal.normal.negative else {
                    throw badValue(context, keyword, "a number greater than 0", value)
                }
                numeric.multipleOf = literal
            }
        }
        if hasNumeric { draft.numeric = numeric }

        var string = draft.string ?? StringKeywords()
        var hasString = draft.string != nil
        if let value = object["minLength"] {
            string.minLength = try nonNegativeInteger(value, context, "minLength")
            hasString = true
        }
        if let value = object["maxLength"] {
            string.maxLength = try nonNegativeInteger(value, context, "maxLength")
            hasString = true
        }
        if let value = object["pattern"] {
            guard let source = value.stringValue else {
                throw badValue(context, "pattern", "a regular expression string", value)
            }
            string.pattern = try compilePattern(source, context, "pattern")
            string.patternSource = source
            hasString = true
        }
        if hasString { draft.string = string }

        var array = draft.array ?? ArrayKeywords()
        var hasArray = draft.array != nil
        if let value = object["minItems"] {
            array.minItems = try nonNegativeInteger(value, context, "minItems")
            hasArray = true
        }
        if let value = object["maxItems"] {
            array.maxItems = try nonNegativeInteger(value, context, "maxItems")
            hasArray = true
        }
        if let value = object["uniqueItems"] {
            guard let flag = value.boolValue else { throw badValue(context, "uniqueItems", "a boolean", value) }
            array.uniqueItems = flag
            hasArray = hasArray || flag
        }
        if array.contains >= 0 || object["contains"] != nil {
            if let value = object["minContains"] {
                array.minContains = try nonNegativeInteger(value, context, "minContains")
                array.hasMinContains = true
            }
            if let value = object["maxContains"] {
                array.maxContains = try nonNegativeInteger(value, context, "maxContains")
            }
        }
        if hasArray { draft.array = array }

        var keywords = draft.object ?? ObjectKeywords()
        var hasObject = draft.object != nil
        if let value = object["minProperties"] {
            keywords.minProperties = try nonNegativeInteger(value, context, "minProperties")
            hasObject = true
        }
        if let value = object["maxProperties"] {
            keywords.maxProperties = try nonNegativeInteger(value, context, "maxProperties")
            hasObject = true
        }
        if let value = object["required"] {
            guard let names = value.arrayValue else {
                throw badValue(context, "required", "an array of member names", value)
            }
            for name in names {
                guard let text = name.stringValue else {
                    throw badValue(context, "required", "an array of member names (strings)", value)
                }
                let id = keywords.id(of: text)
                if !keywords.required.contains(id) { keywords.required.append(id) }
            }
            hasObject = hasObject || !names.isEmpty
        }
        if let value = object["dependentRequired"] {
            guard let members = value.objectValue else {
                throw badValue(context, "dependentRequired", "an object of member-name arrays", value)
            }
            for member in members.members {
                guard let names = member.value.arrayValue else {
                    throw badValue(context, "dependentRequired", "an object of member-name arrays", value)
                }
                let id = keywords.id(of: member.key)
                for name in names {
                    guard let text = name.stringValue else {
                        throw badValue(context, "dependentRequired", "an object of member-name arrays", value)
                    }
                    let dependency = keywords.id(of: text)
                    keywords.names[Int(id)].dependentRequired.append(dependency)
                }
                if !keywords.dependentRequiredTriggers.contains(id) { keywords.dependentRequiredTriggers.append(id) }
            }
            hasObject = true
        }
        if hasObject { draft.object = keywords }
    }

    // MARK: - Keyword value helpers

    private mutating func compilePattern(
        _ source: String, _ context: KeywordContext, _ path: String...
    ) throws(SchemaCompileError) -> Int32 {
        if let existing = patternBySource[source] { return existing }
        do {
            let engine = try SchemaPatternEngine.compileSchemaPattern(source)
            patterns.append(engine)
        } catch {
            let position = error.offset.map { " at offset \($0)" } ?? ""
            throw self.error(
                .invalidPattern, context.document, context.tokens + path,
                "expected an ECMA-262 regular expression, found \"\(source)\": \(error.message)\(position)")
        }
        let index = Int32(patterns.count - 1)
        patternBySource[source] = index
        return index
    }

    private func nonNegativeInteger(
        _ value: JSONValue, _ context: KeywordContext, _ keyword: String
    ) throws(SchemaCompileError) -> Int {
        guard let number = value.numberValue, number.isInteger else {
            throw badValue(context, keyword, "a non-negative integer", value)
        }
        if let exact = number.int64Value {
            guard exact >= 0 else { throw badValue(context, keyword, "a non-negative integer", value) }
            return Int(exact)
        }
        guard !number.text.hasPrefix("-") else { throw badValue(context, keyword, "a non-negative integer", value) }
        return Int.max
    }

    /// Rejects `const`/`enum` values nested deeper than `maximumLiteralDepth` (they are compared recursively).
    private func requireShallow(
        _ value: JSONValue, _ context: KeywordContext, _ keyword: String
    ) throws(SchemaCompileError) {
        var stack: [(JSONValue, Int)] = [(value, 0)]
        while let (current, depth) = stack.popLast() {
            guard depth <= Self.maximumLiteralDepth else {
                throw error(
                    .invalidKeywordValue, context.document, context.tokens + [keyword],
                    "expected a value nested at most \(Self.maximumLiteralDepth) levels deep for \"\(keyword)\", "
                        + "found deeper nesting")
            }
            switch current {
            case .array(let elements): stack += elements.map { ($0, depth + 1) }
            case .object(let object): stack += object.members.map { ($0.value, depth + 1) }
            default: continue
            }
        }
    }

    private func requireSchema(
        _ value: JSONValue, _ context: KeywordContext, _ path: String...
    ) throws(SchemaCompileError) {
        switch value {
        case .bool, .object: return
        default:
            throw error(
                .invalidSchema, context.document, context.tokens + path,
                "expected a schema (an object or a boolean), found \(Self.describe(value))")
        }
    }

    private func badValue(
        _ context: KeywordContext, _ keyword: String, _ expected: String, _ value: JSONValue
    ) -> SchemaCompileError {
        error(
            .invalidKeywordValue, context.document, context.tokens + [keyword],
            "expected \(expected) for \"\(keyword)\", found \(Self.describe(value))")
    }

    private func error(
        _ reason: SchemaCompileError.Reason, _ document: Int, _ tokens: [String], _ message: String
    ) -> SchemaCompileError {
        SchemaCompileError(
            reason: reason, documentURI: documentNames[document],
            pointer: JSONPointer(tokens: tokens.map { .member($0) }), message: message)
    }

    // MARK: - Cycles

    /// Rejects references that lead back to the same subschema without moving into the instance
    /// (`{"$ref": "#"}`), which no instance could ever finish evaluating.
    private func checkCycles() throws(SchemaCompileError) {
        var state = [UInt8](repeating: 0, count: inPlaceEdges.count)  // 0 new, 1 on stack, 2 done
        for start in inPlaceEdges.indices where state[start] == 0 {
            var stack: [(node: Int, edge: Int)] = [(start, 0)]
            state[start] = 1
            while let top = stack.last {
                let edges = inPlaceEdges[top.node]
                if top.edge < edges.count {
                    stack[stack.count - 1].edge += 1
                    let next = Int(edges[top.edge])
                    if state[next] == 1 {
                        let location = drafts[next].location
                        throw SchemaCompileError(
                            reason: .circularReference, documentURI: location, pointer: .root,
                            message: "the subschema at \(location) refers back to itself through $ref/allOf/anyOf/"
                                + "oneOf/not/if without descending into the instance, so evaluation would never end")
                    }
                    if state[next] == 0 {
                        state[next] = 1
                        stack.append((next, 0))
                    }
                } else {
                    state[top.node] = 2
                    stack.removeLast()
                }
            }
        }
    }

    // MARK: - Utilities

    static func pointerText(_ tokens: some Collection<String>) -> String {
        var text = ""
        for token in tokens {
            text += "/"
            JSONPointer.appendEscaped(token, to: &text)
        }
        return text
    }

    static func value(in root: JSONValue, at tokens: [String]) -> JSONValue? {
        var current = root
        for token in tokens {
            switch current {
            case .object(let object):
                guard let next = object[token] else { return nil }
                current = next
            case .array(let elements):
                guard let index = JSONPointer.Token.member(token).arrayIndex, elements.indices.contains(index) else {
                    return nil
                }
                current = elements[index]
            default:
                return nil
            }
        }
        return current
    }

    static func describe(_ value: JSONValue) -> String {
        switch value {
        case .null: "null"
        case .bool(let flag): flag ? "true" : "false"
        case .number(let number): "the number \(number.text)"
        case .string(let text): "the string \(ValueText.quoted(text))"
        case .array(let elements): "an array of \(elements.count) items"
        case .object(let object): "an object with \(object.count) members"
        }
    }
}
