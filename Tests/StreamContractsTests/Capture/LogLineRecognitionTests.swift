import Testing

@testable import StreamContracts

/// The byte-level recognisers of log lines (platform lines, the Node runtime prefix, quoted JSON in a text line)
/// compare bytes in place instead of walking arrays of patterns. These tests hold each to the pattern reading it
/// replaced (written out here as the reference), on every pattern, every pattern cut or changed at each byte, and
/// every short line built from the bytes that matter.
@Suite struct LogLineRecognitionTests {
    static let platformStarts = [
        "START RequestId:", "END RequestId:", "REPORT RequestId:", "INIT_START ", "INIT_REPORT ", "INIT_RUNTIME_DONE",
        "RESTORE_START", "RESTORE_REPORT", "RESTORE_RUNTIME_DONE", "EXTENSION\t", "TELEMETRY\t", "XRAY TraceId:",
    ].map { Array($0.utf8) }

    static func referencePlatformLine(_ line: [UInt8]) -> Bool {
        platformStarts.contains { line.starts(with: $0) }
    }

    static let nodeLevels = ["TRACE", "DEBUG", "INFO", "WARN", "ERROR", "FATAL"].map { Array($0.utf8) }

    /// Where the message starts after `stamp⇥request⇥` and a level with its tab, as the level list reads it.
    static func referenceLevelEnd(_ line: [UInt8], from i: Int) -> Int {
        for level in nodeLevels where i < line.count && line[i...].starts(with: level) {
            let after = i + level.count
            if after < line.count, line[after] == 0x09 { return after + 1 }
        }
        return i
    }

    static func referenceQuotedJSON(_ line: [UInt8], from index: Int) -> Int? {
        let starts = [#""{\""#, #""[{\""#, #""[\""#].map { Array($0.utf8) }
        var i = index
        while i < line.count {
            if line[i] == 0x22, starts.contains(where: { line[i...].starts(with: $0) }) { return i }
            i += 1
        }
        return nil
    }

    /// Every pattern, each cut short at every length and changed at every byte, with text after it or not.
    static func variants(of patterns: [[UInt8]]) -> [[UInt8]] {
        var result: [[UInt8]] = [[]]
        for pattern in patterns {
            for length in 0...pattern.count {
                result.append(Array(pattern.prefix(length)))
                result.append(Array(pattern.prefix(length)) + Array(" x\t{}".utf8))
            }
            for position in pattern.indices {
                for replacement: UInt8 in [0x20, 0x09, 0x61, pattern[position] ^ 0x20, 0xC3] {
                    var changed = pattern + Array("more".utf8)
                    changed[position] = replacement
                    result.append(changed)
                }
            }
        }
        return result
    }

    @Test func platformLinesAreTheOnesThePatternsName() {
        for line in Self.variants(of: Self.platformStarts) {
            #expect(LogLineFormat.isPlatformLine(line[...]) == Self.referencePlatformLine(line), "\(line)")
            // The same bytes inside a larger buffer: the slice's own indices are used.
            let framed = Array("abc".utf8) + line
            #expect(LogLineFormat.isPlatformLine(framed[3...]) == Self.referencePlatformLine(line), "\(line)")
        }
    }

    @Test func theNodePrefixEndsAfterALevelAndItsTab() {
        let head = Array("2026-01-05T10:00:00.000Z\t00005eed-0000-4000-8000-000000000000\t".utf8)
        let words =
            Self.variants(of: Self.nodeLevels.map { $0 + [0x09] })
            + ["INFO", "INFOS\t", "INF\t", "info\t", "WARNING\t", "ERRORS\t", "\t", "TRACE \t", "FATAL\tx"].map {
                Array($0.utf8)
            }
        for word in words {
            let line = head + word + Array(#"{"a":1}"#.utf8)
            let prefix = LogLineFormat.prefix(of: line[...])
            #expect(prefix.container == .nodeTextLog)
            #expect(prefix.messageStart == Self.referenceLevelEnd(line, from: head.count), "\(word)")
        }
    }

    @Test func quotedJSONIsFoundWhereThePatternsStart() {
        // Every line of up to six bytes from the bytes that matter, and the patterns' variants.
        let alphabet = Array(#""{[\a"#.utf8)
        var lines = Self.variants(of: [#""{\""#, #""[{\""#, #""[\""#].map { Array($0.utf8) })
        var shorter: [[UInt8]] = [[]]
        for _ in 1...6 {
            shorter = shorter.flatMap { line in alphabet.map { line + [$0] } }
            lines += shorter
        }
        for line in lines {
            for start in 0...line.count {
                #expect(
                    LogScanner.nextQuotedJSON(line[...], from: start) == Self.referenceQuotedJSON(line, from: start),
                    "\(line) from \(start)")
            }
            let framed = Array("xy".utf8) + line
            #expect(
                LogScanner.nextQuotedJSON(framed[2...], from: 2).map { $0 - 2 }
                    == Self.referenceQuotedJSON(line, from: 0))
        }
    }
}
