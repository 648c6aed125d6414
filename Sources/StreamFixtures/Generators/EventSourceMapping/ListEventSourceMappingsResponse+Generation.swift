public import StreamEvents

extension Gen where Value == [ListEventSourceMappingsResponse] {
    /// The pages of one `ListEventSourceMappings` listing, chained by `NextMarker`.
    ///
    /// Every full page holds `pageSize` mappings and the marker of the next page; the last page holds 0…`pageSize`
    /// mappings and no marker. Markers are opaque base64 text drawn from the seed, so a listing is reproducible. The
    /// mappings share one account and region and have distinct UUIDs; their `LastModified` times go back from one
    /// moment.
    ///
    /// - Parameter options: The page count and size, source kind, environment and timestamp style.
    /// - Returns: A generator of whole listings.
    ///
    /// ```swift
    /// let pages = Gen.eventSourceMappingPages(EventSourceMappingListOptions(count: 2)).run(seed: 7)
    /// ```
    public static func eventSourceMappingPages(_ options: EventSourceMappingListOptions = .init()) -> Gen<Value> {
        Gen { random in
            let environment = options.environment ?? AWSEnvironment.random.run(using: &random)
            let pageCount = max(options.count, 1)
            let limit = EventSourceMappingListOptions.pageSizeRange  // `validate()` reports a size outside it
            let pageSize = min(max(options.pageSize, limit.lowerBound), limit.upperBound)
            var clock = SimulatedClock()
            clock.advance(by: 0...(400 * 86_400_000), using: &random)
            var pages: [ListEventSourceMappingsResponse] = []
            for index in 0..<pageCount {
                let isLast = index == pageCount - 1
                let size = isLast ? random.int(in: (pageCount == 1 ? 1 : 0)...pageSize) : pageSize
                var mappings: [EventSourceMappingConfiguration] = []
                for _ in 0..<size {
                    let modified = clock.millisecondsSince1970 - Int64(random.int(in: 0...(30 * 86_400_000)))
                    mappings.append(
                        EventSourceMappingDraw.mapping(
                            source: options.source, environment: environment, now: modified,
                            style: options.timestampStyle, using: &random))
                }
                let marker = isLast ? nil : KinesisRecordContent.opaqueToken(byteCount: 48, using: &random)
                pages.append(ListEventSourceMappingsResponse(eventSourceMappings: mappings, nextMarker: marker))
            }
            return pages
        }
    }
}

extension ListEventSourceMappingsResponse {
    /// Generates the pages of one listing for the `event-source-mappings` kind (`options.count` pages).
    ///
    /// - Parameters:
    ///   - options: The page count and size, source kind, environment and timestamp style.
    ///   - seed: The seed of the run.
    /// - Returns: The pages in order; each but the last carries the `NextMarker` of the next.
    ///
    /// ```swift
    /// let pages = ListEventSourceMappingsResponse.generate(EventSourceMappingListOptions(count: 3), seed: 42)
    /// ```
    public static func generate(_ options: EventSourceMappingListOptions, seed: Seed)
        -> [ListEventSourceMappingsResponse]
    {
        Gen.eventSourceMappingPages(options).run(seed: seed)
    }
}
