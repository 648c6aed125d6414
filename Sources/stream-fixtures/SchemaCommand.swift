import StreamContracts
import StreamJSON

/// `stream-fixtures schema`: the kinds of the contract and the JSON Schema of each, as embedded in the tool.
enum SchemaCommand {
    static let usage = """
        USAGE: stream-fixtures schema --list
               stream-fixtures schema KIND

        --list prints every payload kind the contract knows (the names --kind and generate take),
        with its title. KIND prints that kind's JSON Schema (draft 2020-12) exactly as embedded in
        this tool, the same text as Schemas/KIND.schema.json, for use with any schema tool.

        """

    static func run(_ arguments: [String]) throws(UsageError) -> Int32 {
        let args = try Arguments(arguments, options: [], flags: ["--list", "--help"])
        if args.has("--help") {
            Console.out(usage)
            return Console.ok
        }
        let kinds = ContractSchemas.kinds.map(\.rawValue).sorted()
        if args.has("--list") {
            guard args.operands.isEmpty else { throw UsageError("schema --list takes no KIND") }
            var text = ""
            // The title column starts two spaces after the longest kind name, so no name is cut.
            let width = max(36, (kinds.map(\.count).max() ?? 0) + 2)
            for kind in kinds {
                let title = ContractSchemas.documents["\(kind).schema.json"]?["title"]?.stringValue ?? ""
                text += kind.padding(toLength: width, withPad: " ", startingAt: 0) + title + "\n"
            }
            Console.out(text)
            return Console.ok
        }
        guard args.operands.count == 1, let kind = args.operands.first else {
            throw UsageError("schema needs one KIND or --list")
        }
        guard kinds.contains(kind), let text = ContractSchemas.text(of: "\(kind).schema.json") else {
            throw UsageError("unknown kind '\(kind)'; known kinds: \(kinds.joined(separator: ", "))")
        }
        Console.out(text.hasSuffix("\n") ? text : text + "\n")
        return Console.ok
    }
}
