import StreamFixtures
import Testing

@Suite struct SeedTests {
    @Test func printsIntegerSeedsAsIntegerLiterals() {
        #expect(Seed(42).description == "42")
        let big: Seed = 18_446_744_073_709_551_615
        #expect(big.description == "18446744073709551615")
    }

    @Test func printsTextSeedsAsStringLiteralsThatPasteBack() {
        let seed = Seed("a\"b\\c\n\u{2603}é")
        #expect(seed.description == #""a\"b\\c\n\u{2603}\u{e9}""#)
        let pasted: Seed = "a\"b\\c\n\u{2603}\u{e9}"  // the printed literal, pasted
        #expect(pasted == seed)
        #expect(pasted.text == seed.text)
    }

    @Test func comparesByTheStreamItStarts() {
        let text = Seed("a")
        #expect(text == Seed(0xaf63_dc4c_8601_ec8c))
        #expect(Set([text, Seed(0xaf63_dc4c_8601_ec8c)]).count == 1)
        #expect(Seed("a") != Seed("b"))
    }

    @Test func derivesIndependentPinnedSubSeeds() {
        let seed: Seed = 7
        #expect(
            (0..<3).map { seed.derived(index: $0).value } == [
                236_966_933_211_079_599, 12_966_676_493_058_619_558, 3_270_201_391_739_464_176,
            ])
        #expect(Set((0..<1000).map { seed.derived(index: $0) }).count == 1000)
    }
}
