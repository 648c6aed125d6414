// RFC 6570 `uri-template` (level 4 syntax).

/// Checks `uri-template`: literals and `{…}` expressions with an optional operator and a comma-separated list of
/// varspecs (`varname`, optional `:max-length` 1–9999 or `*`).
enum URITemplateFormat {
    static func isURITemplate(_ value: String) -> Bool {
        let scalars = value.unicodeScalars.map(\.value)
        var index = 0
        while index < scalars.count {
            let c = scalars[index]
            if c == 0x7B {
                guard let close = scalars[index...].firstIndex(of: 0x7D), expression(scalars[(index + 1)..<close])
                else { return false }
                index = close + 1
                continue
            }
            if c == 0x25 {
                guard index + 2 < scalars.count, isHex(scalars[index + 1]), isHex(scalars[index + 2]) else {
                    return false
                }
                index += 3
                continue
            }
            guard isLiteral(c) else { return false }
            index += 1
        }
        return true
    }

    static func isHex(_ c: UInt32) -> Bool {
        (0x30...0x39).contains(c) || (0x41...0x46).contains(c) || (0x61...0x66).contains(c)
    }

    /// RFC 6570 `literals` (with the apostrophe, as erratum 6937 corrects), `ucschar` and `iprivate`.
    static func isLiteral(_ c: UInt32) -> Bool {
        switch c {
        case 0x21, 0x23, 0x24, 0x26...0x3B, 0x3D, 0x3F...0x5B, 0x5D, 0x5F, 0x61...0x7A, 0x7E: return true
        case 0xA0...0xD7FF, 0xF900...0xFDCF, 0xFDF0...0xFFEF, 0x10000...0x10FFFD:
            return !(0xD800...0xDFFF).contains(c)
        case 0xE000...0xF8FF: return true
        default: return false
        }
    }

    static func expression(_ body: ArraySlice<UInt32>) -> Bool {
        var body = body
        if let first = body.first, "+#./;?&=,!@|".unicodeScalars.contains(where: { $0.value == first }) {
            body = body.dropFirst()
        }
        guard !body.isEmpty else { return false }
        for varspec in body.split(separator: 0x2C, omittingEmptySubsequences: false) {
            guard isVarspec(varspec) else { return false }
        }
        return true
    }

    static func isVarspec(_ spec: ArraySlice<UInt32>) -> Bool {
        var name = spec
        if spec.last == 0x2A {
            name = spec.dropLast()
        } else if let colon = spec.firstIndex(of: 0x3A) {
            name = spec[..<colon]
            let digits = spec[(colon + 1)...]
            guard (1...4).contains(digits.count), let first = digits.first, (0x31...0x39).contains(first),
                digits.allSatisfy({ (0x30...0x39).contains($0) })
            else { return false }
        }
        // varname = varchar *( ["."] varchar ); varchar = ALPHA / DIGIT / "_" / pct-encoded
        guard !name.isEmpty, name.first != 0x2E, name.last != 0x2E else { return false }
        var index = name.startIndex
        var previousDot = false
        while index < name.endIndex {
            let c = name[index]
            if c == 0x2E {
                if previousDot { return false }
                previousDot = true
                index += 1
                continue
            }
            previousDot = false
            if c == 0x25 {
                guard index + 2 < name.endIndex, isHex(name[index + 1]), isHex(name[index + 2]) else { return false }
                index += 3
                continue
            }
            guard (0x30...0x39).contains(c) || (0x41...0x5A).contains(c) || (0x61...0x7A).contains(c) || c == 0x5F
            else { return false }
            index += 1
        }
        return true
    }
}
