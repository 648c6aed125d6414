// The pattern engine's three matchers must agree: the ASCII DFA fast path (`ECMAPattern.evaluate`), the Thompson
// simulation it hands over to, and the backtracking matcher that follows ECMA-262's matcher semantics step by step.
// Inputs are drawn from each pattern's own syntax tree (so most of them match) and then damaged (a byte dropped,
// inserted, replaced, the text cut short or doubled, non-ASCII scalars at every kind of offset), so the rejected side
// of every boundary is exercised as much as the accepted one.

import Foundation
import StreamFixtures
import StreamJSON
import Testing

@testable import StreamJSONSchema

@Suite struct PatternEngineAgreementTests {
    /// Every `pattern` and `patternProperties` key in Schemas/*.schema.json.
    static func projectPatterns() throws -> [String] {
        let folder = ProjectSchemasTests.folder
        var patterns = Set<String>()
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".json") {
            let data = try #require(FileManager.default.contents(atPath: folder.appendingPathComponent(name).path))
            collect(try JSONDocument(parsing: data).root.value, into: &patterns)
        }
        return patterns.sorted()
    }

    private static func collect(_ value: JSONValue, into patterns: inout Set<String>) {
        switch value {
        case .object(let object):
            for member in object.members {
                if member.key == "pattern", let source = member.value.stringValue { patterns.insert(source) }
                if member.key == "patternProperties", let keys = member.value.objectValue {
                    for key in keys.members { patterns.insert(key.key) }
                }
                collect(member.value, into: &patterns)
            }
        case .array(let elements):
            for element in elements { collect(element, into: &patterns) }
        default:
            break
        }
    }

    /// Scalars used to build and damage inputs: printable ASCII, controls, and multi-byte UTF-8 of every length.
    static let pool: [UInt32] =
        Array(0x20...0x7E) + [0x00, 0x09, 0x0A, 0x0D, 0x7F, 0x85, 0xA0, 0xE9, 0xFF, 0x3A9, 0x2028, 0xFEFF, 0x1F432]

    /// A string the pattern's tree describes (assertions are skipped, so it may still fail to match).
    static func sample(_ node: PatternNode, _ random: inout SeededRandom, _ out: inout [UInt32]) {
        switch node {
        case .empty, .assertion, .look, .backreference, .namedBackreference:
            break
        case .scalar(let value):
            out.append(value)
        case .set(let set):
            let members = pool.filter { set.contains($0) }
            if let member = random.element(of: members) { out.append(member) }
        case .sequence(let nodes):
            for child in nodes { sample(child, &random, &out) }
        case .alternation(let nodes):
            if let child = random.element(of: nodes) { sample(child, &random, &out) }
        case .group(let inner, _):
            sample(inner, &random, &out)
        case .repetition(let inner, let min, let max, _):
            // Mostly short; now and then long enough for the DFA's eight-byte steps to run many times.
            let extra = random.bool(probability: 0.15) ? 400 : 6
            let upper = Swift.min(max ?? (min + extra), min + extra)
            for _ in 0..<random.int(in: min...upper) { sample(inner, &random, &out) }
        }
    }

    /// The sample and damaged copies of it.
    static func variants(_ scalars: [UInt32], _ random: inout SeededRandom) -> [[UInt32]] {
        var result = [scalars, scalars + scalars]
        for _ in 0..<6 {
            var copy = scalars
            let position = random.int(in: 0...copy.count)
            let scalar = random.element(of: pool) ?? 0x41
            switch random.int(in: 0...4) {
            case 0 where !copy.isEmpty: copy.remove(at: Swift.min(position, copy.count - 1))
            case 1: copy.insert(scalar, at: position)
            case 2 where !copy.isEmpty: copy[Swift.min(position, copy.count - 1)] = scalar
            case 3: copy = Array(copy.prefix(position))
            default: copy.append(scalar)
            }
            result.append(copy)
        }
        return result
    }

    static func utf8(_ scalars: [UInt32]) -> [UInt8] {
        var text = String.UnicodeScalarView()
        for value in scalars { if let scalar = Unicode.Scalar(value) { text.append(scalar) } }
        return Array(String(text).utf8)
    }

    /// The three verdicts on `bytes`: fast path, Thompson simulation alone, backtracking alone.
    static func verdicts(
        _ pattern: ECMAPattern, _ bytes: [UInt8], budget: Int = 2_000_000
    ) -> (PatternResult, Bool, PatternResult) {
        bytes.withUnsafeBufferPointer { buffer in
            var backtracking = BacktrackMatcher(program: pattern.program, bytes: buffer, budget: budget)
            return (
                pattern.evaluate(utf8: buffer), ThompsonMatcher.matches(pattern.program, buffer),
                backtracking.search()
            )
        }
    }

    /// Checks every input against `source`; returns how many matched, how many did not, and on how many the
    /// backtracking matcher ran out of steps (`^(a+)+$` on a long run of `a`s), where it is no reference.
    static func checkAgreement(
        _ source: String, seed: String, samples: Int, budget: Int = 2_000_000
    ) throws -> (matched: Int, rejected: Int, undecided: Int) {
        let pattern = try ECMAPattern(source)
        var random = SeededRandom(seed: Seed(seed + source))
        var inputs = PatternOracleTests.inputs.map { Array($0.utf8) }
        for _ in 0..<samples {
            var scalars: [UInt32] = []
            sample(pattern.syntax, &random, &scalars)
            inputs += variants(scalars, &random).map(utf8)
        }
        var matched = 0
        var rejected = 0
        var undecided = 0
        for input in inputs {
            let (fast, thompson, backtracking) = verdicts(pattern, input, budget: budget)
            let text = String(decoding: input, as: UTF8.self)
            if backtracking == .budgetExceeded {
                undecided += 1
            } else {
                #expect(fast == backtracking, "\(source) on \(text.debugDescription): ECMA \(backtracking)")
            }
            #expect((fast == .match) == thompson, "\(source) on \(text.debugDescription): Thompson \(thompson)")
            if fast == .match { matched += 1 } else { rejected += 1 }
        }
        return (matched, rejected, undecided)
    }

    @Test func projectPatternsAgreeOnEveryMatcher() throws {
        let patterns = try Self.projectPatterns()
        #expect(patterns.count > 30, "expected the patterns of \(ProjectSchemasTests.folder.path)")
        var quadSteps = 0
        for source in patterns {
            let pattern = try ECMAPattern(source)
            #expect(!pattern.usesBacktracking && pattern.program.dfa != nil, "\(source) has no DFA")
            quadSteps += pattern.program.dfa?.quad.isEmpty == false ? 1 : 0
            let (matched, rejected, undecided) = try Self.checkAgreement(source, seed: "schemas", samples: 60)
            #expect(undecided == 0, "\(source): the backtracking matcher gave up on \(undecided) inputs")
            // Both sides of the boundary are exercised for every pattern.
            #expect(matched > 20 && rejected > 20, "\(source): \(matched) matched, \(rejected) rejected")
        }
        // Both DFA loops are exercised: four-byte steps for small DFAs, paired steps for the ARNs.
        #expect(quadSteps > 5 && quadSteps < patterns.count, "\(quadSteps) of \(patterns.count) with four-byte steps")
    }

    @Test func oraclePatternsAgreeOnEveryMatcher() throws {
        for (source, _) in PatternOracleTests.accepted {
            guard let pattern = try? ECMAPattern(source), !pattern.usesBacktracking else { continue }
            // Catastrophic patterns (`^(a+)+$`) are among these: the backtracking reference gets a small budget.
            _ = try Self.checkAgreement(source, seed: "oracle", samples: 20, budget: 50_000)
        }
    }

    @Test func base64PaddingBoundaries() throws {
        let plain = try ECMAPattern("^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$")
        let canonical = try ECMAPattern(
            "^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/][AQgw]==|[A-Za-z0-9+/]{2}[AEIMQUYcgkosw048]=)?$")
        // Both take the DFA's four-byte steps, the path these boundaries pin.
        #expect(plain.program.dfa?.quad.isEmpty == false && canonical.program.dfa?.quad.isEmpty == false)
        let body = String(repeating: "QUJD", count: 300)
        for (text, plainVerdict, canonicalVerdict) in [
            (body, true, true), (body + "QQ==", true, true), (body + "QR==", true, false), (body + "QUI=", true, true),
            (body + "QUJ=", true, false), (body + "Q===", false, false), (body + "QUJ", false, false),
            (body + "Q", false, false), (body + "QQ=", false, false), (String(body.dropLast()), false, false),
            (body + "QQ==\n", false, false), (body + "é", false, false), ("é" + body, false, false),
            (String(body.prefix(9)) + "-" + String(body.dropFirst(10)), false, false), ("", true, true),
        ] {
            #expect(plain.matches(text) == plainVerdict, "\(text.suffix(8).debugDescription)")
            #expect(canonical.matches(text) == canonicalVerdict, "\(text.suffix(8).debugDescription)")
            #expect(Self.verdicts(plain, Array(text.utf8)).2 == (plainVerdict ? .match : .noMatch))
        }
    }
}
