// libFuzzer target: the byte and number codecs of StreamEvents.
//
// The first byte picks the codec, the rest is its input: base64, DynamoDB `N` numbers, KPL
// aggregates (raw, and with magic and a correct MD5 added so the protobuf parser is reached),
// Kinesis sequence numbers and hash keys, AWS timestamps, JSON numbers. Each codec must throw or
// return nil on bad input, and round-trip what it accepts.

import Foundation
import FuzzSupport
import StreamEvents
import StreamJSON

func base64(_ input: [UInt8]) {
    let text = String(decoding: input, as: UTF8.self)
    guard let decoded = try? Base64.decode(utf8: input) else {
        require(!Base64.isCanonical(text) || Array(text.utf8) != input, "isCanonical accepts what decode rejects")
        return
    }
    require(Base64.encode(decoded) == text, "decode accepted non-canonical base64")
    require((try? Base64.decode(text)) == decoded, "String and UTF-8 decoding disagree")
    kpl(decoded)
}

func number(_ input: [UInt8]) {
    let text = String(decoding: input, as: UTF8.self)
    let unchecked = DynamoDBNumber(unchecked: text)
    _ = unchecked.isValid
    _ = unchecked.canonical
    guard let number = try? DynamoDBNumber(text) else { return }
    let canonical = number.canonical
    require(canonical.canonical.text == canonical.text, "canonical form of \(text) is not stable")
    require(canonical == number, "\(text) and its canonical form \(canonical.text) compare unequal")
    require(canonical.hashValue == number.hashValue, "\(text) and \(canonical.text) hash differently")
    require((try? DynamoDBNumber(canonical.text)) != nil, "canonical form \(canonical.text) of \(text) is invalid")
    _ = number.isZero
    _ = number.isInteger
    _ = number.significantDigitCount
    if let value = number.exactly(Int64.self) {
        require(DynamoDBNumber(value) == number, "\(text) read as Int64 \(value) does not compare equal")
    }
    _ = number.exactly(UInt8.self)
    _ = number.exactly(UInt64.self)
    _ = number.exactly(Int.self)
    if let value = number.exactDouble {
        require(DynamoDBNumber(value) == number, "\(text) read exactly as Double \(value) does not compare equal")
    }
    _ = number.exactFloat
    _ = number.nearestDouble
    _ = number.exactDecimal
    _ = DynamoDBItemSize.size(of: number)
    if let json = JSONNumber(text) { _ = DynamoDBNumber(json).isValid }
}

/// Decodes an aggregate; what decodes must re-encode to records that decode the same. (An aggregate
/// without records decodes, but `encode([])` gives a 20-byte blob that is not an aggregate by the
/// detection rule of EventContract §A.8, so empty results are not round-tripped.)
func kpl(_ bytes: [UInt8]) {
    _ = KPLAggregate.isAggregated(bytes)
    guard let records = try? KPLAggregate.decode(bytes), !records.isEmpty else { return }
    let again = KPLAggregate.encode(records)
    do {
        let reread = try KPLAggregate.decode(again)
        require(reread == records, "KPL records change over encode and decode")
    } catch {
        require(false, "KPL re-encoding of \(records.count) records does not decode: \(error)")
    }
}

/// Magic + `body` + the MD5 of `body`, so decoding gets past the checksum. The digest is read from
/// the mismatch error (MD5 is not public API).
func sealed(_ body: [UInt8]) -> [UInt8] {
    let unsealed = KPLAggregate.magic + body + [UInt8](repeating: 0, count: 16)
    do {
        _ = try KPLAggregate.decode(unsealed)
        return unsealed
    } catch  where error.code == .digestMismatch {
        let hex = Array(error.message.utf8.suffix(32))
        var digest: [UInt8] = []
        var index = 0
        while index + 1 < hex.count {
            guard let byte = UInt8(String(decoding: hex[index...index + 1], as: UTF8.self), radix: 16) else { break }
            digest.append(byte)
            index += 2
        }
        return KPLAggregate.magic + body + digest
    } catch {
        return unsealed
    }
}

func sequenceNumber(_ input: [UInt8]) {
    let text = String(decoding: input, as: UTF8.self)
    if let sequence = KinesisSequenceNumber(decimal: text) {
        require(
            KinesisSequenceNumber(decimal: sequence.decimal) == sequence, "sequence number \(text) does not round-trip")
    }
    if let key = KinesisHashKey(decimal: text) {
        require(KinesisHashKey(decimal: key.description) == key, "hash key \(text) does not round-trip")
        require(KinesisHashKey(key.uint128Value) == key, "hash key \(text) does not round-trip through UInt128")
        if let ranges = KinesisShardRanges(shardCount: Int(input.first ?? 1) % 64 + 1) {
            let shard = ranges.shardIndex(for: key)
            require(
                ranges.hashKeyRange(ofShard: shard)?.contains(key) == true, "hash key \(text) not in its shard's range")
        }
    }
    _ = KinesisHashKey(partitionKey: text)
}

func timestamp(_ input: [UInt8]) {
    guard let stamp = try? StreamJSONDecoder().decode(AWSTimestamp.self, from: input) else { return }
    _ = stamp.description
    for unit in [AWSTimestamp.EpochUnit.seconds, .milliseconds, .microseconds] { _ = stamp.date(unit: unit) }
    if let data = try? StreamJSONEncoder().encode(stamp) {
        _ = try? StreamJSONDecoder().decode(AWSTimestamp.self, from: data)
    }
}

func jsonNumber(_ input: [UInt8]) {
    let text = String(decoding: input, as: UTF8.self)
    guard let number = JSONNumber(text) else { return }
    _ = number.int64Value
    _ = number.uint64Value
    _ = number.doubleValue
    _ = number.decimalValue
    require(JSONNumber(number.text) == number, "JSON number \(text) does not equal itself re-read")
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let selector = bytes.first else { return 0 }
    let input = Array(bytes.dropFirst())
    switch selector % 8 {
    case 0: base64(input)
    case 1: number(input)
    case 2: kpl(input)
    case 3: kpl(sealed(input))
    case 4: sequenceNumber(input)
    case 5: timestamp(input)
    case 6: jsonNumber(input)
    default:
        // Text that is base64 of an aggregate, as a Kinesis record's `data` carries it.
        if let decoded = try? Base64.decode(utf8: input) { kpl(sealed(decoded)) }
    }
    return 0
}

/// The program's entry point (SwiftPM aliases `main` to it): libFuzzer with `fuzz` as the target.
@_cdecl("fuzz_codecs_main")
public func entry(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv, fuzz)
}
