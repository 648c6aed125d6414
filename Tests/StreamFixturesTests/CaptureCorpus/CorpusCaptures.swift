import Synchronization

/// Every writer's captures of the corpus, written once and shared: the property test and the wrapping tests
/// (gzip, Firehose, folder) read the same bytes, and no test pays for writing them twice.
enum CorpusCaptures {
    private static let written = Mutex<[String: [Capture]]>([:])

    /// The captures `writer` writes, one per set of `CorpusEventSet.corpus`, in the same order.
    ///
    /// - Throws: What the writer or the corpus throws (a bug in the corpus).
    static func of(_ writer: CaptureWriter) throws -> [Capture] {
        if let captures = written.withLock({ $0[writer.name] }) { return captures }
        let captures = try CorpusEventSet.corpus.get().map(writer.write)
        written.withLock { $0[writer.name] = captures }
        return captures
    }

    /// How many sets the wrapping tests take from the front of the corpus (the first 10 seeds, valid and broken):
    /// every writer still contributes, and reading the whole corpus twice more would double the suite's time
    /// without reaching a new container.
    static let wrappedSetCount = 20

    /// The sets the wrapping tests use, and each writer's captures of them.
    static func wrapped() throws -> (sets: ArraySlice<CorpusEventSet>, captures: [(CaptureWriter, ArraySlice<Capture>)])
    {
        let sets = try CorpusEventSet.corpus.get().prefix(wrappedSetCount)
        return (sets, try CaptureWriter.all.map { ($0, try of($0).prefix(wrappedSetCount)) })
    }

    /// What `validate` must find over the wrapped captures of every writer, and the noise they hold.
    static func expectedWrappedTotals() throws -> (counts: CorpusCounts, noise: NoiseTally) {
        let (sets, captures) = try wrapped()
        let perWriter = sets.reduce(CorpusCounts()) { $0 + CorpusCounts(expecting: $1) }
        var counts = CorpusCounts()
        var noise = NoiseTally()
        for (_, writerCaptures) in captures {
            counts += perWriter
            noise = writerCaptures.reduce(noise) { $0 + $1.noise }
        }
        return (counts, noise)
    }
}
