// TEMPORARY adapters for the schema engine's pattern and format seams.
//
// This is the only file to change when `Pattern/` (ECMAPattern) and `Formats/` (FormatChecker) are merged:
// replace the whole file with the following (everything between the lines, without the leading `// `):
//
// ---------------------------------------------------------------------------------------------------------------
// // The schema engine's pattern and format seams, served by ECMAPattern and FormatChecker.
//
// typealias SchemaPatternEngine = ECMAPattern
// typealias SchemaFormatEngine = FormatChecker
//
// extension ECMAPattern: SchemaPatternMatching {
//     static func compileSchemaPattern(_ source: String) throws(SchemaPatternFailure) -> ECMAPattern {
//         do {
//             return try ECMAPattern(source)
//         } catch {
//             throw SchemaPatternFailure(offset: error.offset, message: error.message)
//         }
//     }
//
//     func schemaPatternMatches(utf8: UnsafeBufferPointer<UInt8>) -> Bool? {
//         switch evaluate(utf8: utf8) {
//         case .match: true
//         case .noMatch: false
//         case .budgetExceeded: nil
//         }
//     }
// }
//
// extension FormatChecker: SchemaFormatChecking {
//     static func checkSchemaFormat(_ format: String, _ value: String) -> Bool? { check(format, value) }
// }
// ---------------------------------------------------------------------------------------------------------------
//
// Until then, patterns run on Foundation's NSRegularExpression (ICU syntax, close to ECMA-262 for the patterns the
// required suite uses) and no format is known, so `format` never asserts.

import Foundation

typealias SchemaPatternEngine = FoundationPatternAdapter
typealias SchemaFormatEngine = UnknownFormatAdapter

/// Stand-in pattern engine over `NSRegularExpression`, for use until ECMAPattern is merged.
struct FoundationPatternAdapter: SchemaPatternMatching, @unchecked Sendable {
    // NSRegularExpression is immutable and documented as safe to use from several threads.
    private let expression: NSRegularExpression

    static func compileSchemaPattern(_ source: String) throws(SchemaPatternFailure) -> FoundationPatternAdapter {
        do {
            return FoundationPatternAdapter(expression: try NSRegularExpression(pattern: source, options: []))
        } catch {
            throw SchemaPatternFailure(offset: nil, message: "not a valid regular expression: \(source)")
        }
    }

    func schemaPatternMatches(utf8: UnsafeBufferPointer<UInt8>) -> Bool? {
        let string = String(decoding: utf8, as: UTF8.self)
        let range = NSRange(location: 0, length: (string as NSString).length)
        return expression.firstMatch(in: string, options: [], range: range) != nil
    }
}

/// Stand-in format checker that knows no format, for use until FormatChecker is merged.
enum UnknownFormatAdapter: SchemaFormatChecking {
    static func checkSchemaFormat(_ format: String, _ value: String) -> Bool? { nil }
}
