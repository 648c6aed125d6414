/// Why a generator's options or environment cannot produce valid payloads.
///
/// Thrown by the `validate()` methods of ``AWSEnvironment`` and of the generators' options structs (and by the
/// generators built from options, such as `Gen.kinesisEvent(records:shards:recipe:tumblingWindowShare:)`), before
/// anything is generated. ``field`` is the option's Swift property name (a path such as `stream.shardCount` for a
/// nested option); the message gives the allowed values, from the limits declared once on the options type, and the
/// value found. Options are never clamped.
///
/// ```swift
/// do { try KinesisOptions(shards: 0).validate() } catch { print(error) }
/// // shards: expected 1…1000, found 0
/// ```
public struct GeneratorOptionsError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The option at fault, by its Swift property name: `region`, `accountID`, `shards`, `stream.shardCount`.
    public var field: String
    /// What was expected and what was found.
    public var message: String

    /// Creates an error.
    ///
    /// - Parameters:
    ///   - field: The option at fault.
    ///   - message: What was expected and what was found.
    public init(field: String, message: String) {
        self.field = field
        self.message = message
    }

    /// The error for a value outside its allowed range: `"expected 1…1000, found 0"`.
    init<Bound: Comparable>(field: String, allowed: ClosedRange<Bound>, found: some CustomStringConvertible) {
        self.init(field: field, message: "expected \(allowed.lowerBound)…\(allowed.upperBound), found \(found)")
    }

    /// The same error for an option nested under `parent` (`stream` + `shardCount` → `stream.shardCount`).
    func nested(under parent: String) -> GeneratorOptionsError {
        GeneratorOptionsError(field: parent + "." + field, message: message)
    }

    /// `"<field>: <message>"`.
    public var description: String { "\(field): \(message)" }
}

/// Checks of option values against their declared limits, shared by every options type's `validate()`.
enum OptionCheck {
    /// Runs the check of a nested options value, naming its errors under `field` (`environment.region`).
    static func nested(
        _ field: String, _ check: () throws(GeneratorOptionsError) -> Void
    ) throws(GeneratorOptionsError) {
        do throws(GeneratorOptionsError) { try check() } catch { throw error.nested(under: field) }
    }

    /// Throws unless `range` holds `value`.
    static func value<Bound: Comparable & CustomStringConvertible>(
        _ value: Bound, in range: ClosedRange<Bound>, _ field: String
    ) throws(GeneratorOptionsError) {
        guard range.contains(value) else { throw GeneratorOptionsError(field: field, allowed: range, found: value) }
    }

    /// Throws unless `range` holds `value` (a NaN is out of every range).
    static func share(_ value: Double, in range: ClosedRange<Double>, _ field: String) throws(GeneratorOptionsError) {
        guard range.contains(value) else { throw GeneratorOptionsError(field: field, allowed: range, found: value) }
    }

    /// Throws unless `range` holds both bounds of `values`.
    static func bounds(
        _ values: ClosedRange<Int>, in range: ClosedRange<Int>, _ field: String
    ) throws(GeneratorOptionsError) {
        guard range.contains(values.lowerBound), range.contains(values.upperBound) else {
            throw GeneratorOptionsError(
                field: field,
                message: "expected a range within \(range.lowerBound)…\(range.upperBound), found "
                    + "\(values.lowerBound)…\(values.upperBound)")
        }
    }
}
