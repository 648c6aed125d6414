// IDNA2008 validity of a U-label: RFC 5891 section 5.4, RFC 5892 (derived properties and contextual rules) and
// RFC 5893 (the Bidi rule).

/// Checks labels of internationalized host names against IDNA2008.
///
/// The derived property of RFC 5892 section 3 is computed from Swift's Unicode properties (general category,
/// NFKC_Casefold stability, default-ignorable, white space, noncharacters) plus the exception table; Script comes
/// from `UnicodeScriptTable`, Bidi_Class and Joining_Type from the generated `IDNAData`. Not checked: NFC
/// normalization of the label (Foundation would be needed), which the JSON Schema suite does not require.
enum IDNALabel {
    enum BidiClass { case l, r, al, an, en, es, cs, et, on, bn, nsm }

    struct Tables: Sendable {
        var bidi: [(BidiClass, [ClosedRange<UInt32>])] = []
        var joining: [String: [ClosedRange<UInt32>]] = [:]
    }

    static let tables: Tables = {
        var tables = Tables()
        for entry in UnicodeScriptTable.parse(IDNAData.text) {
            guard let name = entry.names.first else { continue }
            if name.hasPrefix("JT_") {
                tables.joining[String(name.dropFirst(3))] = entry.script
                continue
            }
            let bidi: BidiClass
            switch name {
            case "R": bidi = .r
            case "AL": bidi = .al
            case "AN": bidi = .an
            case "EN": bidi = .en
            case "ES": bidi = .es
            case "CS": bidi = .cs
            case "ET": bidi = .et
            case "ON": bidi = .on
            case "BN": bidi = .bn
            case "NSM": bidi = .nsm
            default: continue
            }
            tables.bidi.append((bidi, entry.script))
        }
        return tables
    }()

    static func bidiClass(_ value: UInt32) -> BidiClass {
        if value < 0x80 {
            switch value {
            case 0x30...0x39: return .en
            case 0x2B, 0x2D: return .es
            case 0x2C, 0x2E, 0x2F, 0x3A: return .cs
            case 0x23...0x25: return .et
            case 0x41...0x5A, 0x61...0x7A: return .l
            case 0x00...0x08, 0x0E...0x1B, 0x7F: return .bn
            default: return .on
            }
        }
        for (bidi, ranges) in tables.bidi where UnicodeScriptTable.search(ranges, value) { return bidi }
        return .l
    }

    static func joiningType(_ value: UInt32) -> String? {
        for (name, ranges) in tables.joining where UnicodeScriptTable.search(ranges, value) { return name }
        return nil
    }

    static func isInScript(_ value: UInt32, _ names: [String]) -> Bool {
        names.contains { name in
            guard let index = UnicodeScriptTable.index(named: name) else { return false }
            return UnicodeScriptTable.contains(value, script: index, extensions: false)
        }
    }

    enum Derived { case pvalid, contextJ, contextO, disallowed }

    /// RFC 5892 section 3: the derived property value of a code point.
    static func derivedProperty(_ value: UInt32) -> Derived {
        switch value {
        case 0xDF, 0x3C2, 0x6FD, 0x6FE, 0xF0B, 0x3007: return .pvalid
        case 0xB7, 0x375, 0x5F3, 0x5F4, 0x660...0x669, 0x6F0...0x6F9, 0x30FB: return .contextO
        case 0x640, 0x7FA, 0x302E, 0x302F, 0x3031...0x3035, 0x303B: return .disallowed
        default: break
        }
        guard let scalar = Unicode.Scalar(value) else { return .disallowed }
        let properties = scalar.properties
        if properties.generalCategory == .unassigned { return .disallowed }
        switch value {
        case 0x61...0x7A, 0x30...0x39, 0x2D: return .pvalid
        case 0x200C, 0x200D: return .contextJ
        default: break
        }
        if properties.changesWhenNFKCCaseFolded { return .disallowed }
        if properties.isDefaultIgnorableCodePoint || properties.isWhitespace || properties.isNoncharacterCodePoint {
            return .disallowed
        }
        switch value {
        case 0x20D0...0x20FF, 0x1D100...0x1D24F: return .disallowed  // ignorable blocks
        case 0x1100...0x11FF, 0xA960...0xA97F, 0xD7B0...0xD7FF: return .disallowed  // old Hangul jamo
        default: break
        }
        switch properties.generalCategory {
        case .lowercaseLetter, .uppercaseLetter, .otherLetter, .decimalNumber, .modifierLetter, .nonspacingMark,
            .spacingMark:
            return .pvalid
        default:
            return .disallowed
        }
    }

    static func isVirama(_ value: UInt32) -> Bool {
        guard let scalar = Unicode.Scalar(value) else { return false }
        return scalar.properties.canonicalCombiningClass == .virama
    }

    /// Whether a U-label (already split, non-empty) satisfies IDNA2008, apart from the Bidi rule.
    static func isValidULabel(_ label: [UInt32]) -> Bool {
        guard let first = label.first, let last = label.last else { return false }
        if first == 0x2D || last == 0x2D { return false }
        if label.count >= 4, label[2] == 0x2D, label[3] == 0x2D { return false }
        if let scalar = Unicode.Scalar(first) {
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: return false
            default: break
            }
        }
        for (index, value) in label.enumerated() {
            switch derivedProperty(value) {
            case .pvalid: continue
            case .disallowed: return false
            case .contextJ, .contextO:
                guard contextRuleHolds(label, at: index) else { return false }
            }
        }
        return true
    }

    /// RFC 5892 appendix A.
    static func contextRuleHolds(_ label: [UInt32], at index: Int) -> Bool {
        let value = label[index]
        let before: UInt32? = index > 0 ? label[index - 1] : nil
        let after: UInt32? = index + 1 < label.count ? label[index + 1] : nil
        switch value {
        case 0x200C:  // ZERO WIDTH NON-JOINER
            if let before, isVirama(before) { return true }
            var left = index - 1
            while left >= 0, joiningType(label[left]) == "T" { left -= 1 }
            guard left >= 0, let leftType = joiningType(label[left]), leftType == "L" || leftType == "D" else {
                return false
            }
            var right = index + 1
            while right < label.count, joiningType(label[right]) == "T" { right += 1 }
            guard right < label.count, let rightType = joiningType(label[right]) else { return false }
            return rightType == "R" || rightType == "D"
        case 0x200D:  // ZERO WIDTH JOINER
            return before.map(isVirama) ?? false
        case 0xB7:  // MIDDLE DOT
            return before == 0x6C && after == 0x6C
        case 0x375:  // GREEK LOWER NUMERAL SIGN
            return after.map { isInScript($0, ["Greek"]) } ?? false
        case 0x5F3, 0x5F4:  // HEBREW PUNCTUATION GERESH / GERSHAYIM
            return before.map { isInScript($0, ["Hebrew"]) } ?? false
        case 0x30FB:  // KATAKANA MIDDLE DOT
            return label.contains { $0 != 0x30FB && isInScript($0, ["Hiragana", "Katakana", "Han"]) }
        case 0x660...0x669:
            return !label.contains { (0x6F0...0x6F9).contains($0) }
        case 0x6F0...0x6F9:
            return !label.contains { (0x660...0x669).contains($0) }
        default:
            return false
        }
    }

    /// Whether a label contains a right-to-left character (which makes its name a "Bidi domain name").
    static func hasRightToLeft(_ label: [UInt32]) -> Bool {
        label.contains { value in
            let bidi = bidiClass(value)
            return bidi == .r || bidi == .al || bidi == .an
        }
    }

    /// RFC 5893 section 2, the six conditions of the Bidi rule.
    static func satisfiesBidiRule(_ label: [UInt32]) -> Bool {
        let classes = label.map(bidiClass)
        guard let first = classes.first else { return false }
        var end = classes.count - 1
        while end > 0, classes[end] == .nsm { end -= 1 }
        let last = classes[end]
        switch first {
        case .r, .al:
            let allowed: Set<BidiClass> = [.r, .al, .an, .en, .es, .cs, .et, .on, .bn, .nsm]
            guard classes.allSatisfy(allowed.contains) else { return false }
            guard [.r, .al, .en, .an].contains(last) else { return false }
            return !(classes.contains(.en) && classes.contains(.an))
        case .l:
            let allowed: Set<BidiClass> = [.l, .en, .es, .cs, .et, .on, .bn, .nsm]
            guard classes.allSatisfy(allowed.contains) else { return false }
            return last == .l || last == .en
        default:
            return false
        }
    }
}
