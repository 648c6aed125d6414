import StreamEvents
import StreamJSON

/// A generated Kinesis event whose record data are still bytes: the records' `kinesis.data` is empty and `data[i]`
/// is the blob of `event.records[i]`.
///
/// The streaming CLI writes the blobs as base64 straight into its output (``appendCompactJSON(to:)``) instead of
/// making a base64 `String` per record and copying it, escape-checked, into the output; ``filled`` is the event
/// every public API returns, with `data` in base64. Both write the same bytes: the simulator's choices do not depend
/// on the representation.
struct KinesisEventDraft: Sendable {
    /// The event, every record's `kinesis.data` empty.
    var event: KinesisEvent
    /// The record blobs, in record order.
    var data: [[UInt8]]

    /// The event with each record's `data` set to the base64 of its blob.
    var filled: KinesisEvent {
        var event = self.event
        for index in event.records.indices { event.records[index].kinesis.data = Base64.encode(data[index]) }
        return event
    }

    /// Appends the compact JSON of ``filled`` to `bytes`, the blobs encoded into the output as they are written.
    ///
    /// - Parameter bytes: The buffer to append to.
    func appendCompactJSON(to bytes: inout [UInt8]) {
        var size = 16
        for (record, blob) in zip(event.records, data) {
            size += 420 + KinesisRecordDraft.base64Length(blob.count) + record.eventSourceARN.utf8.count * 2
        }
        var writer = JSONByteWriter(capacity: size)
        writer.append(event, data: data)
        writer.appendBytes(to: &bytes)
    }

    /// The compact JSON of ``filled``.
    func compactJSON() -> [UInt8] {
        var bytes = [UInt8]()
        appendCompactJSON(to: &bytes)
        return bytes
    }
}

/// A generated Kinesis record whose data is still bytes (`record.kinesis.data` is empty).
struct KinesisRecordDraft: Sendable {
    /// The record, `kinesis.data` empty.
    var record: KinesisEventRecord
    /// The record blob.
    var data: [UInt8]

    /// The record with `data` set to the base64 of the blob.
    var filled: KinesisEventRecord {
        var record = self.record
        record.kinesis.data = Base64.encode(data)
        return record
    }

    /// The length of standard padded base64 for `count` bytes.
    static func base64Length(_ count: Int) -> Int { (count + 2) / 3 * 4 }
}
