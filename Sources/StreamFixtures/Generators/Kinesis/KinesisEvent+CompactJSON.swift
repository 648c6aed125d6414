public import StreamEvents
import StreamJSON

extension KinesisEvent {
    /// The event as compact JSON, byte for byte what `StreamJSONEncoder().encode(self)` writes, several times
    /// faster.
    ///
    /// `StreamJSONEncoder` goes through `Codable`'s containers for every member; this writes the fixed shape of a
    /// Kinesis event directly, which matters when generating fixtures or benchmark corpora in bulk. A test pins the
    /// two outputs to each other, so a change to the models' coding shows up there.
    ///
    /// - Returns: UTF-8 JSON bytes.
    ///
    /// ```swift
    /// var stream = KinesisStreamSimulator(name: "orders", shardCount: 4, seed: 42)
    /// let bytes = stream.nextEvent(recordCount: 100).compactJSON()
    /// ```
    package func compactJSON() -> [UInt8] {
        var bytes = [UInt8]()
        appendCompactJSON(to: &bytes)
        return bytes
    }

    /// Appends the event's compact JSON (see ``compactJSON()``) to `bytes`, so one buffer can be reused for many
    /// events.
    ///
    /// - Parameter bytes: The buffer to append to.
    package func appendCompactJSON(to bytes: inout [UInt8]) {
        var size = 16
        for record in records { size += 420 + record.kinesis.data.utf8.count + record.eventSourceARN.utf8.count * 2 }
        var writer = JSONByteWriter(capacity: size)
        writer.append(self)
        writer.appendBytes(to: &bytes)
    }
}

extension JSONByteWriter {
    /// Appends a Kinesis event's compact JSON, members in the models' `CodingKeys` order.
    ///
    /// - Parameter data: The records' blobs, written as base64 in place of each record's `kinesis.data` (see
    ///   ``KinesisEventDraft``); `nil` writes `kinesis.data` as it is.
    mutating func append(_ event: KinesisEvent, data: [[UInt8]]? = nil) {
        var index = 0
        appendEvent(event) { writer, record in
            writer.append(record, data: data?[index])
            index += 1
        }
    }

    /// Appends a Kinesis event record's compact JSON; `data`, when given, is written as base64 in place of
    /// `kinesis.data`.
    mutating func append(_ record: KinesisEventRecord, data: [UInt8]? = nil) {
        let payload = record.kinesis
        raw("{\"kinesis\":{\"kinesisSchemaVersion\":")
        appendString(payload.kinesisSchemaVersion)
        raw(",\"partitionKey\":")
        appendString(payload.partitionKey)
        raw(",\"sequenceNumber\":")
        appendString(payload.sequenceNumber)
        raw(",\"data\":")
        if let data {
            data.withUnsafeBytes { appendBase64String($0) }
        } else {
            appendString(payload.data)
        }
        raw(",\"approximateArrivalTimestamp\":")
        append(payload.approximateArrivalTimestamp)
        if let encryptionType = payload.encryptionType {
            raw(",\"encryptionType\":")
            appendString(encryptionType.rawValue)
        }
        raw("},\"eventSource\":")
        appendString(record.eventSource)
        raw(",\"eventVersion\":")
        appendString(record.eventVersion)
        raw(",\"eventID\":")
        appendString(record.eventID)
        raw(",\"eventName\":")
        appendString(record.eventName)
        raw(",\"invokeIdentityArn\":")
        appendString(record.invokeIdentityArn)
        raw(",\"awsRegion\":")
        appendString(record.awsRegion.rawValue)
        raw(",\"eventSourceARN\":")
        appendString(record.eventSourceARN)
        append(UInt8(ascii: "}"))
    }
}
