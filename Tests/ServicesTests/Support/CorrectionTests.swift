import Domain
import Foundation
import Persistence
import Services
import TestSupport
import Testing

/// Contact notes and identities corrected (issue 14, item 10b and 10c), called directly.
@Suite("Corrections : notes d'entretien et identités")
struct CorrectionTests {
    /// A welcomed household of the demo caseworker with one contact written by them.
    static func contact(_ fixture: CaseworkFixture) async throws -> (household: String, contact: String) {
        let household = try await fixture.household().householdID
        try await CaseworkService(environment: fixture.environment).addContact(
            householdID: household,
            date: fixture.today.iso,
            mode: ContactMode.phone.rawValue,
            minutes: "20",
            attendees: "",
            note: "Rendez-vous CAF le 3 décembre",
            actor: fixture.caseworker
        )
        let contacts = try await fixture.environment.database.read {
            try await CaseworkRecords.contacts(householdID: household, in: $0)
        }
        return (household, try #require(contacts.first).id)
    }

    static func audit(_ action: AuditAction, _ fixture: CaseworkFixture) async throws -> String? {
        try await fixture.environment.database.read { sql in
            try await sql.raw("SELECT changes FROM audit_events WHERE action = \(bind: action.rawValue)").first()?
                .decode(column: "changes", as: String.self)
        }
    }

    @Test func aCorrectedNoteKeepsItsPreviousTextWithWhoWroteItAndWhen() async throws {
        try await CaseworkFixture.run { fixture in
            let (household, contact) = try await Self.contact(fixture)
            let casework = CaseworkService(environment: fixture.environment)
            try await casework.correctNote(
                contactID: contact,
                revision: "0",
                note: "Rendez-vous CAF le 4 décembre",
                actor: fixture.caseworker
            )
            let page = try await casework.contactPage(contactID: contact, actor: fixture.manager)
            #expect(page.contact.note == "Rendez-vous CAF le 4 décembre")
            #expect(page.contact.correctedAt == fixture.time.now())
            #expect(page.contact.correctedBy == page.contact.author)
            let version = try #require(page.versions.first)
            #expect(version.note == "Rendez-vous CAF le 3 décembre" && version.writtenBy == page.contact.author)
            #expect(version.replacedAt == fixture.time.now())
            let file = try await HouseholdService(environment: fixture.environment).filePage(
                id: household,
                actor: fixture.caseworker
            )
            #expect(file.file.noteVersions[contact]?.count == 1)
            // The note is personal: the audit log says it changed, not what it said.
            let changes = try #require(try await Self.audit(.contactNoteCorrected, fixture))
            #expect(changes.contains("note") && !changes.contains("CAF"))
        }
    }

    @Test func aNoteIsCorrectedByItsAuthorOrAManagerOnly() async throws {
        try await CaseworkFixture.run { fixture in
            let (household, contact) = try await Self.contact(fixture)
            let casework = CaseworkService(environment: fixture.environment)
            try await casework.correctNote(
                contactID: contact,
                revision: "0",
                note: "Par la responsable",
                actor: fixture.manager
            )
            // Handed to another caseworker of the operator, who did not write the contact.
            let colleague = try await fixture.colleague()
            try await casework.transfer(householdID: household, to: colleague.id, actor: fixture.manager)
            #expect(try await casework.contactPage(contactID: contact, actor: colleague).canCorrect == false)
            await #expect(throws: DomainError.forbidden) {
                try await casework.correctNote(contactID: contact, revision: "1", note: "Autre", actor: colleague)
            }
            await #expect(throws: DomainError.forbidden) {
                try await casework.correctNote(contactID: contact, revision: "1", note: "Autre", actor: fixture.ofii)
            }
        }
    }

    @Test func aCorrectedNoteIsCheckedAsANoteAndOnTheVersionSeen() async throws {
        try await CaseworkFixture.run { fixture in
            let (_, contact) = try await Self.contact(fixture)
            let casework = CaseworkService(environment: fixture.environment)
            let long = await #expect(throws: DomainError.self) {
                try await casework.correctNote(
                    contactID: contact,
                    revision: "0",
                    note: String(repeating: "x", count: CaseworkInputs.maximumNoteLength + 1),
                    actor: fixture.caseworker
                )
            }
            guard case .invalid(let errors) = long else {
                Issue.record("\(String(describing: long))")
                return
            }
            #expect(errors["contactNote"] != nil)
            await #expect(throws: DomainError.self) {
                try await casework.correctNote(
                    contactID: contact,
                    revision: "3",
                    note: "Autre",
                    actor: fixture.caseworker
                )
            }
            #expect(try await fixture.count("contact_note_versions") == 0)
        }
    }

    @Test func anIdentityCorrectionIsAuditedWithPersonalFieldsMasked() async throws {
        try await CaseworkFixture.run { fixture in
            let (_, person) = try await fixture.household()
            var input = Self.identity()
            input.documentNames = "AHMADI Farida Gul"
            input.nationality = "SY"
            let outcome = try await PersonDetailsService(environment: fixture.environment).correctIdentity(
                personID: person,
                input: input,
                actor: fixture.caseworker
            )
            #expect(outcome.changed)
            let changes = try #require(try await Self.audit(.personIdentityCorrected, fixture))
            #expect(changes.contains("noms_documents") && !changes.contains("Farida"))
            #expect(changes.contains("\"AF\"") && changes.contains("\"SY\""))
        }
    }

    @Test func anIdentityCorrectionMovesTheDuplicateSearchKeysInTheSameTransaction() async throws {
        try await CaseworkFixture.run { fixture in
            let (household, person) = try await fixture.household()
            var input = Self.identity()
            input.documentNames = "KARIMI Leila"
            try await PersonDetailsService(environment: fixture.environment).correctIdentity(
                personID: person,
                input: input,
                actor: fixture.manager
            )
            let keys = try await fixture.environment.database.read {
                try await PersonIdentityRecords.nameKeys(personID: person, in: $0)
            }
            #expect(keys == PersonName(documentNames: "KARIMI Leila", usualNames: "").searchKeys)
            let found = try await HouseholdService(environment: fixture.environment).page(
                actor: fixture.manager,
                criteria: HouseholdFilter(search: "karimi").criteria(today: fixture.today, mine: false),
                limit: 10,
                offset: 0
            )
            #expect(found.households.map(\.id) == [household])
        }
    }

    @Test func anIdentityIsCheckedAsAtCreationAndNothingIsWrittenWhenWrong() async throws {
        try await CaseworkFixture.run { fixture in
            let (_, person) = try await fixture.household()
            var input = Self.identity()
            input.documentNames = ""
            input.birthYear = "1850"
            input.protectionDate = ""
            let error = await #expect(throws: DomainError.self) {
                try await PersonDetailsService(environment: fixture.environment).correctIdentity(
                    personID: person,
                    input: input,
                    actor: fixture.caseworker
                )
            }
            guard case .invalid(let errors) = error else {
                Issue.record("\(String(describing: error))")
                return
            }
            #expect(errors["documentNames"] != nil && errors["birthYear"] != nil && errors["protectionDate"] != nil)
            #expect(try await Self.audit(.personIdentityCorrected, fixture) == nil)
        }
    }

    @Test func onlyTheCaseworkerOrAManagerOfTheOperatorCorrectsAnIdentity() async throws {
        try await CaseworkFixture.run { fixture in
            let (_, person) = try await fixture.household()
            let service = PersonDetailsService(environment: fixture.environment)
            await #expect(throws: DomainError.forbidden) {
                try await service.correctIdentity(personID: person, input: Self.identity(), actor: fixture.ofii)
            }
            let paris = try await fixture.team(in: "75")
            await #expect(throws: DomainError.notFound) {
                try await service.correctIdentity(personID: person, input: Self.identity(), actor: paris.manager)
            }
            let colleague = try await fixture.colleague()
            await #expect(throws: DomainError.forbidden) {
                try await service.correctIdentity(personID: person, input: Self.identity(), actor: colleague)
            }
        }
    }

    /// The fixture's reference person as typed in the correction form.
    static func identity() -> PersonInput {
        var input = PersonInput()
        input.documentNames = "AHMADI Farida"
        input.birthYear = "1990"
        input.sex = "F"
        input.nationality = "AF"
        input.protection = ProtectionKind.refugee.rawValue
        input.protectionAuthority = "OFPRA"
        input.protectionDate = TestClock.today.adding(months: -3).iso
        return input
    }
}
