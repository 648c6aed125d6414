// RFC 1123 section 2.1 `hostname` (with IDNA A-labels checked) and RFC 5890 `idn-hostname`.

/// Checks `hostname` and `idn-hostname`.
///
/// `hostname`: dot-separated LDH labels of 1–63 octets, no leading or trailing hyphen, at most 253 octets, no
/// trailing dot; a label starting `xn--` must be a valid A-label (Punycode that decodes to a valid U-label and
/// re-encodes to itself). `idn-hostname`: labels separated by any of the four IDNA full stops, each an LDH label or
/// a U-label valid under IDNA2008, with the Bidi rule applied when any label is right-to-left; lengths are measured
/// on the A-label form.
enum HostnameFormat {
    static func isHostname(_ value: String) -> Bool {
        let bytes = Array(value.utf8)
        guard !bytes.isEmpty, bytes.count <= 253 else { return false }
        var labels: [[UInt32]] = []
        for label in bytes.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false) {
            guard let unicode = checkASCIILabel(Array(label)) else { return false }
            labels.append(unicode)
        }
        return bidiRuleHolds(labels)
    }

    static func isIDNHostname(_ value: String) -> Bool {
        let scalars = value.unicodeScalars.map(\.value)
        guard !scalars.isEmpty else { return false }
        let separators: Set<UInt32> = [0x2E, 0x3002, 0xFF0E, 0xFF61]
        var total = 0
        var labels: [[UInt32]] = []
        for label in scalars.split(omittingEmptySubsequences: false, whereSeparator: separators.contains) {
            let label = Array(label)
            if label.allSatisfy({ $0 < 0x80 }) {
                guard let unicode = checkASCIILabel(label.map { UInt8($0) }) else { return false }
                labels.append(unicode)
                total += label.count
            } else {
                guard IDNALabel.isValidULabel(label) else { return false }
                let aLabelLength = 4 + Punycode.encode(label).count
                guard aLabelLength <= 63 else { return false }
                labels.append(label)
                total += aLabelLength
            }
        }
        total += labels.count - 1
        return total <= 253 && bidiRuleHolds(labels)
    }

    /// Checks an LDH label (decoding an A-label); returns its Unicode form, nil when invalid.
    static func checkASCIILabel(_ label: [UInt8]) -> [UInt32]? {
        guard (1...63).contains(label.count), label.first != UInt8(ascii: "-"), label.last != UInt8(ascii: "-")
        else { return nil }
        for byte in label {
            switch byte {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, UInt8(ascii: "-"): continue
            default: return nil
            }
        }
        let lowered = label.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }
        guard lowered.starts(with: Array("xn--".utf8)) else { return lowered.map(UInt32.init) }
        let encoded = Array(lowered.dropFirst(4))
        guard let decoded = Punycode.decode(encoded), decoded.contains(where: { $0 >= 0x80 }),
            Punycode.encode(decoded) == encoded, IDNALabel.isValidULabel(decoded)
        else { return nil }
        return decoded
    }

    /// RFC 5893: in a name with any right-to-left label, every label must satisfy the Bidi rule.
    static func bidiRuleHolds(_ labels: [[UInt32]]) -> Bool {
        guard labels.contains(where: IDNALabel.hasRightToLeft) else { return true }
        return labels.allSatisfy(IDNALabel.satisfiesBidiRule)
    }
}
