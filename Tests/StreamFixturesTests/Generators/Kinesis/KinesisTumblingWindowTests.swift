import StreamEvents
import StreamFixtures
import StreamJSON
import Testing

@Suite struct KinesisTumblingWindowTests {
    static func simulator(window: Int = 60, invokes: ClosedRange<Int> = 2...4, seed: Seed = 5) -> KinesisStreamSimulator
    {
        KinesisStreamSimulator(
            stream: KinesisStream(name: "clickstream", shardCount: 2), tumblingWindowSeconds: window,
            invokesPerWindow: invokes, seed: seed)
    }

    @Test func windowsAreAlignedAndEndWithOneFinalInvoke() {
        var simulator = Self.simulator()
        for _ in 0..<20 {
            let invokes = simulator.nextWindow(recordCount: 5)
            #expect((2...4).contains(invokes.count))
            #expect(invokes.map(\.isFinalInvokeForWindow) == Array(repeating: false, count: invokes.count - 1) + [true])
            #expect(Set(invokes.map(\.window)).count == 1)
            for event in invokes {
                #expect(KinesisEventChecks.violations(of: event) == [])
                let start = event.window?.start.date()?.timeIntervalSince1970 ?? 1
                #expect(start.truncatingRemainder(dividingBy: 60) == 0)
            }
        }
    }

    @Test func stateIsWhatThePreviousInvokeOfTheWindowReturned() {
        var simulator = Self.simulator(invokes: 3...3)
        let invokes = simulator.nextWindow(shard: 1, recordCount: 4)
        #expect(invokes.first?.state == .object(JSONObject()))
        var expected = [String: Int]()
        for (earlier, later) in zip(invokes, invokes.dropFirst()) {
            for record in earlier.records { expected[record.kinesis.partitionKey, default: 0] += 1 }
            let state = later.state?.objectValue
            #expect(state?.count == expected.count)
            for (key, count) in expected {
                #expect(state?[key]?.numberValue?.int64Value == Int64(count))
            }
        }
    }

    @Test func consecutiveWindowsOfAShardFollowEachOther() {
        var simulator = Self.simulator(window: 30)
        var previousEnd = 0.0
        for _ in 0..<10 {
            let invokes = simulator.nextWindow(shard: 0, recordCount: 3)
            let start = invokes.first?.window?.start.date()?.timeIntervalSince1970 ?? 0
            #expect(start >= previousEnd)
            previousEnd = invokes.first?.window?.end.date()?.timeIntervalSince1970 ?? 0
            #expect(invokes.allSatisfy { $0.shardId == "shardId-000000000000" })
        }
    }

    @Test func ordinaryEventsHaveNoWindowMembers() {
        var simulator = KinesisStreamSimulator(name: "orders", seed: 1)
        let event = simulator.nextWindow(recordCount: 2)
        #expect(event.count == 1)
        #expect(event.first?.window == nil && event.first?.state == nil && event.first?.shardId == nil)
    }
}
