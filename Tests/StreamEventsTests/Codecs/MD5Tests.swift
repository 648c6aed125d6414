import Testing

@testable import StreamEvents

@Suite struct MD5Tests {
    static let rfc1321Suite: [(input: String, digest: String)] = [
        ("", "d41d8cd98f00b204e9800998ecf8427e"),
        ("a", "0cc175b9c0f1b6a831c399e269772661"),
        ("abc", "900150983cd24fb0d6963f7d28e17f72"),
        ("message digest", "f96b697d7cb7938d525a2f31aaf161d0"),
        ("abcdefghijklmnopqrstuvwxyz", "c3fcd3d76192e4007dfb496cca67e13b"),
        ("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", "d174ab98d277d9f5a5611c2c9f419d9f"),
        (
            "12345678901234567890123456789012345678901234567890123456789012345678901234567890",
            "57edf4a22be3c955ac49da2e2107b67a"
        ),
    ]

    @Test(arguments: rfc1321Suite)
    func matchesTheRFC1321TestSuite(input: String, digest: String) {
        #expect(hexString(MD5.digest(Array(input.utf8))) == digest)
    }

    /// Lengths around the padding boundaries (55/56 bytes fit one or two tail blocks); digests from Python hashlib.
    @Test(arguments: [
        (55, "6912ee65fff2d9f9ce2508cddf8bcda0"), (56, "51fdd1acda72405dfdfa03fcb85896d7"),
        (57, "5320ef4c17ef34a0cf2db763338d25eb"), (63, "48a6295221902e8e0938f773a7185e72"),
        (64, "b2d3f56bc197fd985d5965079b5e7148"), (65, "8bd7053801c768420faf816fadba971c"),
        (119, "1c772251899a7ff007400b888d6b2042"), (120, "b7ba1efc6022e9ed272f00b8831e26e6"),
        (128, "37eff01866ba3f538421b30b7cbefcac"),
    ])
    func padsCorrectlyAtBlockBoundaries(length: Int, digest: String) {
        let input = (0..<length).map { UInt8($0 % 251) }
        #expect(hexString(MD5.digest(input)) == digest)
    }

    /// 1 MiB of `i % 251`; the digest was computed once with
    /// `python3 -c 'import hashlib; print(hashlib.md5(bytes(i % 251 for i in range(1 << 20))).hexdigest())'`.
    @Test func digestsOneMebibyteLikePython() {
        let input = (0..<(1 << 20)).map { UInt8($0 % 251) }
        #expect(hexString(MD5.digest(input)) == "8f293a2f6c19b345152f7a49bb4c643c")
    }

    @Test func givesTheSameDigestForEveryInputShape() {
        let bytes = Array("message digest".utf8)
        let expected = MD5.digest(bytes)
        #expect(MD5.digest(bytes[...]) == expected)
        #expect(MD5.digest("message digest".utf8) == expected)  // not contiguous-storage: takes the copying path
        #expect(bytes.withUnsafeBytes { MD5.digest($0) } == expected)
        #expect(expected.count == 16)
    }

    // MARK: Several messages at once (MD5.digests, one message per SIMD lane)

    @Test func digestsTheRFC1321SuiteSideBySide() {
        let inputs = Self.rfc1321Suite.map { Array($0.input.utf8)[...] }
        #expect(MD5.digests(inputs).map(hexString) == Self.rfc1321Suite.map(\.digest))
    }

    /// Every length 0…300 (one, two and three padding positions per block), each message a slice that does not start
    /// at index 0, hashed in one call (lanes refilled as messages finish) and in groups of 1, 2, 3, 4, 5, 8, 9, 16 and 17
    /// (fewer messages than lanes, exactly the eight lanes, and more).
    @Test func agreesWithTheScalarDigestForEveryLengthAndGroupSize() {
        var random = TestRandom(seed: 1321)
        let messages = (0...300).map { length in
            Array((0..<(length + 3)).map { _ in UInt8(truncatingIfNeeded: random.next()) })[3...]
        }
        let expected = messages.map { MD5.digest($0) }
        #expect(MD5.digests(messages) == expected)
        #expect(MD5.digests(messages.reversed()) == expected.reversed())
        for size in [1, 2, 3, 4, 5, 8, 9, 16, 17] {
            var start = 0
            while start < messages.count {
                let group = Array(messages[start..<min(start + size, messages.count)])
                #expect(MD5.digests(group) == group.map { MD5.digest($0) }, "group of \(size) from \(start)")
                start += size
            }
        }
    }

    /// Groups of random lengths in random order: lanes finish at different blocks, take waiting messages, and the
    /// last message left finishes on the scalar path from wherever its lane stopped (a full block or the padding).
    @Test func agreesWithTheScalarDigestOnMixedLengths() {
        var random = TestRandom(seed: 5)
        for _ in 0..<200 {
            let group = (0..<(1 + random.below(20))).map { _ in
                let count = random.below(random.bool() ? 130 : 2_000)
                return Array((0..<count).map { _ in UInt8(truncatingIfNeeded: random.next()) })[...]
            }
            #expect(MD5.digests(group) == group.map { MD5.digest($0) }, "lengths \(group.map(\.count))")
        }
        let fixed: [[Int]] = [
            [5_000, 0, 64, 119], [0, 0], [56, 55], [120, 1_000_000], [63, 64, 65, 127, 128, 129],
        ]
        for lengths in fixed {
            let group = lengths.map { count in (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 7) }[...] }
            #expect(MD5.digests(group) == group.map { MD5.digest($0) }, "lengths \(lengths)")
        }
        #expect(MD5.digests([]).isEmpty)
    }
}
