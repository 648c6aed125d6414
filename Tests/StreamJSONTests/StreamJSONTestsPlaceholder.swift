import Testing

@Suite struct StreamJSONTestsSmoke {
    @Test func moduleLinks() { #expect(Bool(true)) }
}
