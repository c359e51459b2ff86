import Domain
import Persistence
import SafeHTML

extension MeetingPages {
    /// One meeting: participants, mechanisms, the indicators as they were, findings, decisions and follow-ups.
    static func detail(_ meeting: MeetingRecord, today: CalendarDay, page: PageContext) -> HTML {
        Layout.page(
            title: meeting.title,
            page: page,
            breadcrumbs: [
                Breadcrumb(label: "Rencontres territoriales", route: .events(.meetings)),
                Breadcrumb(label: meeting.title, route: nil),
            ],
            main: .group(
                .h1(.text(meeting.title)),
                .p(
                    .text(
                        "Rencontre \(meeting.scope.label.lowercased()) (\(meeting.territoryCode)) du "
                            + "\(meeting.heldOn.frenchWithFirst), \(meeting.place) · organisée par "
                            + meeting.organisationName
                    )
                ),
                DataTable.node(
                    caption: "Participants (\(FrenchNumber.grouped(meeting.participantCount)) en tout)",
                    columns: ["Catégorie", "Participants"],
                    rows: MeetingParticipantKind.allCases.compactMap { kind in
                        meeting.participants[kind].map {
                            [DataTable.header(kind.label), .td(.class("numeric"), .text(FrenchNumber.grouped($0)))]
                        }
                    }
                ),
                .h2(.text("Dispositifs examinés")),
                .ul(.forEach(meeting.mechanisms) { .li(.text($0.label)) }),
                .h2(.text("Constats")),
                meeting.findings.isEmpty
                    ? .p(.text("Aucun constat noté.")) : .ul(.forEach(meeting.findings) { .li(.text($0)) }),
                .h2(.text("Décisions")),
                MeetingPages.decisionsTable(
                    meeting.decisions,
                    today: today,
                    caption: "Décisions prises à cette rencontre"
                ),
                .if(
                    !meeting.followUps.isEmpty,
                    .group(
                        .h2(.text("Suivi des décisions précédentes")),
                        .ul(
                            .forEach(meeting.followUps) { followUp in
                                .li(
                                    .text(
                                        "« \(followUp.decision) » : \(followUp.status.label.lowercased())"
                                            + (followUp.note.isEmpty ? "" : " — \(followUp.note)")
                                    )
                                )
                            }
                        )
                    )
                ),
                .h2(.text("Indicateurs du territoire enregistrés avec la rencontre")),
                DataTable.node(
                    caption: "Indicateurs des 12 mois précédant l'enregistrement (effectifs inférieurs à 5 masqués)",
                    columns: ["Indicateur", "Valeur"],
                    rows: meeting.indicators.map {
                        [DataTable.header($0.label), .td(.class("numeric"), .text($0.value))]
                    }
                )
            )
        )
    }
}

extension CalendarDay {
    /// "4 mars 2026", "1er mars 2026".
    var frenchWithFirst: String { "\(EventTimeText.shortDay(self)) \(year)" }
}
