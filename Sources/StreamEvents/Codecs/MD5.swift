// MD5 (RFC 1321), written for this package: Kinesis maps partition keys to shards with it and KPL aggregated
// records end with the MD5 of their protobuf body. Not for security: MD5 is broken as a cryptographic hash.

/// The MD5 message digest of RFC 1321.
///
/// Kinesis uses MD5 as a plain checksum and key hash, so this implementation aims at being exact and fast:
/// it reads the input in place, 64 bytes at a time, and allocates only the 16-byte result.
///
/// ```swift
/// MD5.digest(Array("abc".utf8))  // 90 01 50 98 3c d2 4f b0 d6 96 3f 7d 28 e1 7f 72
/// ```
package enum MD5 {
    /// The length of a digest in bytes.
    package static let digestSize = 16

    /// The MD5 digest of `bytes`.
    package static func digest(_ bytes: some Collection<UInt8>) -> [UInt8] {
        if let digest = bytes.withContiguousStorageIfAvailable({ digest(UnsafeRawBufferPointer($0)) }) {
            return digest
        }
        return Array(bytes).withUnsafeBytes { digest($0) }
    }

    /// The MD5 digest of the bytes in `buffer`.
    package static func digest(_ buffer: UnsafeRawBufferPointer) -> [UInt8] {
        stepConstants.withUnsafeBufferPointer { constants in
            // The table holds 64 entries, so its base address exists.
            guard let constants = constants.baseAddress else { return [] }
            return digest(buffer, constants: constants)
        }
    }

    /// `T[i] = floor(2^32 · |sin(i + 1)|)` of RFC 1321 §3.4, in step order.
    ///
    /// Loaded from memory rather than written inline: a constant operand lets the optimiser re-associate
    /// `a + f + M[k] + T[i]` so that the constant is added after f, one more operation on the chain through b that
    /// bounds MD5's speed; a loaded value is added to `a + M[k]` off that chain (about 30 % faster on one buffer).
    static let stepConstants: [UInt32] = makeStepConstants()

    /// The table of ``stepConstants``, built where the optimiser can't see its values (see there why).
    @_optimize(none)
    private static func makeStepConstants() -> [UInt32] {
        [
            0xd76a_a478, 0xe8c7_b756, 0x2420_70db, 0xc1bd_ceee, 0xf57c_0faf, 0x4787_c62a, 0xa830_4613, 0xfd46_9501,
            0x6980_98d8, 0x8b44_f7af, 0xffff_5bb1, 0x895c_d7be, 0x6b90_1122, 0xfd98_7193, 0xa679_438e, 0x49b4_0821,
            0xf61e_2562, 0xc040_b340, 0x265e_5a51, 0xe9b6_c7aa, 0xd62f_105d, 0x0244_1453, 0xd8a1_e681, 0xe7d3_fbc8,
            0x21e1_cde6, 0xc337_07d6, 0xf4d5_0d87, 0x455a_14ed, 0xa9e3_e905, 0xfcef_a3f8, 0x676f_02d9, 0x8d2a_4c8a,
            0xfffa_3942, 0x8771_f681, 0x6d9d_6122, 0xfde5_380c, 0xa4be_ea44, 0x4bde_cfa9, 0xf6bb_4b60, 0xbebf_bc70,
            0x289b_7ec6, 0xeaa1_27fa, 0xd4ef_3085, 0x0488_1d05, 0xd9d4_d039, 0xe6db_99e5, 0x1fa2_7cf8, 0xc4ac_5665,
            0xf429_2244, 0x432a_ff97, 0xab94_23a7, 0xfc93_a039, 0x655b_59c3, 0x8f0c_cc92, 0xffef_f47d, 0x8584_5dd1,
            0x6fa8_7e4f, 0xfe2c_e6e0, 0xa301_4314, 0x4e08_11a1, 0xf753_7e82, 0xbd3a_f235, 0x2ad7_d2bb, 0xeb86_d391,
        ]
    }

    private static func digest(_ buffer: UnsafeRawBufferPointer, constants k: UnsafePointer<UInt32>) -> [UInt8] {
        digest(buffer, from: State(), block: 0, constants: k)
    }

    /// The digest of `buffer` when `state` is the chaining state after its first `block` blocks: hashes the
    /// remaining full blocks, then the padding.
    static func digest(
        _ buffer: UnsafeRawBufferPointer, from state: State, block firstBlock: Int, constants k: UnsafePointer<UInt32>
    ) -> [UInt8] {
        var state = state
        let fullBlocks = buffer.count / 64
        for block in min(firstBlock, fullBlocks)..<fullBlocks {
            state.compress(UnsafeRawBufferPointer(rebasing: buffer[(block * 64)..<(block * 64 + 64)]), k)
        }

        // Padding: 0x80, zeros up to 56 mod 64, then the bit length as a little-endian UInt64.
        let tailCount = buffer.count - fullBlocks * 64
        let bitLength = UInt64(truncatingIfNeeded: buffer.count) &* 8
        var tail = (
            UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0),
            UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0)
        )
        withUnsafeMutableBytes(of: &tail) { tailBytes in
            for index in 0..<tailCount {
                tailBytes[index] = buffer[fullBlocks * 64 + index]
            }
            tailBytes[tailCount] = 0x80
            let blocks = tailCount < 56 ? 1 : 2
            let lengthOffset = blocks * 64 - 8
            for index in 0..<8 {
                tailBytes[lengthOffset + index] = UInt8(truncatingIfNeeded: bitLength >> (UInt64(index) * 8))
            }
            for block in max(firstBlock - fullBlocks, 0)..<blocks {
                state.compress(UnsafeRawBufferPointer(rebasing: tailBytes[(block * 64)..<(block * 64 + 64)]), k)
            }
        }
        return state.digest()
    }

    /// The chaining state A, B, C, D.
    struct State {
        var a: UInt32 = 0x6745_2301
        var b: UInt32 = 0xefcd_ab89
        var c: UInt32 = 0x98ba_dcfe
        var d: UInt32 = 0x1032_5476

        /// The digest when this is the state after the last block: A, B, C, D as little-endian bytes.
        func digest() -> [UInt8] {
            [UInt8](unsafeUninitializedCapacity: MD5.digestSize) { result, initialized in
                let raw = UnsafeMutableRawBufferPointer(result)
                raw.storeBytes(of: a.littleEndian, toByteOffset: 0, as: UInt32.self)
                raw.storeBytes(of: b.littleEndian, toByteOffset: 4, as: UInt32.self)
                raw.storeBytes(of: c.littleEndian, toByteOffset: 8, as: UInt32.self)
                raw.storeBytes(of: d.littleEndian, toByteOffset: 12, as: UInt32.self)
                initialized = MD5.digestSize
            }
        }

        /// Processes one 64-byte block (``MD5/steps(_:_:_:_:constants:words:)`` on this one message).
        mutating func compress(_ block: UnsafeRawBufferPointer, _ k: UnsafePointer<UInt32>) {
            MD5.steps(&a, &b, &c, &d, constants: k) {
                UInt32(littleEndian: block.loadUnaligned(fromByteOffset: $0 * 4, as: UInt32.self))
            }
        }
    }

    /// Processes one 64-byte block of each message that `Word` holds side by side: four rounds of 16 steps, each
    /// `a = b + ((a + f(b, c, d) + M[k] + T[i]) <<< s)` with the roles of a, b, c, d rotating; the shifts `s` are
    /// those of RFC 1321 §3.4, written inline, the constants `T[i]` are `k[i]` (``stepConstants``). Written once for
    /// one message (`UInt32`) and for eight (`SIMD8<UInt32>`, ``digests(_:)``); always inlined, so each caller gets
    /// the code of its own word type.
    ///
    /// - Parameters:
    ///   - a, b, c, d: The chaining state, updated with the block.
    ///   - k: The 64 step constants.
    ///   - word: Word `index` (0…15) of the block, little-endian.
    @inline(__always) static func steps<Word: MD5Word>(
        _ a0: inout Word, _ b0: inout Word, _ c0: inout Word, _ d0: inout Word, constants k: UnsafePointer<Word>,
        words word: (Int) -> Word
    ) {
        let m0 = word(0)
        let m1 = word(1)
        let m2 = word(2)
        let m3 = word(3)
        let m4 = word(4)
        let m5 = word(5)
        let m6 = word(6)
        let m7 = word(7)
        let m8 = word(8)
        let m9 = word(9)
        let m10 = word(10)
        let m11 = word(11)
        let m12 = word(12)
        let m13 = word(13)
        let m14 = word(14)
        let m15 = word(15)

        var a = a0
        var b = b0
        var c = c0
        var d = d0

        // Round 1: F(b, c, d) = (b & c) | (~b & d), words in order.
        round1(&a, b, c, d, m0, 7, k[0])
        round1(&d, a, b, c, m1, 12, k[1])
        round1(&c, d, a, b, m2, 17, k[2])
        round1(&b, c, d, a, m3, 22, k[3])
        round1(&a, b, c, d, m4, 7, k[4])
        round1(&d, a, b, c, m5, 12, k[5])
        round1(&c, d, a, b, m6, 17, k[6])
        round1(&b, c, d, a, m7, 22, k[7])
        round1(&a, b, c, d, m8, 7, k[8])
        round1(&d, a, b, c, m9, 12, k[9])
        round1(&c, d, a, b, m10, 17, k[10])
        round1(&b, c, d, a, m11, 22, k[11])
        round1(&a, b, c, d, m12, 7, k[12])
        round1(&d, a, b, c, m13, 12, k[13])
        round1(&c, d, a, b, m14, 17, k[14])
        round1(&b, c, d, a, m15, 22, k[15])

        // Round 2: G(b, c, d) = (b & d) | (c & ~d), words (1 + 5i) mod 16.
        round2(&a, b, c, d, m1, 5, k[16])
        round2(&d, a, b, c, m6, 9, k[17])
        round2(&c, d, a, b, m11, 14, k[18])
        round2(&b, c, d, a, m0, 20, k[19])
        round2(&a, b, c, d, m5, 5, k[20])
        round2(&d, a, b, c, m10, 9, k[21])
        round2(&c, d, a, b, m15, 14, k[22])
        round2(&b, c, d, a, m4, 20, k[23])
        round2(&a, b, c, d, m9, 5, k[24])
        round2(&d, a, b, c, m14, 9, k[25])
        round2(&c, d, a, b, m3, 14, k[26])
        round2(&b, c, d, a, m8, 20, k[27])
        round2(&a, b, c, d, m13, 5, k[28])
        round2(&d, a, b, c, m2, 9, k[29])
        round2(&c, d, a, b, m7, 14, k[30])
        round2(&b, c, d, a, m12, 20, k[31])

        // Round 3: H(b, c, d) = b ^ c ^ d, words (5 + 3i) mod 16.
        round3(&a, b, c, d, m5, 4, k[32])
        round3(&d, a, b, c, m8, 11, k[33])
        round3(&c, d, a, b, m11, 16, k[34])
        round3(&b, c, d, a, m14, 23, k[35])
        round3(&a, b, c, d, m1, 4, k[36])
        round3(&d, a, b, c, m4, 11, k[37])
        round3(&c, d, a, b, m7, 16, k[38])
        round3(&b, c, d, a, m10, 23, k[39])
        round3(&a, b, c, d, m13, 4, k[40])
        round3(&d, a, b, c, m0, 11, k[41])
        round3(&c, d, a, b, m3, 16, k[42])
        round3(&b, c, d, a, m6, 23, k[43])
        round3(&a, b, c, d, m9, 4, k[44])
        round3(&d, a, b, c, m12, 11, k[45])
        round3(&c, d, a, b, m15, 16, k[46])
        round3(&b, c, d, a, m2, 23, k[47])

        // Round 4: I(b, c, d) = c ^ (b | ~d), words 7i mod 16.
        round4(&a, b, c, d, m0, 6, k[48])
        round4(&d, a, b, c, m7, 10, k[49])
        round4(&c, d, a, b, m14, 15, k[50])
        round4(&b, c, d, a, m5, 21, k[51])
        round4(&a, b, c, d, m12, 6, k[52])
        round4(&d, a, b, c, m3, 10, k[53])
        round4(&c, d, a, b, m10, 15, k[54])
        round4(&b, c, d, a, m1, 21, k[55])
        round4(&a, b, c, d, m8, 6, k[56])
        round4(&d, a, b, c, m15, 10, k[57])
        round4(&c, d, a, b, m6, 15, k[58])
        round4(&b, c, d, a, m13, 21, k[59])
        round4(&a, b, c, d, m4, 6, k[60])
        round4(&d, a, b, c, m11, 10, k[61])
        round4(&c, d, a, b, m2, 15, k[62])
        round4(&b, c, d, a, m9, 21, k[63])

        a0 = a0 &+ a
        b0 = b0 &+ b
        c0 = c0 &+ c
        d0 = d0 &+ d
    }

    // Each step's chain runs through b, the value the step before produced: the round functions below add what
    // depends only on a, c, d, the word and the constant first, so fewer operations wait for b (the latency of
    // that chain, not the instruction count, is what bounds MD5 on one buffer).

    @inline(__always) private static func round1<Word: MD5Word>(
        _ a: inout Word, _ b: Word, _ c: Word, _ d: Word, _ word: Word, _ shift: UInt32, _ constant: Word
    ) {
        a = b &+ ((a &+ word &+ constant) &+ (d ^ (b & (c ^ d)))).rotated(left: shift)  // = (b & c) | (~b & d)
    }

    @inline(__always) private static func round2<Word: MD5Word>(
        _ a: inout Word, _ b: Word, _ c: Word, _ d: Word, _ word: Word, _ shift: UInt32, _ constant: Word
    ) {
        // (b & d) | (c & ~d) as the sum of its two disjoint halves, so `c & ~d` does not wait for b.
        a = b &+ ((a &+ word &+ constant &+ (c & ~d)) &+ (b & d)).rotated(left: shift)
    }

    @inline(__always) private static func round3<Word: MD5Word>(
        _ a: inout Word, _ b: Word, _ c: Word, _ d: Word, _ word: Word, _ shift: UInt32, _ constant: Word
    ) {
        a = b &+ ((a &+ word &+ constant) &+ (b ^ (c ^ d))).rotated(left: shift)
    }

    @inline(__always) private static func round4<Word: MD5Word>(
        _ a: inout Word, _ b: Word, _ c: Word, _ d: Word, _ word: Word, _ shift: UInt32, _ constant: Word
    ) {
        a = b &+ ((a &+ word &+ constant) &+ (c ^ (b | ~d))).rotated(left: shift)
    }
}
