import Foundation
import Testing

@testable import StreamEvents

@Suite struct KPLAggregateTests {
    /// Produced once with the Python reference (`aws-kinesis-agg` 1.2.3):
    /// ```python
    /// agg = RecordAggregator()
    /// agg.add_user_record("order-1", b'{"orderId":"o-1"}')
    /// agg.add_user_record("order-2", b'\x00\x01\xff binary', "170141183460469231731687303715884105728")
    /// agg.add_user_record("order-1", "caf\u00e9 \u2603".encode())
    /// base64.b64encode(agg.clear_and_get().get_contents()[2])
    /// ```
    static let pythonBlob =
        Data(
            base64Encoded:
                "84mawgoHb3JkZXItMQoHb3JkZXItMhInMTcwMTQxMTgzNDYwNDY5MjMxNzMxNjg3MzAzNzE1ODg0MTA1NzI4GhUIABoR"
                + "eyJvcmRlcklkIjoiby0xIn0aEAgBEAAaCgAB/yBiaW5hcnkaDQgAGgljYWbDqSDimIOLkzsTaV6JPve8yP9VR9wL") ?? Data()

    static let pythonRecords = [
        KPLUserRecord(partitionKey: "order-1", data: Data(#"{"orderId":"o-1"}"#.utf8), subSequenceNumber: 0),
        KPLUserRecord(
            partitionKey: "order-2", explicitHashKey: "170141183460469231731687303715884105728",
            data: Data([0x00, 0x01, 0xFF] + Array(" binary".utf8)), subSequenceNumber: 1),
        KPLUserRecord(partitionKey: "order-1", data: Data("caf\u{E9} \u{2603}".utf8), subSequenceNumber: 2),
    ]

    /// Wraps a protobuf body in magic and a correct digest, so tests reach the protobuf checks.
    func aggregate(_ body: [UInt8]) -> [UInt8] {
        KPLAggregate.magic + body + MD5.digest(body)
    }

    /// The error `decode` throws, after checking that `validate` (the rules' path, which builds no records) agrees:
    /// the same error, or the same number of records.
    func decodeError(_ bytes: [UInt8]) -> KPLError? {
        let decoded: Result<Int, KPLError>
        do {
            decoded = .success(try KPLAggregate.decode(bytes).count)
        } catch {
            decoded = .failure(error)
        }
        let validated: Result<Int, KPLError>
        do {
            validated = .success(try KPLAggregate.validate(bytes))
        } catch {
            validated = .failure(error)
        }
        #expect(validated == decoded)
        #expect(Self.decodeIfAggregatedAgrees(bytes))
        if case .failure(let error) = decoded { return error }
        return nil
    }

    /// Whether `decodeIfAggregated` (one pass, one digest) says what `isAggregated` and then `decode` say.
    static func decodeIfAggregatedAgrees(_ bytes: [UInt8]) -> Bool {
        let combined = KPLAggregate.decodeIfAggregated(bytes)
        guard KPLAggregate.isAggregated(bytes) else { return combined == nil }
        do throws(KPLError) {
            let records = try KPLAggregate.decode(bytes)
            guard case .success(let same) = combined else { return false }
            return same == records
        } catch {
            guard case .failure(let same) = combined else { return false }
            return same == error
        }
    }

    @Test func decodesIfAggregatedLikeIsAggregatedThenDecode() {
        let blob = Array(Self.pythonBlob)
        var badDigest = blob
        badDigest[badDigest.count - 1] ^= 1
        var badMagic = blob
        badMagic[0] = 0
        let badIndex = aggregate([0x0A, 0x01, 0x61, 0x1A, 0x04, 0x08, 0x05, 0x1A, 0x00])
        let cases: [[UInt8]] = [
            blob, badDigest, badMagic, badIndex, Array(blob.prefix(20)), [], Array(#"{"a":1}"#.utf8),
            KPLAggregate.magic, aggregate([0x0A]), aggregate([]),
        ]
        for bytes in cases { #expect(Self.decodeIfAggregatedAgrees(bytes), "\(bytes)") }
        #expect(KPLAggregate.decodeIfAggregated(blob).flatMap { try? $0.get() } == Self.pythonRecords)
        #expect(KPLAggregate.decodeIfAggregated(badDigest) == nil)
        guard case .failure(let error) = KPLAggregate.decodeIfAggregated(badIndex) else {
            Issue.record("a well-formed aggregate with a bad index is a corrupt aggregate")
            return
        }
        #expect(error.code == .indexOutOfRange)
    }

    // MARK: Reference interoperability

    @Test func decodesWhatThePythonAggregatorProduced() throws {
        #expect(KPLAggregate.isAggregated(Self.pythonBlob))
        #expect(try KPLAggregate.decode(Self.pythonBlob) == Self.pythonRecords)
    }

    @Test func encodesByteForByteLikeThePythonAggregator() {
        #expect(KPLAggregate.encode(Self.pythonRecords) == Array(Self.pythonBlob))
    }

    @Test func startsWithTheBase64PrefixOfTheMagic() {
        #expect(Data(KPLAggregate.encode(Self.pythonRecords)).base64EncodedString().hasPrefix("84mawg"))
    }

    // MARK: Round trip

    @Test func roundTripsRecordsInOrderWithTheirSubSequenceNumbers() throws {
        let records = (0..<300).map { index in
            KPLUserRecord(
                partitionKey: "key-\(index % 17)",
                explicitHashKey: index % 5 == 0 ? String(index * 1_000_003) : nil,
                data: Data((0..<(index % 7 == 0 ? 0 : index * 3)).map { UInt8(truncatingIfNeeded: $0 &* index) }),
                subSequenceNumber: index)
        }
        let blob = KPLAggregate.encode(records)
        #expect(KPLAggregate.isAggregated(blob))
        #expect(try KPLAggregate.decode(blob) == records)
        #expect(try KPLAggregate.decode(Data(blob)) == records)
    }

    @Test func keepsCanonicallyEquivalentKeysApart() throws {
        // "é" precomposed and decomposed are equal as Swift Strings but are different partition keys in Kinesis.
        let records = [
            KPLUserRecord(partitionKey: "caf\u{E9}", data: Data([1]), subSequenceNumber: 0),
            KPLUserRecord(partitionKey: "cafe\u{301}", data: Data([2]), subSequenceNumber: 1),
        ]
        let decoded = try KPLAggregate.decode(KPLAggregate.encode(records))
        #expect(decoded.map { Array($0.partitionKey.utf8) } == records.map { Array($0.partitionKey.utf8) })
    }

    @Test func encodesNoRecordsAsAnEnvelopeThatIsNotDetectedAsAggregated() {
        let blob = KPLAggregate.encode([])
        #expect(blob == KPLAggregate.magic + MD5.digest([UInt8]()))
        #expect(!KPLAggregate.isAggregated(blob))  // the deaggregators require a non-empty protobuf body
    }

    // MARK: Detection

    @Test func treatsPlainDataAsNotAggregated() {
        #expect(!KPLAggregate.isAggregated(Data(#"{"orderId":"o-1"}"#.utf8)))
        #expect(!KPLAggregate.isAggregated([UInt8]()))
        #expect(!KPLAggregate.isAggregated(KPLAggregate.magic))
        #expect(!KPLAggregate.isAggregated(KPLAggregate.magic + [UInt8](repeating: 0, count: 16)))
        var tampered = Array(Self.pythonBlob)
        tampered[10] ^= 1
        #expect(!KPLAggregate.isAggregated(tampered))
    }

    @Test func treatsWellFormedProtobufWithBadIndexesAsACorruptAggregate() {
        let blob = aggregate([0x0A, 0x01, 0x61, 0x1A, 0x04, 0x08, 0x07, 0x1A, 0x00])
        #expect(KPLAggregate.isAggregated(blob))
        #expect(decodeError(blob)?.code == .indexOutOfRange)
    }

    // MARK: Errors

    @Test func reportsBadMagicWithTheBytesFound() throws {
        let error = try #require(decodeError(Array(#"{"a":1}"#.utf8)))
        #expect(error.code == .badMagic)
        #expect(error.offset == 0)
        #expect(error.message == "expected the KPL magic F3 89 9A C2 at byte 0, found 7B 22 61 22")
        #expect(decodeError([])?.message == "expected the KPL magic F3 89 9A C2 at byte 0, found no bytes")
    }

    @Test func reportsDataTooShortForADigest() throws {
        let error = try #require(decodeError(KPLAggregate.magic + [UInt8](repeating: 0, count: 16)))
        #expect(error.code == .tooShort)
        #expect(error.message == "expected at least 21 bytes (magic, protobuf, 16-byte MD5), found 20")
    }

    @Test func reportsADigestMismatchWithBothDigests() throws {
        var blob = Array(Self.pythonBlob)
        blob[10] ^= 1
        let error = try #require(decodeError(blob))
        #expect(error.code == .digestMismatch)
        #expect(error.offset == blob.count - 16)
        let stored = hexString(blob.suffix(16))
        let computed = hexString(MD5.digest(blob[4..<(blob.count - 16)]))
        #expect(
            error.message == "the last 16 bytes (at byte \(blob.count - 16)) are \(stored), but the MD5 of the "
                + "\(blob.count - 20) protobuf bytes before them is \(computed)")
    }

    @Test func reportsATruncatedFieldWithItsPosition() throws {
        // partition_key_table entry declaring 5 bytes with 1 left.
        let error = try #require(decodeError(aggregate([0x0A, 0x05, 0x61])))
        #expect(error.code == .truncated)
        #expect(error.offset == 5)
        #expect(
            error.message
                == "field 1 (partition_key_table) at byte 4 is truncated: it declares 5 bytes but only 1 remain")
    }

    @Test func reportsATruncatedFieldInsideARecord() throws {
        // records[0] = { partition_key_index: 0, data: <declares 9 bytes, has 1> }
        let error = try #require(decodeError(aggregate([0x0A, 0x01, 0x61, 0x1A, 0x05, 0x08, 0x00, 0x1A, 0x09, 0x62])))
        #expect(error.code == .truncated)
        #expect(error.message == "field 3 (data) at byte 11 is truncated: it declares 9 bytes but only 1 remain")
    }

    @Test func reportsMalformedVarints() throws {
        let tooLong = try #require(decodeError(aggregate([0x48] + [UInt8](repeating: 0x80, count: 10) + [0x01])))
        #expect(tooLong.code == .malformedVarint)
        #expect(tooLong.message == "varint at byte 5 overflows 64 bits (10th byte is 80)")
        let overflow = try #require(decodeError(aggregate([0x48] + [UInt8](repeating: 0xFF, count: 9) + [0x02])))
        #expect(overflow.code == .malformedVarint)
        let truncated = try #require(decodeError(aggregate([0x48, 0x80, 0x80])))
        #expect(truncated.code == .truncated)
        #expect(truncated.message == "varint at byte 5 is truncated: input ends after 2 byte(s)")
    }

    @Test func reportsMalformedProtobuf() throws {
        #expect(decodeError(aggregate([0x00, 0x01]))?.message == "field key at byte 4 has field number 0")
        #expect(decodeError(aggregate([0x0F]))?.message == "field key at byte 4 has invalid wire type 7 (field 1)")
        #expect(decodeError(aggregate([0x4C]))?.code == .malformedProtobuf)  // unmatched end-group
        #expect(decodeError(aggregate([0x4B, 0x54]))?.code == .malformedProtobuf)  // end-group of another field
        #expect(decodeError(aggregate([0x4B]))?.code == .truncated)  // group never closed
        let wrongType = try #require(decodeError(aggregate([0x18, 0x05])))
        #expect(wrongType.code == .malformedProtobuf)
        #expect(
            wrongType.message
                == "field 3 of AggregatedRecord at byte 4 has wire type varint, expected length-delimited")
    }

    @Test func reportsMissingRequiredFields() throws {
        let noData = try #require(decodeError(aggregate([0x0A, 0x01, 0x61, 0x1A, 0x02, 0x08, 0x00])))
        #expect(noData.code == .missingField)
        #expect(noData.message == "record 0 (at byte 7) has no data (field 3), which is required")
        let noKey = try #require(decodeError(aggregate([0x0A, 0x01, 0x61, 0x1A, 0x02, 0x1A, 0x00])))
        #expect(noKey.message == "record 0 (at byte 7) has no partition_key_index (field 1), which is required")
    }

    @Test func reportsIndexesOutOfTheirTables() throws {
        let partitionKey = try #require(decodeError(aggregate([0x0A, 0x01, 0x61, 0x1A, 0x04, 0x08, 0x07, 0x1A, 0x00])))
        #expect(partitionKey.code == .indexOutOfRange)
        #expect(partitionKey.offset == 9)
        #expect(
            partitionKey.message
                == "record 0 (at byte 7): partition key index 7 is out of range of the partition key table of size 1")
        let hashKey = try #require(
            decodeError(aggregate([0x0A, 0x01, 0x61, 0x1A, 0x06, 0x08, 0x00, 0x10, 0x00, 0x1A, 0x00])))
        #expect(
            hashKey.message == "record 0 (at byte 7): explicit hash key index 0 is out of range of the explicit "
                + "hash key table of size 0")
    }

    @Test func reportsKeysThatAreNotUTF8() throws {
        let error = try #require(decodeError(aggregate([0x0A, 0x01, 0xFF, 0x1A, 0x04, 0x08, 0x00, 0x1A, 0x00])))
        #expect(error.code == .invalidUTF8)
        #expect(error.message == "partition key table entry at byte 4 is not valid UTF-8: ff")
    }

    /// ASCII keys skip the Unicode decoder (a word-at-a-time high-bit test); the verdict must still be that of the
    /// decoder byte by byte (`transcode`), on edge cases, ASCII around the word boundaries and random bytes alike.
    @Test func validatesKeysExactlyLikeTheUTF8Decoder() throws {
        var keys: [[UInt8]] = [
            [], Array("order-1".utf8), Array("café ☃ 🐲".utf8), [0x80], [0xC0, 0xAF], [0xC2, 0x80], [0xDF, 0xBF],
            [0xE0, 0x9F, 0xBF], [0xE0, 0xA0, 0x80], [0xED, 0x9F, 0xBF], [0xED, 0xA0, 0x80], [0xEF, 0xBF, 0xBF],
            [0xF0, 0x8F, 0xBF, 0xBF], [0xF0, 0x90, 0x80, 0x80], [0xF4, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80],
            [0xF5, 0x80, 0x80, 0x80], [0xFF], Array("abcdefgh".utf8) + [0xE2, 0x82], Array("abcdefg".utf8) + [0xF0],
        ]
        for length in 1...17 {  // one non-ASCII byte at every position of keys around one and two words
            for position in 0..<length {
                var key = [UInt8](repeating: UInt8(ascii: "k"), count: length)
                key[position] = 0x80
                keys.append(key)
                keys.append(Array(key.prefix(position)) + Array("é".utf8) + Array(key.dropFirst(position + 1)))
            }
        }
        var random = TestRandom(seed: 0x4B50_4C)
        for _ in 0..<1000 {
            let count = random.below(40)
            keys.append(
                (0..<count).map { _ in
                    let draw = random.next()
                    // Mostly ASCII with some lead and continuation bytes, so valid characters occur too.
                    switch draw % 6 {
                    case 0: return 0x80 | UInt8(truncatingIfNeeded: draw >> 8) & 0x3F
                    case 1: return 0xC0 | UInt8(truncatingIfNeeded: draw >> 8) & 0x3F
                    default: return UInt8(truncatingIfNeeded: draw >> 8) & 0x7F
                    }
                })
        }
        for key in keys {
            let body = [0x0A, UInt8(key.count)] + key + [0x1A, 0x04, 0x08, 0x00, 0x1A, 0x00]
            let valid = !transcode(key.makeIterator(), from: UTF8.self, to: UTF32.self, stoppingOnError: true) { _ in }
            if valid {
                let records = try KPLAggregate.decode(aggregate(body))
                #expect(records.map(\.partitionKey) == [String(decoding: key, as: UTF8.self)], "\(key)")
            } else {
                #expect(decodeError(aggregate(body))?.code == .invalidUTF8, "\(key)")
            }
        }
    }

    @Test func validatesWithoutDecodingAndReportsTheFirstProblemInDecodeOrder() throws {
        #expect(try KPLAggregate.validate(Array(Self.pythonBlob)) == 3)
        #expect(decodeError(Array(Self.pythonBlob)) == nil)
        // A bad key in the table comes before a record's missing field, which comes before a later bad index.
        let badKeyFirst = aggregate([0x0A, 0x01, 0xFF, 0x1A, 0x02, 0x08, 0x00, 0x1A, 0x04, 0x08, 0x05, 0x1A, 0x00])
        #expect(decodeError(badKeyFirst)?.code == .invalidUTF8)
        let missingFirst = aggregate([0x0A, 0x01, 0x61, 0x1A, 0x02, 0x08, 0x00, 0x1A, 0x04, 0x08, 0x05, 0x1A, 0x00])
        #expect(decodeError(missingFirst)?.code == .missingField)
        let partitionBeforeHash = aggregate([0x0A, 0x01, 0x61, 0x1A, 0x06, 0x08, 0x03, 0x10, 0x02, 0x1A, 0x00])
        #expect(decodeError(partitionBeforeHash)?.message.contains("partition key index 3") == true)
        // An explicit hash key table entry that is not UTF-8 is reported even when no record uses it.
        let unusedHashKey = aggregate([0x0A, 0x01, 0x61, 0x12, 0x01, 0xC0, 0x1A, 0x04, 0x08, 0x00, 0x1A, 0x00])
        #expect(decodeError(unusedHashKey)?.message == "explicit hash key table entry at byte 7 is not valid UTF-8: c0")
    }

    /// What `validate` says for each, one at a time: the reference `validateAll` must match.
    static func validatedOneByOne(_ blobs: [[UInt8]]) -> [Result<Int, KPLError>] {
        blobs.map { bytes in
            do throws(KPLError) {
                return .success(try KPLAggregate.validate(bytes))
            } catch {
                return .failure(error)
            }
        }
    }

    /// `validateAll` hashes the bodies together; each result must be what `validate` returns or throws alone, for
    /// every bit flipped in magic, body and digest, every truncation, bodies too short for a digest, and mutated
    /// bodies with a correct digest (protobuf errors after the digest check), in one call and in small groups.
    @Test func validatesManyAggregatesTogetherLikeOneByOne() {
        let blob = Array(Self.pythonBlob)
        var blobs: [[UInt8]] = [blob, [], KPLAggregate.magic, KPLAggregate.magic + [UInt8](repeating: 0, count: 16)]
        blobs.append(aggregate([]))
        blobs.append(aggregate([0x0A]))
        for position in blob.indices {
            var flipped = blob
            flipped[position] ^= UInt8(1) << UInt8(position % 8)
            blobs.append(flipped)
        }
        for count in 0..<blob.count { blobs.append(Array(blob.prefix(count))) }
        var random = TestRandom(seed: 0xA66)
        let body = Array(blob[4..<(blob.count - 16)])
        for _ in 0..<200 {
            var mutated = body
            let position = random.below(mutated.count)
            if random.bool() {
                mutated[position] = UInt8(truncatingIfNeeded: random.next())
            } else {
                mutated.removeSubrange(position...)
            }
            blobs.append(aggregate(mutated))
        }
        let expected = Self.validatedOneByOne(blobs)
        #expect(expected.contains { if case .failure(let error) = $0 { error.code == .digestMismatch } else { false } })
        #expect(expected.contains { if case .failure(let error) = $0 { error.code == .truncated } else { false } })
        #expect(KPLAggregate.validateAll(blobs) == expected)
        for size in [1, 2, 3, 5] {
            var start = 0
            while start < blobs.count {
                let group = Array(blobs[start..<min(start + size, blobs.count)])
                #expect(
                    KPLAggregate.validateAll(group) == Self.validatedOneByOne(group), "group of \(size) at \(start)")
                start += size
            }
        }
        #expect(KPLAggregate.validateAll([]).isEmpty)
    }

    @Test func skipsTagsUnknownFieldsAndGroups() throws {
        let body: [UInt8] = [
            0x0A, 0x01, 0x61,  // partition_key_table: "a"
            0x48, 0x96, 0x01,  // unknown field 9, varint 150
            0x51, 1, 2, 3, 4, 5, 6, 7, 8,  // unknown field 10, fixed64
            0x5D, 1, 2, 3, 4,  // unknown field 11, fixed32
            0x63, 0x6B, 0x08, 0x01, 0x6C, 0x64,  // group 12 { group 13 { field 1 = 1 } }
            0x1A, 0x0B, 0x08, 0x00, 0x1A, 0x01, 0x7A, 0x22, 0x04, 0x0A, 0x02, 0x6B, 0x31,  // record with a tag
        ]
        #expect(try KPLAggregate.decode(aggregate(body)) == [KPLUserRecord(partitionKey: "a", data: Data([0x7A]))])
    }

    // MARK: Hostile input

    /// Thousands of mutated aggregates with valid digests: decoding must return or throw, never trap, and every
    /// error offset must point inside the input.
    @Test func survivesMutatedAndRandomInput() {
        var random = TestRandom(seed: 0x5EED)
        func next() -> UInt64 { random.next() }
        let original = Array(Self.pythonBlob[4..<(Self.pythonBlob.count - 16)])
        var decodedSomething = 0
        for round in 0..<3000 {
            var body: [UInt8]
            if round % 4 == 0 {
                body = (0..<Int(next() % 64)).map { _ in UInt8(truncatingIfNeeded: next()) }
            } else {
                body = original
                for _ in 0..<(1 + Int(next() % 4)) {
                    let position = Int(next() % UInt64(body.count))
                    switch next() % 3 {
                    case 0: body[position] = UInt8(truncatingIfNeeded: next())
                    case 1: body.removeSubrange(position...)
                    default: body.insert(UInt8(truncatingIfNeeded: next()), at: position)
                    }
                    if body.isEmpty { body = [0] }
                }
            }
            let blob = aggregate(body)
            _ = decodeError(blob)  // validate agrees with decode
            do {
                let records = try KPLAggregate.decode(blob)
                decodedSomething += records.isEmpty ? 0 : 1
            } catch {
                if let offset = error.offset { #expect(offset >= 0 && offset <= blob.count) }
                #expect(!error.message.isEmpty)
            }
        }
        #expect(decodedSomething > 0)
    }
}
