import Testing

@Suite struct StreamFixturesTestsSmoke {
    @Test func moduleLinks() { #expect(Bool(true)) }
}
