// The schema engine's pattern and format seams, served by ECMAPattern (`Pattern/`) and FormatChecker (`Formats/`).
//
// The engine only talks to `SchemaPatternEngine` and `SchemaFormatEngine` (see `Support/SchemaPatternMatching.swift`),
// so another matcher or checker can be swapped in here without touching the compiler or the validator.

package typealias SchemaPatternEngine = ECMAPattern
typealias SchemaFormatEngine = FormatChecker

extension ECMAPattern: SchemaPatternMatching {
    static func compileSchemaPattern(_ source: String) throws(SchemaPatternFailure) -> ECMAPattern {
        do {
            return try ECMAPattern(source)
        } catch {
            throw SchemaPatternFailure(offset: error.offset, message: error.message)
        }
    }

    var schemaMatcher: PatternProgram { program }

    /// Runs on the instance's UTF-8 bytes; a backtracking pattern that exhausts its step budget is undecided (`nil`).
    static func schemaPatternMatches(_ matcher: PatternProgram, utf8: UnsafeBufferPointer<UInt8>) -> Bool? {
        switch evaluate(matcher, utf8: utf8, budget: defaultStepBudget) {
        case .match: true
        case .noMatch: false
        case .budgetExceeded: nil
        }
    }
}

extension FormatChecker: SchemaFormatChecking {
    static func checkSchemaFormat(_ format: String, _ value: String) -> Bool? { check(format, value) }
}
