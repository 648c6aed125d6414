public import StreamEvents

extension KinesisEvent {
    /// Generates `options.count` Kinesis events: the entry point of `stream-fixtures generate kinesis-event`.
    ///
    /// One stream (named by `options.streamName` or drawn from the seed) in `options.region`; each event comes
    /// from one of its shards. With `options.windowSeconds` the events are the invokes of consecutive tumbling
    /// windows (the last window may be cut short by `count`). Out-of-range options are clamped; use
    /// ``KinesisOptions/validate()`` to report them instead.
    ///
    /// - Parameters:
    ///   - options: What to generate.
    ///   - seed: The seed; the same seed and options give byte-identical events everywhere.
    /// - Returns: The events.
    ///
    /// ```swift
    /// let events = KinesisEvent.generate(KinesisOptions(count: 3, records: 5, shards: 2), seed: 7)
    /// ```
    public static func generate(_ options: KinesisOptions, seed: Seed) -> [KinesisEvent] {
        generate(options, payload: nil, seed: seed)
    }

    /// The events of ``generate(_:seed:)``, their record data from `payload` instead of `options.payload`.
    package static func generate(_ options: KinesisOptions, payload: KinesisPayload?, seed: Seed) -> [KinesisEvent] {
        var events: [KinesisEvent] = []
        events.reserveCapacity(max(0, options.count))
        generate(options, payload: payload, seed: seed) { events.append($0) }
        return events
    }

    /// The events of ``generate(_:payload:seed:)`` handed to `each` one at a time, as they are made.
    package static func generate(
        _ options: KinesisOptions, payload: KinesisPayload?, seed: Seed, each: (KinesisEvent) throws -> Void
    ) rethrows {
        try generateDrafts(options, payload: payload, seed: seed) { try each($0.filled) }
    }

    /// The events of ``generate(_:payload:seed:each:)`` with their record data still bytes, for writers that encode
    /// the data straight into their output.
    static func generateDrafts(
        _ options: KinesisOptions, payload: KinesisPayload?, seed: Seed, each: (KinesisEventDraft) throws -> Void
    ) rethrows {
        var simulator = KinesisStreamSimulator(options: options, seed: seed)
        if let payload { simulator.recipe.payload = payload }
        let count = max(0, options.count)
        guard simulator.tumblingWindowSeconds != nil else {
            for _ in 0..<count { try each(simulator.nextDraft(recordCount: options.records)) }
            return
        }
        var made = 0
        while made < count {
            for draft in simulator.nextWindowDrafts(recordCount: options.records) where made < count {
                try each(draft)
                made += 1
            }
        }
    }
}

extension KinesisStreamSimulator {
    /// Creates the simulator `KinesisEvent/generate(_:seed:)` uses for `options`.
    ///
    /// - Parameters:
    ///   - options: The CLI options.
    ///   - seed: The seed.
    public init(options: KinesisOptions, seed: Seed) {
        var random = SeededRandom(seed: seed)
        let name = options.streamName ?? ResourceName.stream().run(using: &random)
        let creation = 1_546_300_800 + Int64(random.next(below: 1_703_980_800 - 1_546_300_800))
        let encryptionType: KinesisEncryptionType
        let share: Double
        switch options.encryption {
        case .realistic:
            encryptionType = random.bool(probability: 0.35) ? .kms : .unencrypted
            share = 0.5
        case .absent:
            encryptionType = .unencrypted
            share = 0
        case .unencrypted:
            encryptionType = .unencrypted
            share = 1
        case .kms:
            encryptionType = .kms
            share = 1
        }
        let stream = KinesisStream(
            name: name, environment: AWSEnvironment(region: options.region, accountID: options.accountID),
            shardCount: options.shards, creationSecondsSince1970: creation, encryptionType: encryptionType)
        let recipe = KinesisRecordRecipe(
            payload: options.payload.payload, aggregationShare: min(max(0, options.aggregationShare), 1),
            encryptionTypeShare: share)
        self.init(
            stream: stream, recipe: recipe, batchSize: options.batchSize,
            tumblingWindowSeconds: options.windowSeconds, seed: Seed(random.next()))
    }
}
