extension CapturedDocument {
    /// What the reader worked out from a captured document's `content` and hands on with it (its kind detection), so
    /// that the validator does not work it out again.
    ///
    /// It is a cache, not a field: two results with the same content are the same result whether or not the reader
    /// ran the detection. So every instance equals every other, and `CapturedDocument` keeps its synthesised `==` —
    /// which compares every stored property, so a field added later is compared without anyone having to remember.
    /// Setting `content` replaces it with an empty one, so it always belongs to the document held.
    struct DerivedFromContent: Sendable, Equatable {
        /// The result of `PayloadKind.detection(in:at:)` on the document's root; `nil` when it was not run.
        var detection: Detection?

        /// Always `true`: what is derived from `content` says nothing `content` does not.
        static func == (lhs: Self, rhs: Self) -> Bool { true }
    }
}
