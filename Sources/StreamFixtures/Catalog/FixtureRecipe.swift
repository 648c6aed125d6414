public import StreamEvents

/// What to generate: a kind, a seed and the few options every kind understands.
///
/// A recipe is what `stream-fixtures generate` parses from its command line and what
/// `Fixtures/fixtures.json` stores, so the same recipe always regenerates the same bytes.
///
/// ```swift
/// let recipe = FixtureRecipe(kind: "kinesis-event", seed: 42, count: 3, records: 10, shards: 4)
/// let documents = try FixtureCatalog.generate(recipe)   // three canonical JSON documents
/// ```
public struct FixtureRecipe: Sendable, Hashable {
    /// The payload kind, named as its schema in `Schemas/` (e.g. `kinesis-event`).
    public var kind: String
    /// The seed every random choice derives from.
    public var seed: Seed
    /// How many documents to generate (pages or events of one chain for chained kinds).
    public var count: Int
    /// Records per event or batch, where the kind has records.
    public var records: Int?
    /// Number of shards of the simulated stream, where the kind has one.
    public var shards: Int?
    /// DynamoDB stream view type (`KEYS_ONLY`, `NEW_IMAGE`, `OLD_IMAGE`, `NEW_AND_OLD_IMAGES`).
    public var viewType: StreamViewType?
    /// The AWS region resources live in (the partition follows from it).
    public var region: AWSRegion?
    /// Tumbling window length in seconds (1…900) for stream events; the events are then the invokes of
    /// consecutive windows, each window ending with `isFinalInvokeForWindow: true`.
    public var windowSeconds: Int?
    /// The share of Kinesis records that are KPL aggregates (0…1; 0.1 when absent).
    public var aggregationShare: Double?
    /// The share of DynamoDB deletes done by Time to Live (0…1; drawn from the seed when absent).
    public var ttlShare: Double?
    /// How AWS API outputs write timestamps: epoch seconds as AWS CLI v1 prints them, or ISO-8601 as v2 does.
    public var timestampStyle: APITimestampStyle?
    /// What Kinesis record data holds (JSON documents when absent).
    public var payload: KinesisPayloadStyle?

    /// Creates a recipe; options a kind does not use are ignored by it (``FixtureManifest`` rejects them).
    public init(kind: String, seed: Seed = 0, count: Int = 1, records: Int? = nil, shards: Int? = nil,
                viewType: StreamViewType? = nil, region: AWSRegion? = nil, windowSeconds: Int? = nil,
                aggregationShare: Double? = nil, ttlShare: Double? = nil, timestampStyle: APITimestampStyle? = nil,
                payload: KinesisPayloadStyle? = nil) {
        self.kind = kind
        self.seed = seed
        self.count = count
        self.records = records
        self.shards = shards
        self.viewType = viewType
        self.region = region
        self.windowSeconds = windowSeconds
        self.aggregationShare = aggregationShare
        self.ttlShare = ttlShare
        self.timestampStyle = timestampStyle
        self.payload = payload
    }

    /// The names of the options this recipe sets besides kind, seed and count, as the CLI spells them.
    public var optionsSet: [String] {
        var names: [String] = []
        if records != nil { names.append("records") }
        if shards != nil { names.append("shards") }
        if viewType != nil { names.append("view-type") }
        if region != nil { names.append("region") }
        if windowSeconds != nil { names.append("window-seconds") }
        if aggregationShare != nil { names.append("aggregation-share") }
        if ttlShare != nil { names.append("ttl-share") }
        if timestampStyle != nil { names.append("timestamp-style") }
        if payload != nil { names.append("payload") }
        return names
    }

    /// The environment for `region`, or `nil` to let the generator choose one.
    var environment: AWSEnvironment? { region.map { AWSEnvironment(region: $0) } }
}

/// Why a recipe cannot be generated.
public struct FixtureRecipeError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong and what would be accepted.
    public var message: String
    /// Creates an error.
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
