/// A named value that ``OrderedMembers`` can hold: a ``JSONObject`` member or a DynamoDB attribute.
package protocol OrderedMember: Hashable, Sendable {
    /// What the member holds.
    associatedtype Value: Hashable
    /// The name the member is looked up by.
    var memberKey: String { get }
    /// The member's value.
    var value: Value { get set }
    /// Creates a member.
    init(memberKey: String, value: Value)
}

/// The one ordered-member map: members in the order they were added, looked up by name, compared and hashed
/// without regard to order. ``JSONObject`` and StreamEvents' `AttributeMap` are built on it.
///
/// Lookups scan from the end (the last of repeated keys wins). Building from many members and comparing two maps
/// scan linearly up to ``linearSearchLimit`` members, where that beats a hash table, and use a hashed index above,
/// so a map of a million members is built and compared in linear time.
///
/// ```swift
/// let members = OrderedMembers(uniquing: [JSONObject.Member(key: "a", value: 1), .init(key: "a", value: 2)])
/// members["a"]  // 2, in the first member's place
/// ```
package struct OrderedMembers<Member: OrderedMember>: Sendable, Hashable {
    /// The members in order (written only through the methods below; the types built on it keep it private).
    package var elements: [Member]

    /// Up to this many members, a linear search beats building a hash table.
    @inlinable package static var linearSearchLimit: Int { 16 }

    /// Keeps every member as given, duplicates included.
    @inlinable package init(unchecked members: [Member] = []) { elements = members }

    /// Members in the order given; a repeated key replaces the earlier value in place.
    @inlinable package init(uniquing members: [Member]) {
        elements = []
        elements.reserveCapacity(members.count)
        guard members.count > Self.linearSearchLimit else {
            for member in members { self[member.memberKey] = member.value }
            return
        }
        var positions: [String: Int] = [:]
        positions.reserveCapacity(members.count)
        for member in members {
            if let position = positions[member.memberKey] {
                elements[position].value = member.value
            } else {
                positions[member.memberKey] = elements.count
                elements.append(member)
            }
        }
    }

    /// The value for `key` (the last one when repeated); setting `nil` removes the member, setting a new key
    /// appends it.
    @inlinable package subscript(key: String) -> Member.Value? {
        get { elements.last(where: { $0.memberKey == key })?.value }
        set {
            if let index = elements.lastIndex(where: { $0.memberKey == key }) {
                if let newValue { elements[index].value = newValue } else { elements.remove(at: index) }
            } else if let newValue {
                elements.append(Member(memberKey: key, value: newValue))
            }
        }
    }

    /// Equal when both have the same keys with equal values, in any order. A repeated key must be repeated with
    /// the same values in the same order.
    @inlinable package static func == (lhs: Self, rhs: Self) -> Bool {
        guard lhs.elements.count == rhs.elements.count else { return false }
        if lhs.elements == rhs.elements { return true }
        guard lhs.elements.count > linearSearchLimit else {
            for (index, member) in lhs.elements.enumerated() {
                guard !lhs.elements[(index + 1)...].contains(where: { $0.memberKey == member.memberKey }) else {
                    return valuesByKey(lhs) == valuesByKey(rhs)
                }
                guard let other = rhs[member.memberKey], other == member.value else { return false }
            }
            return true
        }
        return valuesByKey(lhs) == valuesByKey(rhs)
    }

    /// Every key's values in member order: how maps with repeated keys compare.
    @inlinable package static func valuesByKey(_ members: Self) -> [String: [Member.Value]] {
        var values: [String: [Member.Value]] = [:]
        for member in members.elements { values[member.memberKey, default: []].append(member.value) }
        return values
    }

    /// Order-independent, consistent with `==`: sums the members' hashes.
    @inlinable package func hash(into hasher: inout Hasher) {
        var sum = 0
        for member in elements {
            var memberHasher = Hasher()
            memberHasher.combine(member)
            sum &+= memberHasher.finalize()
        }
        hasher.combine(elements.count)
        hasher.combine(sum)
    }
}
