import Foundation
import StreamEvents
import StreamFixtures
import StreamJSON
import Testing

@Suite struct KubeMQRequestGeneratorTests {
    typealias Check = GeneratedPayloadChecks

    @Test func generateCyclesThroughEveryMethod() {
        let requests = KubeMQKinesisRequest.generate(KubeMQKinesisRequestOptions(count: 18), seed: 1)
        let methods = KubeMQKinesisRequest.Method.allCases
        #expect(requests.map(\.method) == methods + methods)
        let fixed = KubeMQKinesisRequest.generate(.init(count: 5, method: .getRecords), seed: 1)
        #expect(fixed.allSatisfy { $0.method == .getRecords })
    }

    @Test(arguments: KubeMQKinesisRequest.Method.allCases)
    func metadataIsConsistentForEveryMethod(method: KubeMQKinesisRequest.Method) throws {
        // 9 methods × 120 seeds: over 1,000 requests of the kind.
        try Gen.kubeMQKinesisRequest(method).forAll(count: 120, seed: "kubemq") { request in
            let document = try StreamJSONDecoder().decode(JSONValue.self, from: StreamJSONEncoder().encode(request))
            guard case .object(let metadata)? = document["metadata"] else {
                throw Check.Mismatch(description: "metadata")
            }
            try Check.require(metadata["method"]?.stringValue == method.rawValue, "method")
            for member in metadata {
                try Check.require(member.value.stringValue != nil, "\(member.key) is not a string")
            }
            if let name = metadata["stream_name"]?.stringValue {
                try Check.require(
                    (1...128).contains(name.count)
                        && name.allSatisfy { $0.isLetter || $0.isNumber || "_.-".contains($0) },
                    "stream_name \(name)")
            }
            if let arn = metadata["stream_arn"]?.stringValue { try Check.requireStrict("kinesisStreamArnStrict", arn) }
            if let shard = metadata["shard_id"]?.stringValue { try Check.requireStrict("kinesisShardIdStrict", shard) }
            if let type = metadata["shard_iterator_type"]?.stringValue {
                try Check.require(["TRIM_HORIZON", "LATEST"].contains(type), "shard_iterator_type \(type)")
            }
            for key in ["shard_count", "limit"] {
                if let text = metadata[key]?.stringValue { try Check.require((Int(text) ?? 0) >= 1, "\(key) \(text)") }
            }
            switch request {
            case .putRecord(let put):
                _ = try StreamJSONDecoder().decode(JSONValue.self, from: try put.dataBytes())
                try Check.require(Base64.isCanonical(put.data ?? ""), "data")
            case .putRecords(let put):
                let messages = try put.messages()
                try Check.require(!messages.isEmpty && Base64.isCanonical(put.data ?? ""), "messages")
                for message in messages.values { _ = try StreamJSONDecoder().decode(JSONValue.self, from: message) }
            default:
                try Check.require(document["data"] == .null, "data for \(method.rawValue)")
            }
            try Check.requireRoundTrip(request)
        }
    }

    @Test func sameSeedGivesTheCommittedBytes() throws {
        let requests = KubeMQKinesisRequest.generate(KubeMQKinesisRequestOptions(count: 9), seed: 2024)
        try Check.expectDigest(requests, "baadce7e623b3e9e77747646ce346a63")
    }
}
