import Domain
import Foundation
import Persistence

extension StoryService {
    /// Submits (author), publishes, sends back or unpublishes (prefecture) a story.
    public func apply(_ action: StoryAction, storyID: String, note: String, actor: AccountSummary) async throws {
        var errors = FieldErrors()
        let note = errors.text(note, field: "storyReviewNote", kind: .note)
        guard errors.isEmpty else { throw DomainError.invalid(errors) }
        try await environment.database.write { sql in
            try await StoryRecords.lock(id: storyID, in: sql)
            guard let story = try await StoryRecords.find(id: storyID, in: sql), Self.canSee(actor, story) else {
                throw DomainError.notFound
            }
            let byPrefecture = EventAccess.isPrefecture(actor, of: story.departementCode)
            let state: StoryState
            switch StoryRules.next(from: story.state, action, byPrefecture: byPrefecture, consent: story.consentScope) {
            case .success(let value): state = value
            case .failure(let refusal): throw DomainError.conflict(refusal.message)
            }
            let shownNote = action == .returnToAuthor || action == .unpublish ? note : nil
            try await StoryRecords.setState(
                id: storyID,
                state,
                reviewNote: shownNote,
                at: environment.time.now(),
                in: sql
            )
            try await environment.audit(
                .storyStateChanged,
                recordType: "recit",
                id: storyID,
                before: ["etat": story.state.rawValue],
                after: ["etat": state.rawValue, "note": shownNote],
                actor: actor,
                in: sql
            )
        }
    }

    /// Records that the person withdrew their consent: the story leaves the public gallery in the same transaction,
    /// its text and the person's name are erased, and the withdrawal is audited.
    public func withdrawConsent(storyID: String, actor: AccountSummary) async throws {
        try await environment.database.write { sql in
            try await StoryRecords.lock(id: storyID, in: sql)
            guard let story = try await StoryRecords.find(id: storyID, in: sql), Self.canSee(actor, story) else {
                throw DomainError.notFound
            }
            guard story.state != .withdrawn else { return }
            let today = environment.time.today(inDepartement: story.departementCode)
            try await StoryRecords.withdraw(id: storyID, on: today, at: environment.time.now(), in: sql)
            try await environment.audit(
                .storyConsentWithdrawn,
                recordType: "recit",
                id: storyID,
                before: ["etat": story.state.rawValue, "texte": "present", "personne": story.personName],
                after: ["etat": StoryState.withdrawn.rawValue, "texte": "efface", "retrait_le": today.iso],
                personalFields: ["personne"],
                actor: actor,
                in: sql
            )
        }
    }

    /// The public gallery: published stories only, with no link to any case file.
    public func gallery() async throws -> [StoryRecord] {
        try await environment.database.read { try await StoryRecords.published(in: $0) }
    }

    /// One published story; nil for any other.
    public func publishedStory(id: String) async throws -> StoryRecord? {
        try await environment.database.read { sql in
            guard let story = try await StoryRecords.find(id: id, in: sql), story.state == .published else {
                return nil
            }
            return story
        }
    }
}
