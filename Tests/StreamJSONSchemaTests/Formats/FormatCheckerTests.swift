import Testing

@testable import StreamJSONSchema

@Suite struct FormatCheckerTests {
    @Test func unknownFormatsAreNotJudged() {
        #expect(FormatChecker.check("x-unknown", "anything") == nil)
        #expect(FormatChecker.check("int32", "12") == nil)
    }

    @Test func everyKnownFormatIsJudged() {
        for format in FormatChecker.knownFormats {
            #expect(FormatChecker.check(format, "") != nil, "\(format)")
        }
    }

    @Test func dateTimeFollowsRFC3339() {
        #expect(FormatChecker.check("date-time", "2024-02-29T23:59:59.5+01:00") == true)
        #expect(FormatChecker.check("date-time", "2023-02-29T00:00:00Z") == false)
        #expect(FormatChecker.check("date-time", "2024-01-01 00:00:00Z") == false)
        #expect(FormatChecker.check("date-time", "2016-12-31t23:59:60z") == true)
        #expect(FormatChecker.check("date-time", "2016-12-31T23:59:60+01:00") == false)
        #expect(FormatChecker.check("time", "00:59:60+01:00") == true)
        #expect(FormatChecker.check("time", "12:00:00") == false)
        #expect(FormatChecker.check("date", "1900-02-29") == false)
        #expect(FormatChecker.check("date", "2000-02-29") == true)
    }

    @Test func durationFollowsTheAppendixGrammar() {
        #expect(FormatChecker.check("duration", "P1Y2M3DT4H5M6S") == true)
        #expect(FormatChecker.check("duration", "P3W") == true)
        #expect(FormatChecker.check("duration", "PT") == false)
        #expect(FormatChecker.check("duration", "P1Y2D") == false)
        #expect(FormatChecker.check("duration", "PT1.5S") == false)
    }

    @Test func ipAddressesAreStrict() {
        #expect(FormatChecker.check("ipv4", "10.0.0.255") == true)
        #expect(FormatChecker.check("ipv4", "10.0.0.01") == false)
        #expect(FormatChecker.check("ipv6", "2001:db8::8a2e:370:7334") == true)
        #expect(FormatChecker.check("ipv6", "::ffff:10.0.0.1") == true)
        #expect(FormatChecker.check("ipv6", "fe80::1%eth0") == false)
        #expect(FormatChecker.check("ipv6", "1:2:3:4:5:6:7:8:9") == false)
    }

    @Test func uuidNeedsTheDashedForm() {
        #expect(FormatChecker.check("uuid", "49590338-2714-9025-6608-559692538361") == true)
        #expect(FormatChecker.check("uuid", "495903382714902566085596925383610") == false)
    }

    @Test func hostnamesAndAddresses() {
        #expect(FormatChecker.check("hostname", "kinesis.us-east-1.amazonaws.com") == true)
        #expect(FormatChecker.check("hostname", "-bad.example") == false)
        #expect(FormatChecker.check("hostname", "xn--bcher-kva.example") == true)
        #expect(FormatChecker.check("idn-hostname", "bücher.example") == true)
        #expect(FormatChecker.check("idn-hostname", "Bücher.example") == false)
        #expect(FormatChecker.check("email", "ops+alerts@example.com") == true)
        #expect(FormatChecker.check("email", "ops@@example.com") == false)
        #expect(FormatChecker.check("idn-email", "δοκιμή@παράδειγμα.δοκιμή") == true)
    }

    @Test func punycodeRoundTrips() {
        let label: [UInt32] = "bücher".unicodeScalars.map(\.value)
        let encoded = Punycode.encode(label)
        #expect(String(decoding: encoded, as: UTF8.self) == "bcher-kva")
        #expect(Punycode.decode(encoded) == label)
        #expect(Punycode.decode(Array("99999999999999".utf8)) == nil)
    }

    @Test func urisAndReferences() {
        #expect(FormatChecker.check("uri", "https://kinesis.us-east-1.amazonaws.com/?Action=PutRecord#x") == true)
        #expect(FormatChecker.check("uri", "/relative") == false)
        #expect(FormatChecker.check("uri-reference", "/relative?q") == true)
        #expect(FormatChecker.check("uri-reference", "a:b:c") == true)
        #expect(FormatChecker.check("uri", "http://[v7.fe:1]/") == true)
        #expect(FormatChecker.check("iri", "https://bücher.example/straße") == true)
        #expect(FormatChecker.check("uri", "https://bücher.example/") == false)
        #expect(FormatChecker.check("uri-template", "/streams/{streamName}/records{?limit,shard*}") == true)
        #expect(FormatChecker.check("uri-template", "/streams/{stream name}") == false)
    }

    @Test func pointersAndRegexes() {
        #expect(FormatChecker.check("json-pointer", "/Records/0/kinesis/data") == true)
        #expect(FormatChecker.check("json-pointer", "Records") == false)
        #expect(FormatChecker.check("relative-json-pointer", "2/dynamodb~2") == false)
        #expect(FormatChecker.check("relative-json-pointer", "02#") == false)
        #expect(FormatChecker.check("relative-json-pointer", "2#") == true)
        #expect(FormatChecker.check("regex", "^shardId-[0-9]{12}$") == true)
        #expect(FormatChecker.check("regex", "^(abc]") == false)
    }
}
