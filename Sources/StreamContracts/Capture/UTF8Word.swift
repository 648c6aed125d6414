/// Eight bytes of UTF-8 read as one word, for counting Unicode scalars without a branch per byte.
enum UTF8Word {
    /// How many of the eight bytes of `word` are UTF-8 continuation bytes (`10xxxxxx`): bit 7 set and bit 6 clear.
    /// The scalars among them are the other bytes.
    @inline(__always) static func continuationBytes(_ word: UInt64) -> Int {
        ((word >> 7) & ~(word >> 6) & 0x0101_0101_0101_0101).nonzeroBitCount
    }
}
