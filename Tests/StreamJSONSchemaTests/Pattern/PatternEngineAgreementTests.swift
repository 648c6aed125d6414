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

    /// Patterns whose DFA has class runs: base64 (period 4), a period-3 group, a self-loop, an unanchored search.
    /// Each with the bytes its runs are made of.
    static let classRunPatterns: [(source: String, alphabet: [UInt8])] = [
        ("^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$", Array("QUJDabcZz09+/".utf8)),
        (
            "^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/][AQgw]==|[A-Za-z0-9+/]{2}[AEIMQUYcgkosw048]=)?$",
            Array("AQgwwgQA".utf8)
        ),
        ("^(?:[a-z]{3})*x?$", Array("abcyz".utf8)), ("^(?:[0-9]{5})*(?:[0-9]{2}=)?$", Array("0123456789".utf8)),
        ("^[a-z0-9-]*$", Array("ab-09z".utf8)), ("[0-9]{3}-", Array("abc-XYZ ".utf8)),
        ("^[A-Z]*[0-9]*$", Array("ABZ".utf8)),
    ]

    /// The bytes a run's scan accepts.
    static func members(of run: ClassRun) -> [Int] {
        (0..<256).filter { byte in (0..<4).contains { (UInt8(byte) &- run.lows[$0]) < run.widths[$0] } }
    }

    @Test func classRunsAreFoundWithTheirPeriodAndBytes() throws {
        let base64 = try #require(try ECMAPattern(Self.classRunPatterns[0].source).program.dfa)
        let startRunIndex = Int(base64.classRunOf[Int(base64.start) / base64.stride])
        try #require(startRunIndex >= 0)
        let startRun = base64.classRuns[startRunIndex]
        #expect(startRun.states.count == 4 && startRun.states[0] == base64.start)
        let alphabet = "+/0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
        #expect(Self.members(of: startRun) == Array(alphabet.utf8).map(Int.init))
        let loop = try #require(try ECMAPattern("^[a-z0-9-]+$").program.dfa)
        #expect(loop.classRuns.contains { $0.states.count == 1 })
        // Four ranges at most: a set of five separate bytes cycles but cannot be scanned.
        let scattered = try #require(try ECMAPattern("^[acegi]*$").program.dfa)
        #expect(scattered.classRuns.isEmpty)
        // Canonical base64 goes through different states on `A` and on `B`: from its start only the bytes of `[AQgw]`
        // (four ranges of one byte) take the same four states as each other.
        let canonical = try #require(
            try ECMAPattern("^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/][AQgw]==|[A-Za-z0-9+/]{2}[AEIMQUYcgkosw048]=)?$")
                .program.dfa)
        let canonicalRun = Int(canonical.classRunOf[Int(canonical.start) / canonical.stride])
        try #require(canonicalRun >= 0)
        #expect(Self.members(of: canonical.classRuns[canonicalRun]) == Array("AQgw".utf8).map(Int.init))
    }

    /// The scan's length is the run of set members counted byte by byte, cut to whole blocks of sixteen: every byte
    /// value at positions on both sides of each block edge, in runs of every length up to 80 and from every start.
    @Test func classRunScanCountsWholeBlocksOfMembers() throws {
        var checked = 0
        for (source, _) in Self.classRunPatterns {
            let dfa = try #require(try ECMAPattern(source).program.dfa)
            for run in dfa.classRuns {
                let members = Self.members(of: run)
                try #require(!members.isEmpty)
                let member = (0..<96).map { UInt8(members[($0 * 7) % members.count]) }
                func expected(_ bytes: [UInt8], from start: Int) -> Int {
                    var index = start
                    while index < bytes.count, members.contains(Int(bytes[index])) { index += 1 }
                    return (index - start) / 16 * 16
                }
                func scanned(_ bytes: [UInt8], from start: Int) -> Int? {
                    bytes.withUnsafeBufferPointer { buffer in
                        buffer.baseAddress.map { run.length($0, from: start, to: buffer.count) }
                    }
                }
                for length in 0...96 {
                    let bytes = Array(member[0..<length])
                    for start in [0, 1, 7, 16] where start <= length {
                        #expect(scanned(bytes, from: start) ?? 0 == expected(bytes, from: start), "\(source)")
                        checked += 1
                    }
                }
                for position in [0, 1, 15, 16, 17, 31, 32, 33, 47, 48, 49, 63, 64, 65, 79, 80, 95] {
                    for value in 0...255 {
                        var bytes = member
                        bytes[position] = UInt8(value)
                        #expect(scanned(bytes, from: 0) == expected(bytes, from: 0), "\(source) \(position) \(value)")
                        checked += 1
                    }
                }
            }
        }
        #expect(checked > 10_000)
    }

    /// Runs of every length up to 80 (every offset modulo each period and modulo the sixteen-byte scan), ended by the
    /// end of input or by bytes just outside the set, then more bytes: the skip ends where the byte steps end.
    @Test func classRunsEndWhereTheByteStepsEnd() throws {
        let enders: [[UInt8]] = [
            [], Array("=".utf8), Array("==".utf8), [0x2A], [0x2C], [0x2E], [0x3A], [0x40], [0x5B], [0x60], [0x7B],
            [0x7F], [0x00], [0x0A], Array("é".utf8), Array("\u{1F432}".utf8), Array("x".utf8), Array("-".utf8),
        ]
        var checked = 0
        for (source, alphabet) in Self.classRunPatterns {
            let pattern = try ECMAPattern(source)
            let dfa = try #require(pattern.program.dfa)
            // The start state skips a run of the alphabet (the scan is taken, not only the byte steps).
            let startRun = Int(dfa.classRunOf[Int(dfa.start) / dfa.stride])
            try #require(startRun >= 0, "\(source) has no class run from its start")
            let longRun = (0..<80).map { alphabet[$0 % alphabet.count] }
            let scanned = longRun.withUnsafeBufferPointer { buffer in
                buffer.baseAddress.map { dfa.classRuns[startRun].length($0, from: 0, to: buffer.count) }
            }
            #expect(scanned == 80, "\(source): the scan stopped at \(scanned ?? -1)")
            for length in 0...80 {
                for ender in enders {
                    for tail in [[], Array("QUJD".utf8), Array("abc123".utf8)] {
                        let body = (0..<length).map { alphabet[$0 % alphabet.count] }
                        let bytes = body + ender + tail
                        let (skipped, stepped) = bytes.withUnsafeBufferPointer { buffer in
                            (
                                dfa.run(buffer, from: 0, state: dfa.start),
                                dfa.run(buffer, from: 0, state: dfa.start, skipsClassRuns: false)
                            )
                        }
                        let text = String(decoding: bytes, as: UTF8.self).debugDescription
                        #expect(skipped.0 == stepped.0, "\(source) on \(text)")
                        if skipped.0 == nil {
                            #expect(skipped.1 == stepped.1 && skipped.2 == stepped.2, "\(source) on \(text)")
                        }
                        let (fast, thompson, backtracking) = Self.verdicts(pattern, bytes)
                        #expect(fast == backtracking && (fast == .match) == thompson, "\(source) on \(text)")
                        checked += 1
                    }
                }
            }
        }
        #expect(checked > 10_000)
    }
}
