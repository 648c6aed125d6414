import Testing

@testable import StreamContracts

/// `BracketExcess` answers "does the rest of the line close more brackets than it opens?" from block summaries.
/// These tests hold it to the scan from the position to the end (written out here as the reference) at every
/// position of texts that cross several blocks, with strings, escapes and brackets at and across block edges.
@Suite struct BracketExcessTests {
    /// The scan the summaries replace: from `position`, outside any string, to the end; true when the depth goes
    /// below 0.
    static func referenceCloses(_ text: ArraySlice<UInt8>, from position: Int) -> Bool {
        var depth = 0
        var inString = false
        var escaped = false
        for byte in text[position...] {
            if inString {
                if escaped {
                    escaped = false
                } else if byte == 0x5C {
                    escaped = true
                } else if byte == 0x22 {
                    inString = false
                }
                continue
            }
            switch byte {
            case 0x22: inString = true
            case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                if depth < 0 { return true }
            default: break
            }
        }
        return false
    }

    /// Texts of up to five blocks from the bytes that matter, from a fixed seed; the brackets are weighted so that
    /// both answers occur often.
    static let texts: [[UInt8]] = {
        let alphabet = Array(#"{}[]{}[]""\ab"#.utf8)
        var state: UInt64 = 0xB5AD_4ECE_DA1C_E2A9
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33)
        }
        var result: [[UInt8]] = [
            [], Array("}".utf8), Array(#"{"a":"}"}"#.utf8), Array(#""\"}" ]"#.utf8),
            Array(repeating: UInt8(ascii: "{"), count: 300) + Array(repeating: UInt8(ascii: "}"), count: 301),
            Array(String(repeating: #"{"Records":[]} "#, count: 40).utf8) + Array("]".utf8),
        ]
        for _ in 0..<150 {
            result.append((0..<(next() % (5 * BracketExcess.blockSize))).map { _ in alphabet[next() % alphabet.count] })
        }
        return result
    }()

    @Test func everyPositionGetsTheAnswerOfAScanToTheEnd() {
        var answers: Set<Bool> = []
        for text in Self.texts {
            // A slice that does not start at 0, as a line of a larger buffer.
            let buffer = Array("prefix ".utf8) + text
            let line = buffer[7...]
            let excess = BracketExcess(line)
            for position in line.indices {
                let expected = Self.referenceCloses(line, from: position)
                answers.insert(expected)
                #expect(excess.closesMoreThanItOpens(from: position) == expected, "\(text.count) bytes at \(position)")
            }
            #expect(excess.closesMoreThanItOpens(from: line.endIndex) == false)
        }
        #expect(answers == [true, false])
    }

    @Test func aSummaryMadeFromALaterPositionAnswersFromThere() {
        for text in Self.texts where text.count > 10 {
            let line = text[...]
            let start = text.count / 3
            let excess = BracketExcess(line[start...])
            for position in start..<line.endIndex {
                #expect(
                    excess.closesMoreThanItOpens(from: position) == Self.referenceCloses(line, from: position),
                    "\(text.count) bytes from \(start) at \(position)")
            }
        }
    }
}
