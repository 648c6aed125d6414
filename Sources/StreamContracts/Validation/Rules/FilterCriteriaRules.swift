import StreamEvents
import StreamJSON

/// The rules of a mapping's `FilterCriteria` (EventContract §C.6): what Lambda rejects when the mapping is created or
/// updated, found by parsing each pattern with `EventPattern`, the same parser `EventFilter` runs.
enum FilterCriteriaRules: Int, RuleGroup {
    case pattern, filterQuota, filterCount

    static let descriptors: [RuleDescriptor] = describingAllCases()

    static func describe(_ rule: Self) -> RuleDescriptor {
        switch rule {
        case .pattern:
            RuleDescriptor(
                id: "esm.filter-pattern", severity: .error, kinds: RuleKinds.mappings,
                summary: "each FilterCriteria pattern is a valid event-filtering pattern; Lambda rejects the mapping",
                section: "C.6")
        case .filterQuota:
            RuleDescriptor(
                id: "esm.filter-quota", severity: .warning, kinds: RuleKinds.mappings,
                summary: "more than 5 filters needs a raised quota (at most 10)", section: "C.6")
        case .filterCount:
            RuleDescriptor(
                id: "esm.filter-count", severity: .error, kinds: RuleKinds.mappings,
                summary: "a mapping has at most 10 filters, even with a raised quota", section: "C.6")
        }
    }
}

extension RuleContext {
    /// Rules for `FilterCriteria.Filters`: the count, and every pattern parsed. A pattern over 4,096 characters is the
    /// schema's finding (`maxLength`), not reported again here.
    mutating func checkFilterCriteria(_ mapping: Int) {
        guard let criteria = objectMember(mapping, Array("FilterCriteria".utf8)),
            let filters = arrayMember(criteria, Array("Filters".utf8))
        else { return }
        let count = document.childCount(filters)
        if count > EventFilter.largestMaximumFilterCount {
            report(
                FilterCriteriaRules.filterCount, at: filters,
                "FilterCriteria has \(count) filters; Lambda allows at most "
                    + "\(EventFilter.largestMaximumFilterCount) even with a quota increase")
        } else if count > EventFilter.defaultMaximumFilterCount {
            report(
                FilterCriteriaRules.filterQuota, at: filters,
                "FilterCriteria has \(count) filters; the default quota is \(EventFilter.defaultMaximumFilterCount) "
                    + "per mapping, so this needs a quota increase")
        }
        for filter in elements(filters) where document.kind(filter) == .object {
            guard let pattern = stringMember(filter, Array("Pattern".utf8)) else { continue }
            do {
                _ = try EventPattern(parsing: document.string(pattern))
            } catch  where error.reason == .tooLong {
                continue
            } catch {
                let place = error.pointer == .root ? "" : " at \(error.pointer)"
                report(
                    FilterCriteriaRules.pattern, at: pattern,
                    "the filter pattern is not valid\(place): \(error.message)")
            }
        }
    }
}
