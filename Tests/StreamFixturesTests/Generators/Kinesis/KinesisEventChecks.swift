import Foundation
import StreamEvents
import StreamFixtures
import StreamJSON

/// Checks a generated Kinesis event against EventContract §A and §D with the codecs, independently of how the
/// generator works; returns one message per violation.
enum KinesisEventChecks {
    static let digits = Set("0123456789".utf8)
    static let streamNameBytes = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-".utf8)
    static let roleNameBytes = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+=,.@_-".utf8)

    /// `(partition, region, account, stream name)` of a strict Kinesis stream ARN, or `nil`.
    static func parseStreamARN(_ arn: String) -> (String, String, String, String)? {
        let parts = arn.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 6, parts[0] == "arn", parts[1].hasPrefix("aws"), parts[2] == "kinesis",
            parts[4].utf8.count == 12, parts[4].utf8.allSatisfy(digits.contains), parts[5].hasPrefix("stream/")
        else { return nil }
        let name = parts[5].dropFirst("stream/".count)
        guard (1...128).contains(name.utf8.count), name.utf8.allSatisfy(streamNameBytes.contains) else { return nil }
        return (parts[1], parts[3], parts[4], String(name))
    }

    /// The shard index of a strict shard id, or `nil`.
    static func shardIndex(_ shardID: String) -> Int? {
        guard shardID.hasPrefix("shardId-") else { return nil }
        let number = shardID.dropFirst("shardId-".count)
        guard number.utf8.count == 12, number.utf8.allSatisfy(digits.contains) else { return nil }
        return Int(number)
    }

    static func violations(of event: KinesisEvent, batchSize: Int = 10_000) -> [String] {
        var problems = [String]()
        func expect(_ condition: Bool, _ message: @autoclosure () -> String) {
            if !condition { problems.append(message()) }
        }
        expect(!event.records.isEmpty, "no records")
        expect(event.records.count <= batchSize, "\(event.records.count) records over batch size \(batchSize)")
        // Encoding is slow in debug builds: measure only events whose data alone is in the megabytes.
        if event.records.reduce(0, { $0 + $1.kinesis.data.utf8.count }) > 1_000_000 {
            let size = (try? StreamJSONEncoder().encode(event).count) ?? Int.max
            expect(size <= 6_000_000, "event of \(size) bytes over 6 MB")
        }
        let first = event.records.first
        var shardID: String?
        var previousSequence: String?
        var previousArrival: Double = -1
        let encryption = first?.kinesis.encryptionType
        for (index, record) in event.records.enumerated() {
            let at = "record \(index)"
            expect(record.eventSource == "aws:kinesis", "\(at): eventSource \(record.eventSource)")
            expect(record.eventName == "aws:kinesis:record", "\(at): eventName \(record.eventName)")
            expect(record.eventVersion == "1.0", "\(at): eventVersion")
            expect(record.kinesis.kinesisSchemaVersion == "1.0", "\(at): kinesisSchemaVersion")
            expect(record.eventSourceARN == first?.eventSourceARN, "\(at): another stream")
            expect(record.invokeIdentityArn == first?.invokeIdentityArn, "\(at): another role")
            expect(record.kinesis.encryptionType == encryption, "\(at): encryptionType differs within the event")
            if let type = record.kinesis.encryptionType {
                expect(type == .kms || type == .unencrypted, "\(at): encryptionType \(type)")
            }
            guard let (partition, region, account, _) = parseStreamARN(record.eventSourceARN) else {
                problems.append("\(at): eventSourceARN \(record.eventSourceARN) is not a strict stream ARN")
                continue
            }
            expect(region == record.awsRegion.rawValue, "\(at): awsRegion \(record.awsRegion) vs ARN \(region)")
            expect(record.awsRegion.partition == partition, "\(at): region \(region) outside partition \(partition)")
            let rolePrefix = "arn:\(partition):iam::\(account):role/"
            let roleName = record.invokeIdentityArn.dropFirst(rolePrefix.count)
            let lastSegment = roleName.split(separator: "/", omittingEmptySubsequences: false).last ?? ""
            expect(
                record.invokeIdentityArn.hasPrefix(rolePrefix)
                    && roleName.split(separator: "/", omittingEmptySubsequences: false).allSatisfy {
                        !$0.isEmpty && $0.utf8.allSatisfy(roleNameBytes.contains)
                    } && (1...64).contains(lastSegment.utf8.count),
                "\(at): invokeIdentityArn \(record.invokeIdentityArn)")

            let parts = record.eventID.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 2, let shard = shardIndex(parts[0]) else {
                problems.append("\(at): eventID \(record.eventID)")
                continue
            }
            if let shardID { expect(parts[0] == shardID, "\(at): shard \(parts[0]) after \(shardID)") }
            shardID = parts[0]
            let sequence = record.kinesis.sequenceNumber
            expect(parts[1] == sequence, "\(at): eventID does not end with the sequence number")
            expect(
                sequence.utf8.count == 56 && sequence.utf8.allSatisfy(digits.contains), "\(at): sequence \(sequence)")
            if let previousSequence {
                expect(previousSequence < sequence, "\(at): sequence number does not grow")
            }
            previousSequence = sequence
            let arrival = record.kinesis.approximateArrivalTimestamp.date()?.timeIntervalSince1970 ?? -1
            expect(arrival >= previousArrival, "\(at): arrival goes back")
            previousArrival = arrival
            let timestampText = record.kinesis.approximateArrivalTimestamp.description
            let fraction = timestampText.split(separator: ".").dropFirst().first ?? ""
            expect(
                timestampText.utf8.allSatisfy { digits.contains($0) || $0 == UInt8(ascii: ".") } && fraction.count <= 3,
                "\(at): timestamp \(timestampText)")
            if let fields = KinesisSequenceNumber(decimal: sequence) {
                expect(Int(fields.shardIndex) == shard, "\(at): sequence number shard \(fields.shardIndex) vs \(shard)")
                expect(
                    Double(fields.arrivalSeconds) == arrival.rounded(.down),
                    "\(at): sequence arrival \(fields.arrivalSeconds) vs timestamp \(timestampText)")
                expect(fields.shardCreationSeconds <= fields.arrivalSeconds, "\(at): shard created after arrival")
            } else {
                problems.append("\(at): sequence number \(sequence) is not in the version-2 layout")
            }
            let keyLength = record.kinesis.partitionKey.unicodeScalars.count
            expect((1...256).contains(keyLength), "\(at): partition key of \(keyLength) characters")
            guard let data = try? Base64.decode(record.kinesis.data), Base64.encode(data) == record.kinesis.data else {
                problems.append("\(at): data is not canonical base64")
                continue
            }
            expect(data.count + record.kinesis.partitionKey.utf8.count <= 1_048_576, "\(at): record over 1 MiB")
            if KPLAggregate.isAggregated(data) {
                if let users = try? KPLAggregate.decode(data), let firstUser = users.first {
                    expect(firstUser.partitionKey == record.kinesis.partitionKey, "\(at): outer key is not the first")
                } else {
                    problems.append("\(at): aggregate does not decode")
                }
            }
        }
        problems += windowViolations(of: event, shardID: shardID)
        return problems
    }

    static func windowViolations(of event: KinesisEvent, shardID: String?) -> [String] {
        let members: [Any?] = [
            event.window, event.state, event.shardId, event.eventSourceARN, event.isFinalInvokeForWindow,
            event.isWindowTerminatedEarly,
        ]
        let present = members.filter { $0 != nil }.count
        if present == 0 { return [] }
        guard present == members.count, let window = event.window else {
            return ["window: \(present) of 6 tumbling-window members"]
        }
        var problems = [String]()
        let startText = window.start.description
        let endText = window.end.description
        guard startText.utf8.count == 20, endText.utf8.count == 20, startText.hasSuffix("Z"),
            let start = window.start.date()?.timeIntervalSince1970, let end = window.end.date()?.timeIntervalSince1970
        else { return ["window: bounds \(startText) \(endText) are not second-precision RFC 3339"] }
        let length = end - start
        if !(1...900).contains(length) { problems.append("window: length \(length)") }
        if start.truncatingRemainder(dividingBy: length) != 0 { problems.append("window: \(startText) not aligned") }
        if event.state?.objectValue == nil { problems.append("window: state is not an object") }
        if let shardID, event.shardId != shardID { problems.append("window: shardId \(event.shardId ?? "")") }
        if event.eventSourceARN != event.records.first?.eventSourceARN { problems.append("window: eventSourceARN") }
        if event.isWindowTerminatedEarly != false { problems.append("window: terminated early") }
        for record in event.records {
            let arrival = record.kinesis.approximateArrivalTimestamp.date()?.timeIntervalSince1970 ?? -1
            if arrival < start || arrival >= end { problems.append("window: record arrived at \(arrival) outside") }
        }
        return problems
    }
}
