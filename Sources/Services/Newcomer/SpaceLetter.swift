import Domain
import Foundation

/// The one-page letter that opens a person's space: their name, their personal code (shown once, never stored in
/// clear), until when it opens the space, and who to ask for help.
public struct SpaceLetter: Sendable, Equatable {
    public let personID: String
    public let householdID: String
    public let personName: String
    public let code: AccessCode
    /// The last day the code alone opens the space (its first sign-in), in the household's département.
    public let validUntil: CalendarDay
    public let language: SpaceLanguage
    public let caseworkerName: String?
    public let organisationName: String
    /// Whether access had been opened before (a reopening: the previous code and secret no longer work).
    public let reopened: Bool
    /// The address the letter was also queued for by e-mail, if any.
    public let mailedTo: String?

    /// The same letter, queued for `address`.
    func mailed(to address: String) -> SpaceLetter {
        SpaceLetter(
            personID: personID,
            householdID: householdID,
            personName: personName,
            code: code,
            validUntil: validUntil,
            language: language,
            caseworkerName: caseworkerName,
            organisationName: organisationName,
            reopened: reopened,
            mailedTo: address
        )
    }
}

/// A member of a household as the household file's section on personal spaces shows them.
public struct MemberSpace: Sendable, Equatable {
    public let personID: String
    public let name: String
    /// Whether the person is known to be an adult today (only adults may have a space).
    public let adult: Bool
    public let access: StoredAccessState
    public let unreadMessages: Int
}

/// Where a person's access stands, as agents see it.
public enum StoredAccessState: Sendable, Equatable {
    /// Never opened.
    case none
    /// Opened, the code not used yet; it expires at the end of this day.
    case awaitingFirstSignIn(until: CalendarDay, expired: Bool)
    /// The person chose a passphrase or a PIN.
    case active(since: CalendarDay, kind: SpaceSecretKind)
    /// Closed by an agent, or because the support ended.
    case closed
}
