import Domain
import Foundation
import Testing

@Suite("Événements : saisie")
struct EventInputTests {
    static func input() -> EventInput {
        var input = EventInput()
        input.title = "Forum de l'emploi"
        input.kind = EventKind.jobDating.rawValue
        input.themes = [EventTheme.employment.rawValue]
        input.description = "Rencontres avec des employeurs."
        input.startDay = "2026-10-12"
        input.startTime = "14:00"
        input.endDay = "2026-10-12"
        input.endTime = "17:30"
        input.address = "Hôtel de ville"
        input.communeCode = "69266"
        input.audience = EventAudience.onRegistration.rawValue
        input.capacity = "40"
        input.accessibility = "Accessible en fauteuil roulant."
        input.organisers = [("Préfecture du Rhône", OrganiserKind.prefecture.rawValue, "organisateur")]
        return input
    }

    static let edition = (starts: CalendarDay(iso: "2026-10-12")!, ends: CalendarDay(iso: "2026-10-16")!)

    @Test func localTimesBecomeUTCInstantsOfTheDepartement() throws {
        var errors = FieldErrors()
        let valid = try #require(Self.input().validate(&errors, zone: .metropolitan, edition: Self.edition))
        // 12 October 2026 is in summer time: 14:00 in Lyon is 12:00 UTC.
        #expect(valid.startsAt == Date(timeIntervalSince1970: 1_791_806_400))
        #expect(valid.endsAt.timeIntervalSince(valid.startsAt) == 3.5 * 3600)
        var reunion = FieldErrors()
        let overseas = try #require(Self.input().validate(&reunion, zone: .departement("974"), edition: nil))
        #expect(overseas.startsAt == Date(timeIntervalSince1970: 1_791_806_400 - 2 * 3600))
    }

    @Test func anEventEndsAfterItStarts() {
        var input = Self.input()
        input.endTime = "14:00"
        var errors = FieldErrors()
        #expect(input.validate(&errors, zone: .metropolitan, edition: Self.edition) == nil)
        #expect(errors["eventEnd"] == "La fin doit suivre le début.")
    }

    @Test func anEventFallsInsideItsEdition() {
        var input = Self.input()
        input.endDay = "2026-10-17"
        var errors = FieldErrors()
        #expect(input.validate(&errors, zone: .metropolitan, edition: Self.edition) == nil)
        #expect(errors["eventStart"]?.contains("pendant l'édition, du 12 octobre 2026 au 16 octobre 2026") == true)
        var outside = FieldErrors()
        #expect(input.validate(&outside, zone: .metropolitan, edition: nil) != nil)
    }

    @Test func registrationNeedsACapacityAndBadValuesAreRefusedPerField() {
        var input = Self.input()
        input.capacity = ""
        input.startTime = "25:00"
        input.themes = []
        input.title = "Titre\u{0007}"
        input.organisers = [("Une entreprise", OrganiserKind.company.rawValue, "partenaire")]
        var errors = FieldErrors()
        #expect(input.validate(&errors, zone: .metropolitan, edition: Self.edition) == nil)
        #expect(errors["eventCapacity"]?.contains("de 1 à 100 000") == true)
        #expect(errors["eventStartTime"] == "Saisissez l'heure, par exemple 14:30.")
        #expect(errors["eventThemes"] == "Cochez au moins un thème.")
        #expect(errors["eventTitle"]?.contains("caractère invisible") == true)
        #expect(errors["organiserName-0"] == "Indiquez au moins un organisateur.")
    }

    @Test func aCopyKeepsItsLocalTimesAndStaysInsideTheNewEdition() throws {
        var errors = FieldErrors()
        let event = try #require(Self.input().validate(&errors, zone: .metropolitan, edition: nil))
        // From 12 October 2026 (summer time) to a Friday 364 days later, clamped into a three-day edition.
        let copy = EventCopy.shifted(
            event,
            byDays: 364,
            into: (CalendarDay(iso: "2027-10-11")!, CalendarDay(iso: "2027-10-13")!),
            zone: .metropolitan
        )
        #expect(copy.startDay == CalendarDay(iso: "2027-10-11"))
        #expect(LocalTime.metropolitan.clock(of: copy.startsAt) == (14, 0))
        let late = EventCopy.shifted(
            event,
            byDays: 370,
            into: (CalendarDay(iso: "2027-10-11")!, CalendarDay(iso: "2027-10-13")!),
            zone: .metropolitan
        )
        #expect(late.startDay == CalendarDay(iso: "2027-10-13"))
    }
}
