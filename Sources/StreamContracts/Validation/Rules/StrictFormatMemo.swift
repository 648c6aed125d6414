import Foundation
import StreamJSON

/// The last value each strict format's pattern was run on, across documents, and the answer.
///
/// A capture holds one event per document (a CloudWatch export: one record per line), so the per-document cache
/// (`RuleContext.formatCache`) sees each stream ARN and region once, and every document ran the pattern again on
/// the same text. The answer is a function of the format and the bytes alone, so a remembered answer is the
/// answer: only the work is saved, never a finding. Shared by the threads of `validate --jobs`, behind a lock.
final class StrictFormatMemo: @unchecked Sendable {
    /// The memo of the process.
    static let shared = StrictFormatMemo()

    /// A value and the pattern's answer for it (a named struct: optional tuples are copied through generic
    /// value witnesses).
    private struct Entry {
        let value: [UInt8]
        let matched: Bool
    }

    private let lock = NSLock()
    /// Per format slot, the last value matched and the pattern's answer.
    private var entries: [Entry?] = Array(repeating: nil, count: StrictFormats.count)

    /// The answer for `bytes` when they are the last value matched against the format in `slot`.
    func answer(slot: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        lock.lock()
        defer { lock.unlock() }
        guard slot < entries.count, let entry = entries[slot], entry.value.bytesEqual(bytes) else { return nil }
        return entry.matched
    }

    /// Remembers the pattern's answer for `bytes` in `slot`, replacing the value before.
    func record(slot: Int, _ bytes: UnsafeBufferPointer<UInt8>, matched: Bool) {
        let value = Array(bytes)
        lock.lock()
        defer { lock.unlock() }
        guard slot < entries.count else { return }
        entries[slot] = Entry(value: value, matched: matched)
    }
}
