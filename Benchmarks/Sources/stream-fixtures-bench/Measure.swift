import Foundation

/// Timing with a monotonic clock; each figure is the median of several repetitions.
enum Measure {
    /// Runs `body` `repetitions` times and returns the median wall time in seconds.
    static func median(repetitions: Int, _ body: () throws -> Void) rethrows -> Double {
        var times: [Double] = []
        let clock = ContinuousClock()
        for _ in 0..<max(1, repetitions) {
            let elapsed = try clock.measure(body)
            times.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        }
        times.sort()
        return times[times.count / 2]
    }

    /// Peak resident set size of this process so far, in bytes (Linux `VmHWM`).
    static func peakRSS() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let digits = line.filter(\.isNumber)
            return (Int(digits) ?? 0) * 1024
        }
        return 0
    }
}

/// One result line, printed as JSON so Benchmarks/run can assemble the table.
struct Figure: Encodable {
    var name: String
    var seconds: Double
    var bytes: Int
    var records: Int
    var events: Int?
    var megabytesPerSecond: Double { Double(bytes) / 1_000_000 / seconds }
    var recordsPerSecond: Double { Double(records) / seconds }

    enum CodingKeys: String, CodingKey {
        case name, seconds, bytes, records, events, megabytesPerSecond, recordsPerSecond
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(seconds, forKey: .seconds)
        try container.encode(bytes, forKey: .bytes)
        try container.encode(records, forKey: .records)
        try container.encodeIfPresent(events, forKey: .events)
        try container.encode(megabytesPerSecond, forKey: .megabytesPerSecond)
        try container.encode(recordsPerSecond, forKey: .recordsPerSecond)
    }

    func print() {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        if let data = try? encoder.encode(self) { Swift.print(String(decoding: data, as: UTF8.self)) }
    }
}
