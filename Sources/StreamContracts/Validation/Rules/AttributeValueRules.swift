import Foundation
import StreamEvents
import StreamJSON

/// The rules of DynamoDB AttributeValues (EventContract §B.3): nesting, number range, unique set elements.
enum AttributeValueRules: Int, RuleGroup {
    case nestingDepth, numberRange, setUnique

    static let descriptors: [RuleDescriptor] = describingAllCases()

    static func describe(_ rule: Self) -> RuleDescriptor {
        switch rule {
        case .nestingDepth:
            RuleDescriptor(
                id: "dynamodb.nesting-depth", severity: .error, kinds: RuleKinds.dynamodbRecords,
                summary: "M and L attribute values nest at most 32 levels below a top-level attribute", section: "B.3")
        case .numberRange:
            RuleDescriptor(
                id: "dynamodb.number-range", severity: .error, kinds: RuleKinds.dynamodbRecords,
                summary: "N and NS values have at most 38 significant digits and lie within 1E-130 … 9.99…E+125",
                section: "B.3")
        case .setUnique:
            RuleDescriptor(
                id: "dynamodb.set-unique", severity: .error, kinds: RuleKinds.dynamodbRecords,
                summary: "SS, NS and BS have no duplicates (NS by numeric value, BS by decoded bytes)", section: "B.3")
        }
    }
}

extension RuleContext {
    /// Checks every AttributeValue of an image or key map, nested ones included: number range, set uniqueness,
    /// canonical binary. The schema has already checked the shape (one type key, non-empty sets, `NULL: true`).
    ///
    /// The same pass measures the map for `dynamodb.size-bytes`, so an image is walked once.
    ///
    /// - Returns: The map's item size, equal to `itemSize(_:)`: `nil` when it is not an object or some value is not
    ///   a well-formed AttributeValue.
    @discardableResult
    mutating func checkAttributeMap(_ map: Int) -> Int? { checkAttributeMap(map, level: 0) }

    /// DynamoDB nests attributes at most this many levels deep (a top-level attribute is level 0).
    static let maximumAttributeNesting = 32

    /// Checks the members of a map whose values are nested `level` levels deep; returns the sum of its members'
    /// sizes (UTF-8 name length + value size, plus the nested-member overhead below the top level).
    private mutating func checkAttributeMap(_ map: Int, level: Int) -> Int? {
        guard document.kind(map) == .object else { return nil }
        let overhead = level == 0 ? 0 : Self.nestedMemberOverhead
        var total: Int? = 0
        var child = map + 1
        let end = document.next(map)
        while child < end {
            let size = checkAttributeValue(child + 1, level: level)
            if let sum = total, let size { total = sum + byteCount(child) + size + overhead } else { total = nil }
            child = document.next(child + 1)
        }
        return total
    }

    /// Checks one AttributeValue and its nested values, and returns its size as `attributeValueSize(_:)` does.
    /// Nothing below DynamoDB's nesting limit is checked, which also keeps this recursion shallow whatever the
    /// input; the size of a value that deep comes from `attributeValueSize(_:)`.
    private mutating func checkAttributeValue(_ value: Int, level: Int) -> Int? {
        guard document.kind(value) == .object, document.childCount(value) == 1 else { return nil }
        guard level <= Self.maximumAttributeNesting else {
            report(
                AttributeValueRules.nestingDepth, at: value,
                "this attribute value is nested \(level) levels deep; DynamoDB supports at most "
                    + "\(Self.maximumAttributeNesting) levels of nested attributes")
            return attributeValueSize(value)
        }
        let typed = value + 2
        switch AttributeType.of(value + 1, in: document) {
        case .s:
            return document.kind(typed) == .string ? byteCount(typed) : nil
        case .n:
            return checkedNumberSize(typed)
        case .b:
            var canonical = true
            return checkBinary(typed, label: "B", canonical: &canonical)
        case .bool, .null:
            return 1
        case .ss:
            checkStringSet(typed)
            return setSize(typed) { document.kind($0) == .string ? byteCount($0) : nil }
        case .ns:
            var total: Int? = document.kind(typed) == .array ? 0 : nil
            if document.kind(typed) == .array {
                var element = typed + 1
                while element < document.next(typed) {
                    let size = checkedNumberSize(element)
                    if let sum = total, let size { total = sum + size } else { total = nil }
                    element = document.next(element)
                }
            }
            checkNumberSet(typed)
            return total
        case .bs:
            var total: Int? = document.kind(typed) == .array ? 0 : nil
            var canonical = true
            if document.kind(typed) == .array {
                var element = typed + 1
                while element < document.next(typed) {
                    let size = checkBinary(element, label: "BS element", canonical: &canonical)
                    if let sum = total, let size { total = sum + size } else { total = nil }
                    element = document.next(element)
                }
            }
            checkBinarySet(typed, canonical: canonical)
            return total
        case .m:
            return checkAttributeMap(typed, level: level + 1).map { $0 + Self.documentOverhead }
        case .l:
            var total: Int? = document.kind(typed) == .array ? Self.documentOverhead : nil
            if document.kind(typed) == .array {
                var element = typed + 1
                while element < document.next(typed) {
                    let size = checkAttributeValue(element, level: level + 1)
                    if let sum = total, let size { total = sum + size + Self.nestedMemberOverhead } else { total = nil }
                    element = document.next(element)
                }
            }
            return total
        case .other:
            return nil
        }
    }

    /// The sum of the element sizes of a set, `nil` when it is not an array or some element has no size.
    private func setSize(_ set: Int, _ size: (Int) -> Int?) -> Int? {
        guard document.kind(set) == .array else { return nil }
        var total = 0
        var child = set + 1
        let end = document.next(set)
        while child < end {
            guard let element = size(child) else { return nil }
            total += element
            child = document.next(child)
        }
        return total
    }

    /// `checkNumber(_:)`, then `numberSize(_:)`, reading a plain number (`[+-]digits[.digits]`) once, in place:
    /// when DynamoDB accepts it (`plainNumber(_:)`), `checkNumber` has nothing to report.
    private mutating func checkedNumberSize(_ index: Int) -> Int? {
        guard document.kind(index) == .string else { return nil }
        let plain = withUTF8(index) { Self.plainNumber($0) }
        if let plain, plain.isValid { return plain.size }
        checkNumber(index)
        return plain?.size ?? numberSize(index)
    }

    /// `N` within 38 significant digits and DynamoDB's range; syntax errors are the schema's.
    private mutating func checkNumber(_ index: Int) {
        guard document.kind(index) == .string else { return }
        let bytes = utf8(index)
        // Fast path: up to 38 characters without an exponent can't break the digit or range rules.
        if bytes.count <= 38, !bytes.contains(UInt8(ascii: "e")), !bytes.contains(UInt8(ascii: "E")) { return }
        do {
            try DynamoDBNumber(unchecked: String(decoding: bytes, as: UTF8.self)).validate()
        } catch {
            if case .syntax = error.problem { return }
            report(AttributeValueRules.numberRange, at: index, error.description)
        }
    }

    /// `B` and `BS` elements are canonical base64; returns the decoded size (`binarySize(_:)`), and clears
    /// `canonical` when the value is base64 with stray padding bits.
    private mutating func checkBinary(_ index: Int, label: String, canonical: inout Bool) -> Int? {
        guard document.kind(index) == .string else { return nil }
        guard let shape = withUTF8(index, { Base64Shape($0) }) else { return nil }
        if let offset = shape.nonCanonicalOffset {
            canonical = false
            reportNonCanonicalBase64(at: index, bytes: utf8(index), offset: offset, label: label)
        }
        return shape.decodedCount
    }

    /// Whether the string elements of a small set have pairwise different texts (no hashing); `nil` for large sets
    /// or sets with other elements, which take the general path.
    func smallSetTextsDistinct(_ set: Int) -> Bool? {
        guard document.kind(set) == .array, document.childCount(set) <= Self.smallSetLimit else { return nil }
        // Each element against the ones before it, on the tape: the raw texts (quotes included) of two strings
        // without escapes are equal exactly when their lengths and bytes are.
        return document.nodes.withUnsafeBufferPointer { nodes in
            document.bytes.withUnsafeBufferPointer { text -> Bool? in
                guard let base = text.baseAddress else { return nil }
                var child = set + 1
                let end = Int(nodes[set].end)
                while child < end {
                    let node = nodes[child]
                    guard node.kind == .string, node.flags & JSONNode.hasEscapes == 0 else { return nil }
                    var earlier = set + 1
                    while earlier < child {
                        let other = nodes[earlier]
                        if other.length == node.length,
                            ByteEquality.equal(
                                base + Int(other.offset), base + Int(node.offset), count: Int(node.length))
                        {
                            return false
                        }
                        earlier = Int(other.end)
                    }
                    child = Int(node.end)
                }
                return true
            }
        }
    }

    private static let smallSetLimit = 16

    /// Whether every element of an NS is a number in canonical plain form (`-?(0|[1-9][0-9]*)(\.[0-9]*[1-9])?`, not
    /// `-0`): one text per value, so distinct texts are distinct numbers.
    private func numberSetIsCanonicalPlain(_ set: Int) -> Bool {
        var child = set + 1
        let end = document.next(set)
        while child < end {
            guard document.kind(child) == .string, Self.isCanonicalPlainNumber(document.rawStringBytes(child)) else {
                return false
            }
            child = document.next(child)
        }
        return true
    }

    static func isCanonicalPlainNumber(_ text: ArraySlice<UInt8>) -> Bool {
        var i = text.startIndex
        let negative = i < text.endIndex && text[i] == UInt8(ascii: "-")
        if negative { i += 1 }
        guard i < text.endIndex else { return false }
        let zero = UInt8(ascii: "0")
        if text[i] == zero {
            i += 1
            if i == text.endIndex { return !negative }
        } else {
            guard text[i] &- zero < 10 else { return false }
            while i < text.endIndex, text[i] &- zero < 10 { i += 1 }
            if i == text.endIndex { return true }
        }
        guard text[i] == UInt8(ascii: "."), i + 1 < text.endIndex, text[text.endIndex - 1] != zero,
            text[text.endIndex - 1] &- zero < 10
        else { return false }
        i += 1
        while i < text.endIndex, text[i] &- zero < 10 { i += 1 }
        return i == text.endIndex
    }

    /// SS elements are distinct strings.
    private mutating func checkStringSet(_ set: Int) {
        if smallSetTextsDistinct(set) == true { return }
        var seen: [ByteKey: Int] = [:]
        for element in elements(set) where document.kind(element) == .string {
            let bytes = ByteKey(utf8(element))
            if let first = seen[bytes] {
                reportDuplicate(in: "SS", element: element, first: first, detail: quoted(element))
            } else {
                seen[bytes] = element
            }
        }
    }

    /// NS elements are distinct numbers (`1` and `1.0` are the same number).
    private mutating func checkNumberSet(_ set: Int) {
        if numberSetIsCanonicalPlain(set), smallSetTextsDistinct(set) == true { return }
        var seen: [DynamoDBNumber: Int] = [:]
        for element in elements(set) where document.kind(element) == .string {
            let number = DynamoDBNumber(unchecked: text(element))
            guard number.significantDigitCount != nil else { continue }  // not a number: the schema reports it
            if let first = seen[number] {
                reportDuplicate(
                    in: "NS", element: element, first: first,
                    detail: "the number \(quoted(element)) (equal to \(quoted(first)))")
            } else {
                seen[number] = element
            }
        }
    }

    /// BS elements are distinct byte strings (compared decoded); `canonical`: no element is base64 with stray
    /// padding bits (`checkBinary` found none).
    private mutating func checkBinarySet(_ set: Int, canonical: Bool) {
        // Canonical base64 is one text per byte string; only elements with stray padding bits (decoded leniently
        // below) can repeat bytes under a different text.
        if canonical, smallSetTextsDistinct(set) == true { return }
        var seen: [[UInt8]: Int] = [:]
        for element in elements(set) where document.kind(element) == .string {
            let text = utf8(element)
            guard let bytes = (try? Base64.decode(utf8: text)) ?? nonCanonicalDecode(text) else { continue }
            if let first = seen[bytes] {
                reportDuplicate(
                    in: "BS", element: element, first: first,
                    detail: "the bytes of \(quoted(element)) (equal to \(quoted(first)))")
            } else {
                seen[bytes] = element
            }
        }
    }

    /// Decodes base64 whose only fault is non-zero padding bits, the way lenient decoders do.
    private func nonCanonicalDecode(_ bytes: ArraySlice<UInt8>) -> [UInt8]? {
        guard Base64Shape(bytes)?.nonCanonicalOffset != nil else { return nil }
        var fixed = Array(bytes)
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        let padded = fixed[fixed.count - 2] == UInt8(ascii: "=")
        let position = fixed.count - (padded ? 3 : 2)
        guard let value = alphabet.firstIndex(of: fixed[position]) else { return nil }
        fixed[position] = alphabet[value & (padded ? 0x30 : 0x3C)]
        return try? Base64.decode(utf8: fixed)
    }

    private mutating func reportDuplicate(in set: String, element: Int, first: Int, detail: String) {
        report(
            AttributeValueRules.setUnique, at: element,
            "\(set) holds \(detail) twice (first at \(relativePointer(first))); DynamoDB sets have distinct elements")
    }

    /// Whether two AttributeValues are the same value: numbers by value, binaries by bytes, others as JSON.
    func attributeValuesEqual(_ left: Int, _ right: Int) -> Bool {
        guard document.kind(left) == .object, document.kind(right) == .object,
            document.childCount(left) == 1, document.childCount(right) == 1,
            stringsEqual(left + 1, right + 1)
        else { return document.value(left) == document.value(right) }
        let a = left + 2
        let b = right + 2
        guard document.kind(a) == .string, document.kind(b) == .string else {
            return document.value(left) == document.value(right)
        }
        if stringsEqual(a, b) { return true }
        if document.string(left + 1, equals: "N".utf8) {
            return DynamoDBNumber(unchecked: text(a)) == DynamoDBNumber(unchecked: text(b))
        }
        return false
    }
}

/// An AttributeValue's type key, read from its raw bytes without building a `String`.
enum AttributeType {
    case s, n, b, bool, null, ss, ns, bs, m, l, other

    /// The type named by the string at `index` (as written), read from the tape without slicing the text.
    static func of(_ index: Int, in document: JSONDocument) -> AttributeType {
        let node = document.nodes[index]
        let start = Int(node.offset) + 1
        let count = Int(node.length) - 2
        let packed: UInt32
        switch count {
        case 1: packed = UInt32(document.bytes[start])
        case 2: packed = UInt32(document.bytes[start]) | UInt32(document.bytes[start + 1]) << 8
        case 4:
            packed =
                UInt32(document.bytes[start]) | UInt32(document.bytes[start + 1]) << 8
                | UInt32(document.bytes[start + 2]) << 16 | UInt32(document.bytes[start + 3]) << 24
        default: return .other
        }
        switch (count, packed) {
        case (1, 0x53): return .s
        case (1, 0x4E): return .n
        case (1, 0x42): return .b
        case (1, 0x4D): return .m
        case (1, 0x4C): return .l
        case (2, 0x5353): return .ss
        case (2, 0x534E): return .ns
        case (2, 0x5342): return .bs
        case (4, 0x4C4F_4F42): return .bool  // "BOOL"
        case (4, 0x4C4C_554E): return .null  // "NULL"
        default: return .other
        }
    }

    init(_ raw: ArraySlice<UInt8>) {
        var iterator = raw.makeIterator()
        let first = iterator.next()
        let second = iterator.next()
        switch raw.count {
        case 1:
            switch first {
            case UInt8(ascii: "S"): self = .s
            case UInt8(ascii: "N"): self = .n
            case UInt8(ascii: "B"): self = .b
            case UInt8(ascii: "M"): self = .m
            case UInt8(ascii: "L"): self = .l
            default: self = .other
            }
        case 2 where second == UInt8(ascii: "S"):
            switch first {
            case UInt8(ascii: "S"): self = .ss
            case UInt8(ascii: "N"): self = .ns
            case UInt8(ascii: "B"): self = .bs
            default: self = .other
            }
        case 4:
            if raw.elementsEqual("BOOL".utf8) {
                self = .bool
            } else if raw.elementsEqual("NULL".utf8) {
                self = .null
            } else {
                self = .other
            }
        default:
            self = .other
        }
    }
}
