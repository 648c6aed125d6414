// RFC 3986 §5.4 reference resolution examples.

import Testing

@testable import StreamJSONSchema

@Suite struct URIReferenceTests {
    static let base = URIReference("http://a/b/c/d;p?q")

    @Test(arguments: [
        ("g:h", "g:h"), ("g", "http://a/b/c/g"), ("./g", "http://a/b/c/g"), ("g/", "http://a/b/c/g/"),
        ("/g", "http://a/g"), ("//g", "http://g"), ("?y", "http://a/b/c/d;p?y"), ("g?y", "http://a/b/c/g?y"),
        ("#s", "http://a/b/c/d;p?q#s"), ("g#s", "http://a/b/c/g#s"), ("g?y#s", "http://a/b/c/g?y#s"),
        (";x", "http://a/b/c/;x"), ("g;x", "http://a/b/c/g;x"), ("", "http://a/b/c/d;p?q"), (".", "http://a/b/c/"),
        ("./", "http://a/b/c/"), ("..", "http://a/b/"), ("../", "http://a/b/"), ("../g", "http://a/b/g"),
        ("../..", "http://a/"), ("../../", "http://a/"), ("../../g", "http://a/g"),
    ])
    func normalExamplesResolve(reference: String, expected: String) {
        #expect(URIReference(reference).resolved(against: Self.base).description == expected)
    }

    @Test(arguments: [
        ("../../../g", "http://a/g"), ("../../../../g", "http://a/g"), ("/./g", "http://a/g"), ("/../g", "http://a/g"),
        ("g.", "http://a/b/c/g."), (".g", "http://a/b/c/.g"), ("g..", "http://a/b/c/g.."), ("..g", "http://a/b/c/..g"),
        ("./../g", "http://a/b/g"), ("./g/.", "http://a/b/c/g/"), ("g/./h", "http://a/b/c/g/h"),
        ("g/../h", "http://a/b/c/h"), ("g;x=1/./y", "http://a/b/c/g;x=1/y"), ("g;x=1/../y", "http://a/b/c/y"),
        ("g?y/./x", "http://a/b/c/g?y/./x"), ("g#s/../x", "http://a/b/c/g#s/../x"),
    ])
    func abnormalExamplesResolve(reference: String, expected: String) {
        #expect(URIReference(reference).resolved(against: Self.base).description == expected)
    }

    @Test func componentsSplitTheSameInASCIIAndNonASCIIText() {
        let ascii = URIReference("HTTPS://example.com:8080/a/b.json?x=1:2#/$defs/c?d")
        #expect(ascii.scheme == "https" && ascii.authority == "example.com:8080" && ascii.path == "/a/b.json")
        #expect(ascii.query == "x=1:2" && ascii.fragment == "/$defs/c?d")
        let crlf = URIReference("a:b\r\n#f")
        #expect(crlf.scheme == "a" && crlf.path == "b\r\n" && crlf.fragment == "f")
        let accented = URIReference("https://exämple.com/é?q=ü#frag/ü")
        #expect(accented.authority == "exämple.com" && accented.path == "/é")
        #expect(accented.query == "q=ü" && accented.fragment == "frag/ü")
        // A delimiter followed by a combining mark is another character: it splits nothing.
        let combined = URIReference("https://e.com/a#\u{301}b")
        #expect(combined.fragment == nil && combined.path == "/a#\u{301}b")
        let noScheme = URIReference("é:b")
        #expect(noScheme.scheme == nil && noScheme.path == "é:b")
    }

    @Test func fragmentsResolveAgainstURNs() {
        let base = URIReference("urn:uuid:deadbeef-1234-ffff-ffff-4321feebdaed")
        #expect(
            URIReference("#/$defs/bar").resolved(against: base).description
                == "urn:uuid:deadbeef-1234-ffff-ffff-4321feebdaed#/$defs/bar")
    }

    @Test func percentEscapesDecodeAsUTF8() {
        #expect(URIReference.percentDecoded("/$defs/%25percent/caf%C3%A9") == "/$defs/%percent/café")
        #expect(URIReference.percentDecoded("100%") == "100%")
    }
}
