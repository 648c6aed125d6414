import Foundation
import StreamJSON
import Testing

/// Loads JSON samples bundled under `Samples/` and checks decode → encode round trips.
enum SampleFiles {
    struct MissingSample: Error, CustomStringConvertible {
        var name: String
        var description: String { "no sample named \(name).json in Samples/" }
    }

    static var directory: URL? {
        Bundle.module.url(forResource: "Samples", withExtension: nil)
    }

    /// The names (without `.json`) of every bundled sample.
    static func allNames() throws -> [String] {
        guard let directory else { throw MissingSample(name: "(directory)") }
        return try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".json") }
            .map { String($0.dropLast(5)) }
            .sorted()
    }

    static func data(_ name: String) throws -> Data {
        guard let url = directory?.appendingPathComponent(name + ".json") else { throw MissingSample(name: name) }
        return try Data(contentsOf: url)
    }

    /// Decodes the sample as `T`, re-encodes it, and expects equal JSON (members in any order,
    /// numbers by value). Returns the decoded value for further checks.
    @discardableResult
    static func expectRoundTrip<T: Codable & Equatable>(
        _ type: T.Type, _ name: String, sourceLocation: SourceLocation = #_sourceLocation
    )
        throws -> T
    {
        let original = try data(name)
        let value = try JSONDecoder().decode(type, from: original)
        let encoded = try JSONEncoder().encode(value)
        let (expected, actual) = try jsonValues(original, encoded)
        #expect(
            actual == expected, "\(name): re-encoded JSON differs:\n\(String(decoding: encoded, as: UTF8.self))",
            sourceLocation: sourceLocation)
        // Decoding the re-encoded bytes gives the same value again.
        #expect(try JSONDecoder().decode(type, from: encoded) == value, sourceLocation: sourceLocation)
        return value
    }
}

extension SampleFiles {
    /// Both documents as JSON values, the comparison "equal JSON" uses (members in any order,
    /// numbers by value).
    static func jsonValues(_ original: Data, _ encoded: Data) throws -> (expected: JSONValue, actual: JSONValue) {
        (
            try JSONDecoder().decode(JSONValue.self, from: original),
            try JSONDecoder().decode(JSONValue.self, from: encoded)
        )
    }
}

/// The value as JSON text with sorted keys (Foundation's encoder does not keep member order).
func sortedJSON<T: Encodable>(_ value: T) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(value), as: UTF8.self)
}

/// Encode → decode through Foundation's JSON coders.
func jsonRoundTrip<T: Codable & Equatable>(_ value: T) throws -> T {
    try JSONDecoder().decode(T.self, from: JSONEncoder().encode(value))
}

/// A small deterministic generator (SplitMix64) for property tests; the seed is printed on failure.
struct TestRandom {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A value in `0..<bound` (bound > 0).
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

    mutating func bool() -> Bool { next() & 1 == 1 }

    mutating func bytes(maxCount: Int) -> [UInt8] {
        (0..<below(maxCount + 1)).map { _ in UInt8(truncatingIfNeeded: next()) }
    }

    mutating func string(maxCount: Int = 8) -> String {
        let pieces = ["a", "Z", "0", " ", "é", "世", "🌍", "\"", "\\", "\n", "-", "#"]
        return (0..<below(maxCount + 1)).map { _ in pieces[below(pieces.count)] }.joined()
    }

    mutating func numberText() -> String {
        let sign = bool() ? "-" : ""
        let digits = (0..<(1 + below(38))).map { _ in String(below(10)) }.joined()
        let trimmed = String(digits.drop(while: { $0 == "0" }))
        let mantissa = trimmed.isEmpty ? "0" : trimmed
        switch below(3) {
        case 0: return mantissa == "0" ? "0" : sign + mantissa
        case 1: return sign + mantissa + "E" + String(below(80) - 40)
        default:
            let cut = below(mantissa.count)
            return sign + (cut == 0 ? "0" : String(mantissa.prefix(cut))) + "." + String(mantissa.dropFirst(cut)) + "1"
        }
    }
}
