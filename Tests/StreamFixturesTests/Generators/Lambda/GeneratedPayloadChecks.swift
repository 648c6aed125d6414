import Foundation
import StreamEvents
import StreamJSON
import Testing

/// Checks shared by the Lambda, event source mapping, Kinesis API and KubeMQ generator tests.
enum GeneratedPayloadChecks {
    /// A failed check, with what was expected and what was found.
    struct Mismatch: Error, CustomStringConvertible {
        var description: String
    }

    /// Throws `Mismatch(message)` unless `condition` holds.
    static func require(_ condition: Bool, _ message: @autoclosure () -> String) throws {
        if !condition { throw Mismatch(description: message()) }
    }

    /// Encodes `value`, decodes the bytes, and checks both that the value survives and that the bytes re-encode
    /// unchanged.
    static func requireRoundTrip<T: Codable & Equatable>(_ value: T) throws {
        let bytes = try StreamJSONEncoder().encode(value)
        let decoded = try StreamJSONDecoder().decode(T.self, from: bytes)
        try require(decoded == value, "decode(encode(x)) differs from x: \(String(decoding: bytes, as: UTF8.self))")
        let again = try StreamJSONEncoder().encode(decoded)
        try require(
            again == bytes, "encode(decode(bytes)) differs from bytes: \(String(decoding: bytes, as: UTF8.self))")
    }

    /// The MD5 hex digest of the concatenated `StreamJSONEncoder` bytes of `values`.
    static func digest<T: Encodable>(_ values: [T]) throws -> String {
        var bytes: [UInt8] = []
        for value in values { bytes += try StreamJSONEncoder().encode(value) }
        return MD5.digest(bytes).map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
    }

    /// Expects the digest of `values` to be `expected`, the committed digest of their bytes; the failure shows the
    /// actual digest to commit after an intended change.
    static func expectDigest<T: Encodable>(
        _ values: [T], _ expected: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let actual = try digest(values)
        #expect(actual == expected, "digest of \(values.count) values", sourceLocation: sourceLocation)
    }

    /// The strict definitions of `Schemas/defs.schema.json`, compiled once.
    static let strictPatterns: [String: NSRegularExpression] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Schemas/defs.schema.json")
        guard let data = try? Data(contentsOf: url),
            let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let definitions = root["$defs"] as? [String: Any]
        else { return [:] }
        var patterns: [String: NSRegularExpression] = [:]
        for (name, definition) in definitions {
            guard let pattern = (definition as? [String: Any])?["pattern"] as? String,
                let regex = try? NSRegularExpression(pattern: pattern)
            else { continue }
            patterns[name] = regex
        }
        return patterns
    }()

    /// Throws unless `value` matches the strict definition `name` (e.g. `kinesisStreamArnStrict`).
    static func requireStrict(_ name: String, _ value: String?, _ context: @autoclosure () -> String = "") throws {
        guard let regex = strictPatterns[name] else { throw Mismatch(description: "no strict definition \(name)") }
        guard let value else { throw Mismatch(description: "\(name): expected a value, found none \(context())") }
        let range = NSRange(value.startIndex..<value.endIndex, in: value)
        try require(
            regex.firstMatch(in: value, range: range) != nil, "\(name): \"\(value)\" does not match \(context())")
    }

    /// The partition, region and account of an ARN (`arn:p:svc:region:account:…`).
    static func scope(ofARN arn: String) -> [Substring] {
        let parts = arn.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
        return parts.count == 6 ? [parts[1], parts[3], parts[4]] : []
    }

    /// Whether `lhs` < `rhs` as decimal integers.
    static func isLess(_ lhs: String, _ rhs: String) -> Bool {
        lhs.count != rhs.count ? lhs.count < rhs.count : lhs < rhs
    }

    /// The milliseconds since 1970 of an epoch-seconds or ISO timestamp.
    static func milliseconds(_ timestamp: AWSTimestamp?) -> Int64? {
        guard let date = timestamp?.date(unit: .seconds) else { return nil }
        return Int64(exactly: (date.timeIntervalSince1970 * 1000).rounded())
    }
}
