/// Generators of partition keys like the ones producers really send.
///
/// Producers key records by what they want ordered together: a user, a device, an order, a tenant. The
/// ``realistic`` mix draws from all the styles below; each style is also available alone. Every key is 1–256
/// characters, the Kinesis limit.
///
/// ```swift
/// let keys = KinesisPartitionKey.realistic.samples(count: 5, seed: 1)
/// let sam = KinesisPartitionKey.numbered(prefix: "partitionKey-", count: 10).run(seed: 1)  // "partitionKey-07"
/// ```
public enum KinesisPartitionKey {
    /// A mix of every style: UUIDs (35 %), user ids (25 %), numbered keys (10 %), device and order ids (15 %),
    /// 32-digit uppercase hex as Kinesis Data Streams for DynamoDB writes (5 %), tenant paths (5 %), and rare
    /// long or non-ASCII keys (5 %).
    public static var realistic: Gen<String> {
        Gen.frequency(
            (35, uuid), (25, userID), (10, numbered(prefix: "partitionKey-", count: 100)), (15, deviceOrOrderID),
            (5, uppercaseHex), (5, tenantPath), (5, unusual))
    }

    /// Lowercase UUIDs, e.g. `3f0c9b6e-2d55-4f1a-9a55-0a1b2c3d4e5f`.
    public static var uuid: Gen<String> { Gen.uuid }

    /// User ids such as `user-48213`, `u_000731` or `customer#1042`.
    public static var userID: Gen<String> {
        Gen { random in
            let number = random.int(in: 1...99_999)
            switch random.next(below: 3) {
            case 0: return "user-\(number)"
            case 1: return "u_" + zeroPadded(number, width: 6)
            default: return "customer#\(number)"
            }
        }
    }

    /// Numbered keys like SAM's `partitionKey-03`: `prefix` and a two-digit (or wider) number below `count`.
    ///
    /// - Parameters:
    ///   - prefix: The text before the number.
    ///   - count: How many distinct keys there are (at least 1).
    /// - Returns: The key generator.
    public static func numbered(prefix: String, count: Int) -> Gen<String> {
        let upper = max(1, count) - 1
        let width = max(2, String(upper).count)
        return Gen { random in prefix + zeroPadded(random.int(in: 0...upper), width: width) }
    }

    /// Device, sensor and order ids such as `device-9f86d081`, `sensor-0042-b7` or `ORD-2024-000187`.
    public static var deviceOrOrderID: Gen<String> {
        Gen { random in
            switch random.next(below: 3) {
            case 0: return "device-" + randomHex(length: 8, using: &random)
            case 1:
                return "sensor-" + zeroPadded(random.int(in: 0...9_999), width: 4) + "-"
                    + randomHex(length: 2, using: &random)
            default: return "ORD-2024-" + zeroPadded(random.int(in: 0...999_999), width: 6)
            }
        }
    }

    /// 32 uppercase hex digits, the form Kinesis Data Streams for DynamoDB uses for its records.
    public static var uppercaseHex: Gen<String> {
        Gen { random in randomHex(length: 32, using: &random).uppercased() }
    }

    /// Multi-tenant paths such as `tenant/acme/region/eu` or `acme:orders:2024-01`.
    public static var tenantPath: Gen<String> {
        let tenants = ["acme", "globex", "initech", "umbrella", "hooli", "wayne", "stark", "tyrell"]
        let areas = ["orders", "billing", "search", "inventory", "auth"]
        return Gen { random in
            let tenant = random.element(of: tenants) ?? "acme"
            let area = random.element(of: areas) ?? "orders"
            if random.bool() {
                return "tenant/\(tenant)/\(area)/" + zeroPadded(random.int(in: 0...63), width: 2)
            }
            return "\(tenant):\(area):2024-" + zeroPadded(random.int(in: 1...12), width: 2)
        }
    }

    /// Rare but legal keys: single characters, long keys up to 256 characters, and non-ASCII text.
    public static var unusual: Gen<String> {
        Gen { random in
            switch random.next(below: 3) {
            case 0:
                return randomAlphanumeric(length: 1, using: &random)
            case 1:
                return randomAlphanumeric(length: random.int(in: 100...256), using: &random)
            default:
                return Gen.unicode(length: 1...24).run(using: &random)
            }
        }
    }
}

/// `value` in decimal, left-padded with zeros to `width` digits.
func zeroPadded(_ value: Int, width: Int) -> String {
    let digits = String(value)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
}

/// `length` ASCII letters and digits drawn from `random`.
func randomAlphanumeric(length: Int, using random: inout SeededRandom) -> String {
    let count = max(length, 0)
    return String(unsafeUninitializedCapacity: count) { text in
        let alphabet: StaticString = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
        for index in 0..<count { text[index] = alphabet.utf8Start[Int(random.next(below: 62))] }
        return count
    }
}
