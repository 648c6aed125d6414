// Strings in the `format`s JSON Schema 2020-12 defines.

/// Writes random strings in a named `format`; the schema engine's format checker has the last word.
enum FormatStrings {
    /// The formats this type writes.
    static let known: Set<String> = [
        "date-time", "date", "time", "duration", "email", "idn-email", "hostname", "idn-hostname", "ipv4", "ipv6",
        "uri", "uri-reference", "iri", "iri-reference", "uuid", "json-pointer", "relative-json-pointer", "regex",
        "uri-template",
    ]

    static let words = ["orders", "alpha", "beta", "stream", "shard", "device", "events", "west", "north", "edge"]
    static let domains = ["example.com", "example.org", "test.example.net", "mail.example.io"]

    /// A string in `format`, or `nil` for a format not in ``known``.
    static func string(_ format: String, edge: Bool, _ random: inout SeededRandom) -> String? {
        switch format {
        case "date-time": return date(&random) + "T" + time(edge: edge, &random)
        case "date": return date(&random)
        case "time": return time(edge: edge, &random)
        case "duration": return duration(&random)
        case "email", "idn-email": return word(&random) + (edge ? "+tag" : "") + "@" + pick(domains, &random)
        case "hostname", "idn-hostname": return hostname(&random)
        case "ipv4": return (0..<4).map { _ in String(random.int(in: 0...255)) }.joined(separator: ".")
        case "ipv6": return ipv6(compressed: edge, &random)
        case "uri", "iri":
            return "https://" + hostname(&random) + "/" + word(&random) + "?id=" + String(random.int(in: 1...9_999))
        case "uri-reference", "iri-reference":
            return random.bool() ? "/" + word(&random) + "/" + String(random.int(in: 1...999)) : "#" + word(&random)
        case "uuid": return uuid(&random)
        case "json-pointer": return edge ? "" : "/" + word(&random) + "/" + String(random.int(in: 0...9))
        case "relative-json-pointer": return String(random.int(in: 0...3)) + (random.bool() ? "#" : "/" + word(&random))
        case "regex": return "^" + word(&random) + "-[0-9]{" + String(random.int(in: 1...6)) + "}$"
        case "uri-template": return "https://" + hostname(&random) + "/" + word(&random) + "/{id}"
        default: return nil
        }
    }

    static func pick(_ values: [String], _ random: inout SeededRandom) -> String { random.element(of: values) ?? "" }

    static func word(_ random: inout SeededRandom) -> String { pick(words, &random) }

    static func digits(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: Swift.max(0, width - text.count)) + text
    }

    static func date(_ random: inout SeededRandom) -> String {
        let year = random.int(in: 1970...2038)
        let month = random.int(in: 1...12)
        let days = [31, year % 4 == 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return digits(year, 4) + "-" + digits(month, 2) + "-" + digits(random.int(in: 1...days), 2)
    }

    static func time(edge: Bool, _ random: inout SeededRandom) -> String {
        var text =
            digits(random.int(in: 0...23), 2) + ":" + digits(random.int(in: 0...59), 2) + ":"
            + digits(random.int(in: 0...59), 2)
        if edge || random.bool(probability: 0.3) { text += "." + digits(random.int(in: 0...999), 3) }
        if edge || random.bool(probability: 0.2) {
            text +=
                (random.bool() ? "+" : "-") + digits(random.int(in: 0...14), 2) + ":"
                + pick(["00", "30", "45"], &random)
        } else {
            text += "Z"
        }
        return text
    }

    static func duration(_ random: inout SeededRandom) -> String {
        switch random.next(below: 4) {
        case 0: return "P" + String(random.int(in: 1...52)) + "W"
        case 1: return "P" + String(random.int(in: 1...30)) + "D"
        case 2: return "PT" + String(random.int(in: 1...23)) + "H" + String(random.int(in: 0...59)) + "M"
        default:
            return "P" + String(random.int(in: 0...3)) + "Y" + String(random.int(in: 1...11)) + "M" + "T"
                + String(random.int(in: 1...59)) + "S"
        }
    }

    static func hostname(_ random: inout SeededRandom) -> String {
        word(&random) + "-" + String(random.int(in: 1...99)) + "." + pick(domains, &random)
    }

    static func hex(_ count: Int, _ random: inout SeededRandom) -> String {
        let alphabet = Array("0123456789abcdef")
        return String((0..<count).map { _ in alphabet[Int(random.next(below: 16))] })
    }

    static func uuid(_ random: inout SeededRandom) -> String {
        hex(8, &random) + "-" + hex(4, &random) + "-4" + hex(3, &random) + "-" + pick(["8", "9", "a", "b"], &random)
            + hex(3, &random) + "-" + hex(12, &random)
    }

    static func ipv6(compressed: Bool, _ random: inout SeededRandom) -> String {
        let groups = (0..<8).map { _ in String(random.next(below: 0x10000), radix: 16) }
        if compressed { return groups[0] + "::" + groups[7] }
        return groups.joined(separator: ":")
    }
}
