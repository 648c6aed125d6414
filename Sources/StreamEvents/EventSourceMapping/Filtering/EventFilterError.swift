public import StreamJSON

/// Why a filter pattern, or a mapping's filter criteria, cannot be used by Lambda.
///
/// Lambda rejects such criteria with `InvalidParameterValueException` when the mapping is created or updated; this
/// error says where: `filterIndex` names the filter (`FilterCriteria.Filters[filterIndex]`) and `pointer` the part of
/// its pattern that is wrong, e.g. `/data/amount/0/numeric/1` for a bound that is not a number.
///
/// ```swift
/// do {
///     _ = try EventPattern(parsing: #"{"data":{"kind":"order"}}"#)
/// } catch {
///     print(error.pointer, error.reason)   // /data/kind  value-not-array
/// }
/// ```
public struct EventFilterError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of mistake the pattern has: an open set of stable identifiers.
    public struct Reason: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
        /// The identifier, e.g. `unknown-operator`.
        public var rawValue: String

        /// Creates a reason from its identifier.
        public init(rawValue: String) { self.rawValue = rawValue }

        /// The identifier.
        public var description: String { rawValue }

        /// The pattern is not JSON text.
        public static let invalidJSON = Reason(rawValue: "invalid-json")
        /// The pattern is longer than 4,096 characters.
        public static let tooLong = Reason(rawValue: "too-long")
        /// The pattern is not a JSON object.
        public static let notAnObject = Reason(rawValue: "not-an-object")
        /// An object of the pattern has no members.
        public static let emptyObject = Reason(rawValue: "empty-object")
        /// A member's value is neither an object (a nested pattern) nor an array (the values to match).
        public static let valueNotArray = Reason(rawValue: "value-not-array")
        /// A list of values to match is empty.
        public static let emptyArray = Reason(rawValue: "empty-array")
        /// A value to match is an array, or an object that is not one operator.
        public static let invalidValue = Reason(rawValue: "invalid-value")
        /// An operator name the grammar does not have, e.g. `contains`.
        public static let unknownOperator = Reason(rawValue: "unknown-operator")
        /// An operator's operand has the wrong type or form, e.g. `{"prefix": 1}` or `{"cidr": "10.0.0.0/33"}`.
        public static let invalidOperand = Reason(rawValue: "invalid-operand")
        /// `$or` is not an array of at least two objects.
        public static let invalidOr = Reason(rawValue: "invalid-or")
        /// A filter has no `Pattern`.
        public static let missingPattern = Reason(rawValue: "missing-pattern")
        /// The criteria have more filters than the mapping's quota allows.
        public static let tooManyFilters = Reason(rawValue: "too-many-filters")
    }

    /// What kind of mistake it is.
    public var reason: Reason
    /// Where in the pattern the mistake is (the root pointer for `invalid-json`, `too-long` and `too-many-filters`).
    public var pointer: JSONPointer
    /// The index of the filter in `FilterCriteria.Filters`, when the pattern came from criteria.
    public var filterIndex: Int?
    /// What was expected and what was found.
    public var message: String

    /// Creates an error.
    ///
    /// - Parameters:
    ///   - reason: what kind of mistake it is.
    ///   - pointer: where in the pattern it is.
    ///   - filterIndex: the filter's index in the criteria, if known.
    ///   - message: what was expected and what was found.
    public init(reason: Reason, pointer: JSONPointer, filterIndex: Int? = nil, message: String) {
        self.reason = reason
        self.pointer = pointer
        self.filterIndex = filterIndex
        self.message = message
    }

    /// The pointer of the offending pattern within the criteria: `/Filters/N/Pattern`, or `/Filters` when the count
    /// is the problem.
    public var criteriaPointer: JSONPointer {
        guard let filterIndex else { return JSONPointer(tokens: [.member("Filters")]) }
        return JSONPointer(tokens: [.member("Filters"), .index(filterIndex)]).appending("Pattern")
    }

    /// The location and the message, e.g. `Filters/0/Pattern at /data/kind: …`.
    public var description: String {
        let place = pointer == .root ? "the pattern" : "\(pointer)"
        guard let filterIndex else { return "\(place): \(message)" }
        return "Filters/\(filterIndex)/Pattern, \(place): \(message)"
    }
}
