import StreamFixtures
import Testing

@Suite struct GenTests {
    struct Order: Sendable, Equatable {
        var key: String
        var quantity: Int
        var note: String?
        var tags: [String]
    }

    static let order = Gen.zip(
        Gen.alphanumeric(length: 1...12),
        Gen.int(in: 1...99),
        Gen.unicode(length: 0...8).optional(nilProbability: 0.3),
        Gen.ascii(length: 1...4).array(of: 0...3)
    ).map { Order(key: $0, quantity: $1, note: $2, tags: $3) }

    @Test func producesTheSameValuesForTheSameSeed() {
        #expect(Self.order.samples(count: 50, seed: 7) == Self.order.samples(count: 50, seed: 7))
        #expect(Self.order.samples(count: 50, seed: 7) != Self.order.samples(count: 50, seed: 8))
    }

    @Test func keepsEarlierSamplesWhenMoreAreDrawn() {
        let few = Self.order.samples(count: 10, seed: "prefix")
        let many = Self.order.samples(count: 200, seed: "prefix")
        #expect(Array(many.prefix(10)) == few)
    }

    /// Pinned against the Python reference: each sample seeds its own xoshiro256** stream with
    /// `seed.derived(index: i)`, draws the length with Lemire's method, then one index into the alphabet per
    /// character.
    @Test func pinsGeneratedStrings() {
        #expect(Gen.alphanumeric(length: 4...8).samples(count: 3, seed: 7) == ["11mWLcJ", "8v3C5l", "BX5g9"])
        #expect(Gen.int(in: 1...6).samples(count: 5, seed: "dice") == [2, 3, 6, 5, 6])
    }

    @Test func replaysASampleFromItsSeed() {
        let samples = Self.order.seededSamples(count: 20, seed: 99)
        #expect(samples.map(\.value) == Self.order.samples(count: 20, seed: 99))
        for sample in samples {
            #expect(Self.order.run(seed: sample.seed) == sample.value)
        }
        #expect(samples[3].description.contains("(seed: \(samples[3].seed); replay with .run(seed: "))
    }

    @Test func choosesWithFrequencyInProportionToWeights() {
        let name = Gen.frequency((6, .constant("INSERT")), (3, .constant("MODIFY")), (1, .constant("REMOVE")))
        let names = name.samples(count: 10_000, seed: 1)
        let counts = ["INSERT", "MODIFY", "REMOVE"].map { key in names.filter { $0 == key }.count }
        #expect(abs(counts[0] - 6000) < 300 && abs(counts[1] - 3000) < 250 && abs(counts[2] - 1000) < 150, "\(counts)")
    }

    @Test func choosesWithOneOfUniformly() {
        let gen = Gen.oneOf(.constant(0), .constant(1), .constant(2))
        let values = gen.samples(count: 9000, seed: 2)
        let counts = (0..<3).map { key in values.filter { $0 == key }.count }
        #expect(counts.allSatisfy { abs($0 - 3000) < 200 }, "\(counts)")
    }

    @Test func treatsZeroAndNegativeWeightsSafely() throws {
        let never = Gen.frequency((0, .constant("never")), (-5, .constant("never either")), (1, .constant("always")))
        #expect(Set(never.samples(count: 200, seed: 3)) == ["always"])
        let allZero = Gen.frequency((0, .constant("a")), (0, .constant("b")))
        #expect(Set(allZero.samples(count: 200, seed: 3)) == ["a", "b"])
        #expect(Gen<Int>.frequency([]) == nil)
        #expect(Gen<Int>.oneOf([]) == nil)
        #expect(Gen<Int>.element(of: []) == nil)
        let listed = try #require(Gen.element(of: ["x", "y"]))
        #expect(Set(listed.samples(count: 100, seed: 4)) == ["x", "y"])
        #expect(Set(Gen.element("KEYS_ONLY", "NEW_IMAGE").samples(count: 100, seed: 4)) == ["KEYS_ONLY", "NEW_IMAGE"])
    }

    @Test func respectsLengthAndCountRanges() {
        for key in Gen.alphanumeric(length: 3...5).samples(count: 200, seed: 5) {
            #expect((3...5).contains(key.count) && key.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) })
        }
        for text in Gen.ascii(length: 0...10).samples(count: 200, seed: 5) {
            #expect(text.count <= 10 && text.unicodeScalars.allSatisfy { (0x20...0x7E).contains($0.value) })
        }
        for text in Gen.unicode(length: 1...20).samples(count: 200, seed: 5) {
            #expect((1...20).contains(text.unicodeScalars.count))
            #expect(text.count == text.unicodeScalars.count)
        }
        #expect(Gen.int(in: 0...9).array(count: 7).samples(count: 20, seed: 6).allSatisfy { $0.count == 7 })
        #expect(Gen.int(in: 0...9).array(of: -3...(-1)).run(seed: 1).isEmpty)
        let unicode = Gen.unicode(length: 200...200).run(seed: 8)
        #expect(unicode.utf8.count > unicode.unicodeScalars.count)  // some multi-byte scalars
        #expect(unicode.unicodeScalars.contains { $0.value >= 0x10000 })  // and some beyond the BMP
    }

    @Test func composesWithFlatMapAndConstant() {
        let sized = Gen.int(in: 1...4).flatMap { count in Gen.constant("x").array(count: count) }
        #expect(sized.samples(count: 50, seed: 10).allSatisfy { (1...4).contains($0.count) })
        #expect(Gen.constant(5).run(seed: 123) == 5)
        #expect(Gen.zip(Gen.int(in: 0...0), Gen.int(in: 1...1)).run(seed: 1) == (0, 1))
        #expect(Gen.zip(.uint64, .double01, .bool(), .int(in: 2...2)).run(seed: 1).3 == 2)
    }

    @Test func forAllNamesTheSeedOfTheFirstFailure() throws {
        struct TooBig: Error {}
        let gen = Gen.int(in: 0...1000)
        let failure = try #require(
            throws: PropertyFailure.self,
            performing: {
                try gen.forAll(count: 500, seed: 12) { value in
                    if value > 900 { throw TooBig() }
                }
            })
        let replayed = gen.run(seed: failure.seed)
        #expect(replayed > 900)
        #expect(failure.originalValue == String(replayed))
        #expect(failure.value == "901")  // shrunk to the smallest failing value
        #expect(failure.seed == Seed(12).derived(index: failure.index))
        #expect(gen.samples(count: failure.index, seed: 12).allSatisfy { $0 <= 900 })
        #expect(
            failure.description.hasPrefix(
                "forAll(seed: 12) failed at sample \(failure.index) (seed: \(failure.seed); replay with .run(seed: "))
    }

    @Test func forAllPassesWhenThePropertyHolds() throws {
        var seen = 0
        try Gen.int(in: 0...100).forAll(count: 50, seed: "holds") { value in
            seen += 1
            try #require((0...100).contains(value))
        }
        #expect(seen == 50)
    }

    @Test(arguments: Gen.alphanumeric(length: 1...16).samples(count: 20, seed: 7))
    func worksAsTestArguments(partitionKey: String) {
        #expect((1...16).contains(partitionKey.count))
    }

    @Test(arguments: Gen.int(in: 1...10_000).seededSamples(count: 10, seed: "batch"))
    func seededSamplesWorkAsTestArguments(sample: Sample<Int>) {
        #expect(Gen.int(in: 1...10_000).run(seed: sample.seed) == sample.value)
    }
}
