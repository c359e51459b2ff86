import Domain
import Foundation
import Persistence

/// A person signed in to their space (or choosing their secret after the code), as each request sees them.
public struct SpaceSession: Sendable, Equatable {
    public let personID: String
    public let householdID: String
    public let csrfToken: String
    public let stage: SpaceSessionStage
    public let language: SpaceLanguage
}

/// A session just opened: the secret cookie token and the session.
public struct OpenedSpaceSession: Sendable, Equatable {
    public let token: String
    public let session: SpaceSession
}
