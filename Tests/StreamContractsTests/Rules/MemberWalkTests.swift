import Testing

@testable import StreamContracts

@Suite struct MemberWalkTests {
    /// What the walk over `targets` (a list of shapes) decides for a member `name`, by the shapes themselves: the
    /// general path `MemberWalk` replaces. Child lists are compared without repeats.
    private static func expected(
        _ targets: [Int], name: [UInt8], _ shapes: [MemberShapes.Shape]
    ) -> (declared: Bool, child: [Int]) {
        var declared = false
        var child: [Int] = []
        for target in targets {
            let shape = shapes[target]
            if let property = shape.properties.first(where: { $0.name == name }) {
                declared = true
                child += property.targets
            } else {
                if shape.required.contains(name) { declared = true }
                child += shape.additional
            }
        }
        return (declared, unique(child))
    }

    private static func unique(_ list: [Int]) -> [Int] {
        var result: [Int] = []
        for item in list where !result.contains(item) { result.append(item) }
        return result
    }

    /// The shapes of node `node`, or `[]` for `none`; `canReport` lists only.
    private static func list(_ node: Int32, _ walk: MemberWalk) -> [Int] {
        node == MemberWalk.none ? [] : walk.targets[Int(node)]
    }

    /// A child list as the walk sees it: empty when none of its shapes can report.
    private static func reportable(_ list: [Int], _ shapes: [MemberShapes.Shape]) -> [Int] {
        list.contains { shapes[$0].canReport } ? list : []
    }

    @Test func everyNodeAnswersAsItsShapesWould() {
        let walk = MemberWalk.shared
        let shapes = walk.shapes.shapes
        #expect(!walk.nodes.isEmpty)
        walk.withView { view in
            for (id, node) in view.nodes.enumerated() {
                let targets = walk.targets[id]
                #expect(targets.contains { shapes[$0].canReport })
                let anyDeclares = targets.contains { !shapes[$0].properties.isEmpty }
                let reports = anyDeclares && targets.allSatisfy { !shapes[$0].isMap }
                #expect(node.reports == reports)
                var names = targets.flatMap { shapes[$0].properties.map(\.name) + shapes[$0].required }
                names += [Array("notAMemberAnywhere".utf8), [], Array("x".utf8)]
                for name in names {
                    let want = Self.expected(targets, name: name, shapes)
                    let entry = name.withUnsafeBufferPointer { view.entry(node, named: $0) }
                    #expect((entry != nil) == want.declared, "\(String(decoding: name, as: UTF8.self))")
                    let child = entry?.child ?? node.otherChild
                    // From any starting position, the search finds the same entry.
                    for start in 0..<Int(node.entryCount) {
                        var hint = start
                        let found = name.withUnsafeBufferPointer { view.entry(node, named: $0, hint: &hint) }
                        #expect(found?.nameStart == entry?.nameStart)
                    }
                    #expect(Self.list(child, walk) == Self.reportable(want.child, shapes))
                }
                let longest = targets.map { shapes[$0].prefixItems.count }.max() ?? 0
                for position in 0...(longest + 1) {
                    let want = Self.unique(
                        targets.flatMap {
                            position < shapes[$0].prefixItems.count
                                ? shapes[$0].prefixItems[position] : shapes[$0].items
                        })
                    #expect(Self.list(view.child(node, at: position), walk) == Self.reportable(want, shapes))
                }
            }
        }
    }

    @Test func rootsAreTheKindsWhoseSchemasCanReport() {
        let walk = MemberWalk.shared
        let shapes = walk.shapes
        for (kind, root) in shapes.roots {
            if shapes.shapes[root].canReport {
                #expect(walk.roots[kind].map { walk.targets[Int($0)] } == [root], "\(kind)")
            } else {
                #expect(walk.roots[kind] == nil, "\(kind)")
            }
        }
    }

    @Test func unknownMembersAreReportedAtEveryDepth() throws {
        let document = RuleCases.kinesisMinimal
            .replacingOccurrences(
                of: #""kinesisSchemaVersion""#, with: #""extraKinesis": {"a": 1}, "kinesisSchemaVersion""#
            )
            .replacingOccurrences(of: #""eventSource":"#, with: #""extraRecord": [{"deep": 1}], "eventSource":"#)
            .replacingOccurrences(of: #""Records":"#, with: #""extraTop": 1, "Records":"#)
        let findings = try RuleBehaviourTests.check(document, .kinesisEvent)
        #expect(findings.map(\.rule) == Array(repeating: "contract.unknown-member", count: 3))
        #expect(
            findings.map(\.pointer.description) == [
                "/extraTop", "/Records/0/kinesis/extraKinesis", "/Records/0/extraRecord",
            ])
    }
}
