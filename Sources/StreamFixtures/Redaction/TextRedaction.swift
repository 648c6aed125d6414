import StreamEvents

/// The secrets redaction finds by their shape in any text — a JSON string, a log line inside Kinesis data, the
/// printable runs of binary data — and replaces in place with same-length pseudonyms.
///
/// In order: account ids (a run of exactly 12 digits that is not a shard id's number nor part of a decimal
/// fraction), resource names in ARNs (every part of the resource that is not a resource-type word, a number or a
/// timestamp label), UUIDs (request ids; version and variant kept), IPv4 addresses (each part keeps its digit
/// count and stays ≤ 255) and e-mail addresses (local part and domain labels; the top-level domain is kept).
/// With `sequenceNumbers`, every 56-digit Kinesis sequence number is re-derived too (see
/// ``Redactor/redactsKeys``). Every replacement has the length of what it replaces, so binary layouts
/// (protobuf length prefixes, KPL aggregates) hold.
struct TextRedaction: Sendable {
    var pseudonym: Pseudonym
    var sequenceNumbers: Bool

    /// Resource-type words of ARN resources, kept as they are.
    static let resourceWords: Set<String> = [
        "stream", "table", "function", "role", "consumer", "deliverystream", "assumed-role", "service-role",
        "index", "user", "group", "policy", "key", "alias", "topic", "queue", "layer", "event-source-mapping",
        "backup", "export", "import", "cluster", "log-group", "log-stream", "secret", "parameter",
        "application", "db", "bucket", "instance", "*",
    ]

    /// Redacts every secret shape in `bytes`, in place.
    func redact(_ bytes: inout [UInt8]) {
        guard !bytes.isEmpty else { return }
        redactDigitRuns(&bytes)
        redactARNs(&bytes)
        redactUUIDs(&bytes)
        redactIPv4(&bytes)
        redactEmails(&bytes)
    }

    /// Redacts a string.
    func redact(_ text: String) -> String {
        var bytes = Array(text.utf8)
        redact(&bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    static func isAlphanumeric(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }
    static func isHex(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte >= 0x41 && byte <= 0x46) || (byte >= 0x61 && byte <= 0x66)
    }

    /// Account ids (12 digits) and, with `sequenceNumbers`, Kinesis sequence numbers (56 digits).
    func redactDigitRuns(_ bytes: inout [UInt8]) {
        var index = 0
        while index < bytes.count {
            guard Self.isDigit(bytes[index]) else {
                index += 1
                continue
            }
            var end = index
            while end < bytes.count, Self.isDigit(bytes[end]) { end += 1 }
            let before = index > 0 ? bytes[index - 1] : 0
            let after = end < bytes.count ? bytes[end] : 0
            let decimal =
                before == UInt8(ascii: ".") || after == UInt8(ascii: ".") || after == UInt8(ascii: "e")
                || after == UInt8(ascii: "E")
            let shardNumber = index >= 8 && bytes[(index - 8)..<index].elementsEqual("shardId-".utf8)
            switch end - index {
            case 12 where !decimal && !shardNumber && !Self.isAlphanumeric(before) && !Self.isAlphanumeric(after):
                bytes.replaceSubrange(index..<end, with: pseudonym.replacing(bytes[index..<end]))
            case KinesisSequenceNumber.decimalDigitCount where sequenceNumbers:
                let text = String(decoding: bytes[index..<end], as: UTF8.self)
                if let replaced = Self.rederived(sequenceNumber: text, pseudonym) {
                    bytes.replaceSubrange(index..<end, with: Array(replaced.utf8))
                }
            default: break
            }
            index = end
        }
    }

    /// A sequence number with the same shard, arrival time and order within its shard, and another counter.
    ///
    /// The per-shard counter moves by an offset that depends only on the seed, the shard's creation time and the
    /// shard's index, so numbers of one shard keep their order and their distances; the shard index (which the
    /// `eventID` names) and the arrival seconds (which `approximateArrivalTimestamp` shows) are kept.
    static func rederived(sequenceNumber text: String, _ pseudonym: Pseudonym) -> String? {
        guard var number = KinesisSequenceNumber(decimal: text) else { return nil }
        var shard: [UInt8] = []
        for value in [UInt64(number.shardCreationSeconds), UInt64(number.shardIndex)] {
            for shift in stride(from: 0, to: 64, by: 8) {
                shard.append(UInt8(truncatingIfNeeded: value >> UInt64(shift)))
            }
        }
        var random = pseudonym.stream(for: shard, salt: 0x5E0)
        let offset = 1 + random.next() >> 24
        let (sum, overflow) = number.sequenceIndex.addingReportingOverflow(offset)
        number.sequenceIndex = overflow ? number.sequenceIndex - offset : sum
        let decimal = number.decimal
        guard decimal.utf8.count == KinesisSequenceNumber.decimalDigitCount,
            KinesisSequenceNumber(decimal: decimal) == number
        else { return nil }
        return decimal
    }

    /// Resource names in ARNs.
    func redactARNs(_ bytes: inout [UInt8]) {
        let prefix = Array("arn:".utf8)
        var index = 0
        while index + prefix.count <= bytes.count {
            guard bytes[index..<(index + prefix.count)].elementsEqual(prefix),
                index == 0 || !Self.isAlphanumeric(bytes[index - 1])
            else {
                index += 1
                continue
            }
            var end = index
            while end < bytes.count, !Self.endsARN(bytes[end]) { end += 1 }
            // arn:partition:service:region:account:resource
            var colons: [Int] = []
            for position in index..<end where bytes[position] == UInt8(ascii: ":") {
                colons.append(position)
                if colons.count == 5 { break }
            }
            if colons.count == 5 {
                redactResource(&bytes, from: colons[4] + 1, to: end)
            }
            index = max(end, index + 1)
        }
    }

    static func endsARN(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x00...0x20, 0x7F, UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "`"), UInt8(ascii: "<"),
            UInt8(ascii: ">"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "["), UInt8(ascii: "]"),
            UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "|"), UInt8(ascii: "\\"), UInt8(ascii: ","),
            UInt8(ascii: ";"):
            true
        default: false
        }
    }

    /// Every name part of an ARN's resource (between `/` and `:`), each keyed on itself so that a stream name
    /// maps alike in every ARN and in `StreamName` members.
    func redactResource(_ bytes: inout [UInt8], from start: Int, to end: Int) {
        var partStart = start
        for position in start...end {
            guard position == end || bytes[position] == UInt8(ascii: "/") || bytes[position] == UInt8(ascii: ":")
            else { continue }
            let part = Array(bytes[partStart..<position])
            if Self.isLabel(part) { return }
            if Self.isName(part) {
                bytes.replaceSubrange(partStart..<position, with: pseudonym.replacing(part))
            }
            partStart = position + 1
        }
    }

    /// Whether one part of an ARN resource is a name: not empty, not a resource-type word, not a number, not a
    /// `$LATEST`-style qualifier and not a timestamp label (`2024-01-01T00…`).
    static func isName(_ part: [UInt8]) -> Bool {
        guard !part.isEmpty, !part.allSatisfy({ isDigit($0) || $0 == UInt8(ascii: ".") }),
            part.first != UInt8(ascii: "$")
        else { return false }
        return !resourceWords.contains(String(decoding: part, as: UTF8.self))
    }

    /// Whether a part starts a timestamp label (`2024-01-01T00:00:00.000` of a DynamoDB stream ARN), which runs to
    /// the end of the resource and is kept.
    static func isLabel(_ part: [UInt8]) -> Bool {
        part.count >= 5 && part.prefix(4).allSatisfy(isDigit) && part[4] == UInt8(ascii: "-")
    }

    /// UUIDs (8-4-4-4-12 hex digits): request ids, invocation ids, mapping ids.
    func redactUUIDs(_ bytes: inout [UInt8]) {
        let length = 36
        var index = 0
        while index + length <= bytes.count {
            let candidate = bytes[index..<(index + length)]
            let shaped = candidate.enumerated().allSatisfy { offset, byte in
                [8, 13, 18, 23].contains(offset) ? byte == UInt8(ascii: "-") : Self.isHex(byte)
            }
            let bounded =
                (index == 0 || !Self.isAlphanumeric(bytes[index - 1]))
                && (index + length == bytes.count || !Self.isAlphanumeric(bytes[index + length]))
            guard shaped, bounded else {
                index += 1
                continue
            }
            var replaced = pseudonym.replacing(candidate)
            replaced[14] = candidate[candidate.startIndex + 14]
            replaced[19] = candidate[candidate.startIndex + 19]
            bytes.replaceSubrange(index..<(index + length), with: replaced)
            index += length
        }
    }

    /// IPv4 addresses: each of the four numbers keeps its digit count and stays within 0…255.
    func redactIPv4(_ bytes: inout [UInt8]) {
        var index = 0
        while index < bytes.count {
            guard Self.isDigit(bytes[index]),
                index == 0 || !(Self.isDigit(bytes[index - 1]) || bytes[index - 1] == 0x2E)
            else {
                index += 1
                continue
            }
            var parts: [Range<Int>] = []
            var position = index
            while parts.count < 4 {
                var end = position
                while end < bytes.count, Self.isDigit(bytes[end]), end - position < 4 { end += 1 }
                guard end > position, end - position <= 3,
                    Int(String(decoding: bytes[position..<end], as: UTF8.self)) ?? 256 <= 255
                else { break }
                parts.append(position..<end)
                if parts.count < 4 {
                    guard end < bytes.count, bytes[end] == UInt8(ascii: ".") else { break }
                    position = end + 1
                } else {
                    position = end
                }
            }
            let after = position < bytes.count ? bytes[position] : 0
            guard parts.count == 4, !Self.isDigit(after),
                !(after == 0x2E && position + 1 < bytes.count && Self.isDigit(bytes[position + 1]))
            else {
                index += 1
                continue
            }
            var random = pseudonym.stream(for: bytes[index..<position], salt: 0x1B4)
            for part in parts {
                let value: UInt64
                switch part.count {
                case 1: value = random.next() % 10
                case 2: value = 10 + random.next() % 90
                default: value = 100 + random.next() % 156
                }
                bytes.replaceSubrange(part, with: Array(String(value).utf8))
            }
            index = position
        }
    }

    static func isLocalPart(_ byte: UInt8) -> Bool {
        isAlphanumeric(byte) || Array("!#$%&'*+/=?^_`{|}~.-".utf8).contains(byte)
    }

    static func isDomain(_ byte: UInt8) -> Bool {
        isAlphanumeric(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
    }

    /// E-mail addresses: the local part and every domain label but the last.
    func redactEmails(_ bytes: inout [UInt8]) {
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "@") else {
                index += 1
                continue
            }
            var start = index
            while start > 0, Self.isLocalPart(bytes[start - 1]) { start -= 1 }
            var end = index + 1
            while end < bytes.count, Self.isDomain(bytes[end]) { end += 1 }
            while end > index + 1, bytes[end - 1] == UInt8(ascii: ".") || bytes[end - 1] == UInt8(ascii: "-") {
                end -= 1
            }
            guard start < index, let lastDot = bytes[(index + 1)..<end].lastIndex(of: UInt8(ascii: ".")),
                lastDot > index + 1, lastDot + 1 < end
            else {
                index += 1
                continue
            }
            let local = Array(bytes[start..<index])
            bytes.replaceSubrange(start..<index, with: pseudonym.replacing(local))
            let domain = Array(bytes[(index + 1)..<lastDot])
            bytes.replaceSubrange((index + 1)..<lastDot, with: pseudonym.replacing(domain))
            index = end
        }
    }
}
