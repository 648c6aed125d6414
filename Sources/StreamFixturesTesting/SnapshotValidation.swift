import Foundation
import StreamContracts
import StreamJSON
import StreamJSONSchema

/// Contract validation of snapshot bytes before they are written.
enum SnapshotValidation {
    /// The warnings found, or a problem listing the errors (and the warnings) when there are any.
    static func check(_ bytes: [UInt8], contract: SnapshotContract) -> Result<[Diagnostic], SnapshotProblem> {
        let forcedKind: PayloadKind?
        switch contract {
        case .unchecked: return .success([])
        case .kind(let kind): forcedKind = kind
        case .detected: forcedKind = nil
        }
        let document: JSONDocument
        do {
            document = try JSONDocument(parsing: bytes)
        } catch {
            return .failure(SnapshotProblem("the snapshot is not valid JSON: \(error.description)"))
        }
        if forcedKind == nil, PayloadKind.detect(in: document) == nil { return .success([]) }
        let validator: ContractValidator
        switch ValidatorCache.shared.validator(kind: forcedKind) {
        case .success(let value): validator = value
        case .failure(let error):
            return .failure(SnapshotProblem("cannot load the contract's schemas (a packaging bug): \(error)"))
        }
        let (kind, diagnostics) = validator.check(document)
        let errors = diagnostics.filter { $0.severity == .error }
        guard !errors.isEmpty else { return .success(diagnostics) }
        let name = kind?.rawValue ?? forcedKind?.rawValue ?? "unknown"
        let how = forcedKind == nil ? "detected as \(name)" : "validated as \(name)"
        return .failure(
            SnapshotProblem(
                "not recorded: the value breaks the contract (\(how)) with \(errors.count) error(s)"
                    + (diagnostics.count > errors.count ? " and \(diagnostics.count - errors.count) warning(s)" : "")
                    + ":\n" + lines(diagnostics)
                    + "\nFix the value, or pass contract: .unchecked to snapshot a deliberately broken payload."))
    }

    /// One diagnostic per line: `error schema.required at /Records/0 (line 3:5): message`.
    static func lines(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map { diagnostic in
            let pointer = diagnostic.pointer.tokens.isEmpty ? "the root" : diagnostic.pointer.description
            let location = diagnostic.location.map { " (line \($0.line):\($0.column))" } ?? ""
            return
                "  \(diagnostic.severity.rawValue) \(diagnostic.rule) at \(pointer)\(location): \(diagnostic.message)"
        }.joined(separator: "\n")
    }
}

/// Compiled validators, one per forced kind, shared by all assertions of a test run.
final class ValidatorCache: @unchecked Sendable {
    static let shared = ValidatorCache()

    private let lock = NSLock()
    private var validators: [PayloadKind?: ContractValidator] = [:]

    func validator(kind: PayloadKind?) -> Result<ContractValidator, SchemaCompileError> {
        lock.lock()
        defer { lock.unlock() }
        if let validator = validators[kind] { return .success(validator) }
        do {
            let validator = try ContractValidator(options: .init(kind: kind))
            validators[kind] = validator
            return .success(validator)
        } catch {
            return .failure(error)
        }
    }
}
