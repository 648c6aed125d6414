/// A walk over the members of an object on a document's tape: the tape indexes of each name and value, in document
/// order.
///
/// The cursor holds two indexes and no document: each step borrows the document it is given, so a loop over an
/// object's members costs no retain, and the loop's body can report (mutate the state that holds the document),
/// which a closure handed to the document could not.
///
/// ```swift
/// var members = document.memberCursor(of: keys)
/// while let (name, value) = members.next(in: document) { … }
/// ```
@usableFromInline package struct TapeMemberCursor: Sendable {
    /// The tape index of the next member's name.
    @usableFromInline var child: Int
    /// The tape index past the object's last member.
    @usableFromInline let end: Int

    @inlinable @usableFromInline init(object index: Int, in document: JSONDocument) {
        child = index + 1
        end = document.next(index)
    }

    /// The next member's name and value indexes in `document` (the one the cursor was made for), or `nil` after the
    /// last.
    @inlinable package mutating func next(in document: JSONDocument) -> (name: Int, value: Int)? {
        guard child < end else { return nil }
        let name = child
        child = document.next(name + 1)
        return (name, name + 1)
    }
}

extension JSONDocument {
    /// A cursor over the members of the object at `index` on the tape (see ``TapeMemberCursor``); `index` must be an
    /// object's.
    @inlinable package func memberCursor(of index: Int) -> TapeMemberCursor {
        TapeMemberCursor(object: index, in: self)
    }
}
