// RFC 3986 `uri` / `uri-reference` and RFC 3987 `iri` / `iri-reference`.

/// Checks URIs and IRIs, absolute or as references, by the RFC 3986 / RFC 3987 ABNF.
///
/// A hand-written parser: scheme, then `//authority` (userinfo, host as IP literal or reg-name, numeric port) or a
/// path, then query and fragment; every character must belong to its component's set and every `%` must start a
/// two-hex-digit triplet. IRIs additionally allow `ucschar` everywhere `unreserved` is allowed and `iprivate` in
/// the query.
enum URIFormat {
    static func check(_ value: String, international: Bool, allowRelative: Bool) -> Bool {
        var parser = Parser(scalars: value.unicodeScalars.map(\.value), international: international)
        return parser.parse(allowRelative: allowRelative)
    }

    private struct Parser {
        let scalars: [UInt32]
        let international: Bool

        static func isAlpha(_ c: UInt32) -> Bool { (0x41...0x5A).contains(c) || (0x61...0x7A).contains(c) }
        static func isDigit(_ c: UInt32) -> Bool { (0x30...0x39).contains(c) }
        static func isHex(_ c: UInt32) -> Bool {
            isDigit(c) || (0x41...0x46).contains(c) || (0x61...0x66).contains(c)
        }

        func isUnreserved(_ c: UInt32) -> Bool {
            if Self.isAlpha(c) || Self.isDigit(c) || c == 0x2D || c == 0x2E || c == 0x5F || c == 0x7E { return true }
            return international && Self.isUCSChar(c)
        }

        static func isSubDelim(_ c: UInt32) -> Bool {
            switch c {
            case 0x21, 0x24, 0x26...0x2C, 0x3B, 0x3D: return true
            default: return false
            }
        }

        /// RFC 3987 `ucschar`.
        static func isUCSChar(_ c: UInt32) -> Bool {
            switch c {
            case 0xA0...0xD7FF, 0xF900...0xFDCF, 0xFDF0...0xFFEF: return true
            case 0x10000...0xEFFFD:
                return c & 0xFFFF <= 0xFFFD && !(0xE0000...0xE0FFF).contains(c)
                    || (0xE1000...0xEFFFD).contains(c)
            default: return false
            }
        }

        /// RFC 3987 `iprivate`.
        static func isPrivate(_ c: UInt32) -> Bool {
            (0xE000...0xF8FF).contains(c) || (0xF0000...0xFFFFD).contains(c) || (0x100000...0x10FFFD).contains(c)
        }

        /// Checks that `range` consists of allowed scalars and valid percent triplets.
        func valid(_ range: Range<Int>, extra: (UInt32) -> Bool) -> Bool {
            var index = range.lowerBound
            while index < range.upperBound {
                let c = scalars[index]
                if c == 0x25 {
                    guard index + 2 < range.upperBound, Self.isHex(scalars[index + 1]),
                        Self.isHex(scalars[index + 2])
                    else { return false }
                    index += 3
                    continue
                }
                guard isUnreserved(c) || Self.isSubDelim(c) || extra(c) else { return false }
                index += 1
            }
            return true
        }

        func firstIndex(of targets: Set<UInt32>, in range: Range<Int>) -> Int? {
            range.first { targets.contains(scalars[$0]) }
        }

        mutating func parse(allowRelative: Bool) -> Bool {
            let all = 0..<scalars.count
            var rest = all
            // Scheme: ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":" before any of "/?#".
            var hasScheme = false
            if let colon = firstIndex(of: [0x3A, 0x2F, 0x3F, 0x23], in: all), scalars[colon] == 0x3A {
                let scheme = 0..<colon
                if !scheme.isEmpty, Self.isAlpha(scalars[0]),
                    scheme.allSatisfy({
                        Self.isAlpha(scalars[$0]) || Self.isDigit(scalars[$0])
                            || [0x2B, 0x2D, 0x2E].contains(scalars[$0])
                    })
                {
                    hasScheme = true
                    rest = (colon + 1)..<scalars.count
                } else if !allowRelative {
                    return false
                } else {
                    // A relative reference's first segment may not contain ":" (path-noscheme).
                    return false
                }
            }
            guard hasScheme || allowRelative else { return false }
            // Fragment and query.
            var hierEnd = rest.upperBound
            if let hash = firstIndex(of: [0x23], in: rest) {
                hierEnd = hash
                let fragment = (hash + 1)..<rest.upperBound
                guard valid(fragment, extra: { [0x3A, 0x40, 0x2F, 0x3F].contains($0) }) else { return false }
            }
            if let question = firstIndex(of: [0x3F], in: rest.lowerBound..<hierEnd) {
                let query = (question + 1)..<hierEnd
                let international = self.international
                let allowedInQuery: (UInt32) -> Bool = {
                    [0x3A, 0x40, 0x2F, 0x3F].contains($0) || (international && Self.isPrivate($0))
                }
                guard valid(query, extra: allowedInQuery) else { return false }
                hierEnd = question
            }
            var path = rest.lowerBound..<hierEnd
            if path.count >= 2, scalars[path.lowerBound] == 0x2F, scalars[path.lowerBound + 1] == 0x2F {
                let authorityStart = path.lowerBound + 2
                let authorityEnd = firstIndex(of: [0x2F], in: authorityStart..<hierEnd) ?? hierEnd
                guard authority(authorityStart..<authorityEnd) else { return false }
                path = authorityEnd..<hierEnd
            }
            return valid(path, extra: { [0x3A, 0x40, 0x2F].contains($0) })
        }

        func authority(_ range: Range<Int>) -> Bool {
            var hostStart = range.lowerBound
            if let at = firstIndex(of: [0x40], in: range) {
                guard valid(range.lowerBound..<at, extra: { $0 == 0x3A }) else { return false }
                hostStart = at + 1
            }
            var hostEnd = range.upperBound
            if hostStart < range.upperBound, scalars[hostStart] == 0x5B {
                guard let close = firstIndex(of: [0x5D], in: hostStart..<range.upperBound) else { return false }
                let inner = scalars[(hostStart + 1)..<close]
                guard inner.allSatisfy({ $0 < 0x80 }) else { return false }
                let bytes = inner.map { UInt8($0) }
                guard IPAddressFormat.isIPv6(bytes) || isIPvFuture(bytes) else { return false }
                hostEnd = close + 1
                guard hostEnd == range.upperBound || scalars[hostEnd] == 0x3A else { return false }
            } else {
                hostEnd = firstIndex(of: [0x3A], in: hostStart..<range.upperBound) ?? range.upperBound
                guard valid(hostStart..<hostEnd, extra: { _ in false }) else { return false }
            }
            if hostEnd < range.upperBound {
                // ":" port
                return ((hostEnd + 1)..<range.upperBound).allSatisfy { Self.isDigit(scalars[$0]) }
            }
            return true
        }

        /// `"v" 1*HEXDIG "." 1*( unreserved / sub-delims / ":" )`, ASCII only.
        func isIPvFuture(_ bytes: [UInt8]) -> Bool {
            guard let first = bytes.first, first == UInt8(ascii: "v") || first == UInt8(ascii: "V"),
                let dot = bytes.firstIndex(of: UInt8(ascii: "."))
            else { return false }
            let version = bytes[1..<dot]
            let rest = bytes[(dot + 1)...]
            guard !version.isEmpty, version.allSatisfy({ Self.isHex(UInt32($0)) }), !rest.isEmpty else { return false }
            return rest.allSatisfy { byte in
                let c = UInt32(byte)
                return Self.isAlpha(c) || Self.isDigit(c) || [0x2D, 0x2E, 0x5F, 0x7E, 0x3A].contains(c)
                    || Self.isSubDelim(c)
            }
        }
    }
}
