@testable import Domain

/// The partial birth date of an ISO-like string that the test knows to be valid.
func birth(_ iso: String) -> PartialBirthDate {
    guard let value = PartialBirthDate(iso: iso) else { fatalError("Invalid test birth date \(iso)") }
    return value
}
