import StreamFixtures
import StreamJSON
import Testing

@Suite struct JSONDifferenceTests {
    private func value(_ text: String) throws -> JSONValue { try JSONDocument(parsing: text).root.value }

    @Test func equalValuesHaveNoDifference() throws {
        #expect(
            JSONDifference.first(
                expected: try value(#"{"a":[1,{"b":null}]}"#), actual: try value(#"{"a":[1,{"b":null}]}"#)) == nil)
    }

    @Test func pointsAtTheFirstChangedScalarInDocumentOrder() throws {
        let difference = JSONDifference.first(
            expected: try value(#"{"Records":[{"eventID":"a","x":1},{"eventID":"b"}]}"#),
            actual: try value(#"{"Records":[{"eventID":"a","x":2},{"eventID":"c"}]}"#))
        #expect(difference?.kind == .changed)
        #expect(difference?.pointer.description == "/Records/0/x")
        #expect(difference?.description == "first difference at /Records/0/x: expected 1, found 2")
    }

    @Test func reportsRemovedAndAddedMembersAndElements() throws {
        let removed = JSONDifference.first(expected: try value(#"{"a":1,"b":2}"#), actual: try value(#"{"a":1}"#))
        #expect(
            removed
                == JSONDifference(
                    kind: .removed, pointer: JSONPointer(tokens: [.member("b")]), expected: 2, actual: nil))
        let added = JSONDifference.first(expected: try value(#"{"a":1}"#), actual: try value(#"{"a":1,"c/d":"x"}"#))
        #expect(added?.kind == .added)
        #expect(added?.description == #"first difference at /c~1d: expected nothing, found "x" (added)"#)
        let shorter = JSONDifference.first(expected: try value("[1,2,3]"), actual: try value("[1,2]"))
        #expect(shorter?.kind == .removed)
        #expect(shorter?.pointer.description == "/2")
        let longer = JSONDifference.first(expected: try value("[1]"), actual: try value("[1,[true]]"))
        #expect(
            longer?.description == "first difference at /1: expected nothing, found an array of 1 element(s) (added)")
    }

    @Test func aChangeOfTypeIsAChange() throws {
        let difference = JSONDifference.first(expected: try value(#"{"n":"1"}"#), actual: try value(#"{"n":1}"#))
        #expect(difference?.description == #"first difference at /n: expected "1", found 1"#)
        #expect(difference?.isSemantic == true)
    }

    @Test func differencesInContentComeBeforeDifferencesInForm() throws {
        let difference = JSONDifference.first(
            expected: try value(#"{"a":{"x":1,"y":2},"b":1.0}"#), actual: try value(#"{"a":{"y":2,"x":1},"b":2}"#))
        #expect(difference?.pointer.description == "/b")
        #expect(difference?.kind == .changed)
    }

    @Test func reportsReorderedMembersAndRespelledNumbersWhenEqualAsJSON() throws {
        let reordered = JSONDifference.first(
            expected: try value(#"{"a":{"x":1,"y":2}}"#), actual: try value(#"{"a":{"y":2,"x":1}}"#))
        #expect(reordered?.kind == .reordered)
        #expect(reordered?.isSemantic == false)
        #expect(
            reordered?.description
                == #"first difference at /a: the same members in another order; expected ["x", "y"], found ["y", "x"]"#)
        let respelled = JSONDifference.first(expected: try value("[1.0]"), actual: try value("[1]"))
        #expect(respelled?.kind == .respelled)
        #expect(respelled?.pointer.description == "/0")
    }

    @Test func aDifferenceAtTheRootSaysSo() throws {
        #expect(
            JSONDifference.first(expected: true, actual: false)?.description
                == "first difference at the root: expected true, found false")
    }
}
