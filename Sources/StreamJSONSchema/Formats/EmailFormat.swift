// RFC 5321 section 4.1.2 `Mailbox` (`email`) and RFC 6531 section 3.3 (`idn-email`).

/// Checks `email` and `idn-email`.
///
/// The local part is a dot-string of atoms or a quoted string; the domain is a host name or an address literal
/// (`[IPv4]` or `[IPv6:…]`). For `idn-email`, atoms, quoted strings and domains may contain any non-ASCII scalar
/// (RFC 6531 `UTF8-non-ascii`) and the domain is checked as an `idn-hostname`.
enum EmailFormat {
    static func isEmail(_ value: String, international: Bool) -> Bool {
        let scalars = value.unicodeScalars.map(\.value)
        var index = 0
        if scalars.first == 0x22 {  // quoted string
            index = 1
            while true {
                guard index < scalars.count else { return false }
                let c = scalars[index]
                if c == 0x22 { break }
                if c == 0x5C {
                    guard index + 1 < scalars.count, (0x20...0x7E).contains(scalars[index + 1]) else { return false }
                    index += 2
                    continue
                }
                guard
                    c == 0x20 || c == 0x21 || (0x23...0x5B).contains(c) || (0x5D...0x7E).contains(c)
                        || (international && c >= 0x80)
                else { return false }
                index += 1
            }
            index += 1
        } else {
            var atomLength = 0
            while index < scalars.count, scalars[index] != 0x40 {
                let c = scalars[index]
                if c == 0x2E {
                    guard atomLength > 0 else { return false }
                    atomLength = 0
                } else {
                    guard isAtext(c) || (international && c >= 0x80) else { return false }
                    atomLength += 1
                }
                index += 1
            }
            guard atomLength > 0 else { return false }
        }
        guard index < scalars.count, scalars[index] == 0x40 else { return false }
        let localLength = String(String.UnicodeScalarView(scalars[..<index].compactMap(Unicode.Scalar.init))).utf8
            .count
        guard localLength <= 64 else { return false }
        let domain = Array(scalars[(index + 1)...])
        guard let first = domain.first else { return false }
        if first == 0x5B {  // address literal
            guard domain.last == 0x5D, domain.count >= 2 else { return false }
            let inner = domain[1..<(domain.count - 1)].map { UInt8(truncatingIfNeeded: $0) }
            guard domain.allSatisfy({ $0 < 0x80 }) else { return false }
            let prefix = Array("IPv6:".utf8)
            if inner.starts(with: prefix) { return IPAddressFormat.isIPv6(inner.dropFirst(prefix.count)) }
            return IPAddressFormat.isIPv4(inner)
        }
        let domainString = String(String.UnicodeScalarView(domain.compactMap(Unicode.Scalar.init)))
        return international ? HostnameFormat.isIDNHostname(domainString) : HostnameFormat.isHostname(domainString)
    }

    /// RFC 5322 `atext`: letters, digits and ``!#$%&'*+-/=?^_`{|}~``.
    static func isAtext(_ c: UInt32) -> Bool {
        switch c {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
        case 0x21, 0x23...0x27, 0x2A, 0x2B, 0x2D, 0x2F, 0x3D, 0x3F, 0x5E...0x60, 0x7B...0x7E: return true
        default: return false
        }
    }
}
