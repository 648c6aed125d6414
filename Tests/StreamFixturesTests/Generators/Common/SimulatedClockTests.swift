import StreamFixtures
import Testing

@Suite struct SimulatedClockTests {
    @Test func startsAtTheBeginningOf2024() {
        #expect(SimulatedClock().iso8601(fractionDigits: 0) == "2024-01-01T00:00:00Z")
    }

    @Test func advancesAndReportsSecondsWithMilliseconds() {
        var clock = SimulatedClock()
        clock.advance(byMilliseconds: 1_250)
        #expect(clock.secondsSince1970 == 1_704_067_201.25)
        #expect(clock.wholeSecondsSince1970 == 1_704_067_201)
        #expect(clock.iso8601() == "2024-01-01T00:00:01.250Z")
        #expect(clock.iso8601(fractionDigits: 6) == "2024-01-01T00:00:01.250000Z")
    }

    @Test func neverGoesBackwardsOrOverflows() {
        var clock = SimulatedClock(start: Int64.max - 5)
        clock.advance(byMilliseconds: -100)
        #expect(clock.millisecondsSince1970 == Int64.max - 5)
        clock.advance(byMilliseconds: 100)
        #expect(clock.millisecondsSince1970 == Int64.max)
    }

    @Test func randomStepsStayInTheirRange() {
        var clock = SimulatedClock(start: 0)
        var random = SeededRandom(seed: 3)
        for _ in 0..<1_000 {
            let before = clock.millisecondsSince1970
            clock.advance(by: 5...9, using: &random)
            #expect((5...9).contains(clock.millisecondsSince1970 - before))
        }
    }

    @Test func formatsMillisecondsWithoutRounding() {
        #expect(SimulatedClock(start: 1_704_067_200_123).iso8601() == "2024-01-01T00:00:00.123Z")
        #expect(SimulatedClock(start: 1_704_067_200_007).iso8601() == "2024-01-01T00:00:00.007Z")
        #expect(SimulatedClock(start: 951_782_400_999).iso8601() == "2000-02-29T00:00:00.999Z")
    }
}
