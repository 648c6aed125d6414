import StreamEvents
import StreamJSON

extension JSONByteWriter {
    /// Appends a Kinesis or DynamoDB event: `{"Records":[…]` with each record written by `appendRecord`, then the
    /// tumbling-window members that are set, then `}` — the models' `CodingKeys` order.
    @inline(__always)
    mutating func appendEvent<Event: TumblingWindowEvent>(
        _ event: Event, appendRecord: (inout JSONByteWriter, Event.Record) -> Void
    ) {
        raw("{\"Records\":[")
        for (index, record) in event.records.enumerated() {
            if index > 0 { append(UInt8(ascii: ",")) }
            appendRecord(&self, record)
        }
        append(UInt8(ascii: "]"))
        appendMembers(of: event.tumblingWindow)
        append(UInt8(ascii: "}"))
    }

    /// Appends the tumbling-window members that are set as `,"name":value` pairs, in the order of
    /// `TumblingWindow.encode(to:)`: the tail of a Kinesis or DynamoDB event's object after `Records`.
    mutating func appendMembers(of window: TumblingWindow) {
        if let bounds = window.window {
            raw(",\"window\":{\"start\":")
            append(bounds.start)
            raw(",\"end\":")
            append(bounds.end)
            append(UInt8(ascii: "}"))
        }
        if let state = window.state {
            raw(",\"state\":")
            appendValue(state)
        }
        if let shardId = window.shardId {
            raw(",\"shardId\":")
            appendString(shardId)
        }
        if let arn = window.eventSourceARN {
            raw(",\"eventSourceARN\":")
            appendString(arn)
        }
        if let final = window.isFinalInvokeForWindow {
            raw(",\"isFinalInvokeForWindow\":")
            if final { raw("true") } else { raw("false") }
        }
        if let early = window.isWindowTerminatedEarly {
            raw(",\"isWindowTerminatedEarly\":")
            if early { raw("true") } else { raw("false") }
        }
    }

    /// Appends a timestamp in its wire form: a number as its text, a string quoted.
    mutating func append(_ timestamp: AWSTimestamp) {
        switch timestamp.form {
        case .number(let number): append(contentsOf: number.text.utf8)
        case .numericString(let text), .iso8601(let text): appendString(text)
        }
    }
}
