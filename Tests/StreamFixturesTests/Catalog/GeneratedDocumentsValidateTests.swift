import StreamContracts
import StreamFixtures
import StreamJSON
import Testing

/// The generators' promise: every document they write passes the whole contract — schema and
/// semantic rules — with no error and no warning, for every kind and every seed.
@Suite struct GeneratedDocumentsValidateTests {
    static let validator: ContractValidator? = try? ContractValidator()

    @Test(arguments: FixtureCatalog.kinds)
    func everyKindValidatesCleanlyOverAThousandSeeds(_ kind: PayloadKind) throws {
        let validator = try #require(Self.validator)
        var findings: [String] = []
        for seed in 0..<1_000 {
            let recipe = FixtureRecipe(
                kind: kind, seed: Seed(UInt64(seed)), count: 1, records: seed % 7 + 1, shards: seed % 3 + 1)
            for bytes in try FixtureCatalog.generate(recipe) {
                let document = try JSONDocument(parsing: bytes)
                let (detected, diagnostics) = validator.check(document)
                if detected != kind { findings.append("seed \(seed): detected as \(detected?.rawValue ?? "nothing")") }
                for diagnostic in diagnostics {
                    findings.append(
                        "seed \(seed): \(diagnostic.severity.rawValue)[\(diagnostic.rule)] \(diagnostic.pointer): \(diagnostic.message)"
                    )
                }
            }
            if findings.count > 5 { break }
        }
        #expect(findings.isEmpty, "\(kind): \(findings.prefix(5).joined(separator: "\n"))")
    }
}
