import StreamJSON

extension PatternObject {
    /// Whether `value` matches this object of the pattern; `nil` is a missing member.
    ///
    /// Arrays are matched element by element: a nested pattern matches an array when one element matches all of it,
    /// so the members it tests come from the same element.
    func matches(_ value: JSONValue?) -> Bool {
        if case .array(let elements)? = value, !elements.isEmpty {
            return elements.contains { matches($0) }
        }
        for field in fields {
            let member = value?[field.name]
            switch field.rule {
            case .nested(let inner):
                guard inner.matches(member) else { return false }
            case .values(let matchers):
                guard Self.matches(matchers, leaves: Self.leaves(of: member)) else { return false }
            }
        }
        for group in alternatives where !group.contains(where: { $0.matches(value) }) {
            return false
        }
        return true
    }

    /// Whether this object, or one of its `$or` branches, has a field called `name`.
    func constrains(member name: String) -> Bool {
        fields.contains { $0.name == name } || alternatives.contains { $0.contains { $0.constrains(member: name) } }
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
