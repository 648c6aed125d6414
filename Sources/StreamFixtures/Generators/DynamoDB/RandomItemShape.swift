import StreamEvents

/// The attributes a simulated table's random items have: realistic names, each with a kind that decides how its
/// values look and how updates change them.
struct RandomItemShape: Sendable {
    /// What a non-key attribute holds.
    enum Kind: Sendable, CaseIterable {
        case status, email, personName, text, currency, isoTime, amount, quantity, counter, epochSeconds, ratio
        case bigNumber, flag, tags, numberSet, blob, blobSet, address, lineItems, document, history, nullable, ttl
    }

    /// One attribute of the shape.
    struct Attribute: Sendable {
        var name: String
        var kind: Kind
        /// The chance an item has the attribute.
        var presence: Double
        /// For `status`: the values it moves through.
        var choices: [String] = []
    }

    /// The attributes, sorted by name (items are built with sorted members).
    var attributes: [Attribute] {
        didSet { index() }
    }
    /// The Time to Live attribute, when the table has one.
    var ttlName: String?
    /// Attributes every update sets (`version`, `updatedAt`).
    var touchedOnUpdate: Set<String> {
        didSet { index() }
    }
    /// Indices into `attributes` of those an update may pick, and of those every update touches.
    private(set) var updatable: [Int] = []
    private(set) var touched: [Int] = []

    init(attributes: [Attribute], ttlName: String?, touchedOnUpdate: Set<String>) {
        self.attributes = attributes.sorted { $0.name < $1.name }
        self.ttlName = ttlName
        self.touchedOnUpdate = touchedOnUpdate
        index()
    }

    private mutating func index() {
        if !attributes.indices.dropFirst().allSatisfy({ attributes[$0 - 1].name < attributes[$0].name }) {
            attributes.sort { $0.name < $1.name }
        }
        updatable = attributes.indices.filter { !touchedOnUpdate.contains(attributes[$0].name) }
        touched = attributes.indices.filter { touchedOnUpdate.contains(attributes[$0].name) }
    }

    static let names: [Kind: [String]] = [
        .status: ["status", "state", "orderStatus", "phase"],
        .email: ["email", "contactEmail", "ownerEmail"],
        .personName: ["name", "fullName", "displayName", "customerName"],
        .text: ["description", "notes", "comment", "title", "summary"],
        .currency: ["currency"],
        .isoTime: ["updatedAt", "createdAt", "lastLoginAt", "shippedAt"],
        .amount: ["total", "price", "amount", "balance", "subtotal"],
        .quantity: ["quantity", "itemCount", "retries", "seats"],
        .counter: ["version", "viewCount", "loginCount", "revision"],
        .epochSeconds: ["lastSeen", "modifiedTime", "createdEpoch"],
        .ratio: ["score", "rating", "discount", "temperature", "latitude"],
        .bigNumber: ["accountNumber", "checksum", "precisionValue", "serial"],
        .flag: ["active", "verified", "isDeleted", "premium", "gift"],
        .tags: ["tags", "categories", "roles", "labels"],
        .numberSet: ["scores", "sizes", "ratings", "ports"],
        .blob: ["thumbnail", "signature", "avatar", "payloadBytes"],
        .blobSet: ["attachments", "chunks", "publicKeys"],
        .address: ["address", "shippingAddress", "billingAddress"],
        .lineItems: ["items", "lines", "lineItems"],
        .document: ["metadata", "attributes", "payload", "details", "settings", "context"],
        .history: ["history", "events", "steps"],
        .nullable: ["deletedAt", "archivedAt", "parentId", "coupon"],
        .ttl: ["ttl", "expiresAt", "expireAt", "expiry"],
    ]

    static let statusSets = [
        ["PENDING", "PAID", "SHIPPED", "DELIVERED", "CANCELLED"],
        ["active", "inactive", "suspended"],
        ["OPEN", "IN_PROGRESS", "RESOLVED", "CLOSED"],
        ["NEW", "PROCESSING", "DONE", "FAILED"],
    ]
    static let currencies = ["USD", "EUR", "GBP", "JPY", "BRL", "INR", "AUD"]
    static let cities = [
        ("Seattle", "98101", "US"), ("Lisboa", "1100-148", "PT"), ("München", "80331", "DE"), ("東京", "100-0001", "JP"),
        ("São Paulo", "01310-100", "BR"), ("Kraków", "31-005", "PL"), ("Toronto", "M5H 2N2", "CA"),
    ]

    /// Draws a shape: 2 to 9 everyday attributes, often a nested document or history, a TTL attribute when asked.
    /// Optional attributes are drawn with ``SeededRandom/chance(_:)``, so a shrunk item leaves them out.
    static func random(
        keySchema: DynamoDBKeySchema, timeToLive: Bool, using random: inout SeededRandom
    ) -> RandomItemShape {
        var used = Set(keySchema.attributes.map(\.name))
        var attributes: [Attribute] = []
        func add(_ kind: Kind, presence: Double) {
            guard let name = random.element(of: names[kind] ?? []), used.insert(name).inserted else { return }
            var attribute = Attribute(name: name, kind: kind, presence: presence)
            if kind == .status { attribute.choices = random.element(of: statusSets) ?? statusSets[0] }
            attributes.append(attribute)
        }
        let everyday: [Kind] = [
            .status, .email, .personName, .text, .currency, .isoTime, .amount, .quantity, .counter, .epochSeconds,
            .ratio, .bigNumber, .flag, .tags, .numberSet, .blob, .blobSet, .address, .lineItems, .nullable,
        ]
        let count = random.int(in: 2...9)
        for kind in random.shuffled(everyday).prefix(count) {
            add(kind, presence: random.bool(probability: 0.7) ? 1 : 0.6)
        }
        if random.chance(0.4) { add(.document, presence: 0.8) }
        if random.chance(0.2) { add(.history, presence: 0.7) }
        var ttlName: String?
        if timeToLive {
            add(.ttl, presence: 1)
            ttlName = attributes.last(where: { $0.kind == .ttl })?.name
        }
        let touched = Set(
            attributes.filter { $0.kind == .counter && ($0.name == "version" || $0.name == "revision") }.map(\.name)
                + attributes.filter { $0.kind == .isoTime && $0.name == "updatedAt" }.map(\.name))
        return RandomItemShape(attributes: attributes, ttlName: ttlName, touchedOnUpdate: touched)
    }

    /// The non-key attributes of a new item, at time `now` (milliseconds since 1970).
    func attributes(now: Int64, using random: inout SeededRandom) -> [AttributeMap.Member] {
        var members: [AttributeMap.Member] = []
        members.reserveCapacity(attributes.count)
        for attribute in attributes where attribute.presence >= 1 || random.chance(attribute.presence) {
            members.append(.init(name: attribute.name, value: value(for: attribute, now: now, using: &random)))
        }
        return members
    }

    /// A fresh value for `attribute`.
    func value(for attribute: Attribute, now: Int64, using random: inout SeededRandom) -> AttributeValue {
        typealias Values = RandomAttributeValues
        switch attribute.kind {
        case .status:
            return .string(random.element(of: attribute.choices) ?? "NEW")
        case .email:
            return .string(Values.email(using: &random))
        case .personName:
            return .string(Values.personName(using: &random))
        case .text:
            return .string(Values.text(using: &random))
        case .currency:
            return .string(random.element(of: Self.currencies) ?? "USD")
        case .isoTime:
            return .string(Self.isoTime(milliseconds: now - Int64(random.int(in: 0...5_000))))
        case .amount:
            return .number(Values.decimal(units: random.int(in: 1...250_000), fractionDigits: 2))
        case .quantity:
            return .number(FastText.number(random.int(in: 0...20)))
        case .counter:
            return .number(FastText.number(random.int(in: 1...40)))
        case .epochSeconds:
            return .number(FastText.number(Self.floorSeconds(now) - Int64(random.int(in: 0...86_400))))
        case .ratio:
            return .number(
                Values.decimal(units: random.int(in: -5_000...10_000), fractionDigits: random.int(in: 1...3)))
        case .bigNumber:
            return .number(Values.number(using: &random))
        case .flag:
            return .bool(random.bool())
        case .tags:
            return .stringSet(Values.stringSet(count: 1...4, using: &random, element: { Values.word(using: &$0) }))
        case .numberSet:
            return .numberSet(Values.numberSet(count: 1...5, using: &random))
        case .blob:
            return .binary(Values.bytes(count: random.chance(0.1) ? 256...4_096 : 0...48, using: &random))
        case .blobSet:
            return .binarySet(Values.binarySet(count: 1...3, using: &random))
        case .address:
            return .map(Self.address(using: &random))
        case .lineItems:
            var lines: [AttributeValue] = []
            for index in 0..<random.int(in: 0...4) { lines.append(.map(Self.lineItem(index: index, using: &random))) }
            return .list(lines)
        case .document:
            if random.chance(0.05) { return Values.chain(levels: random.int(in: 8...24), using: &random) }
            return .map(Values.document(depth: 1, maxDepth: 4, using: &random))
        case .history:
            var events: [AttributeValue] = []
            for _ in 0..<random.int(in: 0...3) { events.append(Values.value(depth: 1, maxDepth: 3, using: &random)) }
            return .list(events)
        case .nullable:
            return .null
        case .ttl:
            let seconds = Self.floorSeconds(now)
            let ahead = random.bool(probability: 0.5) ? random.int(in: 20...3_600) : random.int(in: 86_400...7_776_000)
            return .number(FastText.number(seconds + Int64(ahead)))
        }
    }

    /// The attribute after a realistic update: statuses move on, counters count, sets and lists grow or shrink,
    /// flags flip, times move to `now`. `nil` removes the attribute (an emptied set, a cleared `NULL`).
    func updated(
        _ old: AttributeValue, for attribute: Attribute, now: Int64, using random: inout SeededRandom
    ) -> AttributeValue? {
        typealias Values = RandomAttributeValues
        switch (attribute.kind, old) {
        case (.status, .string(let current)):
            let others = attribute.choices.filter { $0 != current }
            return .string(random.element(of: others) ?? current)
        case (.counter, .number(let number)), (.quantity, .number(let number)):
            let current = number.exactly(Int.self) ?? 0
            let step = attribute.kind == .counter ? 1 : random.int(in: -3...3)
            return .number(FastText.number(max(current + (step == 0 ? 1 : step), 0)))
        case (.amount, .number(let number)):
            let cents = Int(((number.nearestDouble ?? 0) * 100).rounded())
            return .number(Values.decimal(units: max(cents + random.int(in: -5_000...5_000), 1), fractionDigits: 2))
        case (.isoTime, _):
            return .string(Self.isoTime(milliseconds: now))
        case (.epochSeconds, _):
            return .number(FastText.number(Self.floorSeconds(now)))
        case (.flag, .bool(let flag)):
            return .bool(!flag)
        case (.tags, .stringSet(var tags)):
            if tags.count > 1, random.bool(probability: 0.4) {
                tags.remove(at: random.int(in: 0...(tags.count - 1)))
                return .stringSet(tags)
            }
            let extra = Values.word(using: &random)
            if !tags.contains(extra) { tags.append(extra) }
            return .stringSet(tags)
        case (.numberSet, .numberSet(var numbers)):
            let extra = FastText.number(random.int(in: 501...9_999))
            if !numbers.contains(extra) { numbers.append(extra) }
            return .numberSet(numbers)
        case (.lineItems, .list(var lines)):
            if !lines.isEmpty, random.bool(probability: 0.4) {
                let index = random.int(in: 0...(lines.count - 1))
                guard case .map(var line) = lines[index] else { return .list(lines) }
                line["quantity"] = .number(FastText.number(random.int(in: 1...9)))
                lines[index] = .map(line)
                return .list(lines)
            }
            lines.append(.map(Self.lineItem(index: lines.count, using: &random)))
            return .list(lines)
        case (.history, .list(var events)):
            events.append(Values.value(depth: 1, maxDepth: 3, using: &random))
            return .list(events)
        case (.address, .map(var address)):
            address["street"] = .string(Self.street(using: &random))
            return .map(address)
        case (.document, .map(var document)):
            let name = random.element(of: Values.documentNames) ?? "source"
            document[name] = Values.value(depth: 1, maxDepth: 4, using: &random)
            return .map(DynamoDBItemRules.sortedShallow(document))
        case (.nullable, .null):
            return nil
        case (.ttl, _):
            return .number(FastText.number(Self.floorSeconds(now) + Int64(random.int(in: 600...604_800))))
        default:
            return value(for: attribute, now: now, using: &random)
        }
    }

    static func address(using random: inout SeededRandom) -> AttributeMap {
        let (city, postalCode, country) = random.element(of: cities) ?? cities[0]
        var members: [AttributeMap.Member] = [
            .init(name: "city", value: .string(city)),
            .init(name: "country", value: .string(country)),
            .init(name: "postalCode", value: .string(postalCode)),
            .init(name: "street", value: .string(street(using: &random))),
        ]
        if random.chance(0.3) { members.append(.init(name: "unit", value: .null)) }
        return AttributeMap(members)
    }

    static let streetKinds = ["St", "Ave", "Rd", "Lane", "Way"]

    static func street(using random: inout SeededRandom) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(24)
        var number = random.int(in: 1...2_400)
        var digits: [UInt8] = []
        repeat {
            digits.append(UInt8(ascii: "0") + UInt8(number % 10))
            number /= 10
        } while number > 0
        bytes.append(contentsOf: digits.reversed())
        bytes.append(UInt8(ascii: " "))
        let start = bytes.count
        bytes.append(contentsOf: RandomAttributeValues.word(using: &random).utf8)
        bytes[start] -= 32
        bytes.append(UInt8(ascii: " "))
        bytes.append(contentsOf: (random.element(of: streetKinds) ?? "St").utf8)
        return String(decoding: bytes, as: UTF8.self)
    }

    static func lineItem(index: Int, using random: inout SeededRandom) -> AttributeMap {
        AttributeMap([
            .init(name: "line", value: .number(FastText.number(index + 1))),
            .init(name: "quantity", value: .number(FastText.number(random.int(in: 1...9)))),
            .init(name: "sku", value: .string("SKU-" + String(random.int(in: 10_000...99_999)))),
            .init(
                name: "unitPrice",
                value: .number(RandomAttributeValues.decimal(units: random.int(in: 99...99_999), fractionDigits: 2))),
        ])
    }

    /// `YYYY-MM-DDThh:mm:ss.sssZ` for milliseconds since 1970 (years 0…9999).
    static func isoTime(milliseconds: Int64) -> String {
        let seconds = floorSeconds(milliseconds)
        let fraction = Int(milliseconds - seconds * 1_000)
        var days = seconds / 86_400
        var rest = Int(seconds - days * 86_400)
        if rest < 0 {
            rest += 86_400
            days -= 1
        }
        // Civil date from days since 1970-01-01 (proleptic Gregorian, eras of 400 years).
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = Int(dayOfYear - (153 * monthIndex + 2) / 5 + 1)
        let month = Int(monthIndex < 10 ? monthIndex + 3 : monthIndex - 9)
        let year = Int(yearOfEra + era * 400 + (month <= 2 ? 1 : 0))
        var bytes = [UInt8](repeating: 0, count: 24)
        func put(_ value: Int, at offset: Int, digits: Int) {
            var value = min(max(value, 0), 9_999)
            for position in stride(from: offset + digits - 1, through: offset, by: -1) {
                bytes[position] = UInt8(ascii: "0") + UInt8(value % 10)
                value /= 10
            }
        }
        put(year, at: 0, digits: 4)
        put(month, at: 5, digits: 2)
        put(day, at: 8, digits: 2)
        put(rest / 3_600, at: 11, digits: 2)
        put(rest / 60 % 60, at: 14, digits: 2)
        put(rest % 60, at: 17, digits: 2)
        put(fraction, at: 20, digits: 3)
        bytes[4] = UInt8(ascii: "-")
        bytes[7] = UInt8(ascii: "-")
        bytes[10] = UInt8(ascii: "T")
        bytes[13] = UInt8(ascii: ":")
        bytes[16] = UInt8(ascii: ":")
        bytes[19] = UInt8(ascii: ".")
        bytes[23] = UInt8(ascii: "Z")
        return String(decoding: bytes, as: UTF8.self)
    }

    static func floorSeconds(_ milliseconds: Int64) -> Int64 {
        milliseconds >= 0 ? milliseconds / 1_000 : (milliseconds - 999) / 1_000
    }

}
