/// Settings of a DocumentDB change stream source.
///
/// Not used by stream sources; part of the configuration shape.
public struct DocumentDBEventSourceConfig: Codable, Hashable, Sendable {
    /// The database to read changes from.
    public var databaseName: String?

    /// The collection to read changes from; all collections when absent.
    public var collectionName: String?

    /// Whether update events carry the whole document.
    public var fullDocument: FullDocument?

    /// Creates a value with the given members; optional members default to absent.
    ///
    /// - Parameters:
    ///   - databaseName: The database to read changes from.
    ///   - collectionName: The collection to read changes from; all collections when absent.
    ///   - fullDocument: Whether update events carry the whole document.
    public init(databaseName: String? = nil, collectionName: String? = nil, fullDocument: FullDocument? = nil) {
        self.databaseName = databaseName
        self.collectionName = collectionName
        self.fullDocument = fullDocument
    }

    enum CodingKeys: String, CodingKey {
        case databaseName = "DatabaseName"
        case collectionName = "CollectionName"
        case fullDocument = "FullDocument"
    }
}
