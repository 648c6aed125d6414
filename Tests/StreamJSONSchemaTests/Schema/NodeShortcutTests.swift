// The validator's node shortcuts (leaf type and pattern checks, scalar `const`/`enum` compared from plain bytes) held
// to the node visits they replace: the same verdicts and the same diagnostics, on literals' neighbours (every one-byte
// change, cut and extension), escaped strings, and values of every kind.

import StreamJSON
import Testing

@testable import StreamJSONSchema

@Suite struct NodeShortcutTests {
    static let schemaText = #"""
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "type": "object",
          "properties": {
            "string": {"type": "string"},
            "boolean": {"type": "boolean"},
            "integer": {"type": "integer"},
            "nullableText": {"type": ["string", "null"], "pattern": "^[a-c]+$"},
            "number": {"$ref": "#/$defs/number"},
            "numbers": {"type": "array", "items": {"$ref": "#/$defs/number"}},
            "base64": {"type": "string", "pattern": "^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$"},
            "bounded": {"type": "string", "pattern": "^a", "maxLength": 3},
            "constant": {"const": "aws:dynamodb"},
            "constantNull": {"const": null},
            "constantTrue": {"const": true},
            "constantNumber": {"const": 1.5},
            "typedConstant": {"type": "string", "const": "é\u0000x"},
            "names": {"enum": ["INSERT", "MODIFY", "REMOVE", "", "ü"]},
            "mixed": {"enum": ["1", 1, null, false, [1], {"a": "b"}]},
            "scalars": {"enum": [null, true, "true", "null"]},
            "both": {"const": "A", "enum": ["A", "B"]},
            "nested": {"type": "object", "properties": {"NULL": {"const": true}, "S": {"type": "string"}}}
          },
          "$defs": {
            "number": {"type": "string", "pattern": "^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?$"}
          }
        }
        """#

    /// JSON texts of values of every kind, and every string literal of the schema with its neighbours.
    static func candidates() -> [String] {
        var texts = [
            "null", "true", "false", "0", "1", "1.5", "1.50", "15e-1", "-1", "[]", "[1]", "[\"1\"]", "{}",
            #"{"a":"b"}"#, #"{"NULL":true,"S":"x"}"#, #"{"NULL":false,"S":1}"#, #"{"NULL":null}"#,
            #""\u0041""#, #""aws:dynamo\u0064b""#, #""\u00e9\u0000x""#, #""INS\u0045RT""#, #""a\"b""#,
            #"["1", "x", "1e5", ".5", "+.5e-3"]"#, #"["1", 2]"#,
        ]
        let literals = [
            "aws:dynamodb", "INSERT", "MODIFY", "REMOVE", "", "ü", "é\u{0}x", "1", "true", "null", "A", "B", "abc",
            "a", "abcd", "12.5e+3", "-0.5", "QUJD", "QUI=", "QQ==", "QUJDRA==", "0",
        ]
        for literal in literals {
            let bytes = Array(literal.utf8)
            var variants = [bytes, bytes + [0x61], Array(bytes.dropLast()), Array(bytes.dropFirst())]
            for position in bytes.indices {
                for replacement: UInt8 in [0x41, 0x61, 0x30, 0x2B, 0x3D, 0xC3] {
                    var changed = bytes
                    changed[position] = replacement
                    variants.append(changed)
                }
            }
            for variant in variants {
                let text = String(decoding: variant, as: UTF8.self)
                texts.append(String(decoding: JSONWriter.bytes(of: .string(text)), as: UTF8.self))
            }
        }
        return texts
    }

    static func verdict(_ schema: JSONSchema, _ document: JSONDocument, shortcuts: Bool) -> [String] {
        let predicate = SchemaValidator.run(
            schema.program, document, index: 0, diagnosing: false, usesShortcuts: shortcuts)
        let diagnosing = SchemaValidator.run(
            schema.program, document, index: 0, diagnosing: true, usesShortcuts: shortcuts)
        return ["\(predicate.valid) \(diagnosing.valid)"]
            + diagnosing.diagnostics.map {
                "\($0.instance) \(JSONPointer(tokens: $0.keywordPath)) \($0.absoluteLocation ?? "-") \($0.message)"
            }
    }

    @Test func shortcutsGiveTheVerdictsAndDiagnosticsOfNodeVisits() throws {
        let schema = try JSONSchema(compiling: try JSONDocument(parsing: Self.schemaText))
        let properties = [
            "string", "boolean", "integer", "nullableText", "number", "numbers", "base64", "bounded", "constant",
            "constantNull", "constantTrue", "constantNumber", "typedConstant", "names", "mixed", "scalars", "both",
            "nested",
        ]
        var failures = 0
        var checked = 0
        for property in properties {
            for value in Self.candidates() {
                let document = try JSONDocument(parsing: #"{"\#(property)": \#(value), "other": 1}"#)
                let fast = Self.verdict(schema, document, shortcuts: true)
                let slow = Self.verdict(schema, document, shortcuts: false)
                if fast != slow, failures < 10 {
                    failures += 1
                    Issue.record("\(property): \(value): \(fast) != \(slow)")
                }
                if fast[0] == "true true" { checked += 1 }
            }
        }
        // Both answers occur, so neither side could pass by answering one way.
        #expect(checked > 100)
    }

    @Test func leavesAndScalarLiteralsAreTheOnesTheShortcutsCover() throws {
        let schema = try JSONSchema(compiling: try JSONDocument(parsing: Self.schemaText))
        let program = schema.program
        let shortcuts = program.shortcuts
        let leaves = program.nodes.indices.filter { shortcuts.nodes[$0].leafTypes != 0 }
        // string, boolean, integer, nullableText, the number definition, base64, nested/S.
        #expect(leaves.count == 7)
        #expect(leaves.allSatisfy { NodeShortcuts.isLeaf(program.nodes[$0]) })
        #expect(leaves.filter { shortcuts.nodes[$0].leafPattern >= 0 }.count == 3)
        // constant, constantNull, constantTrue, typedConstant, both, nested/NULL: six scalar consts; constantNumber
        // is not one. names, scalars and both: three scalar enums; mixed is not one.
        #expect(shortcuts.nodes.filter { $0.constant >= 0 }.count == 6)
        #expect(shortcuts.nodes.filter { $0.enumCount >= 0 }.count == 3)
        #expect(program.nodes.filter { $0.constant != nil }.count == 7)
        #expect(program.nodes.filter { $0.enumeration != nil }.count == 4)
    }
}
