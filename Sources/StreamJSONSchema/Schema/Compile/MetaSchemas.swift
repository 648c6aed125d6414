// The draft 2020-12 meta-schemas, built in so that schemas can refer to them without a network.

import StreamJSON

/// The draft 2020-12 meta-schema and its vocabulary meta-schemas, at their official URIs.
///
/// Schemas (and the conformance suite) use `"$ref": "https://json-schema.org/draft/2020-12/schema"` to validate
/// schema documents, and custom meta-schemas `$ref` the vocabulary meta-schemas. These are written for this
/// engine from the draft 2020-12 specification: same URIs, same `$dynamicAnchor: "meta"` extension points and the
/// same constraints on every keyword, without the prose annotations.
enum MetaSchemas {
    static let base = "https://json-schema.org/draft/2020-12/"
    static let schemaURI = base + "schema"

    /// The vocabulary URIs of draft 2020-12.
    enum Vocabulary {
        static let core = base + "vocab/core"
        static let applicator = base + "vocab/applicator"
        static let unevaluated = base + "vocab/unevaluated"
        static let validation = base + "vocab/validation"
        static let metaData = base + "vocab/meta-data"
        static let formatAnnotation = base + "vocab/format-annotation"
        static let formatAssertion = base + "vocab/format-assertion"
        static let content = base + "vocab/content"
    }

    /// The built-in document at `uri` (no fragment), if any.
    static func document(at uri: String) -> JSONValue? { documents[uri] }

    private static let documents: [String: JSONValue] = {
        var result: [String: JSONValue] = [:]
        for (uri, text) in sources {
            if let value = try? JSONValue(parsing: text) { result[uri] = value }
        }
        return result
    }()

    private static let sources: [(String, String)] = [
        (schemaURI, schema), (base + "meta/core", core), (base + "meta/applicator", applicator),
        (base + "meta/unevaluated", unevaluated), (base + "meta/validation", validation),
        (base + "meta/meta-data", metaData), (base + "meta/format-annotation", formatAnnotation),
        (base + "meta/format-assertion", formatAssertion), (base + "meta/content", content),
    ]

    private static let schema = #"""
        {
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": "https://json-schema.org/draft/2020-12/schema",
            "$vocabulary": {
                "https://json-schema.org/draft/2020-12/vocab/core": true,
                "https://json-schema.org/draft/2020-12/vocab/applicator": true,
                "https://json-schema.org/draft/2020-12/vocab/unevaluated": true,
                "https://json-schema.org/draft/2020-12/vocab/validation": true,
                "https://json-schema.org/draft/2020-12/vocab/meta-data": true,
                "https://json-schema.org/draft/2020-12/vocab/format-annotation": true,
                "https://json-schema.org/draft/2020-12/vocab/content": true
            },
            "$dynamicAnchor": "meta",
            "allOf": [
                {"$ref": "meta/core"},
                {"$ref": "meta/applicator"},
                {"$ref": "meta/unevaluated"},
                {"$ref": "meta/validation"},
                {"$ref": "meta/meta-data"},
                {"$ref": "meta/format-annotation"},
                {"$ref": "meta/content"}
            ],
            "type": ["object", "boolean"],
            "properties": {
                "definitions": {"type": "object", "additionalProperties": {"$dynamicRef": "#meta"}},
                "dependencies": {
                    "type": "object",
                    "additionalProperties": {
                        "anyOf": [{"$dynamicRef": "#meta"}, {"$ref": "meta/validation#/$defs/stringArray"}]
                    }
                },
                "$recursiveAnchor": {"$ref": "meta/core#/$defs/anchorString"},
                "$recursiveRef": {"$ref": "meta/core#/$defs/uriReferenceString"}
            }
        }
        """#

    private static let core = #"""
        {
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": "https://json-schema.org/draft/2020-12/meta/core",
            "$dynamicAnchor": "meta",
            "type": ["object", "boolean"],
            "properties": {
                "$id": {"$ref": "#/$defs/uriReferenceString", "pattern": "^[^#]*#?$"},
                "$schema": {"$ref": "#/$defs/uriString"},
                "$ref": {"$ref": "#/$defs/uriReferenceString"},
                "$anchor": {"$ref": "#/$defs/anchorString"},
                "$dynamicRef": {"$ref": "#/$defs/uriReferenceString"},
                "$dynamicAnchor": {"$ref": "#/$defs/anchorString"},
                "$vocabulary": {
                    "type": "object",
                    "propertyNames": {"$ref": "#/$defs/uriString"},
                    "additionalProperties": {"type": "boolean"}
                },
                "$comment": {"type": "string"},
                "$defs": {"type": "object", "additionalProperties": {"$dynamicRef": "#meta"}}
            },
            "$defs": {
                "anchorString": {"type": "string", "pattern": "^[A-Za-z_][-A-Za-z0-9._]*$"},
                "uriString": {"type": "string", "format": "uri"},
                "uriReferenceString": {"type": "string", "format": "uri-reference"}
            }
        }
        """#

    private static let applicator = #"""
        {
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": "https://json-schema.org/draft/2020-12/meta/applicator",
            "$dynamicAnchor": "meta",
            "type": ["object", "boolean"],
            "properties": {
                "prefixItems": {"$ref": "#/$defs/schemaArray"},
                "items": {"$dynamicRef": "#meta"},
                "contains": {"$dynamicRef": "#meta"},
                "additionalProperties": {"$dynamicRef": "#meta"},
                "properties": {"type": "object", "additionalProperties": {"$dynamicRef": "#meta"}},
                "patternProperties": {
                    "type": "object",
                    "additionalProperties": {"$dynamicRef": "#meta"},
                    "propertyNames": {"format": "regex"}
                },
                "dependentSchemas": {"type": "object", "additionalProperties": {"$dynamicRef": "#meta"}},
                "propertyNames": {"$dynamicRef": "#meta"},
                "if": {"$dynamicRef": "#meta"},
                "then": {"$dynamicRef": "#meta"},
                "else": {"$dynamicRef": "#meta"},
                "allOf": {"$ref": "#/$defs/schemaArray"},
                "anyOf": {"$ref": "#/$defs/schemaArray"},
                "oneOf": {"$ref": "#/$defs/schemaArray"},
                "not": {"$dynamicRef": "#meta"}
            },
            "$defs": {
                "schemaArray": {"type": "array", "minItems": 1, "items": {"$dynamicRef": "#meta"}}
            }
        }
        """#

    private static let unevaluated = #"""
        {
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": "https://json-schema.org/draft/2020-12/meta/unevaluated",
            "$dynamicAnchor": "meta",
            "type": ["object", "boolean"],
            "properties": {
                "unevaluatedItems": {"$dynamicRef": "#meta"},
                "unevaluatedProperties": {"$dynamicRef": "#meta"}
            }
        }
        """#

    private static let validation = #"""
        {
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": "https://json-schema.org/draft/2020-12/meta/validation",
            "$dynamicAnchor": "meta",
            "type": ["object", "boolean"],
            "properties": {
                "type": {
                    "anyOf": [
                        {"$ref": "#/$defs/simpleTypes"},
                        {"type": "array", "items": {"$ref": "#/$defs/simpleTypes"}, "minItems": 1, "uniqueItems": true}
                    ]
                },
                "const": true,
                "enum": {"type": "array", "items": true},
                "multipleOf": {"type": "number", "exclusiveMinimum": 0},
                "maximum": {"type": "number"},
                "exclusiveMaximum": {"type": "number"},
                "minimum": {"type": "number"},
                "exclusiveMinimum": {"type": "number"},
                "maxLength": {"$ref": "#/$defs/nonNegativeInteger"},
                "minLength": {"$ref": "#/$defs/nonNegativeIntegerDefault0"},
                "pattern": {"type": "string", "format": "regex"},
                "maxItems": {"$ref": "#/$defs/nonNegativeInteger"},
                "minItems": {"$ref": "#/$defs/nonNegativeIntegerDefault0"},
                "uniqueItems": {"type": "boolean"},
                "maxContains": {"$ref": "#/$defs/nonNegativeInteger"},
                "minContains": {"$ref": "#/$defs/nonNegativeInteger"},
                "maxProperties": {"$ref": "#/$defs/nonNegativeInteger"},
                "minProperties": {"$ref": "#/$defs/nonNegativeIntegerDefault0"},
                "required": {"$ref": "#/$defs/stringArray"},
                "dependentRequired": {"type": "object", "additionalProperties": {"$ref": "#/$defs/stringArray"}}
            },
            "$defs": {
                "nonNegativeInteger": {"type": "integer", "minimum": 0},
                "nonNegativeIntegerDefault0": {"$ref": "#/$defs/nonNegativeInteger"},
                "simpleTypes": {"enum": ["array", "boolean", "integer", "null", "number", "object", "string"]},
                "stringArray": {"type": "array", "items": {"type": "string"}, "uniqueItems": true}
            }
        }
        """#

    private static let metaData = #"""
        {
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": "https://json-schema.org/draft/2020-12/meta/meta-data",
            "$dynamicAnchor": "meta",
            "type": ["object", "boolean"],
            "properties": {
                "title": {"type": "string"},
                "description": {"type": "string"},
                "default": true,
                "deprecated": {"type": "boolean"},
                "readOnly": {"type": "boolean"},
                "writeOnly": {"type": "boolean"},
                "examples": {"type": "array", "items": true}
            }
        }
        """#

    private static let formatAnnotation = #"""
        {
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": "https://json-schema.org/draft/2020-12/meta/format-annotation",
            "$dynamicAnchor": "meta",
            "type": ["object", "boolean"],
            "properties": {"format": {"type": "string"}}
        }
        """#

    private static let formatAssertion = #"""
        {
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": "https://json-schema.org/draft/2020-12/meta/format-assertion",
            "$dynamicAnchor": "meta",
            "type": ["object", "boolean"],
            "properties": {"format": {"type": "string"}}
        }
        """#

    private static let content = #"""
        {
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": "https://json-schema.org/draft/2020-12/meta/content",
            "$dynamicAnchor": "meta",
            "type": ["object", "boolean"],
            "properties": {
                "contentEncoding": {"type": "string"},
                "contentMediaType": {"type": "string"},
                "contentSchema": {"$dynamicRef": "#meta"}
            }
        }
        """#
}
