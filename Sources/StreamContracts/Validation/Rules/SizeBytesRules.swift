import StreamEvents
import StreamJSON

/// The rule of a DynamoDB record's SizeBytes (EventContract §B.6).
enum SizeBytesRules: Int, RuleGroup {
    case sizeBytes

    static let descriptors: [RuleDescriptor] = describingAllCases()

    static func describe(_ rule: Self) -> RuleDescriptor {
        switch rule {
        case .sizeBytes:
            RuleDescriptor(
                id: "dynamodb.size-bytes", severity: .warning, kinds: RuleKinds.dynamodbRecords,
                summary: "SizeBytes equals the item sizes of Keys + NewImage + OldImage", section: "B.6")
        }
    }
}

extension RuleContext {
    /// The item sizes of a change record's Keys and images, measured while `checkAttributeMap(_:)` checks them.
    struct ChangeSizes {
        /// The size of `Keys`; `nil` when Keys is absent, not an object, or not well-formed.
        var keys: Int?
        /// The `NewImage` member (of any type) and the size of its item.
        var newImage: (index: Int, size: Int?)?
        /// The `OldImage` member (of any type) and the size of its item.
        var oldImage: (index: Int, size: Int?)?
    }

    /// `SizeBytes` equals the item sizes of Keys + NewImage + OldImage (EventContract §B.6), as
    /// `DynamoDBItemSize` computes them. A warning: fixtures in the wild often carry a wrong size.
    ///
    /// - Parameters:
    ///   - sizeBytes: Tape index of the record's `dynamodb.SizeBytes` when it is a number.
    ///   - sizes: The item sizes, as `itemSize(_:)` gives them; nothing is reported without a Keys size.
    mutating func checkSizeBytes(_ sizeBytes: Int?, sizes: ChangeSizes) {
        guard let keysSize = sizes.keys, let declared = sizeBytes else { return }
        // An integer too large for `Int` (`1e999999`, 60 digits) is a mismatch too, not a reason to stay silent;
        // fractions and values below 1 are the schema's findings.
        let value = integer(declared)
        if let value, value < 1 { return }
        let newSize = sizes.newImage?.size
        let oldSize = sizes.oldImage?.size
        guard sizes.newImage == nil || newSize != nil, sizes.oldImage == nil || oldSize != nil else { return }
        let total = keysSize + (newSize ?? 0) + (oldSize ?? 0)
        guard total != value else { return }
        let number = document.number(declared)
        guard value != nil || (number.isInteger && !number.text.hasPrefix("-")) else { return }
        var parts = ["Keys (\(keysSize))"]
        if let newSize { parts.append("NewImage (\(newSize))") }
        if let oldSize { parts.append("OldImage (\(oldSize))") }
        report(
            SizeBytesRules.sizeBytes, at: declared,
            "SizeBytes is \(value.map(String.init) ?? document.numberText(declared)), but \(Self.list(parts)) come to \(total) bytes by DynamoDB's item-size rules "
                + "(EventContract §B.6)")
    }

    /// The size of an item, image or key map on the tape: Σ UTF-8 name length + value size; `nil` when some value
    /// is not a well-formed AttributeValue (the schema reports it).
    func itemSize(_ map: Int) -> Int? {
        guard document.kind(map) == .object else { return nil }
        var total = 0
        var child = map + 1
        let end = document.next(map)
        while child < end {
            guard let size = attributeValueSize(child + 1) else { return nil }
            total += byteCount(child) + size
            child = document.next(child + 1)
        }
        return total
    }

    /// Bytes a map or list adds for itself, and each of its members or elements (`DynamoDBItemSize`).
    static let documentOverhead = 3
    static let nestedMemberOverhead = 1

    /// The size of one AttributeValue, following `DynamoDBItemSize.size(of:)` on the tape.
    func attributeValueSize(_ value: Int) -> Int? {
        guard document.kind(value) == .object, document.childCount(value) == 1 else { return nil }
        let typed = value + 2
        switch AttributeType.of(value + 1, in: document) {
        case .s:
            guard document.kind(typed) == .string else { return nil }
            return byteCount(typed)
        case .n:
            return numberSize(typed)
        case .b:
            return binarySize(typed)
        case .bool, .null:
            return 1
        case .ss, .ns, .bs:
            guard document.kind(typed) == .array else { return nil }
            let type = document.rawStringBytes(value + 1).first
            var total = 0
            for element in elements(typed) {
                let size: Int?
                switch type {
                case UInt8(ascii: "S"): size = document.kind(element) == .string ? byteCount(element) : nil
                case UInt8(ascii: "N"): size = numberSize(element)
                default: size = binarySize(element)
                }
                guard let size else { return nil }
                total += size
            }
            return total
        case .m:
            guard document.kind(typed) == .object else { return nil }
            var total = Self.documentOverhead
            var child = typed + 1
            let end = document.next(typed)
            while child < end {
                guard let size = attributeValueSize(child + 1) else { return nil }
                total += byteCount(child) + size + Self.nestedMemberOverhead
                child = document.next(child + 1)
            }
            return total
        case .l:
            guard document.kind(typed) == .array else { return nil }
            var total = Self.documentOverhead
            for element in elements(typed) {
                guard let size = attributeValueSize(element) else { return nil }
                total += size + Self.nestedMemberOverhead
            }
            return total
        default:
            return nil
        }
    }

    /// The UTF-8 length of the string at `index`, escapes decoded (no slice when there are none).
    func byteCount(_ index: Int) -> Int {
        document.stringHasEscapes(index) ? utf8(index).count : document.rawStringLength(index)
    }

    func numberSize(_ index: Int) -> Int? {
        guard document.kind(index) == .string else { return nil }
        let bytes = utf8(index)
        if let size = Self.plainNumberSize(bytes) { return size }
        return DynamoDBItemSize.size(of: DynamoDBNumber(unchecked: String(decoding: bytes, as: UTF8.self)))
    }

    /// `DynamoDBItemSize.size(of:)` for a number written `[+-]digits[.digits]` (no exponent), straight from its
    /// bytes; `nil` for any other text, which goes through `DynamoDBNumber`.
    static func plainNumberSize(_ bytes: ArraySlice<UInt8>) -> Int? {
        bytes.withUnsafeBufferPointer(plainNumberSize)
    }

    /// `plainNumberSize(_:)` over the bytes in place (no index checks per digit).
    static func plainNumberSize(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? { plainNumber(bytes)?.size }

    /// What one pass over a number written `[+-]digits[.digits]` (no exponent) tells: its item size
    /// (`DynamoDBItemSize.size(of:)`), and whether DynamoDB accepts it (`DynamoDBNumber.validate()` would not throw:
    /// zero, or at most 38 significant digits with the leading one at a power of ten from -130 to 125); `nil` for
    /// any other text, which goes through `DynamoDBNumber`.
    static func plainNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> (size: Int, isValid: Bool)? {
        var i = 0
        var negative = false
        if i < bytes.count, bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+") {
            negative = bytes[i] == UInt8(ascii: "-")
            i += 1
        }
        var count = 0
        var point: Int?
        var first = -1
        var last = -1
        while i < bytes.count {
            let byte = bytes[i]
            if byte &- UInt8(ascii: "0") < 10 {
                if byte != UInt8(ascii: "0") {
                    if first < 0 { first = count }
                    last = count
                }
                count += 1
            } else if byte == UInt8(ascii: "."), point == nil {
                point = count
            } else {
                return nil
            }
            i += 1
        }
        guard count > 0 else { return nil }
        guard first >= 0 else { return (1, true) }  // zero
        // Digit k sits at power of ten `integerDigits - 1 - k`; pairs of positions are stored per byte.
        let integerDigits = point ?? count
        let highest = integerDigits - 1 - first
        let lowest = integerDigits - 1 - last
        let pairs = (highest >> 1) - (lowest >> 1) + 1
        let size = min(1 + pairs + (negative ? 1 : 0), DynamoDBItemSize.maximumNumberSize)
        let isValid = last - first + 1 <= 38 && highest >= -130 && highest <= 125
        return (size, isValid)
    }

    private func binarySize(_ index: Int) -> Int? {
        guard document.kind(index) == .string else { return nil }
        return withUTF8(index) { Base64Shape($0) }?.decodedCount
    }
}
