import Foundation
import StreamJSON

/// The canonical bytes of a snapshot: pretty JSON (two-space indent, `"key": value`) with a final newline.
///
/// Encodable values keep the member order their `encode(to:)` writes (for synthesized `Codable`, the
/// order of `CodingKeys`); raw JSON keeps its own member order and exact number text. `StreamJSON`'s
/// writer never escapes `/` or non-ASCII text and formats no numbers itself, so the bytes are the same
/// on Linux and macOS.
package enum SnapshotContent {
    /// The snapshot bytes of an `Encodable` value.
    package static func bytes(of value: some Encodable) -> Result<[UInt8], SnapshotProblem> {
        do {
            return .success(try StreamJSONEncoder(style: .pretty).encode(value) + [UInt8(ascii: "\n")])
        } catch {
            return .failure(SnapshotProblem("cannot encode the value as JSON: \(error)"))
        }
    }

    /// The snapshot bytes of a JSON text.
    package static func bytes(ofJSON text: [UInt8]) -> Result<[UInt8], SnapshotProblem> {
        do {
            let document = try JSONDocument(parsing: text)
            return .success(JSONWriter.bytes(of: document.root.value, style: .pretty) + [UInt8(ascii: "\n")])
        } catch {
            return .failure(SnapshotProblem("the JSON to snapshot is not valid: \(error.description)"))
        }
    }
}
