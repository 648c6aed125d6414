import StreamFixtures
import Testing

@Suite struct UnifiedDiffTests {
    @Test func equalTextsHaveNoHunks() {
        let diff = UnifiedDiff(old: "a\nb\n", new: "a\nb\n")
        #expect(diff.isEmpty)
        #expect(diff.rendered(oldName: "x", newName: "y") == "")
    }

    @Test func aChangedLineShowsAsRemovedThenAddedWithThreeLinesOfContext() {
        let old = (1...9).map { "line \($0)\n" }.joined()
        let new = old.replacingOccurrences(of: "line 5\n", with: "line five\n")
        let diff = UnifiedDiff(old: old, new: new)
        #expect(
            diff.rendered(oldName: "snapshot", newName: "actual") == """
                --- snapshot
                +++ actual
                @@ -2,7 +2,7 @@
                 line 2
                 line 3
                 line 4
                -line 5
                +line five
                 line 6
                 line 7
                 line 8

                """)
    }

    @Test func changesFarApartMakeSeparateHunksAndCloseOnesMerge() {
        let old = (1...20).map { "\($0)" }.joined(separator: "\n") + "\n"
        var far = old.replacingOccurrences(of: "\n2\n", with: "\ntwo\n")
        far = far.replacingOccurrences(of: "\n19\n", with: "\nnineteen\n")
        #expect(UnifiedDiff(old: old, new: far).hunks.map(\.header) == ["@@ -1,5 +1,5 @@", "@@ -16,5 +16,5 @@"])
        let close = old.replacingOccurrences(of: "\n2\n", with: "\ntwo\n")
            .replacingOccurrences(of: "\n8\n", with: "\neight\n")
        #expect(UnifiedDiff(old: old, new: close).hunks.map(\.header) == ["@@ -1,11 +1,11 @@"])
    }

    @Test func insertionsAndDeletionsAtTheEdgesUseDiffUHeaders() {
        #expect(UnifiedDiff(old: "", new: "a\n").description == "@@ -0,0 +1 @@\n+a\n")
        #expect(UnifiedDiff(old: "a\n", new: "").description == "@@ -1 +0,0 @@\n-a\n")
        #expect(UnifiedDiff(old: "b\n", new: "a\nb\n").description == "@@ -1 +1,2 @@\n+a\n b\n")
        #expect(UnifiedDiff(old: "a\nb\n", new: "a\n").description == "@@ -1,2 +1 @@\n a\n-b\n")
    }

    @Test func aMissingFinalNewlineIsADifferenceAndIsMarked() {
        let diff = UnifiedDiff(old: "a\nb\n", new: "a\nb")
        #expect(diff.description == "@@ -1,2 +1,2 @@\n a\n-b\n+b\n\\ No newline at end of file\n")
    }

    @Test func contextLinesCanBeChosen() {
        let diff = UnifiedDiff(old: "1\n2\n3\n4\n5\n", new: "1\n2\nthree\n4\n5\n", contextLines: 0)
        #expect(diff.description == "@@ -3 +3 @@\n-3\n+three\n")
    }

    @Test func editScriptsAreShortestAndRebuildTheNewText() {
        // Small alphabets make many equal lines, the hard case for the middle-snake search.
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<400 {
            let old = (0..<next(12)).map { _ in ["a", "b", "c"][next(3)] }
            let new = (0..<next(12)).map { _ in ["a", "b", "c"][next(3)] }
            let diff = UnifiedDiff(
                old: old.map { $0 + "\n" }.joined(), new: new.map { $0 + "\n" }.joined(), contextLines: 100)
            let lines = diff.hunks.flatMap(\.lines)
            let rebuilt = lines.filter { $0.change != .removed }.map(\.text)
            let original = lines.filter { $0.change != .added }.map(\.text)
            let edits = lines.filter { $0.change != .context }.count
            #expect(diff.isEmpty ? old == new : (rebuilt == new && original == old), "\(old) → \(new)")
            #expect(edits == old.count + new.count - 2 * Self.lcsLength(old, new), "\(old) → \(new)")
        }
    }

    @Test func largeUnrelatedTextsDiffInLinearSpace() {
        let old = (0..<1000).map { "old \($0)\n" }.joined()
        let new = (0..<1000).map { "new \($0)\n" }.joined()
        let diff = UnifiedDiff(old: old, new: new)
        #expect(diff.hunks.count == 1)
        #expect(diff.hunks[0].header == "@@ -1,1000 +1,1000 @@")
    }

    private static func lcsLength(_ a: [String], _ b: [String]) -> Int {
        var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        return table[0][0]
    }
}
