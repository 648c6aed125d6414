import StreamEvents
import StreamJSON

extension RuleContext {
    /// `SizeBytes` equals the item sizes of Keys + NewImage + OldImage (EVENT-CONTRACTS §B.6), as
    /// `DynamoDBItemSize` computes them. A warning: fixtures in the wild often carry a wrong size.
    mutating func checkSizeBytes(_ change: Int, keys: Int?) {
        guard let keys, let declared = numberMember(change, MemberName.sizeBytes) else { return }
        // An integer too large for `Int` (`1e999999`, 60 digits) is a mismatch too, not a reason to stay silent;
        // fractions and values below 1 are the schema's findings.
        let value = integer(declared)
        if let value, value < 1 { return }
        let number = document.number(declared)
        guard value != nil || (number.isInteger && !number.text.hasPrefix("-")), let keysSize = itemSize(keys) else {
            return
        }
        let newImage = member(change, MemberName.newImage)
        let oldImage = member(change, MemberName.oldImage)
        let newSize = newImage.flatMap(itemSize)
        let oldSize = oldImage.flatMap(itemSize)
        guard newImage == nil || newSize != nil, oldImage == nil || oldSize != nil else { return }
        let total = keysSize + (newSize ?? 0) + (oldSize ?? 0)
        guard total != value else { return }
        var parts = ["Keys (\(keysSize))"]
        if let newSize { parts.append("NewImage (\(newSize))") }
        if let oldSize { parts.append("OldImage (\(oldSize))") }
        report(
            .dynamodbSizeBytes, at: declared,
            "SizeBytes is \(value.map(String.init) ?? document.numberText(declared)), but \(Self.list(parts)) come to \(total) bytes by DynamoDB's item-size rules "
                + "(EVENT-CONTRACTS §B.6)")
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
            total += utf8(child).count + size
            child = document.next(child + 1)
        }
        return total
    }

    /// Bytes a map or list adds for itself, and each of its members or elements (`DynamoDBItemSize`).
    private static let documentOverhead = 3
    private static let nestedMemberOverhead = 1

    /// The size of one AttributeValue, following `DynamoDBItemSize.size(of:)` on the tape.
    private func attributeValueSize(_ value: Int) -> Int? {
        guard document.kind(value) == .object, document.childCount(value) == 1 else { return nil }
        let typed = value + 2
        switch String(decoding: document.rawStringBytes(value + 1), as: UTF8.self) {
        case "S":
            guard document.kind(typed) == .string else { return nil }
            return utf8(typed).count
        case "N":
            return numberSize(typed)
        case "B":
            return binarySize(typed)
        case "BOOL", "NULL":
            return 1
        case "SS", "NS", "BS":
            guard document.kind(typed) == .array else { return nil }
            let type = document.rawStringBytes(value + 1).first
            var total = 0
            for element in elements(typed) {
                let size: Int?
                switch type {
                case UInt8(ascii: "S"): size = document.kind(element) == .string ? utf8(element).count : nil
                case UInt8(ascii: "N"): size = numberSize(element)
                default: size = binarySize(element)
                }
                guard let size else { return nil }
                total += size
            }
            return total
        case "M":
            guard document.kind(typed) == .object else { return nil }
            var total = Self.documentOverhead
            var child = typed + 1
            let end = document.next(typed)
            while child < end {
                guard let size = attributeValueSize(child + 1) else { return nil }
                total += utf8(child).count + size + Self.nestedMemberOverhead
                child = document.next(child + 1)
            }
            return total
        case "L":
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

    private func numberSize(_ index: Int) -> Int? {
        guard document.kind(index) == .string else { return nil }
        return DynamoDBItemSize.size(of: DynamoDBNumber(unchecked: String(decoding: utf8(index), as: UTF8.self)))
    }

    private func binarySize(_ index: Int) -> Int? {
        guard document.kind(index) == .string else { return nil }
        return Base64Shape(utf8(index))?.decodedCount
    }
}
