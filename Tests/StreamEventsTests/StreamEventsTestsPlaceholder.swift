import Testing

@Suite struct StreamEventsTestsSmoke {
    @Test func moduleLinks() { #expect(Bool(true)) }
}
