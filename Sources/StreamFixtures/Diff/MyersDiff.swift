/// A shortest edit script between two sequences: Myers' O(ND) algorithm in linear space.
///
/// Snapshot files are a few hundred to a few thousand lines and usually differ in a handful, so
/// the cost O((N + M) · D) is small; the linear-space variant (divide at the "middle snake")
/// keeps memory at O(N + M) even when two files have nothing in common.
enum MyersDiff {
    /// One step of an edit script, in order: keep a line of both, drop one of the old, insert one of the new.
    enum Step: Equatable {
        case keep(old: Int, new: Int)
        case delete(old: Int)
        case insert(new: Int)
    }

    /// The steps that turn `old` into `new`, with as few deletions and insertions as possible.
    ///
    /// Among equally short scripts, deletions come before insertions in each changed run.
    static func steps<Element: Equatable>(from old: [Element], to new: [Element]) -> [Step] {
        var steps: [Step] = []
        steps.reserveCapacity(max(old.count, new.count))
        var solver = Solver(old: old, new: new)
        solver.solve(oldRange: 0..<old.count, newRange: 0..<new.count, into: &steps)
        return normalized(steps)
    }

    /// Moves deletions ahead of insertions inside each run of changes (recursion may interleave them).
    private static func normalized(_ steps: [Step]) -> [Step] {
        var result: [Step] = []
        result.reserveCapacity(steps.count)
        var deletions: [Step] = []
        var insertions: [Step] = []
        func flush() {
            result += deletions
            result += insertions
            deletions.removeAll(keepingCapacity: true)
            insertions.removeAll(keepingCapacity: true)
        }
        for step in steps {
            switch step {
            case .keep:
                flush()
                result.append(step)
            case .delete: deletions.append(step)
            case .insert: insertions.append(step)
            }
        }
        flush()
        return result
    }

    private struct Solver<Element: Equatable> {
        let old: [Element]
        let new: [Element]
        /// Furthest x reached on each diagonal, forward and backward; offset by `old.count + new.count + 1`.
        var forward: [Int]
        var backward: [Int]

        init(old: [Element], new: [Element]) {
            self.old = old
            self.new = new
            let size = 2 * (old.count + new.count) + 3
            forward = Array(repeating: 0, count: size)
            backward = Array(repeating: 0, count: size)
        }

        mutating func solve(oldRange: Range<Int>, newRange: Range<Int>, into steps: inout [Step]) {
            var oldStart = oldRange.lowerBound
            var newStart = newRange.lowerBound
            var oldEnd = oldRange.upperBound
            var newEnd = newRange.upperBound
            while oldStart < oldEnd, newStart < newEnd, old[oldStart] == new[newStart] {
                steps.append(.keep(old: oldStart, new: newStart))
                oldStart += 1
                newStart += 1
            }
            var suffix = 0
            while oldStart < oldEnd, newStart < newEnd, old[oldEnd - 1] == new[newEnd - 1] {
                oldEnd -= 1
                newEnd -= 1
                suffix += 1
            }
            if oldStart == oldEnd {
                for index in newStart..<newEnd { steps.append(.insert(new: index)) }
            } else if newStart == newEnd {
                for index in oldStart..<oldEnd { steps.append(.delete(old: index)) }
            } else {
                guard let snake = middleSnake(oldStart: oldStart, oldEnd: oldEnd, newStart: newStart, newEnd: newEnd)
                else {
                    for index in oldStart..<oldEnd { steps.append(.delete(old: index)) }
                    for index in newStart..<newEnd { steps.append(.insert(new: index)) }
                    for offset in 0..<suffix { steps.append(.keep(old: oldEnd + offset, new: newEnd + offset)) }
                    return
                }
                solve(oldRange: oldStart..<snake.oldStart, newRange: newStart..<snake.newStart, into: &steps)
                for offset in 0..<(snake.oldEnd - snake.oldStart) {
                    steps.append(.keep(old: snake.oldStart + offset, new: snake.newStart + offset))
                }
                solve(oldRange: snake.oldEnd..<oldEnd, newRange: snake.newEnd..<newEnd, into: &steps)
            }
            for offset in 0..<suffix { steps.append(.keep(old: oldEnd + offset, new: newEnd + offset)) }
        }

        /// The run of equal elements a shortest path crosses halfway, found by searching from both ends.
        ///
        /// Called only when both ranges are non-empty and differ at both ends, so the edit distance is at
        /// least 2 and the snake splits the problem into two strictly smaller ones.
        mutating func middleSnake(
            oldStart: Int, oldEnd: Int, newStart: Int, newEnd: Int
        ) -> (oldStart: Int, newStart: Int, oldEnd: Int, newEnd: Int)? {
            let n = oldEnd - oldStart
            let m = newEnd - newStart
            let delta = n - m
            let odd = delta & 1 != 0
            let offset = n + m + 1
            let limit = (n + m + 1) / 2
            forward[offset + 1] = 0
            backward[offset + 1] = 0
            for d in 0...limit {
                // Forward: x is the number of old elements consumed from the start.
                for k in stride(from: -d, through: d, by: 2) {
                    var x =
                        k == -d || (k != d && forward[offset + k - 1] < forward[offset + k + 1])
                        ? forward[offset + k + 1] : forward[offset + k - 1] + 1
                    var y = x - k
                    let startX = x
                    let startY = y
                    while x < n, y < m, old[oldStart + x] == new[newStart + y] {
                        x += 1
                        y += 1
                    }
                    forward[offset + k] = x
                    let reverseDiagonal = delta - k
                    if odd, reverseDiagonal >= -(d - 1), reverseDiagonal <= d - 1,
                        x + backward[offset + reverseDiagonal] >= n
                    {
                        return (oldStart + startX, newStart + startY, oldStart + x, newStart + y)
                    }
                }
                // Backward: x is the number of old elements consumed from the end.
                for k in stride(from: -d, through: d, by: 2) {
                    var x =
                        k == -d || (k != d && backward[offset + k - 1] < backward[offset + k + 1])
                        ? backward[offset + k + 1] : backward[offset + k - 1] + 1
                    var y = x - k
                    let startX = x
                    let startY = y
                    while x < n, y < m, old[oldEnd - 1 - x] == new[newEnd - 1 - y] {
                        x += 1
                        y += 1
                    }
                    backward[offset + k] = x
                    let forwardDiagonal = delta - k
                    if !odd, forwardDiagonal >= -d, forwardDiagonal <= d,
                        x + forward[offset + forwardDiagonal] >= n
                    {
                        return (oldEnd - x, newEnd - y, oldEnd - startX, newEnd - startY)
                    }
                }
            }
            // Not reached for non-empty inputs (the paths meet by d = limit); the caller then replaces everything.
            return nil
        }
    }
}
