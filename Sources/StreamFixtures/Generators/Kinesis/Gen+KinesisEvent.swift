public import StreamEvents

extension Gen where Value == KinesisEvent {
    /// Realistic Kinesis events for property tests: each from a fresh random stream (environment, name, shards,
    /// encryption), with the given record counts and payloads, some of them tumbling-window invokes.
    ///
    /// - Parameters:
    ///   - records: Records per event.
    ///   - shards: Shard counts of the streams.
    ///   - recipe: How records look; by default mixed JSON, text and byte payloads with 10 % KPL aggregates.
    ///   - tumblingWindowShare: The share of events that are tumbling-window invokes.
    /// - Returns: The event generator.
    /// - Throws: ``GeneratorOptionsError`` when a range or share is outside its limit: `records` within
    ///   ``KinesisOptions/recordsRange``, `shards` within ``KinesisOptions/shardsRange``, `tumblingWindowShare` from 0
    ///   to 1, and the recipe's own limits (``KinesisRecordRecipe/validate()``, reported as `recipe.<member>`).
    ///
    /// ```swift
    /// @Test(arguments: try Gen.kinesisEvent().samples(count: 100, seed: 7))
    /// func handlerAcceptsEveryEvent(event: KinesisEvent) throws { try handle(event) }
    /// ```
    public static func kinesisEvent(
        records: ClosedRange<Int> = 1...5,
        shards: ClosedRange<Int> = 1...4,
        recipe: KinesisRecordRecipe = KinesisRecordRecipe(payload: .mixed, aggregationShare: 0.1),
        tumblingWindowShare: Double = 0.2
    ) throws(GeneratorOptionsError) -> Gen<KinesisEvent> {
        try OptionCheck.bounds(records, in: KinesisOptions.recordsRange, "records")
        try OptionCheck.bounds(shards, in: KinesisOptions.shardsRange, "shards")
        try OptionCheck.share(tumblingWindowShare, in: KinesisRecordRecipe.shareRange, "tumblingWindowShare")
        try OptionCheck.nested("recipe") { () throws(GeneratorOptionsError) in try recipe.validate() }
        let streams = KinesisStream.random(shards: shards)
        let recordRange = records
        return Gen { random in
            let stream = streams.run(using: &random)
            let recordCount = random.int(in: recordRange)
            let windowed = random.chance(tumblingWindowShare)
            let windowSeconds = windowed ? random.element(of: [30, 60, 120, 300, 900]) : nil
            var simulator = KinesisStreamSimulator(
                stream: stream, recipe: recipe, batchSize: max(recordCount, 100), tumblingWindowSeconds: windowSeconds,
                seed: Seed(random.next()))
            guard windowed else { return simulator.nextEvent(recordCount: recordCount) }
            let invokes = simulator.nextWindow(recordCount: recordCount)
            return random.element(of: invokes) ?? simulator.nextEvent(recordCount: recordCount)
        }
    }
}
