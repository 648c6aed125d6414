import StreamEvents
import StreamJSON
import Testing

/// One malformed pattern and the mistake it must be reported with.
struct MalformedPattern: Sendable, CustomTestStringConvertible {
    var name: String
    var pattern: String
    var reason: EventFilterError.Reason
    var pointer: String

    init(_ name: String, _ pattern: String, _ reason: EventFilterError.Reason, _ pointer: String) {
        self.name = name
        self.pattern = pattern
        self.reason = reason
        self.pointer = pointer
    }

    var testDescription: String { name }
}

/// Patterns Lambda rejects, each reported with its reason and the pointer of the offending part.
@Suite struct EventPatternErrorTests {
    static let malformed: [MalformedPattern] = [
        MalformedPattern("not JSON", #"{"data": "#, .invalidJSON, ""),
        MalformedPattern("an array, not an object", #"[{"a":["x"]}]"#, .notAnObject, ""),
        MalformedPattern("an empty pattern", "{}", .emptyObject, ""),
        MalformedPattern("an empty nested object", #"{"data":{}}"#, .emptyObject, "/data"),
        MalformedPattern("a bare value instead of a list", #"{"data":{"kind":"order"}}"#, .valueNotArray, "/data/kind"),
        MalformedPattern("an empty list", #"{"a":[]}"#, .emptyArray, "/a"),
        MalformedPattern("a list inside the list", #"{"a":[["x"]]}"#, .invalidValue, "/a/0"),
        MalformedPattern(
            "two operators in one object", #"{"a":["x",{"prefix":"x","suffix":"y"}]}"#, .invalidValue, "/a/1"),
        MalformedPattern("an unknown operator", #"{"a":[{"contains":"x"}]}"#, .unknownOperator, "/a/0/contains"),
        MalformedPattern("a prefix that is not a string", #"{"a":[{"prefix":1}]}"#, .invalidOperand, "/a/0/prefix"),
        MalformedPattern(
            "a prefix object that is not equals-ignore-case", #"{"a":[{"prefix":{"wildcard":"x"}}]}"#, .invalidOperand,
            "/a/0/prefix"),
        MalformedPattern(
            "an equals-ignore-case inside prefix that is not a string",
            #"{"a":[{"prefix":{"equals-ignore-case":1}}]}"#, .invalidOperand, "/a/0/prefix/equals-ignore-case"),
        MalformedPattern(
            "equals-ignore-case with a list", #"{"a":[{"equals-ignore-case":["x"]}]}"#, .invalidOperand,
            "/a/0/equals-ignore-case"),
        MalformedPattern(
            "a numeric bound that is a string", #"{"a":[{"numeric":[">","5"]}]}"#, .invalidOperand, "/a/0/numeric/1"),
        MalformedPattern(
            "an unknown numeric operator", #"{"a":[{"numeric":["!=",5]}]}"#, .invalidOperand, "/a/0/numeric/0"),
        MalformedPattern(
            "an upper bound first", #"{"a":[{"numeric":["<",5,">",1]}]}"#, .invalidOperand, "/a/0/numeric/2"),
        MalformedPattern(
            "a range that is empty", #"{"a":[{"numeric":[">",5,"<",1]}]}"#, .invalidOperand, "/a/0/numeric/3"),
        MalformedPattern(
            "a range with three terms", #"{"a":[{"numeric":[">",1,"<"]}]}"#, .invalidOperand, "/a/0/numeric"),
        MalformedPattern(
            "two lower bounds", #"{"a":[{"numeric":[">",1,">=",5]}]}"#, .invalidOperand, "/a/0/numeric/2"),
        MalformedPattern("exists with a string", #"{"a":[{"exists":"yes"}]}"#, .invalidOperand, "/a/0/exists"),
        MalformedPattern(
            "a prefix too long for IPv4", #"{"a":[{"cidr":"10.0.0.0/33"}]}"#, .invalidOperand, "/a/0/cidr"),
        MalformedPattern(
            "a cidr without a prefix length", #"{"a":[{"cidr":"10.0.0.0"}]}"#, .invalidOperand, "/a/0/cidr"),
        MalformedPattern(
            "a cidr that is no address", #"{"a":[{"cidr":"10.0.300.0/8"}]}"#, .invalidOperand, "/a/0/cidr"),
        MalformedPattern("two stars in a row", #"{"a":[{"wildcard":"a**b"}]}"#, .invalidOperand, "/a/0/wildcard"),
        MalformedPattern(
            "an escape other than \\* or \\\\", #"{"a":[{"wildcard":"a\\b"}]}"#, .invalidOperand, "/a/0/wildcard"),
        MalformedPattern(
            "anything-but with mixed types", #"{"a":[{"anything-but":["x",1]}]}"#, .invalidOperand, "/a/0/anything-but"),
        MalformedPattern(
            "anything-but with an empty list", #"{"a":[{"anything-but":[]}]}"#, .invalidOperand, "/a/0/anything-but"),
        MalformedPattern(
            "anything-but null", #"{"a":[{"anything-but":null}]}"#, .invalidOperand, "/a/0/anything-but"),
        MalformedPattern(
            "anything-but numeric", #"{"a":[{"anything-but":{"numeric":[">",1]}}]}"#, .unknownOperator,
            "/a/0/anything-but/numeric"),
        MalformedPattern(
            "anything-but an empty prefix", #"{"a":[{"anything-but":{"prefix":""}}]}"#, .invalidOperand,
            "/a/0/anything-but/prefix"),
        MalformedPattern(
            "anything-but a bad wildcard in a list", #"{"a":[{"anything-but":{"wildcard":["ok*","x**"]}}]}"#,
            .invalidOperand, "/a/0/anything-but/wildcard/1"),
        MalformedPattern("$or with one branch", #"{"$or":[{"a":["x"]}]}"#, .invalidOr, "/$or"),
        MalformedPattern("$or that is an object", #"{"$or":{"a":["x"]}}"#, .invalidOr, "/$or"),
        MalformedPattern("$or with a string branch", #"{"$or":[{"a":["x"]},"b"]}"#, .invalidOr, "/$or/1"),
        MalformedPattern(
            "$or with an empty branch", #"{"data":{"$or":[{"a":["x"]},{}]}}"#, .emptyObject, "/data/$or/1"),
        MalformedPattern(
            "a mistake inside a $or branch", #"{"$or":[{"a":["x"]},{"b":[{"numeric":["=","1"]}]}]}"#, .invalidOperand,
            "/$or/1/b/0/numeric/1"),
        MalformedPattern(
            "a member name that needs escaping", #"{"a/b":{"c~d":[{"exists":1}]}}"#, .invalidOperand,
            "/a~1b/c~0d/0/exists"),
    ]

    @Test(arguments: malformed)
    func malformedPatternsAreReportedWithTheirPointer(_ row: MalformedPattern) {
        #expect(throws: EventFilterError.self) { try EventPattern(parsing: row.pattern) }
        do {
            _ = try EventPattern(parsing: row.pattern)
        } catch {
            #expect(error.reason == row.reason)
            #expect(error.pointer.description == row.pointer)
            #expect(error.filterIndex == nil)
            #expect(!error.message.isEmpty)
        }
    }

    @Test func aPatternOf4096CharactersIsAcceptedAndOneMoreIsNot() throws {
        let head = #"{"a":[""#
        let tail = #""]}"#
        let filler = String(repeating: "é", count: EventPattern.maximumLength - head.count - tail.count)
        let longest = head + filler + tail
        #expect(longest.unicodeScalars.count == 4_096)
        #expect(try EventPattern(parsing: longest).matches(["a": .string(filler)]))
        let error = #expect(throws: EventFilterError.self) { try EventPattern(parsing: head + filler + "é" + tail) }
        #expect(error?.reason == .tooLong)
    }

    @Test func everyOperatorFormParses() throws {
        let pattern = #"""
            {"a":["s",1,-2.5e1,true,false,null,{"prefix":"p"},{"prefix":{"equals-ignore-case":"P"}},{"suffix":"s"},
             {"suffix":{"equals-ignore-case":"S"}},{"equals-ignore-case":"x"},{"wildcard":"a*\\\\b\\*"},
             {"anything-but":"x"},{"anything-but":1},{"anything-but":["x","y"]},{"anything-but":[1,2]},
             {"anything-but":{"prefix":"p"}},{"anything-but":{"prefix":["p","q"]}},{"anything-but":{"suffix":"s"}},
             {"anything-but":{"equals-ignore-case":["x"]}},{"anything-but":{"wildcard":"*x"}},
             {"numeric":["=",1]},{"numeric":[">",1]},{"numeric":[">=",1,"<",2]},{"numeric":["<=",0]},
             {"exists":true},{"exists":false},{"cidr":"10.0.0.0/8"},{"cidr":"::ffff:10.0.0.0/104"}],
             "$or":[{"b":["x"]},{"c":{"d":["y"]}}]}
            """#
        let parsed = try EventPattern(parsing: pattern)
        #expect(parsed.text == pattern)
        #expect(parsed.matches(["a": "s", "b": "x"]))
        #expect(!parsed.matches(["a": "s"]))
    }
}
