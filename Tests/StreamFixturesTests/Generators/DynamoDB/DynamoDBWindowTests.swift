import Foundation
import StreamEvents
import StreamFixtures
import StreamJSON
import Testing

@Suite struct DynamoDBWindowTests {
    func epochSeconds(_ timestamp: AWSTimestamp) -> Int64? {
        timestamp.date().map { Int64($0.timeIntervalSince1970) }
    }

    @Test(arguments: 0..<2)
    func windowInvocationsShareAnAlignedWindowAndEndWithAFinalOne(chunk: Int) throws {
        let generator = try Gen.dynamoDBWindowEvents(recordCount: 1...8, batchSize: 1...4)
        for sample in generator.seededSamples((chunk * 100)..<(chunk * 100 + 100), seed: "windows") {
            let events = sample.value
            let first = try #require(events.first, "seed \(sample.seed)")
            let window = try #require(first.window)
            let start = try #require(epochSeconds(window.start))
            let end = try #require(epochSeconds(window.end))
            let length = end - start
            #expect((1...900).contains(length) && start % length == 0, "seed \(sample.seed): \(window)")
            #expect(StrictPatterns.matches(StrictPatterns.shardID, first.shardId ?? ""), "seed \(sample.seed)")
            for (index, event) in events.enumerated() {
                #expect(event.window == window && event.shardId == first.shardId)
                #expect(event.isFinalInvokeForWindow == (index == events.count - 1), "seed \(sample.seed)")
                #expect(event.isWindowTerminatedEarly == false)
                let problems = DynamoDBInvariants.problems(in: event)
                #expect(problems.isEmpty, "seed \(sample.seed): \(problems)")
                #expect(RoundTrip.problem(event) == nil, "seed \(sample.seed)")
                for record in event.records {
                    #expect(record.eventSourceARN == event.eventSourceARN)
                    let created = DynamoDBInvariants.seconds(record) ?? -1
                    #expect(created >= start && created < end, "seed \(sample.seed): \(created) outside \(window)")
                }
                guard case .object(let state)? = event.state else {
                    Issue.record("seed \(sample.seed): state is not an object")
                    continue
                }
                if index == 0 { #expect(state.isEmpty) }
                #expect(state.members.allSatisfy { $0.value.stringValue != nil })
            }
            let all = events.flatMap(\.records)
            #expect(DynamoDBInvariants.problems(in: DynamoDBEvent(records: all), allowEmpty: true).isEmpty)
        }
    }

    @Test func batchesHoldAtMostBatchSizeAndStateCountsWhatCameBefore() throws {
        var table = try DynamoDBTableSimulator(name: "orders", seed: 21)
        let events = table.nextWindow(seconds: 120, recordCount: 23, batchSize: 5)
        #expect(events.flatMap(\.records).count == 23)
        #expect(events.allSatisfy { $0.records.count <= 5 })
        var seen = 0
        for event in events {
            if seen > 0 {
                #expect(event.state?["records"]?.stringValue == String(seen))
            }
            seen += event.records.count
        }
        let next = table.nextWindow(seconds: 120, recordCount: 3, batchSize: 5)
        let firstEnd = try #require(events.first?.window.flatMap { epochSeconds($0.end) })
        let nextStart = try #require(next.first?.window.flatMap { epochSeconds($0.start) })
        #expect(nextStart >= firstEnd)
    }

    @Test func aWindowWithoutWritesHasNoInvocations() throws {
        var table = try DynamoDBTableSimulator(seed: 4)
        #expect(table.nextWindow(seconds: 30, recordCount: 0, batchSize: 10).isEmpty)
        let events = table.nextWindow(seconds: 30, recordCount: 1, batchSize: 10)
        #expect(events.count == 1 && events.first?.records.count == 1 && events.first?.isFinalInvokeForWindow == true)
    }
}
