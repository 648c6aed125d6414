// libFuzzer target: the StreamJSON parser.
//
// Any byte string either parses or throws a `JSONSyntaxError`; a parsed document must survive a
// walk of every element, pointer look-ups, and a writer round trip that reads back the same value.

import Foundation
import FuzzSupport
import StreamJSON

/// Visits every element below `element`; checks pointers for the first `budget` of them
/// (a pointer look-up walks from the root, so checking all of them would be quadratic).
/// Pointers are only checked in documents without duplicate member names: a pointer cannot tell
/// duplicates apart (RFC 6901 leaves that undefined).
func walk(_ element: JSONElement, budget: inout Int) {
    let location = element.location
    require(
        location.offset >= 0 && location.offset <= element.document.bytes.count, "location \(location) outside input")
    if budget > 0 {
        budget -= 1
        let pointer = element.pointer
        let found = element.document.root[pointer]
        require(
            found?.location == location,
            "pointer \(pointer) leads to \(String(describing: found?.location)), not \(location)")
        require(JSONPointer(pointer.description) == pointer, "pointer \(pointer) does not re-parse")
        _ = element.sourceText
    }
    switch element.kind {
    case .array:
        for child in element.elements { walk(child, budget: &budget) }
    case .object:
        for (name, value) in element.members {
            _ = name.stringValue
            walk(value, budget: &budget)
        }
    case .string:
        _ = element.stringValue
    case .number:
        if let number = element.numberValue {
            _ = number.int64Value
            _ = number.uint64Value
            _ = number.doubleValue
            _ = number.decimalValue
            _ = number.isInteger
        }
    default:
        _ = element.boolValue
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    // A shallow nesting limit exercises the depth check on small inputs.
    _ = try? JSONDocument(parsing: bytes, options: JSONParsingOptions(maximumDepth: 4))
    let document: JSONDocument
    do {
        document = try JSONDocument(parsing: bytes)
    } catch {
        _ = error.description
        return 0
    }
    var budget = document.duplicateMemberNames.isEmpty ? 64 : 0
    walk(document.root, budget: &budget)
    _ = document.duplicateMemberNames.map(\.pointer)

    let value = document.root.value
    for style in [JSONWriter.Style.compact, .pretty, JSONWriter.Style(indent: 1, sortsKeys: true)] {
        let written = JSONWriter.bytes(of: value, style: style)
        do {
            let reread = try JSONValue(parsing: written)
            if !style.sortsKeys {
                require(reread == value, "writer output reads back as a different value")
            }
        } catch {
            require(false, "writer output does not parse: \(error)")
        }
    }
    _ = try? StreamJSONDecoder().decode(JSONValue.self, from: bytes)
    return 0
}

/// The program's entry point (SwiftPM aliases `main` to it): libFuzzer with `fuzz` as the target.
@_cdecl("fuzz_json_main")
public func entry(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv, fuzz)
}
