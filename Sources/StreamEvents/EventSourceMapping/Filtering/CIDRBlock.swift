import Foundation

/// The operand of a `cidr` operator: an IPv4 or IPv6 network such as `10.0.0.0/24` or `2001:db8::/32`.
///
/// Matches string values that are IP addresses of the same family inside the network.
struct CIDRBlock: Sendable, Hashable {
    /// The network address, 4 bytes for IPv4 and 16 for IPv6.
    var network: [UInt8]
    /// The number of leading bits that must agree.
    var prefixLength: Int

    /// Parses `address/length`; `nil` when it is not a network of either family.
    init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let address = Self.address(String(parts[0])),
            let length = Int(parts[1]), parts[1].allSatisfy(\.isASCII), parts[1].first != "+",
            (0...(address.count * 8)).contains(length)
        else { return nil }
        network = address
        prefixLength = length
    }

    /// Whether `text` is an address of this family inside the network.
    func contains(_ text: String) -> Bool {
        guard let address = Self.address(text), address.count == network.count else { return false }
        var remaining = prefixLength
        for index in network.indices where remaining > 0 {
            let bits = min(8, remaining)
            let mask = UInt8(truncatingIfNeeded: 0xFF << (8 - bits))
            if address[index] & mask != network[index] & mask { return false }
            remaining -= bits
        }
        return true
    }

    /// The bytes of an IPv4 (dotted decimal) or IPv6 (RFC 4291 text, `::` and a trailing dotted quad allowed)
    /// address, or `nil`.
    static func address(_ text: String) -> [UInt8]? {
        text.contains(":") ? ipv6(text) : ipv4(Substring(text))
    }

    private static func ipv4(_ text: Substring) -> [UInt8]? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4 else { return nil }
        var bytes: [UInt8] = []
        for part in parts {
            guard (1...3).contains(part.count), part.allSatisfy({ $0.isASCII && $0.isNumber }),
                let value = UInt8(part)
            else { return nil }
            bytes.append(value)
        }
        return bytes
    }

    private static func ipv6(_ text: String) -> [UInt8]? {
        let halves = text.components(separatedBy: "::")
        guard halves.count <= 2 else { return nil }
        func groups(_ part: String) -> [UInt8]? {
            guard !part.isEmpty else { return [] }
            var bytes: [UInt8] = []
            let pieces = part.split(separator: ":", omittingEmptySubsequences: false)
            for (offset, piece) in pieces.enumerated() {
                if offset == pieces.count - 1, piece.contains(".") {
                    guard let quad = ipv4(piece) else { return nil }
                    bytes += quad
                    continue
                }
                guard (1...4).contains(piece.count), piece.allSatisfy(\.isHexDigit), piece.allSatisfy(\.isASCII),
                    let value = UInt16(piece, radix: 16)
                else { return nil }
                bytes += [UInt8(value >> 8), UInt8(value & 0xFF)]
            }
            return bytes
        }
        guard let head = groups(halves[0]) else { return nil }
        if halves.count == 1 { return head.count == 16 ? head : nil }
        guard let tail = groups(halves[1]), head.count + tail.count <= 14 else { return nil }
        return head + [UInt8](repeating: 0, count: 16 - head.count - tail.count) + tail
    }
}
