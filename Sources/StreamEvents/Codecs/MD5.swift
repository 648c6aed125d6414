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
        var state = State()
        let fullBlocks = buffer.count / 64
        for block in 0..<fullBlocks {
            state.compress(UnsafeRawBufferPointer(rebasing: buffer[(block * 64)..<(block * 64 + 64)]))
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
            for block in 0..<blocks {
                state.compress(UnsafeRawBufferPointer(rebasing: tailBytes[(block * 64)..<(block * 64 + 64)]))
            }
        }

        return [UInt8](unsafeUninitializedCapacity: digestSize) { result, initialized in
            let raw = UnsafeMutableRawBufferPointer(result)
            raw.storeBytes(of: state.a.littleEndian, toByteOffset: 0, as: UInt32.self)
            raw.storeBytes(of: state.b.littleEndian, toByteOffset: 4, as: UInt32.self)
            raw.storeBytes(of: state.c.littleEndian, toByteOffset: 8, as: UInt32.self)
            raw.storeBytes(of: state.d.littleEndian, toByteOffset: 12, as: UInt32.self)
            initialized = digestSize
        }
    }

    /// The chaining state A, B, C, D.
    private struct State {
        var a: UInt32 = 0x6745_2301
        var b: UInt32 = 0xefcd_ab89
        var c: UInt32 = 0x98ba_dcfe
        var d: UInt32 = 0x1032_5476

        /// Processes one 64-byte block: four rounds of 16 steps, each
        /// `a = b + ((a + f(b, c, d) + M[k] + T[i]) <<< s)` with the roles of a, b, c, d rotating; the constants
        /// `T[i] = floor(2^32 · |sin(i + 1)|)` and shifts `s` are those of RFC 1321 §3.4, written inline so the
        /// loop touches no table.
        mutating func compress(_ block: UnsafeRawBufferPointer) {
            @inline(__always) func word(_ index: Int) -> UInt32 {
                UInt32(littleEndian: block.loadUnaligned(fromByteOffset: index * 4, as: UInt32.self))
            }
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

            var a = self.a
            var b = self.b
            var c = self.c
            var d = self.d

            // Round 1: F(b, c, d) = (b & c) | (~b & d), words in order.
            MD5.round1(&a, b, c, d, m0, 7, 0xd76a_a478)
            MD5.round1(&d, a, b, c, m1, 12, 0xe8c7_b756)
            MD5.round1(&c, d, a, b, m2, 17, 0x2420_70db)
            MD5.round1(&b, c, d, a, m3, 22, 0xc1bd_ceee)
            MD5.round1(&a, b, c, d, m4, 7, 0xf57c_0faf)
            MD5.round1(&d, a, b, c, m5, 12, 0x4787_c62a)
            MD5.round1(&c, d, a, b, m6, 17, 0xa830_4613)
            MD5.round1(&b, c, d, a, m7, 22, 0xfd46_9501)
            MD5.round1(&a, b, c, d, m8, 7, 0x6980_98d8)
            MD5.round1(&d, a, b, c, m9, 12, 0x8b44_f7af)
            MD5.round1(&c, d, a, b, m10, 17, 0xffff_5bb1)
            MD5.round1(&b, c, d, a, m11, 22, 0x895c_d7be)
            MD5.round1(&a, b, c, d, m12, 7, 0x6b90_1122)
            MD5.round1(&d, a, b, c, m13, 12, 0xfd98_7193)
            MD5.round1(&c, d, a, b, m14, 17, 0xa679_438e)
            MD5.round1(&b, c, d, a, m15, 22, 0x49b4_0821)

            // Round 2: G(b, c, d) = (b & d) | (c & ~d), words (1 + 5i) mod 16.
            MD5.round2(&a, b, c, d, m1, 5, 0xf61e_2562)
            MD5.round2(&d, a, b, c, m6, 9, 0xc040_b340)
            MD5.round2(&c, d, a, b, m11, 14, 0x265e_5a51)
            MD5.round2(&b, c, d, a, m0, 20, 0xe9b6_c7aa)
            MD5.round2(&a, b, c, d, m5, 5, 0xd62f_105d)
            MD5.round2(&d, a, b, c, m10, 9, 0x0244_1453)
            MD5.round2(&c, d, a, b, m15, 14, 0xd8a1_e681)
            MD5.round2(&b, c, d, a, m4, 20, 0xe7d3_fbc8)
            MD5.round2(&a, b, c, d, m9, 5, 0x21e1_cde6)
            MD5.round2(&d, a, b, c, m14, 9, 0xc337_07d6)
            MD5.round2(&c, d, a, b, m3, 14, 0xf4d5_0d87)
            MD5.round2(&b, c, d, a, m8, 20, 0x455a_14ed)
            MD5.round2(&a, b, c, d, m13, 5, 0xa9e3_e905)
            MD5.round2(&d, a, b, c, m2, 9, 0xfcef_a3f8)
            MD5.round2(&c, d, a, b, m7, 14, 0x676f_02d9)
            MD5.round2(&b, c, d, a, m12, 20, 0x8d2a_4c8a)

            // Round 3: H(b, c, d) = b ^ c ^ d, words (5 + 3i) mod 16.
            MD5.round3(&a, b, c, d, m5, 4, 0xfffa_3942)
            MD5.round3(&d, a, b, c, m8, 11, 0x8771_f681)
            MD5.round3(&c, d, a, b, m11, 16, 0x6d9d_6122)
            MD5.round3(&b, c, d, a, m14, 23, 0xfde5_380c)
            MD5.round3(&a, b, c, d, m1, 4, 0xa4be_ea44)
            MD5.round3(&d, a, b, c, m4, 11, 0x4bde_cfa9)
            MD5.round3(&c, d, a, b, m7, 16, 0xf6bb_4b60)
            MD5.round3(&b, c, d, a, m10, 23, 0xbebf_bc70)
            MD5.round3(&a, b, c, d, m13, 4, 0x289b_7ec6)
            MD5.round3(&d, a, b, c, m0, 11, 0xeaa1_27fa)
            MD5.round3(&c, d, a, b, m3, 16, 0xd4ef_3085)
            MD5.round3(&b, c, d, a, m6, 23, 0x0488_1d05)
            MD5.round3(&a, b, c, d, m9, 4, 0xd9d4_d039)
            MD5.round3(&d, a, b, c, m12, 11, 0xe6db_99e5)
            MD5.round3(&c, d, a, b, m15, 16, 0x1fa2_7cf8)
            MD5.round3(&b, c, d, a, m2, 23, 0xc4ac_5665)

            // Round 4: I(b, c, d) = c ^ (b | ~d), words 7i mod 16.
            MD5.round4(&a, b, c, d, m0, 6, 0xf429_2244)
            MD5.round4(&d, a, b, c, m7, 10, 0x432a_ff97)
            MD5.round4(&c, d, a, b, m14, 15, 0xab94_23a7)
            MD5.round4(&b, c, d, a, m5, 21, 0xfc93_a039)
            MD5.round4(&a, b, c, d, m12, 6, 0x655b_59c3)
            MD5.round4(&d, a, b, c, m3, 10, 0x8f0c_cc92)
            MD5.round4(&c, d, a, b, m10, 15, 0xffef_f47d)
            MD5.round4(&b, c, d, a, m1, 21, 0x8584_5dd1)
            MD5.round4(&a, b, c, d, m8, 6, 0x6fa8_7e4f)
            MD5.round4(&d, a, b, c, m15, 10, 0xfe2c_e6e0)
            MD5.round4(&c, d, a, b, m6, 15, 0xa301_4314)
            MD5.round4(&b, c, d, a, m13, 21, 0x4e08_11a1)
            MD5.round4(&a, b, c, d, m4, 6, 0xf753_7e82)
            MD5.round4(&d, a, b, c, m11, 10, 0xbd3a_f235)
            MD5.round4(&c, d, a, b, m2, 15, 0x2ad7_d2bb)
            MD5.round4(&b, c, d, a, m9, 21, 0xeb86_d391)

            self.a &+= a
            self.b &+= b
            self.c &+= c
            self.d &+= d
        }
    }

    // Each step's chain runs through b, the value the step before produced: the round functions below add what
    // depends only on a, c, d, the word and the constant first, so fewer operations wait for b (the latency of
    // that chain, not the instruction count, is what bounds MD5 on one buffer).

    @inline(__always) private static func rotate(_ value: UInt32, _ amount: UInt32) -> UInt32 {
        // Masking shifts: every amount is a constant in 4...23, so this is one rotate instruction (the smart
        // shifts `<<`/`>>` would add an over-shift test wherever the amount is not folded).
        (value &<< amount) | (value &>> (32 &- amount))
    }

    @inline(__always) private static func round1(
        _ a: inout UInt32, _ b: UInt32, _ c: UInt32, _ d: UInt32, _ word: UInt32, _ shift: UInt32, _ constant: UInt32
    ) {
        a = b &+ rotate((a &+ word &+ constant) &+ (d ^ (b & (c ^ d))), shift)  // = (b & c) | (~b & d)
    }

    @inline(__always) private static func round2(
        _ a: inout UInt32, _ b: UInt32, _ c: UInt32, _ d: UInt32, _ word: UInt32, _ shift: UInt32, _ constant: UInt32
    ) {
        // (b & d) | (c & ~d) as the sum of its two disjoint halves, so `c & ~d` does not wait for b.
        a = b &+ rotate((a &+ word &+ constant &+ (c & ~d)) &+ (b & d), shift)
    }

    @inline(__always) private static func round3(
        _ a: inout UInt32, _ b: UInt32, _ c: UInt32, _ d: UInt32, _ word: UInt32, _ shift: UInt32, _ constant: UInt32
    ) {
        a = b &+ rotate((a &+ word &+ constant) &+ (b ^ (c ^ d)), shift)
    }

    @inline(__always) private static func round4(
        _ a: inout UInt32, _ b: UInt32, _ c: UInt32, _ d: UInt32, _ word: UInt32, _ shift: UInt32, _ constant: UInt32
    ) {
        a = b &+ rotate((a &+ word &+ constant) &+ (c ^ (b | ~d)), shift)
    }
}
