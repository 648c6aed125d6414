import StreamJSON

extension JSONByteWriter {
    /// `"name":` for a member name written as a literal: the `StaticString` overload of `key(_:)` (one copy, no
    /// escape scan), which a bare string literal does not pick — Swift prefers `String` for literals.
    @inline(__always)
    mutating func member(_ name: StaticString) {
        key(name)
    }
}
