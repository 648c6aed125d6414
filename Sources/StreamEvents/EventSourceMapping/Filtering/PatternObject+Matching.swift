import StreamJSON

extension PatternObject {
    /// Whether `value` matches this object of the pattern; `nil` is a missing member.
    ///
    /// Arrays are matched element by element: a nested pattern matches an array when one element matches all of it,
    /// so the members it tests come from the same element.
    ///
    /// - Parameters:
    ///   - value: the event value at this object's place.
    ///   - unmatchable: a member of `value` that no field may match, not even `exists: false` (a Kinesis record's
    ///     `data` when it is not JSON); it applies to this object and its `$or` branches, not to nested objects.
    func matches(_ value: JSONValue?, unmatchable: String? = nil) -> Bool {
        if case .array(let elements)? = value, !elements.isEmpty {
            return elements.contains { matches($0) }
        }
        for field in fields {
            if field.name == unmatchable { return false }
            let member = value?[field.name]
            switch field.rule {
            case .nested(let inner):
                guard inner.matches(member) else { return false }
            case .values(let matchers):
                guard Self.matches(matchers, leaves: Self.leaves(of: member)) else { return false }
            }
        }
        for group in alternatives where !group.contains(where: { $0.matches(value, unmatchable: unmatchable) }) {
            return false
        }
        return true
    }

    /// Whether one of `matchers` accepts the member whose leaf values are `leaves`.
    ///
    /// `exists` looks at whether there are leaves at all (an object or an empty array has none); every other
    /// matcher needs one leaf it accepts.
    static func matches(_ matchers: [ValueMatcher], leaves: [JSONValue]) -> Bool {
        matchers.contains { matcher in
            if case .exists(let expected) = matcher { return leaves.isEmpty != expected }
            return leaves.contains(where: matcher.matches)
        }
    }

    /// The scalar values at a member: the value itself, or the scalars of an array (flattened), or none.
    static func leaves(of value: JSONValue?) -> [JSONValue] {
        switch value {
        case nil, .object?: return []
        case .array(let elements)?: return elements.flatMap { leaves(of: $0) }
        case let scalar?: return [scalar]
        }
    }
}
