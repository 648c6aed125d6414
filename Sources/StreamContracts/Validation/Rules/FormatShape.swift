/// A strict-format pattern of the plainest kind, read from its source and matched byte by byte without the pattern
/// engine: `^`, then literal characters and bracketed ASCII classes with a fixed count (`[0-9]{12}`), the last of
/// which may take a range of counts (`[0-9]{21,40}`), then `$`. Ids and sequence numbers are written this way
/// (`^shardId-[0-9]{12}$`, `^[0-9a-f]{32}$`); every other pattern (alternatives, groups, escapes, negated classes,
/// ranges of counts before the end) gives `nil` and stays with `ECMAPattern`.
///
/// The match is the pattern's: each position admits exactly the characters its class or literal names, and a byte
/// of a non-ASCII character is in no class, as its character is in none of these ASCII-only classes.
struct FormatShape: Sendable {
    /// 256 bytes per item of the pattern (its runs, then the tail): 1 where the item does not admit the byte.
    private let rejects: [UInt8]
    /// The fixed runs in order: a row of `rejects` and how many bytes it must admit one after the other.
    private let runs: [(row: Int, count: Int)]
    /// The row of the closing class, and its range of counts (0...0 when the pattern has no such class).
    private let tail: (row: Int, minimum: Int, maximum: Int)
    /// The length of the fixed part (the sum of the runs' counts).
    private let fixedCount: Int

    /// A set of ASCII bytes as two 64-bit masks.
    struct ByteSet: Sendable {
        var low: UInt64 = 0
        var high: UInt64 = 0

        mutating func insert(_ byte: UInt8) {
            if byte < 64 { low |= 1 << UInt64(byte) } else { high |= 1 << UInt64(byte - 64) }
        }

        func contains(_ byte: UInt8) -> Bool {
            if byte < 64 { return low & (1 << UInt64(byte)) != 0 }
            return byte < 128 && high & (1 << UInt64(byte &- 64)) != 0
        }
    }

    /// The shape of `source`, or `nil` when it is not of the plain kind.
    init?(source: String) {
        var reader = Array(source.utf8)[...]
        guard reader.count >= 2, reader.first == UInt8(ascii: "^"), reader.last == UInt8(ascii: "$") else {
            return nil
        }
        reader = reader.dropFirst().dropLast()
        var items: [(set: ByteSet, minimum: Int, maximum: Int)] = []
        while let byte = reader.first {
            // A range of counts only on the last item.
            if let last = items.last, last.minimum != last.maximum { return nil }
            var set = ByteSet()
            if byte == UInt8(ascii: "[") {
                guard let (parsed, rest) = Self.parseClass(reader.dropFirst()) else { return nil }
                set = parsed
                reader = rest
            } else {
                guard Self.isPlainLiteral(byte) else { return nil }
                set.insert(byte)
                reader = reader.dropFirst()
            }
            var bounds = (1, 1)
            if reader.first == UInt8(ascii: "{") {
                guard let (parsed, rest) = Self.parseCount(reader.dropFirst()) else { return nil }
                bounds = parsed
                reader = rest
            }
            items.append((set, bounds.0, bounds.1))
        }
        var rejects: [UInt8] = []
        for item in items {
            rejects += (0...255).map { item.set.contains(UInt8($0)) ? 0 : 1 }
        }
        var runs: [(row: Int, count: Int)] = []
        var tail = (row: 0, minimum: 0, maximum: 0)
        for (position, item) in items.enumerated() {
            if item.minimum == item.maximum {
                runs.append((position * 256, item.minimum))
            } else {
                tail = (position * 256, item.minimum, item.maximum)
            }
        }
        self.rejects = rejects
        self.runs = runs
        self.tail = tail
        self.fixedCount = runs.reduce(0) { $0 + $1.count }
    }

    /// Whether UTF-8 `bytes` match the pattern: the length, then each byte against its item's row (no branch per
    /// byte: the rejections are or-ed together).
    func matches(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count >= fixedCount + tail.minimum, bytes.count <= fixedCount + tail.maximum else { return false }
        guard let text = bytes.baseAddress else { return true }  // empty, and the pattern admits it
        return rejects.withUnsafeBufferPointer { rejects in
            runs.withUnsafeBufferPointer { runs in
                guard let table = rejects.baseAddress else { return false }
                var rejected: UInt8 = 0
                var index = 0
                for run in runs {
                    let row = table + run.row
                    for _ in 0..<run.count {
                        rejected |= row[Int(text[index])]
                        index &+= 1
                    }
                }
                let row = table + tail.row
                while index < bytes.count {
                    rejected |= row[Int(text[index])]
                    index &+= 1
                }
                return rejected == 0
            }
        }
    }

    /// Letters, digits, `-`, `_`, `:` and `/`: characters that mean themselves outside a class.
    private static func isPlainLiteral(_ byte: UInt8) -> Bool {
        isAlphanumeric(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":")
            || byte == UInt8(ascii: "/")
    }

    /// A class body after `[`, up to and including `]`: ranges `x-y` and single characters among letters, digits,
    /// `_`, `.` and a `-` that can't start a range; `nil` for anything else (`^`, escapes, other punctuation).
    private static func parseClass(_ text: ArraySlice<UInt8>) -> (ByteSet, ArraySlice<UInt8>)? {
        var set = ByteSet()
        var rest = text
        var members = 0
        while let byte = rest.first, byte != UInt8(ascii: "]") {
            guard isClassCharacter(byte) else { return nil }
            let afterByte = rest.dropFirst()
            if afterByte.first == UInt8(ascii: "-"), let upper = afterByte.dropFirst().first,
                upper != UInt8(ascii: "]")
            {
                guard byte != UInt8(ascii: "-"), isClassCharacter(upper), upper != UInt8(ascii: "-"), byte <= upper
                else { return nil }
                for member in byte...upper { set.insert(member) }
                rest = afterByte.dropFirst(2)
            } else {
                set.insert(byte)
                rest = afterByte
            }
            members += 1
        }
        guard members > 0, rest.first == UInt8(ascii: "]") else { return nil }
        return (set, rest.dropFirst())
    }

    private static func isClassCharacter(_ byte: UInt8) -> Bool {
        isAlphanumeric(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        byte &- UInt8(ascii: "a") < 26 || byte &- UInt8(ascii: "A") < 26 || byte &- UInt8(ascii: "0") < 10
    }

    /// A count after `{`: `n}` or `m,n}` with `0 < m <= n`, both at most 4,096; `nil` for anything else (`{m,}`).
    private static func parseCount(_ text: ArraySlice<UInt8>) -> ((Int, Int), ArraySlice<UInt8>)? {
        var rest = text
        func number() -> Int? {
            var value = 0
            var digits = 0
            while let byte = rest.first, byte &- UInt8(ascii: "0") < 10, digits < 5 {
                value = value * 10 + Int(byte &- UInt8(ascii: "0"))
                digits += 1
                rest = rest.dropFirst()
            }
            return digits > 0 && value <= 4096 ? value : nil
        }
        guard let minimum = number() else { return nil }
        var maximum = minimum
        if rest.first == UInt8(ascii: ",") {
            rest = rest.dropFirst()
            guard let upper = number() else { return nil }
            maximum = upper
        }
        guard rest.first == UInt8(ascii: "}"), minimum > 0, minimum <= maximum else { return nil }
        return ((minimum, maximum), rest.dropFirst())
    }
}
