import StreamEvents

/// Random DynamoDB values that DynamoDB would store and return as they are: numbers in canonical form within the
/// 38-digit range, non-empty sets without duplicates, documents within the nesting limit.
enum RandomAttributeValues {
    static let words = [
        "alpha", "amber", "apple", "atlas", "birch", "blue", "bright", "canyon", "cedar", "cloud", "copper",
        "coral", "delta", "ember", "falcon", "fern", "frost", "garden", "granite", "harbor", "hazel", "indigo",
        "island", "jade", "lemon", "lunar", "maple", "meadow", "nova", "ocean", "olive", "orbit", "pearl",
        "pine", "prairie", "quartz", "rapid", "river", "sage", "silver", "solar", "spruce", "stone", "summit",
        "thunder", "tidal", "velvet", "willow", "winter", "zephyr",
    ]
    static let firstNames = [
        "Ana", "Ben", "Chloé", "Daniel", "Emma", "Farah", "Grace", "Hiro", "Ines", "Jonas", "Kai", "Lena", "Łukasz",
        "Maya", "Noah", "Olivia", "Priya", "Quinn", "Rafael", "Sofia", "Søren", "Tariq", "Uma", "Victor", "Wei",
        "Zoë",
    ]
    static let lastNames = [
        "Silva", "Smith", "Müller", "García", "Nguyễn", "Kowalski", "Okafor", "Tanaka", "Rossi", "Johansson",
        "Patel", "Dubois", "Kim", "O'Brien", "Novak", "Haddad", "Lindqvist", "Moreau",
    ]
    static let domains = ["example.com", "example.org", "mail.example.net", "corp.example"]
    static let oddNames = ["a.b", "#tag", "with space", "ключ", "名前", "🔑", "$value", "x-y_z", "Key", "0"]
    static let unicodeText = Gen<String>.unicode(length: 1...16)

    // MARK: Numbers

    /// Any valid number, weighted towards the everyday: integers, prices, ratios; sometimes 38 digits or values
    /// near the ends of DynamoDB's range.
    static func number(using random: inout SeededRandom) -> DynamoDBNumber {
        switch random.next(below: 100) {
        case 0..<35:
            return FastText.number(random.int(in: -1_000...100_000))
        case 35..<55:
            return decimal(units: random.int(in: -2_000_000...20_000_000), fractionDigits: random.int(in: 1...4))
        case 55..<63:
            return FastText.number(0)
        case 63..<75:
            return bigInteger(digits: random.int(in: 16...38), negative: random.chance(0.2), using: &random)
        case 75..<85:
            return scientific(using: &random)
        case 85..<88:
            let extremes = [
                "1E-130", "-1E-130", "9.9999999999999999999999999999999999999E+125",
                "-9.9999999999999999999999999999999999999E+125", "1E+125", "123456789012345678901234567890.12345678",
            ]
            return DynamoDBNumber(unchecked: random.element(of: extremes) ?? "1E-130").canonical
        default:
            return decimal(units: random.int(in: 1...9_999), fractionDigits: 4)
        }
    }

    /// `units × 10^-fractionDigits` in canonical text (`1250, 2` → `12.5`).
    static func decimal(units: Int, fractionDigits: Int) -> DynamoDBNumber {
        var value = units
        var digits = max(fractionDigits, 0)
        while digits > 0, value % 10 == 0 {
            value /= 10
            digits -= 1
        }
        if value == 0 { return FastText.number(0) }
        // `-`, the digits of the magnitude (zero-padded to at least `digits + 1`) with `.` before the last `digits`,
        // written backwards into a buffer of 20 digits, a point, a sign and the padding.
        var rest = value.magnitude
        let text = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24 + digits) { buffer in
            var start = buffer.count
            var written = 0
            repeat {
                if digits > 0, written == digits {
                    start -= 1
                    buffer[start] = UInt8(ascii: ".")
                }
                start -= 1
                buffer[start] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: rest % 10)
                rest /= 10
                written += 1
            } while rest > 0 || written <= digits
            if value < 0 {
                start -= 1
                buffer[start] = UInt8(ascii: "-")
            }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[start...]), as: UTF8.self)
        }
        return DynamoDBNumber(unchecked: text)
    }

    /// An integer of exactly `digits` digits (no leading zero).
    static func bigInteger(digits: Int, negative: Bool, using random: inout SeededRandom) -> DynamoDBNumber {
        var bytes: [UInt8] = negative ? [UInt8(ascii: "-")] : []
        bytes.append(UInt8(ascii: "1") + UInt8(random.next(below: 9)))
        for _ in 1..<max(digits, 1) { bytes.append(UInt8(ascii: "0") + UInt8(random.next(below: 10))) }
        return DynamoDBNumber(unchecked: String(decoding: bytes, as: UTF8.self))
    }

    /// 1 to 38 significant digits anywhere in the range 1E-130 … 9.99…E+125, in canonical (plain) text.
    static func scientific(using random: inout SeededRandom) -> DynamoDBNumber {
        let count = random.int(in: 1...38)
        var bytes: [UInt8] = random.chance(0.3) ? [UInt8(ascii: "-")] : []
        for index in 0..<count {
            let low: UInt64 = index == 0 || index == count - 1 ? 1 : 0
            bytes.append(UInt8(ascii: "0") + UInt8(low + random.next(below: 10 - low)))
        }
        // The leading digit sits at position count + exponent - 1, which must be in -130 … 125.
        let leading = random.chance(0.25) ? random.int(in: -130...125) : random.int(in: -12...20)
        let exponent = leading - count + 1
        let text = String(decoding: bytes, as: UTF8.self) + "E" + String(exponent)
        return DynamoDBNumber(unchecked: text).canonical
    }

    /// A set of 1 to `count` different numbers (by value).
    static func numberSet(count: ClosedRange<Int>, using random: inout SeededRandom) -> [DynamoDBNumber] {
        let target = random.int(in: count)
        var numbers: [DynamoDBNumber] = []
        numbers.reserveCapacity(target)
        for _ in 0..<(target * 3) where numbers.count < target {
            let number =
                random.bool(probability: 0.95)
                ? FastText.number(random.int(in: 1...1_000)) : self.number(using: &random)
            if !numbers.contains(number) { numbers.append(number) }
        }
        return numbers.isEmpty ? [FastText.number(1)] : numbers
    }

    // MARK: Text and bytes

    static func word(using random: inout SeededRandom) -> String {
        random.element(of: words) ?? "alpha"
    }

    /// A short sentence; sometimes Unicode from several scripts, sometimes empty.
    static func text(using random: inout SeededRandom) -> String {
        switch random.next(below: 100) {
        case 0..<3: return ""
        case 3..<12: return unicodeText.run(using: &random)
        default:
            let count = random.int(in: 2...8)
            var bytes: [UInt8] = []
            bytes.reserveCapacity(count * 8)
            for index in 0..<count {
                if index > 0 { bytes.append(UInt8(ascii: " ")) }
                let start = bytes.count
                bytes.append(contentsOf: word(using: &random).utf8)
                if index == 0, bytes[start] >= UInt8(ascii: "a") { bytes[start] -= 32 }
            }
            bytes.append(random.chance(0.3) ? UInt8(ascii: "!") : UInt8(ascii: "."))
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    static func personName(using random: inout SeededRandom) -> String {
        (random.element(of: firstNames) ?? "Ana") + " " + (random.element(of: lastNames) ?? "Silva")
    }

    static func email(using random: inout SeededRandom) -> String {
        let first = (random.element(of: firstNames) ?? "ana").asciiLowercased
        let last = (random.element(of: lastNames) ?? "silva").asciiLowercased
        let number = random.chance(0.4) ? String(random.int(in: 1...99)) : ""
        return first + "." + last + number + "@" + (random.element(of: domains) ?? "example.com")
    }

    static func bytes(count: ClosedRange<Int>, using random: inout SeededRandom) -> [UInt8] {
        let length = random.int(in: count)
        var bytes = [UInt8]()
        bytes.reserveCapacity(length)
        var word: UInt64 = 0
        for index in 0..<length {
            if index % 8 == 0 { word = random.next() }
            bytes.append(UInt8(truncatingIfNeeded: word))
            word >>= 8
        }
        return bytes
    }

    /// A set of 1 to `count` different strings drawn by `element`.
    static func stringSet(
        count: ClosedRange<Int>, using random: inout SeededRandom, element: (inout SeededRandom) -> String
    ) -> [String] {
        let target = random.int(in: count)
        var texts: [String] = []
        texts.reserveCapacity(target)
        for _ in 0..<(target * 3) where texts.count < target {
            let text = element(&random)
            if !texts.contains(text) { texts.append(text) }
        }
        return texts.isEmpty ? ["default"] : texts
    }

    /// A set of 1 to `count` different byte strings (an empty one now and then, as DynamoDB allows).
    static func binarySet(count: ClosedRange<Int>, using random: inout SeededRandom) -> [[UInt8]] {
        let target = random.int(in: count)
        var sets: [[UInt8]] = []
        sets.reserveCapacity(target)
        for _ in 0..<(target * 3) where sets.count < target {
            let bytes = random.bool(probability: 0.05) ? [] : self.bytes(count: 1...24, using: &random)
            if !sets.contains(bytes) { sets.append(bytes) }
        }
        return sets.isEmpty ? [[0]] : sets
    }

    // MARK: Documents

    /// Any attribute value, documents at most `maxDepth` levels deep (counting the one at `depth`).
    static func value(depth: Int, maxDepth: Int, using random: inout SeededRandom) -> AttributeValue {
        let canNest = depth < maxDepth
        switch random.next(below: canNest ? 100 : 78) {
        case 0..<18: return .string(text(using: &random))
        case 18..<36: return .number(number(using: &random))
        case 36..<42: return .binary(bytes(count: 0...32, using: &random))
        case 42..<48: return .stringSet(stringSet(count: 1...4, using: &random, element: { word(using: &$0) }))
        case 48..<54: return .numberSet(numberSet(count: 1...4, using: &random))
        case 54..<58: return .binarySet(binarySet(count: 1...3, using: &random))
        case 58..<64: return .null
        case 64..<78: return .bool(random.bool())
        case 78..<90: return .map(document(depth: depth + 1, maxDepth: maxDepth, using: &random))
        default:
            let count = random.int(in: 0...4)
            var elements: [AttributeValue] = []
            for _ in 0..<count { elements.append(value(depth: depth + 1, maxDepth: maxDepth, using: &random)) }
            return .list(elements)
        }
    }

    /// A map of 0 to 5 members with document-style names (sometimes odd ones: dots, spaces, other scripts).
    static func document(depth: Int, maxDepth: Int, using random: inout SeededRandom) -> AttributeMap {
        let count = random.int(in: 0...5)
        var members: [AttributeMap.Member] = []
        members.reserveCapacity(count)
        for _ in 0..<count {
            let name =
                random.chance(0.1)
                ? (random.element(of: oddNames) ?? "a.b") : (random.element(of: documentNames) ?? "value")
            members.append(.init(name: name, value: value(depth: depth, maxDepth: maxDepth, using: &random)))
        }
        members.sort { $0.name < $1.name }
        return AttributeMap(members)
    }

    /// Documents nested `levels` deep (maps and lists alternating at random), ending in a scalar.
    static func chain(levels: Int, using random: inout SeededRandom) -> AttributeValue {
        var value: AttributeValue = .string(word(using: &random))
        for _ in 0..<max(levels, 1) {
            value =
                random.bool() ? .map(AttributeMap([.init(name: word(using: &random), value: value)])) : .list([value])
        }
        return value
    }

    static let documentNames = [
        "source", "channel", "locale", "version", "priority", "flags", "limits", "region", "owner", "labels",
        "count", "enabled", "ratio", "notes", "extra", "kind", "origin", "device", "theme", "weights",
    ]
}

extension String {
    /// The string with its first character uppercased.
    var capitalizedFirst: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }

    /// ASCII letters lowercased, other characters dropped except digits (for e-mail local parts).
    var asciiLowercased: String {
        String(
            decoding: utf8.compactMap { byte -> UInt8? in
                switch byte {
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): byte + 32
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): byte
                default: nil
                }
            }, as: UTF8.self)
    }
}
