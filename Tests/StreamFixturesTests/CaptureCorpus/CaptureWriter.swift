import Testing

/// The bytes of one capture and what besides events it holds.
struct Capture: Sendable {
    /// The file's bytes.
    var bytes: [UInt8]
    /// The JSON values in it that are not events.
    var noise = NoiseTally()
}

/// Which captures can be joined into one file and still be one capture of the same format.
enum CaptureFamily: String, Sendable, CaseIterable {
    /// JSON texts one after another (pretty-printed files, CLI outputs): concatenated, they are JSON values in a row.
    case jsonValues = "json-values"
    /// Line-oriented text (log text, JSON Lines, CLI text output): concatenated, they are more lines.
    case lines
    /// Formats with a header, a byte order mark or compression: each stays a file of its own.
    case standalone
}

/// Writes a set of events as one container format: a file a user could hand to `stream-fixtures validate`.
///
/// Writers are data, so the property test runs over all of them and a failure names the writer.
struct CaptureWriter: Sendable, CustomTestStringConvertible {
    /// What the capture is, e.g. `filter-log-events(python-print-indented)`.
    var name: String
    /// How it may be joined with other captures.
    var family: CaptureFamily
    /// The file name extension a user would give it (empty for none, as Firehose writes S3 objects).
    var fileExtension: String
    /// Writes the capture of one event set.
    var write: @Sendable (CorpusEventSet) throws -> Capture

    var testDescription: String { name }

    /// A writer of a Lambda log stream: the function logs each event in `style`, and `render` turns its log
    /// stream into the capture.
    static func logs(
        _ style: LoggingStyle, _ rendering: LogRendering
    ) -> CaptureWriter {
        CaptureWriter(
            name: "\(rendering.name)(\(style.rawValue))", family: rendering.family,
            fileExtension: rendering.fileExtension
        ) { set in
            let stream = try LambdaLogStream.of(set, style: style)
            let noise = rendering.writesMessagesAsValues ? stream.noise.withTextMessagesAsValues : stream.noise
            return Capture(bytes: try rendering.render(stream), noise: noise + rendering.addedNoise)
        }
    }

    /// The same capture passed through `transform` (a text encoding, gzip), as a capture of its own.
    func wrapped(_ label: String, fileExtension: String, _ transform: @escaping @Sendable ([UInt8]) -> [UInt8])
        -> CaptureWriter
    {
        let inner = write
        return CaptureWriter(name: "\(label)(\(name))", family: .standalone, fileExtension: fileExtension) { set in
            var capture = try inner(set)
            capture.bytes = transform(capture.bytes)
            return capture
        }
    }
}

/// One way to render a log stream into a capture (an AWS CLI output, an export, a subscription payload…).
struct LogRendering: Sendable {
    /// The tool and format, e.g. `aws-logs-tail-json`.
    var name: String
    /// How its outputs may be joined.
    var family: CaptureFamily
    /// The usual file name extension.
    var fileExtension: String
    /// Non-event JSON values the rendering adds itself (a `CONTROL_MESSAGE`).
    var addedNoise = NoiseTally()
    /// Whether every message is written as a JSON value of its own (a JSON string line, an element of a list), so
    /// a plain-text message is a value counted as `other`.
    var writesMessagesAsValues = false
    /// The rendering.
    var render: @Sendable (LambdaLogStream) throws -> [UInt8]
}
