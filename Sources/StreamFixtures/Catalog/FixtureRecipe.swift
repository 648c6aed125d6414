package import StreamContracts
package import StreamEvents

/// What to generate: a kind, a seed and the few options every kind understands.
///
/// A recipe is what `stream-fixtures generate` parses from its command line and what
/// `Fixtures/fixtures.json` stores, so the same recipe always regenerates the same bytes. The recipe holds values
/// only: ``FixtureCatalog`` turns it into the kind's options type (``KinesisOptions``, ``DynamoDBOptions``, …), whose
/// `validate()` holds the one set of limits.
///
/// ```swift
/// let recipe = FixtureRecipe(kind: .kinesisEvent, seed: 42, count: 3, records: 10, shards: 4)
/// let documents = try FixtureCatalog.generate(recipe)   // three canonical JSON documents
/// ```
package struct FixtureRecipe: Sendable, Hashable {
    /// The payload kind, named as its schema in `Schemas/` (e.g. `kinesis-event`).
    package var kind: PayloadKind
    /// The seed every random choice derives from.
    package var seed: Seed
    /// How many documents to generate (pages or events of one chain for chained kinds).
    package var count: Int
    /// Records per event or batch, where the kind has records.
    package var records: Int?
    /// Number of shards of the simulated stream, where the kind has one.
    package var shards: Int?
    /// DynamoDB stream view type (`KEYS_ONLY`, `NEW_IMAGE`, `OLD_IMAGE`, `NEW_AND_OLD_IMAGES`).
    package var viewType: StreamViewType?
    /// The AWS region resources live in (the partition follows from it).
    package var region: AWSRegion?
    /// Tumbling window length in seconds for stream events; the events are then the invokes of
    /// consecutive windows, each window ending with `isFinalInvokeForWindow: true`.
    package var windowSeconds: Int?
    /// The share of Kinesis records that are KPL aggregates (0.1 when absent).
    package var aggregationShare: Double?
    /// The share of DynamoDB deletes done by Time to Live (0.1 when absent).
    package var ttlShare: Double?
    /// How AWS API outputs write timestamps: epoch seconds as AWS CLI v1 prints them, or ISO-8601 as v2 does.
    package var timestampStyle: APITimestampStyle?
    /// What Kinesis record data holds (JSON documents when absent).
    package var payload: KinesisPayloadStyle?
    /// Where on-failure records go (drawn when absent); S3 records carry the invocation event.
    package var destination: OnFailureDestination?
    /// Why on-failure batches were discarded (drawn when absent); `RecordAgeExceeded` records have no
    /// `responseContext`.
    package var condition: OnFailureCondition?

    /// Creates a recipe; options a kind does not use are ignored by it (``FixtureManifest`` rejects them).
    package init(
        kind: PayloadKind, seed: Seed = 0, count: Int = 1, records: Int? = nil, shards: Int? = nil,
        viewType: StreamViewType? = nil, region: AWSRegion? = nil, windowSeconds: Int? = nil,
        aggregationShare: Double? = nil, ttlShare: Double? = nil, timestampStyle: APITimestampStyle? = nil,
        payload: KinesisPayloadStyle? = nil, destination: OnFailureDestination? = nil,
        condition: OnFailureCondition? = nil
    ) {
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
        self.destination = destination
        self.condition = condition
    }

    /// The property names of the options this recipe sets besides kind, seed and count (`records`, `viewType`, …),
    /// in ``Option`` order.
    package var optionsSet: [Option] {
        Option.allCases.filter { option in
            switch option {
            case .records: records != nil
            case .shards: shards != nil
            case .viewType: viewType != nil
            case .region: region != nil
            case .windowSeconds: windowSeconds != nil
            case .aggregationShare: aggregationShare != nil
            case .ttlShare: ttlShare != nil
            case .timestampStyle: timestampStyle != nil
            case .payload: payload != nil
            case .destination: destination != nil
            case .condition: condition != nil
            }
        }
    }

    /// The environment for `region`, or `nil` to let the generator choose one.
    var environment: AWSEnvironment? { region.map { AWSEnvironment(region: $0) } }
}

extension FixtureRecipe {
    /// A recipe member a kind may use besides seed and count, named as the property (and the manifest member).
    package enum Option: String, CaseIterable, Sendable, Hashable {
        /// ``FixtureRecipe/records``.
        case records
        /// ``FixtureRecipe/shards``.
        case shards
        /// ``FixtureRecipe/viewType``.
        case viewType
        /// ``FixtureRecipe/region``.
        case region
        /// ``FixtureRecipe/windowSeconds``.
        case windowSeconds
        /// ``FixtureRecipe/aggregationShare``.
        case aggregationShare
        /// ``FixtureRecipe/ttlShare``.
        case ttlShare
        /// ``FixtureRecipe/timestampStyle``.
        case timestampStyle
        /// ``FixtureRecipe/payload``.
        case payload
        /// ``FixtureRecipe/destination``.
        case destination
        /// ``FixtureRecipe/condition``.
        case condition
    }
}

/// Why a recipe cannot be generated: an unknown kind, or a value outside the limit of the kind's options type.
///
/// ```swift
/// do { _ = try FixtureCatalog.generate(FixtureRecipe(kind: .kinesisEvent, shards: 1001)) } catch {
///     print(error)   // shards: expected 1…1000, found 1001
/// }
/// ```
package struct FixtureRecipeError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The recipe member at fault by its property name (`count`, `records`, `shards`, …), or `nil` for the kind.
    package var member: String?
    /// What is wrong and what would be accepted.
    package var message: String

    /// Creates an error.
    ///
    /// - Parameters:
    ///   - member: The recipe member at fault, or `nil`.
    ///   - message: What is wrong and what would be accepted.
    package init(member: String? = nil, _ message: String) {
        self.member = member
        self.message = message
    }

    /// `"<member>: <message>"`, or the message alone when no member is at fault.
    package var description: String { member.map { "\($0): \(message)" } ?? message }
}
