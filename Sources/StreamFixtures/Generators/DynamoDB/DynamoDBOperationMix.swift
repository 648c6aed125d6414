/// How often a simulated table's random writes are puts, updates and deletes (relative weights).
///
/// A put of a new key streams an `INSERT`; a put over an existing key, and an update, stream a `MODIFY` (or nothing
/// when they change nothing); a delete streams a `REMOVE`. When the table is empty, updates and deletes become puts.
///
/// ```swift
/// let mix = DynamoDBOperationMix(put: 6, update: 3, delete: 1)
/// let parsed = try DynamoDBOperationMix(parsing: "put=6,update=3,delete=1")   // as the CLI's --operations
/// ```
public struct DynamoDBOperationMix: Codable, Hashable, Sendable, CustomStringConvertible {
    /// The weight of `PutItem` writes.
    public var put: Int
    /// The weight of `UpdateItem` writes.
    public var update: Int
    /// The weight of `DeleteItem` writes (and TTL deletions, see the table's `ttlShare`).
    public var delete: Int

    /// Creates a mix.
    ///
    /// - Parameters:
    ///   - put: The weight of puts (≥ 0).
    ///   - update: The weight of updates (≥ 0).
    ///   - delete: The weight of deletes (≥ 0).
    public init(put: Int, update: Int, delete: Int) {
        self.put = put
        self.update = update
        self.delete = delete
    }

    /// 50 % puts, 35 % updates, 15 % deletes.
    public static let `default` = DynamoDBOperationMix(put: 10, update: 7, delete: 3)

    /// Reads `put=W,update=W,delete=W` (any order, any subset; missing kinds weigh 0).
    ///
    /// - Parameter text: The mix, e.g. `put=6,update=3,delete=1`.
    /// - Throws: ``DynamoDBGeneratorError`` (`invalidOption`, location `operations`) for an unknown kind, a weight
    ///   that is not a non-negative integer, or weights that are all zero.
    public init(parsing text: String) throws(DynamoDBGeneratorError) {
        func fail(_ message: String) -> DynamoDBGeneratorError {
            DynamoDBGeneratorError(code: .invalidOption, location: "operations", message: message)
        }
        var mix = DynamoDBOperationMix(put: 0, update: 0, delete: 0)
        for part in text.split(separator: ",") {
            let pieces = part.split(separator: "=", omittingEmptySubsequences: false)
            guard pieces.count == 2, let weight = Int(String(pieces[1]).trimmingSpaces()), weight >= 0 else {
                throw fail("expected KIND=WEIGHT with a non-negative integer weight, found \"\(part)\"")
            }
            switch String(pieces[0]).trimmingSpaces().lowercased() {
            case "put": mix.put = weight
            case "update": mix.update = weight
            case "delete": mix.delete = weight
            default: throw fail("unknown write kind \"\(pieces[0])\"; expected put, update or delete")
            }
        }
        self = mix
        try validate()
    }

    /// `put=W,update=W,delete=W`.
    public var description: String { "put=\(put),update=\(update),delete=\(delete)" }

    /// Checks that no weight is negative and not all are zero.
    ///
    /// - Throws: ``DynamoDBGeneratorError`` (`invalidOption`, location `operations`).
    public func validate() throws(DynamoDBGeneratorError) {
        guard put >= 0, update >= 0, delete >= 0, put + update + delete > 0 else {
            throw DynamoDBGeneratorError(
                code: .invalidOption, location: "operations",
                message: "weights must be ≥ 0 and not all 0; found \(description)")
        }
    }

    /// The kinds of write the mix chooses from.
    enum Kind: Sendable { case put, update, delete }

    /// Draws a kind in proportion to the weights (negative weights count as 0; all zero means puts).
    func pick(using random: inout SeededRandom) -> Kind {
        let weights = [max(put, 0), max(update, 0), max(delete, 0)].map { UInt64(min($0, 1 << 30)) }
        let total = weights.reduce(0, +)
        guard total > 0 else { return .put }
        var ticket = random.next(below: total)
        if ticket < weights[0] { return .put }
        ticket -= weights[0]
        return ticket < weights[1] ? .update : .delete
    }
}
