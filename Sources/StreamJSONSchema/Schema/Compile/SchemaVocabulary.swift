// Which keyword vocabularies a schema resource uses, read from its meta-schema's `$vocabulary`.

/// The vocabularies in force for a schema resource.
///
/// A schema whose `$schema` names a custom meta-schema gets exactly the vocabularies that meta-schema declares:
/// without the validation vocabulary, `minimum` is just an unknown keyword; with format-assertion, `format`
/// asserts. The standard meta-schema (and any meta-schema the engine cannot find) means all of draft 2020-12.
struct SchemaVocabulary: Hashable, Sendable {
    var applicator = true
    var unevaluated = true
    var validation = true
    var formatAssertion = false

    static let standard = SchemaVocabulary()
}
