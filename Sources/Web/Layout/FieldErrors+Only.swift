import Domain

extension FieldErrors {
    /// The messages of `fields` only: a page with several forms shows each form's errors next to it.
    func only(_ fields: Set<String>) -> FieldErrors {
        var kept = FieldErrors()
        for item in messages where fields.contains(item.field) { kept.add(item.field, item.message) }
        return kept
    }
}
