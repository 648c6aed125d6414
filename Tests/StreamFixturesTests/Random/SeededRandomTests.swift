import StreamFixtures
import Testing

/// Expected values come from a direct Python transcription of the reference C code of xoshiro256** and
/// SplitMix64 (run once while writing these tests) and of Lemire's bounded method.
@Suite struct SeededRandomTests {
    func words(seed: Seed, count: Int) -> [UInt64] {
        var random = SeededRandom(seed: seed)
        return (0..<count).map { _ in random.next() }
    }

    @Test func seedZeroStartsWithTheReferenceOutputs() {
        #expect(
            words(seed: 0, count: 5) == [
                0x99ec_5f36_cb75_f2b4, 0xbf6e_1f78_4956_452a, 0x1a5f_849d_4933_e6e0, 0x6aa5_94f1_262d_2d2c,
                0xbba5_ad4a_1f84_2e59,
            ])
    }

    @Test func seedFortyTwoStartsWithTheReferenceOutputs() {
        #expect(
            words(seed: 42, count: 5) == [
                0x1578_0b2e_0c2e_c716, 0x6104_d986_6d11_3a7e, 0xae17_5332_39e4_99a1, 0xecb8_ad47_03b3_60a1,
                0xfde6_dc7f_e2ec_5e64,
            ])
    }

    @Test func textSeedsHashWithFNV1a() {
        #expect(Seed("").value == 0xcbf2_9ce4_8422_2325)
        #expect(Seed("a").value == 0xaf63_dc4c_8601_ec8c)
        #expect(Seed("orders").value == 0x0012_5d92_50be_8b4c)
        #expect(Seed("checkout-flow").value == 0x5e58_2e38_21d8_3054)
        #expect(
            words(seed: "orders", count: 3) == [0x9e4a_e4a3_992d_0a1c, 0x7ffe_a322_fdd3_851e, 0x1c7c_8619_b3c5_6525])
    }

    @Test func mapsToBoundsWithLemiresMethod() {
        var random = SeededRandom(seed: 42)
        #expect((0..<10).map { _ in random.next(below: 6) } == [0, 2, 4, 5, 5, 4, 4, 5, 4, 3])
        var wide = SeededRandom(seed: 1)
        #expect(
            (0..<3).map { _ in wide.next(below: 1 << 63 + 1) } == [
                4_800_180_567_299_270_261, 5_295_190_459_760_845_450, 3_609_369_285_294_772_691,
            ])
        var seven = SeededRandom(seed: 7)
        #expect((0..<10).map { _ in seven.int(in: -5...5) } == [2, -2, 4, 5, 5, 4, -5, -4, -1, -4])
    }

    @Test func takesDoublesFromTheTop53Bits() {
        var random = SeededRandom(seed: 0)
        #expect(
            (0..<3).map { _ in random.double01() } == [0.6012629994179048, 0.7477740925472398, 0.10301998939503632])
    }

    @Test func hasNoModuloBiasForLargeBounds() {
        // With bound 3·2^62, `word % bound` would land below 2^62 half of the time; uniform is one third.
        var random = SeededRandom(seed: 3)
        let bound: UInt64 = 3 << 62
        let draws = 30_000
        let low = (0..<draws).filter { _ in random.next(below: bound) < 1 << 62 }.count
        #expect(abs(Double(low) / Double(draws) - 1.0 / 3.0) < 0.015)
    }

    @Test func spreadsSmallRangesEvenly() {
        var random = SeededRandom(seed: "dice")
        var counts = [Int](repeating: 0, count: 6)
        for _ in 0..<60_000 { counts[random.int(in: 1...6) - 1] += 1 }
        #expect(counts.allSatisfy { abs($0 - 10_000) < 500 }, "counts: \(counts)")
    }

    @Test func coversExtremeRangesWithoutTrapping() {
        var random = SeededRandom(seed: 9)
        for _ in 0..<1000 {
            _ = random.int(in: Int.min...Int.max)
            #expect(random.int(in: Int.max...Int.max) == Int.max)
            #expect((Int.min...(Int.min + 1)).contains(random.int(in: Int.min...(Int.min + 1))))
        }
        #expect(random.next(below: 0) == 0)
        #expect(random.next(below: 1) == 0)
    }

    @Test func drawsBooleansWithTheirProbability() {
        var random = SeededRandom(seed: 11)
        let trues = (0..<20_000).filter { _ in random.bool(probability: 0.2) }.count
        #expect(abs(Double(trues) / 20_000 - 0.2) < 0.015)
        let never = (0..<100).filter { _ in random.bool(probability: 0) }.count
        let always = (0..<100).filter { _ in random.bool(probability: 1) }.count
        let notANumber = random.bool(probability: .nan)
        #expect(never == 0)
        #expect(always == 100)
        #expect(!notANumber)
    }

    @Test func choosesAndShufflesReproducibly() {
        var first = SeededRandom(seed: 5)
        var second = SeededRandom(seed: 5)
        #expect(first.element(of: Array(0..<100)) == second.element(of: Array(0..<100)))
        #expect(first.element(of: [Int]()) == nil)
        var deck = Array(0..<52)
        first.shuffle(&deck)
        #expect(deck == second.shuffled(0..<52))
        #expect(deck.sorted() == Array(0..<52))
        #expect(deck != Array(0..<52))
        #expect(first == second)  // same draws consumed on both sides
    }

    @Test func keepsTheStateAsAValue() {
        var random = SeededRandom(seed: 1)
        var copy = random
        let original = random.next()
        #expect(original == copy.next())
    }
}
