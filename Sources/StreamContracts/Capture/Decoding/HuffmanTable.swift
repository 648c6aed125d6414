/// A canonical Huffman code (RFC 1951 §3.2.2) as lookup tables, so that a symbol is decoded with one or two
/// table reads instead of one step per bit.
///
/// The primary table is indexed by the next `primaryBits` input bits (DEFLATE packs codes most significant bit
/// first, so entries are stored under the bit-reversed code). A code longer than `primaryBits` has a link entry in
/// the primary table that points at a subtable indexed by the code's remaining bits.
///
/// An entry is a `UInt32`:
/// - bits 0–3: how many input bits the entry consumes (the code length, or `primaryBits` for a link);
/// - bits 4–7: extra bits that follow the code (length and distance symbols), or a link's subtable index width;
/// - bits 8–10: the ``Kind``;
/// - bits 16–31: the literal byte, the length or distance base, a subtable's start, or an invalid symbol's number.
struct HuffmanTable: Sendable {
    /// What an entry stands for.
    enum Kind: UInt32 {
        /// A literal byte (literal/length code) or a plain symbol (code-length code).
        case literal = 0
        /// A length (literal/length code) or a distance (distance code), with extra bits.
        case copy = 1
        /// End of block (literal/length code).
        case endOfBlock = 2
        /// A link to a subtable.
        case link = 3
        /// A symbol DEFLATE does not allow here (value: the symbol), or no code at all (value: 0xFFFF).
        case invalid = 4
    }

    /// The primary table followed by the subtables.
    let entries: [UInt32]
    /// How many bits index the primary table.
    let primaryBits: Int

    /// How many input bits `entry` consumes.
    @inline(__always)
    static func codeBits(_ entry: UInt32) -> Int { Int(entry & 15) }

    /// The extra bits after `entry`'s code, or its subtable's index width.
    @inline(__always)
    static func extraBits(_ entry: UInt32) -> Int { Int(entry &>> 4 & 15) }

    /// `entry`'s ``Kind`` raw value.
    @inline(__always)
    static func kind(_ entry: UInt32) -> UInt32 { entry &>> 8 & 7 }

    /// `entry`'s literal, base, subtable start or symbol number.
    @inline(__always)
    static func value(_ entry: UInt32) -> Int { Int(entry &>> 16) }

    /// The entry for a code that is not assigned (an incomplete code).
    static let unassigned = entry(.invalid, value: 0xFFFF)

    /// Packs an entry without its consumed-bit count.
    ///
    /// - Parameters:
    ///   - kind: what the entry stands for.
    ///   - value: its literal, base, subtable start or symbol number (< 65,536).
    ///   - extra: extra bits after the code, or a link's subtable index width (< 16).
    /// - Returns: the packed entry.
    static func entry(_ kind: Kind, value: Int, extra: Int = 0) -> UInt32 {
        UInt32(truncatingIfNeeded: value) << 16 | kind.rawValue << 8 | UInt32(truncatingIfNeeded: extra) << 4
    }

    /// Why a set of code lengths does not make a usable code.
    enum Defect: Error {
        /// More codes of some length than the code space holds.
        case overSubscribed
        /// Code space left unused where DEFLATE requires a complete code.
        case incomplete
    }

    /// A table in which every code is unassigned (decoding anything with it is an error).
    ///
    /// - Parameter primaryBits: the primary table's index width.
    init(unassigned primaryBits: Int) {
        entries = [UInt32](repeating: Self.unassigned, count: 1 << primaryBits)
        self.primaryBits = primaryBits
    }

    /// Builds the tables for the canonical code with `lengths`.
    ///
    /// DEFLATE allows an incomplete literal/length or distance code only when it has a single code of one bit
    /// (or, for distances, no code at all); `allowsSingleCode` says whether this code is one of those.
    ///
    /// - Parameters:
    ///   - lengths: the code length of each symbol (0: unused), each ≤ 15.
    ///   - primaryBits: the primary table's index width (≤ 15).
    ///   - allowsSingleCode: whether an incomplete code of at most one 1-bit code is accepted.
    ///   - symbolEntry: the entry (without consumed-bit count) of each symbol.
    /// - Throws: `Defect` for an over-subscribed code, or an incomplete one that is not allowed.
    init(
        lengths: ArraySlice<UInt8>, primaryBits: Int, allowsSingleCode: Bool, symbolEntry: (Int) -> UInt32
    ) throws(Defect) {
        var counts = [Int](repeating: 0, count: 16)
        for length in lengths { counts[Int(length & 15)] += 1 }
        counts[0] = 0
        var left = 1
        for length in 1..<16 {
            left = left << 1 - counts[length]
            if left < 0 { throw .overSubscribed }
        }
        if left > 0 {
            let codes = counts[1...].reduce(0, +)
            guard allowsSingleCode, codes <= 1, counts[2...].allSatisfy({ $0 == 0 }) else { throw .incomplete }
        }
        var next = [Int](repeating: 0, count: 16)
        var code = 0
        for length in 1..<16 {
            code = (code + counts[length - 1]) << 1
            next[length] = code
        }
        // Each symbol's code, bit-reversed so that it indexes the tables as DEFLATE delivers bits.
        var reversed = [Int](repeating: 0, count: lengths.count)
        var longest = [Int](repeating: 0, count: 1 << primaryBits)
        let mask = 1 << primaryBits - 1
        for (offset, rawLength) in lengths.enumerated() where rawLength != 0 {
            let length = Int(rawLength & 15)
            var value = next[length]
            next[length] += 1
            var bits = 0
            for _ in 0..<length {
                bits = bits << 1 | value & 1
                value >>= 1
            }
            reversed[offset] = bits
            if length > primaryBits { longest[bits & mask] = max(longest[bits & mask], length) }
        }
        var entries = [UInt32](repeating: Self.unassigned, count: 1 << primaryBits)
        for prefix in 0..<(1 << primaryBits) where longest[prefix] != 0 {
            let width = longest[prefix] - primaryBits
            entries[prefix] = Self.entry(.link, value: entries.count, extra: width) | UInt32(primaryBits)
            entries.append(contentsOf: repeatElement(Self.unassigned, count: 1 << width))
        }
        for (offset, rawLength) in lengths.enumerated() where rawLength != 0 {
            let length = Int(rawLength & 15)
            let bits = reversed[offset]
            let symbol = symbolEntry(offset)
            if length <= primaryBits {
                let filled = symbol | UInt32(length)
                for index in stride(from: bits, to: 1 << primaryBits, by: 1 << length) { entries[index] = filled }
            } else {
                let link = entries[bits & mask]
                let start = Int(link >> 16)
                let width = Int(link >> 4 & 15)
                let rest = length - primaryBits
                let filled = symbol | UInt32(rest)
                for index in stride(from: bits >> primaryBits, to: 1 << width, by: 1 << rest) {
                    entries[start + index] = filled
                }
            }
        }
        self.entries = entries
        self.primaryBits = primaryBits
    }
}
