import Foundation
import StreamEvents
import StreamFixtures
import StreamJSON
import Testing

/// Throughput of generating and serialising DynamoDB stream records. Off by default; run it in release:
/// `STREAMFIXTURES_BENCHMARK=1 swift test -c release -Xswiftc -enable-testing --filter DynamoDBGeneratorBenchmark`.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["STREAMFIXTURES_BENCHMARK"] != nil), .serialized)
struct DynamoDBGeneratorBenchmark {
    func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    func measure(
        _ label: String, tables: [DynamoDBTableSimulator], events: Int, serialise: (DynamoDBEvent) throws -> Int
    )
        rethrows
    {
        var tables = tables
        var bytes = 0
        var records = 0
        let cpuStart = Self.threadCPUSeconds()
        let elapsed = try ContinuousClock().measure {
            for index in tables.indices {
                for _ in 0..<events {
                    let event = tables[index].nextEvent(recordCount: 100)
                    records += event.records.count
                    bytes += try serialise(event)
                }
            }
        }
        let time = seconds(elapsed)
        let cpu = Self.threadCPUSeconds() - cpuStart
        print(
            "\(label): \(Int(Double(records) / time)) records/s (\(Int(Double(records) / cpu)) per CPU second), "
                + "\(Int(Double(bytes) / time / 1_000_000)) MB/s, \(bytes / max(records, 1)) bytes/record")
    }

    /// CPU time of the calling thread, so other processes on a shared machine skew the figure less.
    static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    @Test func generationOnly() throws {
        let orders = [try DynamoDBTableSimulator(name: "orders", streamViewType: .newAndOldImages, seed: 1)]
        measure("orders, generation only", tables: orders, events: 2_000) { _ in 0 }
    }

    @Test func recordsGeneratedAndSerialisedPerSecond() throws {
        let orders = [try DynamoDBTableSimulator(name: "orders", streamViewType: .newAndOldImages, seed: 1)]
        let random = try Gen.dynamoDBTable().samples(count: 20, seed: "benchmark")
        measure("orders, generation only", tables: orders, events: 1_000) { _ in 0 }
        measure("orders, compactJSON()", tables: orders, events: 1_000) { $0.compactJSON().count }
        try measure("orders, StreamJSONEncoder", tables: orders, events: 200) {
            try StreamJSONEncoder().encode($0).count
        }
        measure("20 random tables, compactJSON()", tables: random, events: 50) { $0.compactJSON().count }
    }
}
