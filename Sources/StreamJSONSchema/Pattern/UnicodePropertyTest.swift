// The Unicode property escapes `\p{…}` / `\P{…}` of ECMA-262 in `u` mode, answered from Swift's own Unicode tables.
//
// ECMA-262 names the properties it accepts exactly (no loose matching): the General_Category values and their
// aliases, the binary properties of its table "Binary Unicode property aliases", and Script / Script_Extensions.
// General categories and all binary properties that `Unicode.Scalar.Properties` exposes are exact; Script and
// Script_Extensions come from the generated table in `UnicodeScriptTable.swift`.

/// One Unicode property a scalar may have; the building block of `\p{…}` in a character set.
enum UnicodePropertyTest: Hashable, Sendable {
    /// Any of the general categories whose bits are set (bit index = `GeneralCategoryIndex`).
    case generalCategory(mask: UInt32)
    /// A binary property.
    case binary(BinaryUnicodeProperty)
    /// A script (index into `UnicodeScriptTable.scripts`); `extensions` selects Script_Extensions.
    case script(index: Int, extensions: Bool)

    /// Whether the scalar value has this property. Surrogates (which valid UTF-8 never contains) are category Cs.
    func contains(_ value: UInt32) -> Bool {
        switch self {
        case .generalCategory(let mask):
            return mask & (1 << GeneralCategoryIndex.of(value)) != 0
        case .binary(let property):
            return property.contains(value)
        case .script(let index, let extensions):
            return UnicodeScriptTable.contains(value, script: index, extensions: extensions)
        }
    }

    /// Resolves the text between the braces of `\p{…}`.
    ///
    /// - Returns: the property, or nil when ECMA-262 does not know the name or value.
    static func resolve(_ text: String) -> UnicodePropertyTest? {
        if let equals = text.firstIndex(of: "=") {
            let name = String(text[..<equals])
            let value = String(text[text.index(after: equals)...])
            switch name {
            case "General_Category", "gc":
                return GeneralCategoryIndex.mask(named: value).map { .generalCategory(mask: $0) }
            case "Script", "sc":
                return UnicodeScriptTable.index(named: value).map { .script(index: $0, extensions: false) }
            case "Script_Extensions", "scx":
                return UnicodeScriptTable.index(named: value).map { .script(index: $0, extensions: true) }
            default:
                return nil
            }
        }
        if let mask = GeneralCategoryIndex.mask(named: text) { return .generalCategory(mask: mask) }
        if let property = BinaryUnicodeProperty.named(text) { return .binary(property) }
        return nil
    }
}

/// The 30 general categories as bit positions, and the ECMA-262 names of single values and groups.
enum GeneralCategoryIndex {
    static let names: [(short: String, aliases: [String])] = [
        ("Lu", ["Uppercase_Letter"]), ("Ll", ["Lowercase_Letter"]), ("Lt", ["Titlecase_Letter"]),
        ("Lm", ["Modifier_Letter"]), ("Lo", ["Other_Letter"]), ("Mn", ["Nonspacing_Mark"]),
        ("Mc", ["Spacing_Mark"]), ("Me", ["Enclosing_Mark"]), ("Nd", ["Decimal_Number", "digit"]),
        ("Nl", ["Letter_Number"]), ("No", ["Other_Number"]), ("Pc", ["Connector_Punctuation"]),
        ("Pd", ["Dash_Punctuation"]), ("Ps", ["Open_Punctuation"]), ("Pe", ["Close_Punctuation"]),
        ("Pi", ["Initial_Punctuation"]), ("Pf", ["Final_Punctuation"]), ("Po", ["Other_Punctuation"]),
        ("Sm", ["Math_Symbol"]), ("Sc", ["Currency_Symbol"]), ("Sk", ["Modifier_Symbol"]),
        ("So", ["Other_Symbol"]), ("Zs", ["Space_Separator"]), ("Zl", ["Line_Separator"]),
        ("Zp", ["Paragraph_Separator"]), ("Cc", ["Control", "cntrl"]), ("Cf", ["Format"]),
        ("Cs", ["Surrogate"]), ("Co", ["Private_Use"]), ("Cn", ["Unassigned"]),
    ]

    static let groups: [(names: [String], members: [String])] = [
        (["L", "Letter"], ["Lu", "Ll", "Lt", "Lm", "Lo"]),
        (["LC", "Cased_Letter"], ["Lu", "Ll", "Lt"]),
        (["M", "Mark", "Combining_Mark"], ["Mn", "Mc", "Me"]),
        (["N", "Number"], ["Nd", "Nl", "No"]),
        (["P", "Punctuation", "punct"], ["Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po"]),
        (["S", "Symbol"], ["Sm", "Sc", "Sk", "So"]),
        (["Z", "Separator"], ["Zs", "Zl", "Zp"]),
        (["C", "Other"], ["Cc", "Cf", "Cs", "Co", "Cn"]),
    ]

    static func mask(named name: String) -> UInt32? {
        for (index, entry) in names.enumerated() where entry.short == name || entry.aliases.contains(name) {
            return 1 << UInt32(index)
        }
        for group in groups where group.names.contains(name) {
            var mask: UInt32 = 0
            for member in group.members {
                if let index = names.firstIndex(where: { $0.short == member }) { mask |= 1 << UInt32(index) }
            }
            return mask
        }
        return nil
    }

    /// The bit position of the general category of a scalar value.
    static func of(_ value: UInt32) -> UInt32 {
        guard let scalar = Unicode.Scalar(value) else { return value <= 0x10_FFFF ? 27 : 29 }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter: return 0
        case .lowercaseLetter: return 1
        case .titlecaseLetter: return 2
        case .modifierLetter: return 3
        case .otherLetter: return 4
        case .nonspacingMark: return 5
        case .spacingMark: return 6
        case .enclosingMark: return 7
        case .decimalNumber: return 8
        case .letterNumber: return 9
        case .otherNumber: return 10
        case .connectorPunctuation: return 11
        case .dashPunctuation: return 12
        case .openPunctuation: return 13
        case .closePunctuation: return 14
        case .initialPunctuation: return 15
        case .finalPunctuation: return 16
        case .otherPunctuation: return 17
        case .mathSymbol: return 18
        case .currencySymbol: return 19
        case .modifierSymbol: return 20
        case .otherSymbol: return 21
        case .spaceSeparator: return 22
        case .lineSeparator: return 23
        case .paragraphSeparator: return 24
        case .control: return 25
        case .format: return 26
        case .surrogate: return 27
        case .privateUse: return 28
        case .unassigned: return 29
        @unknown default: return 29
        }
    }
}

/// The binary Unicode properties ECMA-262 accepts in `\p{…}`.
enum BinaryUnicodeProperty: String, CaseIterable, Sendable {
    case ascii = "ASCII"
    case asciiHexDigit = "ASCII_Hex_Digit"
    case alphabetic = "Alphabetic"
    case any = "Any"
    case assigned = "Assigned"
    case bidiControl = "Bidi_Control"
    case bidiMirrored = "Bidi_Mirrored"
    case caseIgnorable = "Case_Ignorable"
    case cased = "Cased"
    case changesWhenCasefolded = "Changes_When_Casefolded"
    case changesWhenCasemapped = "Changes_When_Casemapped"
    case changesWhenLowercased = "Changes_When_Lowercased"
    case changesWhenNFKCCasefolded = "Changes_When_NFKC_Casefolded"
    case changesWhenTitlecased = "Changes_When_Titlecased"
    case changesWhenUppercased = "Changes_When_Uppercased"
    case dash = "Dash"
    case defaultIgnorableCodePoint = "Default_Ignorable_Code_Point"
    case deprecated = "Deprecated"
    case diacritic = "Diacritic"
    case emoji = "Emoji"
    case emojiComponent = "Emoji_Component"
    case emojiModifier = "Emoji_Modifier"
    case emojiModifierBase = "Emoji_Modifier_Base"
    case emojiPresentation = "Emoji_Presentation"
    case extendedPictographic = "Extended_Pictographic"
    case extender = "Extender"
    case graphemeBase = "Grapheme_Base"
    case graphemeExtend = "Grapheme_Extend"
    case hexDigit = "Hex_Digit"
    case idsBinaryOperator = "IDS_Binary_Operator"
    case idsTrinaryOperator = "IDS_Trinary_Operator"
    case idContinue = "ID_Continue"
    case idStart = "ID_Start"
    case ideographic = "Ideographic"
    case joinControl = "Join_Control"
    case logicalOrderException = "Logical_Order_Exception"
    case lowercase = "Lowercase"
    case math = "Math"
    case noncharacterCodePoint = "Noncharacter_Code_Point"
    case patternSyntax = "Pattern_Syntax"
    case patternWhiteSpace = "Pattern_White_Space"
    case quotationMark = "Quotation_Mark"
    case radical = "Radical"
    case regionalIndicator = "Regional_Indicator"
    case sentenceTerminal = "Sentence_Terminal"
    case softDotted = "Soft_Dotted"
    case terminalPunctuation = "Terminal_Punctuation"
    case unifiedIdeograph = "Unified_Ideograph"
    case uppercase = "Uppercase"
    case variationSelector = "Variation_Selector"
    case whiteSpace = "White_Space"
    case xidContinue = "XID_Continue"
    case xidStart = "XID_Start"

    /// Short aliases from PropertyAliases.txt that ECMA-262 also accepts.
    static let aliases: [String: BinaryUnicodeProperty] = [
        "AHex": .asciiHexDigit, "Alpha": .alphabetic, "Bidi_C": .bidiControl, "Bidi_M": .bidiMirrored,
        "CI": .caseIgnorable, "CWCF": .changesWhenCasefolded, "CWCM": .changesWhenCasemapped,
        "CWL": .changesWhenLowercased, "CWKCF": .changesWhenNFKCCasefolded, "CWT": .changesWhenTitlecased,
        "CWU": .changesWhenUppercased, "DI": .defaultIgnorableCodePoint, "Dep": .deprecated, "Dia": .diacritic,
        "EComp": .emojiComponent, "EMod": .emojiModifier, "EBase": .emojiModifierBase,
        "EPres": .emojiPresentation, "ExtPict": .extendedPictographic, "Ext": .extender,
        "Gr_Base": .graphemeBase, "Gr_Ext": .graphemeExtend, "Hex": .hexDigit, "IDSB": .idsBinaryOperator,
        "IDST": .idsTrinaryOperator, "IDC": .idContinue, "IDS": .idStart, "Ideo": .ideographic,
        "Join_C": .joinControl, "LOE": .logicalOrderException, "Lower": .lowercase,
        "NChar": .noncharacterCodePoint, "Pat_Syn": .patternSyntax, "Pat_WS": .patternWhiteSpace,
        "QMark": .quotationMark, "RI": .regionalIndicator, "STerm": .sentenceTerminal, "SD": .softDotted,
        "Term": .terminalPunctuation, "UIdeo": .unifiedIdeograph, "Upper": .uppercase,
        "VS": .variationSelector, "space": .whiteSpace, "XIDC": .xidContinue, "XIDS": .xidStart,
    ]

    static func named(_ name: String) -> BinaryUnicodeProperty? {
        BinaryUnicodeProperty(rawValue: name) ?? aliases[name]
    }

    func contains(_ value: UInt32) -> Bool {
        switch self {
        case .any: return value <= 0x10_FFFF
        case .ascii: return value < 0x80
        case .regionalIndicator: return (0x1F1E6...0x1F1FF).contains(value)
        case .assigned: return GeneralCategoryIndex.of(value) != 29
        case .emojiComponent, .extendedPictographic:
            return UnicodeScriptTable.containsEmojiProperty(value, component: self == .emojiComponent)
        default:
            break
        }
        guard let scalar = Unicode.Scalar(value) else { return false }
        let p = scalar.properties
        switch self {
        case .asciiHexDigit: return p.isASCIIHexDigit
        case .alphabetic: return p.isAlphabetic
        case .bidiControl: return p.isBidiControl
        case .bidiMirrored: return p.isBidiMirrored
        case .caseIgnorable: return p.isCaseIgnorable
        case .cased: return p.isCased
        case .changesWhenCasefolded: return p.changesWhenCaseFolded
        case .changesWhenCasemapped: return p.changesWhenCaseMapped
        case .changesWhenLowercased: return p.changesWhenLowercased
        case .changesWhenNFKCCasefolded: return p.changesWhenNFKCCaseFolded
        case .changesWhenTitlecased: return p.changesWhenTitlecased
        case .changesWhenUppercased: return p.changesWhenUppercased
        case .dash: return p.isDash
        case .defaultIgnorableCodePoint: return p.isDefaultIgnorableCodePoint
        case .deprecated: return p.isDeprecated
        case .diacritic: return p.isDiacritic
        case .emoji: return p.isEmoji
        case .emojiModifier: return p.isEmojiModifier
        case .emojiModifierBase: return p.isEmojiModifierBase
        case .emojiPresentation: return p.isEmojiPresentation
        case .extender: return p.isExtender
        case .graphemeBase: return p.isGraphemeBase
        case .graphemeExtend: return p.isGraphemeExtend
        case .hexDigit: return p.isHexDigit
        case .idsBinaryOperator: return p.isIDSBinaryOperator
        case .idsTrinaryOperator: return p.isIDSTrinaryOperator
        case .idContinue: return p.isIDContinue
        case .idStart: return p.isIDStart
        case .ideographic: return p.isIdeographic
        case .joinControl: return p.isJoinControl
        case .logicalOrderException: return p.isLogicalOrderException
        case .lowercase: return p.isLowercase
        case .math: return p.isMath
        case .noncharacterCodePoint: return p.isNoncharacterCodePoint
        case .patternSyntax: return p.isPatternSyntax
        case .patternWhiteSpace: return p.isPatternWhitespace
        case .quotationMark: return p.isQuotationMark
        case .radical: return p.isRadical
        case .sentenceTerminal: return p.isSentenceTerminal
        case .softDotted: return p.isSoftDotted
        case .terminalPunctuation: return p.isTerminalPunctuation
        case .unifiedIdeograph: return p.isUnifiedIdeograph
        case .uppercase: return p.isUppercase
        case .variationSelector: return p.isVariationSelector
        case .whiteSpace: return p.isWhitespace
        case .xidContinue: return p.isXIDContinue
        case .xidStart: return p.isXIDStart
        case .any, .ascii, .regionalIndicator, .assigned, .emojiComponent, .extendedPictographic: return false
        }
    }
}
