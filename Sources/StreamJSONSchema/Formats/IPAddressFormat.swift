// RFC 2673 section 3.2 dotted-quad `ipv4` and RFC 4291 section 2.2 `ipv6` text forms.

/// Checks `ipv4` and `ipv6` strictly: ASCII only, no leading zeros in IPv4 octets, no zone ids, no prefixes.
enum IPAddressFormat {
    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: return byte - 0x30
        case 0x41...0x46: return byte - 0x41 + 10
        case 0x61...0x66: return byte - 0x61 + 10
        default: return nil
        }
    }

    /// Four decimal octets 0–255 separated by dots, without leading zeros.
    static func isIPv4<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool {
        let parts = bytes.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard parts.count == 4 else { return false }
        for part in parts {
            guard !part.isEmpty, part.count <= 3, part.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return false }
            if part.count > 1, part.first == UInt8(ascii: "0") { return false }
            let value = part.reduce(0) { $0 * 10 + Int($1 - 0x30) }
            guard value <= 255 else { return false }
        }
        return true
    }

    /// The RFC 4291 forms: eight groups, one `::` standing for one or more zero groups, and an optional trailing
    /// dotted IPv4 address counting as two groups.
    static func isIPv6<Bytes: Collection<UInt8>>(_ input: Bytes) -> Bool {
        let bytes = Array(input)
        var head: ArraySlice<UInt8> = bytes[...]
        var tail: ArraySlice<UInt8>?
        if let range = doubleColon(in: bytes) {
            head = bytes[..<range]
            tail = bytes[(range + 2)...]
            if doubleColon(in: Array(tail ?? [])) != nil { return false }
        }
        var groups = 0
        func count(_ piece: ArraySlice<UInt8>, allowIPv4: Bool) -> Bool {
            if piece.isEmpty { return true }
            let parts = piece.split(separator: UInt8(ascii: ":"), omittingEmptySubsequences: false)
            for (index, part) in parts.enumerated() {
                if allowIPv4, index == parts.count - 1, part.contains(UInt8(ascii: ".")) {
                    guard isIPv4(part) else { return false }
                    groups += 2
                    continue
                }
                guard (1...4).contains(part.count), part.allSatisfy({ hexValue($0) != nil }) else { return false }
                groups += 1
            }
            return true
        }
        if let tail {
            guard count(head, allowIPv4: false), count(tail, allowIPv4: true) else { return false }
            return groups <= 7
        }
        guard count(head, allowIPv4: true) else { return false }
        return groups == 8
    }

    private static func doubleColon(in bytes: [UInt8]) -> Int? {
        guard bytes.count >= 2 else { return nil }
        let colon = UInt8(ascii: ":")
        for index in 0..<(bytes.count - 1) where bytes[index] == colon && bytes[index + 1] == colon { return index }
        return nil
    }
}
