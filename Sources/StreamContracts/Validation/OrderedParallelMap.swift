import Foundation

/// Maps the items of many sources on several threads and hands the results back on the calling thread in the
/// order a single thread would have produced them, in bounded memory.
///
/// `stream-fixtures validate --jobs N` runs on it: each source is an input file, read by one worker at a time
/// (a capture reader keeps state from line to line, so one file is read in order), its documents are cut into
/// batches of about `batchWeight` (input bytes), and each batch is checked on whichever worker is free — files in
/// parallel, and the batches (chunks) of one large file in parallel. Results wait in a window of at most
/// `window` batches until every earlier one has been delivered; a reader ahead of the window waits (checking
/// queued batches meanwhile), while the reader of the oldest undelivered source never waits, so the run cannot
/// stall. Memory holds at most `window` batches, plus one being filled per worker.
///
/// ```swift
/// let map = OrderedParallelMap<CapturedDocument, DocumentReport>(jobs: 4)
/// map.run(sources: paths.count, read: { index, emit in readDocuments(paths[index], emit) },
///         transform: { validator.validate($0) }, deliver: { writer.add($0) })
/// ```
package final class OrderedParallelMap<Input: Sendable, Output: Sendable>: @unchecked Sendable {
    /// Worker threads (at least 1).
    package let jobs: Int
    /// A batch is handed to the workers once its items weigh this much (their input bytes).
    package let batchWeight: Int
    /// A batch never holds more items than this.
    package let batchCount: Int
    /// Batches read but not yet delivered, at most.
    package let window: Int

    /// The input bytes of a batch unless `init` is told otherwise: 256 KiB, enough Kinesis events to fill the MD5
    /// lanes that check their KPL aggregates together, few enough that a batch's documents are still in cache when
    /// the rules read them (1 MiB batches measured slower).
    package static var defaultBatchWeight: Int { 1 << 18 }

    /// The items of a batch, at most, unless `init` is told otherwise.
    package static var defaultBatchCount: Int { 256 }

    /// Where a batch stands in the single-threaded order: its source, then its place among that source's batches.
    private struct Key: Hashable, Comparable {
        var source: Int
        var index: Int
        static func < (a: Key, b: Key) -> Bool { (a.source, a.index) < (b.source, b.index) }
    }

    /// One item as the reader gave it: either mapped by a worker or already a result.
    package enum Item: Sendable {
        /// To be mapped by `transform`.
        case input(Input)
        /// Already a result (a file that cannot be opened, a read error): delivered as it is, in its place.
        case output(Output)
    }

    private struct Batch {
        var key: Key
        var items: [Item]
    }

    // Everything below is guarded by `condition`.
    private let condition = NSCondition()
    private var queue: [Batch] = []
    private var results: [Key: [Output]] = [:]
    private var submitted: [Int: Int] = [:]
    private var finishedSources: Set<Int> = []
    private var nextSource = 0
    private var sourceCount = 0
    private var headSource = 0
    private var headIndex = 0
    private var outstanding = 0
    private var activeReaders = 0
    private var read: (@Sendable (Int, (Item, Int) -> Void) -> Void)?
    private var transform: (@Sendable ([Input]) -> [Output])?

    /// Creates a map.
    ///
    /// - Parameters:
    ///   - jobs: worker threads (clamped to at least 1).
    ///   - batchWeight: input bytes per batch.
    ///   - batchCount: items per batch, at most.
    ///   - window: batches read but not yet delivered, at most (at least two per worker).
    package init(
        jobs: Int, batchWeight: Int = defaultBatchWeight, batchCount: Int = defaultBatchCount, window: Int? = nil
    ) {
        self.jobs = max(1, jobs)
        self.batchWeight = max(1, batchWeight)
        self.batchCount = max(1, batchCount)
        self.window = max(2 * max(1, jobs), window ?? 4 * max(1, jobs))
    }

    /// Reads every source, maps its items on the workers and delivers the results in order; returns when the last
    /// result has been delivered.
    ///
    /// - Parameters:
    ///   - sources: how many sources there are; `read` is called once for each index, in increasing order.
    ///   - read: reads one source and calls `emit(item, weight)` for each of its items, in order; it runs on a worker.
    ///   - transform: maps the inputs of one batch, returning one output per input in the same order (a batch's
    ///     inputs can be checked together); it runs on any worker.
    ///   - deliver: receives every result, in source order and in item order within a source, on the calling thread.
    package func run(
        sources: Int, read: @escaping @Sendable (Int, (Item, Int) -> Void) -> Void,
        transform: @escaping @Sendable ([Input]) -> [Output], deliver: (Output) -> Void
    ) {
        condition.lock()
        (self.read, self.transform, sourceCount) = (read, transform, sources)
        condition.unlock()
        var threads: [Thread] = []
        for _ in 0..<jobs {
            let thread = Thread { [self] in work() }
            thread.stackSize = 8 << 20
            threads.append(thread)
            thread.start()
        }
        consume(deliver)
    }

    /// The calling thread: waits for the next batch in order and delivers it.
    private func consume(_ deliver: (Output) -> Void) {
        condition.lock()
        while headSource < sourceCount {
            let key = Key(source: headSource, index: headIndex)
            if let outputs = results.removeValue(forKey: key) {
                outstanding -= 1
                headIndex += 1
                condition.broadcast()
                condition.unlock()
                for output in outputs { deliver(output) }
                condition.lock()
            } else if finishedSources.contains(headSource), submitted[headSource, default: 0] == headIndex {
                finishedSources.remove(headSource)
                submitted[headSource] = nil
                headSource += 1
                headIndex = 0
                condition.broadcast()
            } else {
                condition.wait()
            }
        }
        condition.broadcast()
        condition.unlock()
    }

    /// A worker: maps queued batches first, then starts reading the next source; stops when nothing is left.
    private func work() {
        condition.lock()
        while true {
            if !queue.isEmpty {
                mapOldestBatch()
            } else if nextSource < sourceCount, nextSource < headSource + window {
                let source = nextSource
                nextSource += 1
                activeReaders += 1
                condition.unlock()
                readSource(source)
                condition.lock()
                activeReaders -= 1
                finishedSources.insert(source)
                condition.broadcast()
            } else if nextSource >= sourceCount, activeReaders == 0 {
                break
            } else {
                condition.wait()
            }
        }
        condition.unlock()
    }

    /// Takes the oldest queued batch, maps it without the lock and stores its results. Called with the lock held.
    private func mapOldestBatch() {
        guard let oldest = queue.indices.min(by: { queue[$0].key < queue[$1].key }), let transform else { return }
        let batch = queue.remove(at: oldest)
        condition.unlock()
        let outputs = Self.map(batch.items, transform)
        condition.lock()
        results[batch.key] = outputs
        condition.broadcast()
    }

    /// The results of a batch of items, in order: its inputs mapped by `transform` in one call, its outputs as
    /// they are.
    ///
    /// - Parameters:
    ///   - items: A batch, as a reader emitted it.
    ///   - transform: Maps all the inputs at once, returning one output per input in the same order.
    /// - Returns: One output per item.
    private static func map(_ items: [Item], _ transform: ([Input]) -> [Output]) -> [Output] {
        var inputs: [Input] = []
        inputs.reserveCapacity(items.count)
        for case .input(let input) in items { inputs.append(input) }
        var mapped = transform(inputs).makeIterator()
        var outputs: [Output] = []
        outputs.reserveCapacity(items.count)
        for item in items {
            switch item {
            case .input:
                // `transform` returns one output per input; should it return fewer, the missing ones are dropped.
                if let output = mapped.next() { outputs.append(output) }
            case .output(let output): outputs.append(output)
            }
        }
        return outputs
    }

    /// Reads one source on this worker, cutting its items into batches.
    private func readSource(_ source: Int) {
        guard let read else { return }
        var items: [Item] = []
        var weight = 0
        var index = 0
        read(source) { item, itemWeight in
            items.append(item)
            weight += itemWeight
            if weight >= batchWeight || items.count >= batchCount {
                submit(Batch(key: Key(source: source, index: index), items: items))
                index += 1
                items = []
                weight = 0
            }
        }
        if !items.isEmpty { submit(Batch(key: Key(source: source, index: index), items: items)) }
    }

    /// Queues a batch. A reader ahead of the oldest undelivered source waits while the window is full; every
    /// reader maps queued batches itself rather than letting the queue outgrow the workers.
    private func submit(_ batch: Batch) {
        condition.lock()
        // The oldest source's reader waits only at twice the window, for its results to be delivered.
        while outstanding >= window, batch.key.source != headSource || outstanding >= 2 * window {
            if queue.isEmpty { condition.wait() } else { mapOldestBatch() }
        }
        outstanding += 1
        submitted[batch.key.source, default: 0] += 1
        queue.append(batch)
        condition.broadcast()
        while queue.count > jobs { mapOldestBatch() }
        condition.unlock()
    }
}
