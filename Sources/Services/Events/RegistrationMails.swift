import Domain
import Foundation
import Persistence

/// The messages sent to people who register: confirmation, waiting list, a seat freed, an event cancelled. In
/// French, each with the event's day, time and place, and the cancel link where one applies.
enum RegistrationMails {
    /// Where the links of a message lead.
    struct Links {
        let event: String
        let cancel: String?
    }

    static func confirmation(
        _ event: EventRecord,
        to address: MailAddress,
        status: RegistrationStatus,
        links: Links
    ) -> MailMessage {
        let title = event.event.title
        let lead: String
        let subject: String
        switch status {
        case .waiting:
            subject = "Liste d'attente : \(title)"
            lead =
                "L'événement « \(title) » est complet : vous êtes sur la liste d'attente. Si une place se libère, "
                + "elle vous sera attribuée dans l'ordre des demandes et vous recevrez un courriel."
        default:
            subject = "Inscription confirmée : \(title)"
            lead = "Votre inscription à « \(title) » est confirmée."
        }
        return message(event, to: address, subject: subject, lead: lead, links: links)
    }

    static func promoted(_ event: EventRecord, to address: MailAddress, links: Links) -> MailMessage {
        message(
            event,
            to: address,
            subject: "Une place s'est libérée : \(event.event.title)",
            lead: "Une place s'est libérée : vous êtes maintenant inscrit(e) à « \(event.event.title) ».",
            links: links
        )
    }

    static func cancelled(_ event: EventRecord, to address: MailAddress) -> MailMessage {
        MailMessage(
            to: address,
            subject: "Événement annulé : \(event.event.title)",
            blocks: [
                .paragraph("Bonjour \(address.name ?? ""),".replacingOccurrences(of: " ,", with: ",")),
                .paragraph(
                    "L'événement « \(event.event.title) » prévu \(on(event)), est annulé. Votre inscription "
                        + "est close ; vous n'avez rien à faire."
                ),
                .paragraph(signature(event)),
            ]
        )
    }

    private static func message(
        _ event: EventRecord,
        to address: MailAddress,
        subject: String,
        lead: String,
        links: Links
    ) -> MailMessage {
        var blocks: [MailMessage.Block] = [
            .paragraph("Bonjour \(address.name ?? ""),".replacingOccurrences(of: " ,", with: ",")),
            .paragraph(lead),
            .paragraph("Quand : \(when(event))\nOù : \(event.event.address), \(event.communeName)"),
            .link(label: "Voir l'événement", url: links.event),
        ]
        if let cancel = links.cancel {
            blocks.append(.link(label: "Annuler mon inscription", url: cancel))
        }
        blocks.append(
            .paragraph(
                "Votre nom et votre adresse électronique ne servent qu'à cet événement ; ils sont effacés trois mois "
                    + "après lui."
            )
        )
        blocks.append(.paragraph(signature(event)))
        return MailMessage(to: address, subject: subject, blocks: blocks)
    }

    static func when(_ event: EventRecord) -> String {
        let zone = LocalTime.departement(event.departementCode)
        let span = EventTimeText.span(from: event.event.startsAt, to: event.event.endsAt, zone: zone)
        return EventTimeText.zoneNote(zone).map { "\(span) (\($0))" } ?? span
    }

    /// The span after "prévu": "le lundi 12 octobre 2026, de 14 h à 17 h", or "du lundi 12 … au mardi 13 …".
    static func on(_ event: EventRecord) -> String {
        let span = when(event)
        return span.hasPrefix("du ") ? span : "le " + span
    }

    static func signature(_ event: EventRecord) -> String {
        "Semaine de l'intégration – \(event.organisationName)"
    }
}
