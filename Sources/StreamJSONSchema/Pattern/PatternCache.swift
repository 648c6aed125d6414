// One compiled program per pattern source, shared by every `ECMAPattern` of the process.

import Foundation

/// Compiled pattern programs by source text.
///
/// The contract validator compiles one schema per payload kind, and each of them reaches the shared `$defs`
/// patterns (ARNs, regions, base64, sequence numbers), so the same sources used to be compiled — ASCII DFA
/// included — tens of times per process. A `PatternProgram` is immutable, so one instance serves every pattern
/// with the same source, on any thread. Only successful compilations are kept, and the cache is bounded: past
/// `capacity` sources or `tableCapacity` DFA entries in total, new programs are compiled and used but not kept.
final class PatternCache: @unchecked Sendable {
    /// The process-wide cache.
    static let shared = PatternCache()
    /// Most sources kept.
    static let capacity = 512
    /// Most DFA table entries kept over all programs (4 bytes each).
    static let tableCapacity = 1 << 22

    private let lock = NSLock()
    private var programs: [String: PatternProgram] = [:]
    private var tableEntries = 0

    /// The program compiled earlier for `source`, if kept.
    func program(for source: String) -> PatternProgram? {
        lock.withLock { programs[source] }
    }

    /// Keeps `program` as the compiled form of `source`, while the cache has room.
    func store(_ program: PatternProgram, for source: String) {
        let entries = program.dfa?.table.count ?? 0
        lock.withLock {
            guard programs[source] == nil, programs.count < Self.capacity,
                tableEntries + entries <= Self.tableCapacity
            else { return }
            programs[source] = program
            tableEntries += entries
        }
    }
}
