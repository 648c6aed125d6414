public import StreamJSON

extension Gen where Value == JSONValue {
    /// Random JSON documents that look like what producers put on streams: orders, clickstream events, device
    /// telemetry and structured application logs, with nested objects, arrays, decimals, booleans and nulls.
    ///
    /// Members come in a fixed order per document kind, so the JSON text is deterministic. Timestamps fall in
    /// 2024; inside generated Kinesis records they sit just before the record's arrival time instead.
    ///
    /// ```swift
    /// let document = Gen.jsonDocument.run(seed: 7)
    /// let bytes = try StreamJSONEncoder().encode(document)
    /// ```
    public static var jsonDocument: Gen<JSONValue> {
        Gen { random in
            let millis = 1_704_067_200_000 + Int64(random.next(below: 31_536_000_000))
            let bytes = JSONDocumentFactory.document(using: &random, eventMillis: millis)
            // The factory writes valid JSON; the fallback only avoids a force unwrap.
            return (try? JSONDocument(parsing: bytes).root.value) ?? .null
        }
    }
}

/// Writes the documents of ``Gen/jsonDocument`` around a given event time, straight to JSON bytes.
enum JSONDocumentFactory {
    static let products: [(name: String, cents: Int)] = [
        ("Espresso Beans 1kg", 2_499), ("Ceramic Mug", 1_250), ("USB-C Cable 2m", 1_399), ("Running Socks", 899),
        ("Noise Cancelling Headphones", 24_900), ("Yoga Mat", 3_450), ("LED Desk Lamp", 4_299),
        ("Paperback Novel", 1_599), ("Water Bottle 750ml", 1_999), ("Mechanical Keyboard", 11_900),
    ]
    static let cities: [(city: String, country: String, postal: String)] = [
        ("Seattle", "US", "98101"), ("Berlin", "DE", "10115"), ("Dublin", "IE", "D02 X285"),
        ("Tokyo", "JP", "100-0001"), ("São Paulo", "BR", "01310-100"), ("Sydney", "AU", "2000"),
        ("Toronto", "CA", "M5H 2N2"), ("Zürich", "CH", "8001"), ("Bengaluru", "IN", "560001"), ("Lyon", "FR", "69002"),
    ]
    static let statuses = ["PLACED", "PAID", "PACKED", "SHIPPED", "DELIVERED", "CANCELLED"]
    static let currencies = ["USD", "EUR", "GBP", "JPY", "AUD"]
    static let eventTypes = ["page_view", "click", "add_to_cart", "scroll", "search", "video_play"]
    static let pages = ["/", "/products", "/products/", "/cart", "/checkout", "/search", "/account", "/help"]
    static let userAgents = [
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_2) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 "
            + "Safari/605.1.15",
        "okhttp/4.12.0",
    ]
    static let utmSources = ["newsletter", "google", "facebook", "partner"]
    static let utmMedia = ["email", "cpc", "social", "referral"]
    static let campaigns = ["spring-sale", "black-friday", "launch-2024"]
    static let alerts = ["LOW_BATTERY", "OVERHEAT", "OFFLINE"]
    static let levels = ["DEBUG", "INFO", "INFO", "INFO", "WARN", "ERROR"]
    static let services = ["checkout", "orders", "inventory", "auth", "search", "payments", "shipping"]
    static let messages = [
        "request completed", "cache miss, loading from origin", "retrying downstream call", "order state changed",
        "user signed in", "payment authorised", "rate limit close to threshold", "slow query detected",
    ]
    static let errorTypes = ["TimeoutError", "ValidationError", "ThrottlingException"]

    /// One document of a randomly chosen kind, as compact JSON bytes.
    static func document(using random: inout SeededRandom, eventMillis: Int64) -> [UInt8] {
        var writer = JSONByteWriter()
        switch random.next(below: 10) {
        case 0..<4: order(&writer, &random, eventMillis)
        case 4..<7: click(&writer, &random, eventMillis)
        case 7..<9: telemetry(&writer, &random, eventMillis)
        default: log(&writer, &random, eventMillis)
        }
        return writer.bytes
    }

    static func pick(_ values: [String], _ random: inout SeededRandom) -> String {
        random.element(of: values) ?? ""
    }

    static func order(_ writer: inout JSONByteWriter, _ random: inout SeededRandom, _ eventMillis: Int64) {
        writer.beginObject()
        writer.member("orderId")
        writer.beginString()
        writer.raw("ord-")
        writer.rawAlphanumeric(10, using: &random)
        writer.endString()
        writer.member("customerId")
        writer.beginString()
        writer.raw("cust-")
        writer.rawDigits(random.next(below: 100_000), width: 5)
        writer.endString()
        writer.member("status")
        writer.string(pick(statuses, &random))
        writer.member("items")
        writer.beginArray()
        var total = 0
        for _ in 0..<random.int(in: 1...4) {
            let product = random.element(of: products) ?? ("Ceramic Mug", 1_250)
            let quantity = random.int(in: 1...3)
            total += product.cents * quantity
            writer.beginObject()
            writer.member("sku")
            writer.beginString()
            writer.raw("SKU-")
            writer.rawDigits(random.next(below: 100_000), width: 5)
            writer.endString()
            writer.member("name")
            writer.string(product.name)
            writer.member("quantity")
            writer.int(quantity)
            writer.member("unitPrice")
            writer.decimal(product.cents, scale: 2)
            writer.endObject()
        }
        writer.endArray()
        writer.member("total")
        writer.decimal(total, scale: 2)
        writer.member("currency")
        writer.string(pick(currencies, &random))
        writer.member("createdAt")
        writer.timestamp(eventMillis)
        let place = random.element(of: cities) ?? ("Seattle", "US", "98101")
        writer.member("shippingAddress")
        writer.beginObject()
        writer.member("city")
        writer.string(place.city)
        writer.member("country")
        writer.string(place.country)
        writer.member("postalCode")
        writer.string(place.postal)
        writer.endObject()
        writer.member("giftWrap")
        writer.bool(random.bool(probability: 0.1))
        writer.member("couponCode")
        if random.bool(probability: 0.2) {
            writer.beginString()
            writer.raw("SAVE")
            writer.rawDigits(UInt64(random.int(in: 1...4) * 5))
            writer.endString()
        } else {
            writer.null()
        }
        writer.endObject()
    }

    static func click(_ writer: inout JSONByteWriter, _ random: inout SeededRandom, _ eventMillis: Int64) {
        writer.beginObject()
        writer.member("eventType")
        writer.string(pick(eventTypes, &random))
        writer.member("sessionId")
        writer.string(randomUUID(using: &random))
        writer.member("userId")
        if random.bool(probability: 0.6) {
            writer.beginString()
            writer.raw("u_")
            writer.rawDigits(UInt64(random.int(in: 1...999_999)), width: 6)
            writer.endString()
        } else {
            writer.null()
        }
        writer.member("page")
        let page = pick(pages, &random)
        if page == "/products/" {
            writer.beginString()
            writer.raw("/products/")
            writer.rawDigits(UInt64(random.int(in: 1...20_000)))
            writer.endString()
        } else {
            writer.string(page)
        }
        writer.member("referrer")
        if random.bool(probability: 0.5) { writer.string("https://www.google.com/") } else { writer.null() }
        writer.member("userAgent")
        writer.string(pick(userAgents, &random))
        writer.member("timestamp")
        writer.int(Int(eventMillis))
        writer.member("viewport")
        writer.beginObject()
        writer.member("width")
        writer.int(random.element(of: [390, 768, 1280, 1440, 1920]) ?? 1280)
        writer.member("height")
        writer.int(random.element(of: [844, 1024, 720, 900, 1080]) ?? 720)
        writer.endObject()
        if random.bool(probability: 0.3) {
            writer.member("utm")
            writer.beginObject()
            writer.member("source")
            writer.string(pick(utmSources, &random))
            writer.member("medium")
            writer.string(pick(utmMedia, &random))
            writer.member("campaign")
            writer.string(pick(campaigns, &random))
            writer.endObject()
        }
        writer.endObject()
    }

    static func telemetry(_ writer: inout JSONByteWriter, _ random: inout SeededRandom, _ eventMillis: Int64) {
        writer.beginObject()
        writer.member("deviceId")
        writer.beginString()
        writer.raw("sensor-")
        writer.rawHex(8, using: &random)
        writer.endString()
        writer.member("ts")
        writer.int(Int(eventMillis))
        writer.member("temperature")
        writer.decimal(random.int(in: -1_500...4_500), scale: 2)
        writer.member("humidity")
        writer.decimal(random.int(in: 50...1_000), scale: 1)
        writer.member("battery")
        writer.decimal(random.int(in: 0...100), scale: 2)
        writer.member("location")
        writer.beginObject()
        writer.member("lat")
        writer.decimal(random.int(in: -900_000...900_000), scale: 4)
        writer.member("lon")
        writer.decimal(random.int(in: -1_800_000...1_800_000), scale: 4)
        writer.endObject()
        writer.member("firmware")
        writer.beginString()
        writer.rawDigits(UInt64(random.int(in: 1...3)))
        writer.raw(".")
        writer.rawDigits(UInt64(random.int(in: 0...12)))
        writer.raw(".")
        writer.rawDigits(UInt64(random.int(in: 0...9)))
        writer.endString()
        writer.member("readings")
        writer.beginArray()
        for _ in 0..<random.int(in: 0...6) { writer.decimal(random.int(in: -500...4_500), scale: 1) }
        writer.endArray()
        writer.member("alerts")
        writer.beginArray()
        if random.bool(probability: 0.1) { writer.string(pick(alerts, &random)) }
        writer.endArray()
        writer.member("online")
        writer.bool(random.bool(probability: 0.95))
        writer.endObject()
    }

    static func log(_ writer: inout JSONByteWriter, _ random: inout SeededRandom, _ eventMillis: Int64) {
        writer.beginObject()
        writer.member("timestamp")
        writer.timestamp(eventMillis)
        writer.member("level")
        writer.string(pick(levels, &random))
        writer.member("service")
        writer.string(pick(services, &random))
        writer.member("message")
        writer.string(pick(messages, &random))
        writer.member("requestId")
        writer.string(randomUUID(using: &random))
        writer.member("durationMs")
        writer.int(random.int(in: 1...2_500))
        writer.member("context")
        writer.beginObject()
        writer.member("host")
        writer.beginString()
        writer.raw("ip-10-0-")
        writer.rawDigits(UInt64(random.int(in: 0...255)))
        writer.raw("-")
        writer.rawDigits(UInt64(random.int(in: 1...254)))
        writer.endString()
        writer.member("version")
        writer.beginString()
        writer.rawDigits(UInt64(random.int(in: 1...4)))
        writer.raw(".")
        writer.rawDigits(UInt64(random.int(in: 0...30)))
        writer.raw(".")
        writer.rawDigits(UInt64(random.int(in: 0...9)))
        writer.endString()
        writer.member("coldStart")
        writer.bool(random.bool(probability: 0.05))
        writer.endObject()
        if random.bool(probability: 0.4) {
            writer.member("tags")
            writer.beginArray()
            writer.string("env:prod")
            writer.beginString()
            writer.raw("team:")
            writer.append(contentsOf: pick(services, &random).utf8)
            writer.endString()
            writer.endArray()
        }
        if random.bool(probability: 0.15) {
            writer.member("error")
            writer.beginObject()
            writer.member("type")
            writer.string(pick(errorTypes, &random))
            writer.member("retryable")
            writer.bool(random.bool())
            writer.endObject()
        }
        writer.endObject()
    }
}
