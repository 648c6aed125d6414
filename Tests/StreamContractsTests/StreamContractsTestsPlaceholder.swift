import Testing

@Suite struct StreamContractsTestsSmoke {
    @Test func moduleLinks() { #expect(Bool(true)) }
}
