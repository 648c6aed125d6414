import StreamJSON

/// Writes the UTF-8 lines of ``KinesisPayload/text``.
enum TextLineFactory {
    static let methods = ["GET", "GET", "GET", "POST", "PUT", "DELETE"]
    static let paths = [
        "/api/orders", "/api/orders/", "/api/cart", "/health", "/static/app.js", "/login", "/api/search?q=",
    ]
    static let queries = ["socks", "mug", "lamp", "usb+cable"]
    static let statuses: [UInt64] = [200, 200, 200, 201, 204, 301, 304, 400, 401, 404, 429, 500, 503]
    static let hosts = ["web-01", "web-02", "api-3", "worker-7", "ip-10-0-12-34"]
    static let appLevels = ["INFO", "INFO", "DEBUG", "WARN", "ERROR"]
    static let sentences = [
        "Hello, this is a test 123.",
        "The quick brown fox jumps over the lazy dog.",
        "Order shipped to customer; tracking number attached.",
        "Temperature threshold exceeded on sensor bay 4.",
    ]
    static let international = [
        "Grüße aus München — Bestellung bestätigt ✅",
        "注文を受け付けました。ありがとうございます。",
        "Ваш заказ отправлен 📦",
        "¡Pedido recibido! Entrega estimada: mañana",
        "Η παραγγελία σας ολοκληρώθηκε",
    ]
    static let monthNames: [StaticString] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]

    /// One line: an access-log line (40 %), an application log line (30 %), a syslog line (10 %), a sentence
    /// (10 %) or non-ASCII text (10 %).
    static func line(using random: inout SeededRandom, eventMillis: Int64) -> [UInt8] {
        var out = JSONByteWriter(capacity: 192)
        func append(_ text: String, _ out: inout JSONByteWriter) { out.append(contentsOf: text.utf8) }
        switch random.next(below: 10) {
        case 0..<4:
            out.rawDigits(UInt64(random.int(in: 1...223)))
            for _ in 0..<2 {
                out.raw(".")
                out.rawDigits(random.next(below: 256))
            }
            out.raw(".")
            out.rawDigits(UInt64(random.int(in: 1...254)))
            out.raw(" - - [")
            commonLogTime(eventMillis, &out)
            out.raw("] \"")
            append(JSONDocumentFactory.pick(methods, &random), &out)
            out.raw(" ")
            let path = JSONDocumentFactory.pick(paths, &random)
            append(path, &out)
            if path.hasSuffix("/") { out.rawDigits(UInt64(random.int(in: 1...99_999))) }
            if path.hasSuffix("=") { append(JSONDocumentFactory.pick(queries, &random), &out) }
            out.raw(" HTTP/1.1\" ")
            out.rawDigits(random.element(of: statuses) ?? 200)
            out.raw(" ")
            out.rawDigits(random.next(below: 48_001))
            out.raw(" \"-\" \"curl/8.4.0\"")
        case 4..<7:
            out.rawTimestamp(eventMillis)
            out.raw(" ")
            append(JSONDocumentFactory.pick(appLevels, &random), &out)
            out.raw(" [")
            append(JSONDocumentFactory.pick(JSONDocumentFactory.services, &random), &out)
            out.raw("] ")
            append(JSONDocumentFactory.pick(JSONDocumentFactory.messages, &random), &out)
            out.raw(" requestId=")
            append(randomUUID(using: &random), &out)
            out.raw(" durationMs=")
            out.rawDigits(UInt64(random.int(in: 1...900)))
        case 7:
            out.raw("<")
            out.rawDigits(random.next(below: 192))
            out.raw(">1 ")
            out.rawTimestamp(eventMillis)
            out.raw(" ")
            append(JSONDocumentFactory.pick(hosts, &random), &out)
            out.raw(" app ")
            out.rawDigits(UInt64(random.int(in: 100...65_000)))
            out.raw(" - - ")
            append(JSONDocumentFactory.pick(JSONDocumentFactory.messages, &random), &out)
        case 8:
            append(JSONDocumentFactory.pick(sentences, &random), &out)
        default:
            append(JSONDocumentFactory.pick(international, &random), &out)
        }
        return out.bytes
    }

    /// `10/Oct/2024:13:55:36 +0000`, the Common Log Format time.
    static func commonLogTime(_ millis: Int64, _ out: inout JSONByteWriter) {
        var iso = JSONByteWriter(capacity: 24)
        iso.rawTimestamp(millis, fractionDigits: 0)  // YYYY-MM-DDThh:mm:ssZ
        let text = iso.bytes
        guard text.count == 20 else {
            out.append(contentsOf: text)
            return
        }
        let month = Int(text[5] - UInt8(ascii: "0")) * 10 + Int(text[6] - UInt8(ascii: "0"))
        out.append(contentsOf: text[8..<10])
        out.raw("/")
        out.raw(monthNames[max(0, min(11, month - 1))])
        out.raw("/")
        out.append(contentsOf: text[0..<4])
        out.raw(":")
        out.append(contentsOf: text[11..<19])
        out.raw(" +0000")
    }
}
