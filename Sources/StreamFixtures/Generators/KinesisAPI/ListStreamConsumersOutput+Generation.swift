public import StreamEvents

extension Gen where Value == [KinesisAPI.ListStreamConsumersOutput] {
    /// The pages of one `ListStreamConsumers` listing, chained by `NextToken`.
    ///
    /// Full pages hold `pageSize` consumers and a `NextToken`; the last page holds the rest (none when the stream has
    /// no consumers) and no token. The consumers are those of one drawn stream state, oldest first.
    ///
    /// - Parameter options: The page count and size, and the stream.
    /// - Returns: A generator of whole listings.
    ///
    /// ```swift
    /// let pages = Gen.listStreamConsumersPages(ListStreamConsumersOptions(count: 2)).run(seed: 7)
    /// ```
    public static func listStreamConsumersPages(_ options: ListStreamConsumersOptions = .init()) -> Gen<Value> {
        Gen { random in
            let limit = ListStreamConsumersOptions.countRange  // `validate()` reports a count outside it
            let pageCount = min(max(options.count, limit.lowerBound), limit.upperBound)
            let pageSize = max(min(options.pageSize, 20 / pageCount), 1)
            let lastSize = random.int(in: (pageCount == 1 ? 0 : 1)...pageSize)
            let stream = DrawnKinesisStream.draw(options.stream, using: &random)
            let state = KinesisAPIDraw.state(
                stream: stream, consumerCount: (pageCount - 1) * pageSize + lastSize, status: nil, using: &random)
            let consumers = state.listedConsumers
            var pages: [KinesisAPI.ListStreamConsumersOutput] = []
            var start = 0
            for index in 0..<pageCount {
                let isLast = index == pageCount - 1
                let end = isLast ? consumers.count : min(start + pageSize, consumers.count)
                let token = isLast ? nil : KinesisRecordContent.opaqueToken(byteCount: 96, using: &random)
                pages.append(
                    KinesisAPI.ListStreamConsumersOutput(consumers: Array(consumers[start..<end]), nextToken: token))
                start = end
            }
            return pages
        }
    }
}

extension KinesisAPI.ListStreamConsumersOutput {
    /// Generates the pages of one listing for the `list-stream-consumers-response` kind (`options.count` pages).
    ///
    /// - Parameters:
    ///   - options: The page count and size, and the stream.
    ///   - seed: The seed of the run.
    /// - Returns: The pages in order; each but the last carries the `NextToken` of the next.
    public static func generate(
        _ options: ListStreamConsumersOptions, seed: Seed
    ) -> [KinesisAPI.ListStreamConsumersOutput] {
        Gen.listStreamConsumersPages(options).run(seed: seed)
    }
}
