import Testing

@testable import StreamJSON

/// The parser's stack of open containers behaves as the `Array` it replaces: pushes and pops in any order, past its
/// initial room of 16, give the same `last`, `count` and popped containers.
@Suite struct OpenContainerStackTests {
    @Test func pushesAndPopsMatchAnArray() {
        var bits = TestRandom(seed: 0x57AC_C0DE)
        var stack = OpenContainerStack()
        defer { stack.release() }
        var reference: [OpenContainer] = []
        for step in 0..<20_000 {
            // Mostly pushes early on, so that the stack grows several times, then mostly pops.
            if bits.next() % 100 < (step < 10_000 ? 70 : 30) {
                let container = OpenContainer(
                    node: step, isObject: bits.next() % 2 == 0, enclosingCount: UInt32(truncatingIfNeeded: bits.next()))
                stack.append(container)
                reference.append(container)
            } else {
                let popped = stack.popLast()
                let expected = reference.popLast()
                #expect(popped?.node == expected?.node)
                #expect(popped?.isObject == expected?.isObject)
                #expect(popped?.enclosingCount == expected?.enclosingCount)
            }
            #expect(stack.count == reference.count)
            #expect(stack.last?.node == reference.last?.node)
        }
        while let expected = reference.popLast() {
            #expect(stack.popLast()?.node == expected.node)
        }
        #expect(stack.popLast() == nil)
        #expect(stack.last == nil)
    }
}
