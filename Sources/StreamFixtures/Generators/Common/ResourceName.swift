/// Realistic names for generated AWS resources: lowercase words joined by `-` or `_`, like `orders`,
/// `clickstream-prod` or `user_profile_events`.
///
/// Every generator returns names within the AWS naming rules of its resource (characters and length), so ARNs built
/// from them pass the strict patterns of the contract:
///
/// | resource | allowed | length |
/// |---|---|---|
/// | Kinesis stream, consumer | `[a-zA-Z0-9_.-]` | 1–128 |
/// | DynamoDB table | `[a-zA-Z0-9_.-]` | 3–255 |
/// | Lambda function | `[a-zA-Z0-9_-]` | 1–64 |
/// | IAM role | `[\w+=,.@-]` | 1–64 |
///
/// ```swift
/// let streamName = ResourceName.stream().run(seed: 7)      // e.g. "clickstream-prod"
/// let roleName = ResourceName.role(forFunction: "orders-consumer").run(seed: 7)
/// ```
public enum ResourceName {
    static let domains = [
        "orders", "payments", "clickstream", "events", "telemetry", "inventory", "user-profile", "sessions",
        "audit-log", "shipments", "notifications", "metrics", "invoices", "cart", "ledger", "sensor-readings",
        "page-views", "checkout", "customers", "devices", "transactions", "catalog", "ad-impressions", "logs",
    ]
    static let qualifiers = ["events", "stream", "updates", "changes", "ingest", "feed", "data", "records"]
    static let stages = ["prod", "staging", "dev", "test", "qa", "v2", "live", "main"]
    static let tableNouns = [
        "Orders", "Users", "Sessions", "Inventory", "Payments", "Devices", "Customers", "Invoices", "Carts",
        "Products", "Subscriptions", "Accounts",
    ]
    static let functionVerbs = [
        "processor", "consumer", "handler", "indexer", "aggregator", "sync", "fanout",
        "archiver", "enricher", "router",
    ]

    /// Kinesis stream names, e.g. `orders`, `clickstream-prod`, `telemetry_ingest_v2`.
    ///
    /// - Returns: A generator of names of 1–128 characters from `[a-z0-9_-]`.
    public static func stream() -> Gen<String> {
        Gen { random in words(random: &random, qualifier: 0.4, stage: 0.5) }
    }

    /// DynamoDB table names, e.g. `orders`, `user_profile_events`, `Orders-prod`, `Customers`.
    ///
    /// - Returns: A generator of names of 3–255 characters from `[a-zA-Z0-9_-]`.
    public static func table() -> Gen<String> {
        Gen { random in
            if random.bool(probability: 0.3) {
                let noun = random.element(of: tableNouns) ?? "Orders"
                guard random.chance(0.5), let stage = random.element(of: stages) else { return noun }
                return noun + "-" + stage
            }
            return words(random: &random, qualifier: 0.2, stage: 0.4)
        }
    }

    /// Lambda function names, e.g. `orders-processor`, `clickstream_consumer_prod`.
    ///
    /// - Returns: A generator of names of 1–64 characters from `[a-z0-9_-]`.
    public static func function() -> Gen<String> {
        Gen { random in
            let separator = random.bool(probability: 0.8) ? "-" : "_"
            var name = (random.element(of: domains) ?? "orders").replacingHyphens(with: separator)
            name += separator + (random.element(of: functionVerbs) ?? "processor")
            if random.chance(0.4), let stage = random.element(of: stages) { name += separator + stage }
            return name
        }
    }

    /// Enhanced fan-out consumer names, e.g. `analytics-consumer`, `orders-indexer-efo`.
    ///
    /// - Returns: A generator of names of 1–128 characters from `[a-z0-9_-]`.
    public static func consumer() -> Gen<String> {
        Gen { random in
            let owner =
                random.element(of: ["analytics", "search", "archive", "fraud", "billing", "alerts"])
                ?? "analytics"
            let kind = random.element(of: ["consumer", "indexer", "reader", "efo", "app"]) ?? "consumer"
            var name = owner + "-" + kind
            if random.chance(0.3), let stage = random.element(of: stages) { name += "-" + stage }
            return name
        }
    }

    /// IAM role names for stream consumers, e.g. `orders-processor-role`, `lambda-kinesis-exec`.
    ///
    /// - Returns: A generator of names of 1–64 characters from `[a-zA-Z0-9_-]`.
    public static func role() -> Gen<String> {
        Gen { random in
            switch random.next(below: 3) {
            case 0:
                let domain = random.element(of: domains) ?? "orders"
                return domain + "-" + (random.element(of: functionVerbs) ?? "processor") + "-role"
            case 1:
                return "lambda-" + (random.element(of: ["kinesis", "dynamodb", "streams"]) ?? "kinesis") + "-"
                    + (random.element(of: ["exec", "execution-role", "consumer"]) ?? "exec")
            default:
                let domain = random.element(of: domains) ?? "orders"
                return domain + "-consumer-" + (random.element(of: stages) ?? "prod")
            }
        }
    }

    /// The role name the Lambda console creates for a function: `<function>-role-<8 random lowercase letters and
    /// digits>`, shortened so it stays within 64 characters.
    ///
    /// - Parameter function: The function name.
    /// - Returns: A generator of role names.
    public static func role(forFunction function: String) -> Gen<String> {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz0123456789".utf8)
        return Gen { random in
            var suffix = [UInt8]()
            for _ in 0..<8 { suffix.append(alphabet[Int(random.next(below: UInt64(alphabet.count)))]) }
            return String(function.prefix(64 - 14)) + "-role-" + String(decoding: suffix, as: UTF8.self)
        }
    }

    /// `domain[sep qualifier][sep stage]` with one separator for the whole name; the simplest choice leaves the optional
    /// parts out.
    static func words(random: inout SeededRandom, qualifier: Double, stage: Double) -> String {
        let separator = random.bool(probability: 0.75) ? "-" : "_"
        var name = (random.element(of: domains) ?? "orders").replacingHyphens(with: separator)
        if random.chance(qualifier), let word = random.element(of: qualifiers) {
            if !name.hasSuffix(word) { name += separator + word }
        }
        if random.chance(stage), let word = random.element(of: stages) { name += separator + word }
        return name
    }
}

extension String {
    /// The string with every `-` replaced by `separator`.
    fileprivate func replacingHyphens(with separator: String) -> String {
        separator == "-" ? self : split(separator: "-", omittingEmptySubsequences: false).joined(separator: separator)
    }
}
