/// The members of an object on a document's tape, as the tape indexes of each name and value, in document order.
///
/// Walks the tape in place: no array is made, so a rule can go through an object's members and report (mutate its
/// own state) in the loop's body, which a closure handed to the document could not.
///
/// ```swift
/// for (name, value) in document.tapeMembers(of: keys) { … }
/// ```
@usableFromInline package struct TapeMembers: Sequence, IteratorProtocol {
    @usableFromInline let document: JSONDocument
    @usableFromInline var child: Int
    @usableFromInline let end: Int

    @inlinable init(document: JSONDocument, object index: Int) {
        self.document = document
        child = index + 1
        end = document.next(index)
    }

    /// The next member's name and value indexes, or `nil` after the last.
    @inlinable package mutating func next() -> (name: Int, value: Int)? {
        guard child < end else { return nil }
        let name = child
        child = document.next(name + 1)
        return (name, name + 1)
    }
}

extension JSONDocument {
    /// The members of the object at `index` on the tape (see ``TapeMembers``); `index` must be an object's.
    @inlinable package func tapeMembers(of index: Int) -> TapeMembers { TapeMembers(document: self, object: index) }
}
