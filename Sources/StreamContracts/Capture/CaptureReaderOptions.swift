public import StreamJSON

/// How a `CaptureReader` reads its input.
///
/// The defaults bound time and memory for hostile input: a fragment joined over many log lines
/// gives up after `joinWindowLines` lines or `joinWindowBytes` bytes, compressed data may inflate
/// to `inflateLimit` bytes, and no single document or line may exceed `maximumDocumentBytes`.
public struct CaptureReaderOptions: Sendable, Hashable {
    /// What the input is, when detection should be skipped.
    public enum Format: String, Sendable, Hashable, Codable {
        /// Look at the first bytes: a JSON value spanning several lines means JSON; else lines.
        case automatic
        /// One or more JSON values one after another (a JSON file, `filter-log-events` output);
        /// from the first byte that cannot start a JSON value on, the rest is read as lines.
        case json
        /// Lines: JSON Lines, text log exports, anything with one entry per line.
        case lines
    }

    /// What the input is; `.automatic` by default.
    public var format: Format
    /// Most lines (or log events) joined while looking for the end of a multi-line document.
    public var joinWindowLines: Int
    /// Most bytes joined while looking for the end of a multi-line document.
    public var joinWindowBytes: Int
    /// Largest decompressed size of one `awslogs.data` or Kinesis CloudWatch Logs record (held in memory whole).
    public var inflateLimit: Int
    /// Largest decompressed size of a whole gzip or zlib input (a CloudWatch Logs export, a Firehose object),
    /// which is read as a stream in flat memory; a bomb past it is reported as `decompressed-too-large`.
    public var inputInflateLimit: Int
    /// Largest JSON value or line accepted; larger ones are reported as unreadable and skipped.
    public var maximumDocumentBytes: Int
    /// Options for the JSON parser (nesting depth).
    public var parsing: JSONParsingOptions
    /// Every JSON value is a document (not only objects and arrays), as `--schema` needs: a JSON Lines
    /// line that is a number or a string, or a top-level array of anything, is one document.
    public var everyValueIsDocument: Bool

    /// Creates options.
    ///
    /// - Parameters:
    ///   - format: what the input is (default: detect).
    ///   - joinWindowLines: default 10,000 lines.
    ///   - joinWindowBytes: default 8 MiB.
    ///   - inflateLimit: default 64 MiB.
    ///   - inputInflateLimit: default 16 GiB.
    ///   - maximumDocumentBytes: default 1 GiB.
    ///   - parsing: JSON parser options (default nesting limit 1,000).
    ///   - everyValueIsDocument: whether every JSON value is a document (default: only payload candidates).
    public init(
        format: Format = .automatic, joinWindowLines: Int = 10_000, joinWindowBytes: Int = 8 << 20,
        inflateLimit: Int = 64 << 20, inputInflateLimit: Int = 16 << 30, maximumDocumentBytes: Int = 1 << 30,
        parsing: JSONParsingOptions = .init(), everyValueIsDocument: Bool = false
    ) {
        self.format = format
        self.joinWindowLines = joinWindowLines
        self.joinWindowBytes = joinWindowBytes
        self.inflateLimit = inflateLimit
        self.inputInflateLimit = inputInflateLimit
        self.maximumDocumentBytes = maximumDocumentBytes
        self.parsing = parsing
        self.everyValueIsDocument = everyValueIsDocument
    }
}
