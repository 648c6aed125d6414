import StreamFixtures
import Testing

@Suite struct IdentifierGeneratorTests {
    @Test func uuidsAreLowercaseVersion4() {
        for uuid in Gen.uuid.samples(count: 1_000, seed: 1) {
            let bytes = Array(uuid.utf8)
            #expect(bytes.count == 36)
            #expect([8, 13, 18, 23].allSatisfy { bytes[$0] == UInt8(ascii: "-") })
            #expect(bytes[14] == UInt8(ascii: "4"))
            #expect("89ab".utf8.contains(bytes[19]))
            #expect(uuid.allSatisfy { "0123456789abcdef-".contains($0) })
        }
    }

    @Test func hexHasTheRequestedLength() {
        for length in [0, 1, 16, 17, 32, 33] {
            let text = Gen.hex(length: length).run(seed: Seed(UInt64(length)))
            #expect(text.count == length)
            #expect(text.allSatisfy { "0123456789abcdef".contains($0) })
        }
        #expect(Gen.hex(length: -3).run(seed: 1).isEmpty)
    }
}
