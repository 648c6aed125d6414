/// A usage error: the command line does not say something we can do. Exit code 64.
struct UsageError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// The parsed command line of one subcommand: options with values, flags, and operands.
///
/// Accepts `--name value`, `--name=value`, repeated options, `--` to end options, and `-` as
/// an operand (standard input). Every option must be declared, so a typo is a usage error
/// rather than silently ignored.
struct Arguments {
    private(set) var values: [String: [String]] = [:]
    private(set) var flags: Set<String> = []
    private(set) var operands: [String] = []

    /// Parses `arguments` given the names of options that take a value and of flags.
    init(_ arguments: some Sequence<String>, options: Set<String>, flags allowedFlags: Set<String>) throws(UsageError) {
        var iterator = arguments.makeIterator()
        var onlyOperands = false
        while let argument = iterator.next() {
            if onlyOperands || argument == "-" || !argument.hasPrefix("-") {
                operands.append(argument)
                continue
            }
            if argument == "--" {
                onlyOperands = true
                continue
            }
            var name = argument
            var inlineValue: String?
            if let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                inlineValue = String(argument[argument.index(after: equals)...])
            }
            if options.contains(name) {
                guard let value = inlineValue ?? iterator.next() else {
                    throw UsageError("option \(name) needs a value")
                }
                values[name, default: []].append(value)
            } else if allowedFlags.contains(name) {
                guard inlineValue == nil else { throw UsageError("option \(name) takes no value") }
                flags.insert(name)
            } else {
                let known = (options.union(allowedFlags)).sorted().joined(separator: ", ")
                throw UsageError("unknown option \(name); known options: \(known)")
            }
        }
    }

    /// The last value given for `name`, if any.
    func value(_ name: String) -> String? { values[name]?.last }

    /// Whether flag `name` was given.
    func has(_ name: String) -> Bool { flags.contains(name) }

    /// The value of `name` as one of `choices`, or `defaultValue`.
    func choice<T: RawRepresentable>(_ name: String, default defaultValue: T, from choices: [T]) throws(UsageError) -> T
    where T.RawValue == String {
        guard let text = value(name) else { return defaultValue }
        guard let chosen = choices.first(where: { $0.rawValue == text }) else {
            throw UsageError(
                "\(name) must be one of \(choices.map(\.rawValue).joined(separator: ", ")); found '\(text)'")
        }
        return chosen
    }

    /// The value of `name` as a positive integer within `range`, or `defaultValue`.
    func integer(_ name: String, default defaultValue: Int, in range: ClosedRange<Int>) throws(UsageError) -> Int {
        guard let text = value(name) else { return defaultValue }
        guard let number = Int(text), range.contains(number) else {
            throw UsageError(
                "\(name) must be a whole number from \(range.lowerBound) to \(range.upperBound); found '\(text)'")
        }
        return number
    }

    /// The value of `name` as a whole number, if given; its limits are the library's (the kind's options).
    func integer(_ name: String) throws(UsageError) -> Int? {
        guard let text = value(name) else { return nil }
        guard let number = Int(text) else { throw UsageError("\(name) must be a whole number; found '\(text)'") }
        return number
    }

    /// The value of `name` as a number, if given; its limits are the library's (the kind's options).
    func number(_ name: String) throws(UsageError) -> Double? {
        guard let text = value(name) else { return nil }
        guard let number = Double(text) else { throw UsageError("\(name) must be a number; found '\(text)'") }
        return number
    }
}
