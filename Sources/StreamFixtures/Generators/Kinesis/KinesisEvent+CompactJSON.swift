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
    public func compactJSON() -> [UInt8] {
        var bytes = [UInt8]()
        appendCompactJSON(to: &bytes)
        return bytes
    }

    /// Appends the event's compact JSON (see ``compactJSON()``) to `bytes`, so one buffer can be reused for many
    /// events.
    ///
    /// - Parameter bytes: The buffer to append to.
    public func appendCompactJSON(to bytes: inout [UInt8]) {
        var size = 16
        for record in records { size += 420 + record.kinesis.data.utf8.count + record.eventSourceARN.utf8.count * 2 }
        bytes.reserveCapacity(bytes.count + size)
        CompactJSON.raw("{\"Records\":[", &bytes)
        for (index, record) in records.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            CompactJSON.append(record, to: &bytes)
        }
        bytes.append(UInt8(ascii: "]"))
        if let window {
            CompactJSON.raw(",\"window\":{\"start\":", &bytes)
            CompactJSON.append(window.start, to: &bytes)
            CompactJSON.raw(",\"end\":", &bytes)
            CompactJSON.append(window.end, to: &bytes)
            bytes.append(UInt8(ascii: "}"))
        }
        if let state {
            CompactJSON.raw(",\"state\":", &bytes)
            bytes.append(contentsOf: JSONWriter.bytes(of: state))
        }
        if let shardId {
            CompactJSON.raw(",\"shardId\":", &bytes)
            JSONWriter.appendString(shardId.utf8, to: &bytes)
        }
        if let eventSourceARN {
            CompactJSON.raw(",\"eventSourceARN\":", &bytes)
            JSONWriter.appendString(eventSourceARN.utf8, to: &bytes)
        }
        if let isFinalInvokeForWindow {
            CompactJSON.raw(",\"isFinalInvokeForWindow\":", &bytes)
            CompactJSON.raw(isFinalInvokeForWindow ? "true" : "false", &bytes)
        }
        if let isWindowTerminatedEarly {
            CompactJSON.raw(",\"isWindowTerminatedEarly\":", &bytes)
            CompactJSON.raw(isWindowTerminatedEarly ? "true" : "false", &bytes)
        }
        bytes.append(UInt8(ascii: "}"))
    }
}

/// The member-by-member writer behind ``KinesisEvent/compactJSON()``; members in the models' `CodingKeys` order.
enum CompactJSON {
    static func raw(_ text: StaticString, _ bytes: inout [UInt8]) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    static func string(_ text: String, _ bytes: inout [UInt8]) {
        JSONWriter.appendString(text.utf8, to: &bytes)
    }

    static func append(_ record: KinesisEventRecord, to bytes: inout [UInt8]) {
        let payload = record.kinesis
        raw("{\"kinesis\":{\"kinesisSchemaVersion\":", &bytes)
        string(payload.kinesisSchemaVersion, &bytes)
        raw(",\"partitionKey\":", &bytes)
        string(payload.partitionKey, &bytes)
        raw(",\"sequenceNumber\":", &bytes)
        string(payload.sequenceNumber, &bytes)
        raw(",\"data\":", &bytes)
        string(payload.data, &bytes)
        raw(",\"approximateArrivalTimestamp\":", &bytes)
        append(payload.approximateArrivalTimestamp, to: &bytes)
        if let encryptionType = payload.encryptionType {
            raw(",\"encryptionType\":", &bytes)
            string(encryptionType.rawValue, &bytes)
        }
        raw("},\"eventSource\":", &bytes)
        string(record.eventSource, &bytes)
        raw(",\"eventVersion\":", &bytes)
        string(record.eventVersion, &bytes)
        raw(",\"eventID\":", &bytes)
        string(record.eventID, &bytes)
        raw(",\"eventName\":", &bytes)
        string(record.eventName, &bytes)
        raw(",\"invokeIdentityArn\":", &bytes)
        string(record.invokeIdentityArn, &bytes)
        raw(",\"awsRegion\":", &bytes)
        string(record.awsRegion.rawValue, &bytes)
        raw(",\"eventSourceARN\":", &bytes)
        string(record.eventSourceARN, &bytes)
        bytes.append(UInt8(ascii: "}"))
    }

    static func append(_ timestamp: AWSTimestamp, to bytes: inout [UInt8]) {
        switch timestamp.form {
        case .number(let number): bytes.append(contentsOf: number.text.utf8)
        case .numericString(let text), .iso8601(let text): string(text, &bytes)
        }
    }
}
