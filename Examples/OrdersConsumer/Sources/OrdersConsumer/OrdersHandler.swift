// From Sources/StreamFixturesTesting/Documentation.docc/GettingStarted.md: the handler the articles test.
import Foundation
import StreamEvents

public enum OrdersHandler {
    struct Order: Decodable { var orderId: String }

    public static func handle(_ event: KinesisEvent) -> StreamsEventResponse {
        let failed = event.records.filter { (try? $0.kinesis.decode(Order.self)) == nil }
        return StreamsEventResponse(failedItemIdentifiers: failed.map(\.kinesis.sequenceNumber))
    }
}
