import Domain
import Foundation
import SafeHTML
import Services

/// The person's data as a readable page, the same as the JSON file.
enum SpaceExportPage {
    static func render(_ export: SpaceExport, _ page: SpacePageContext) -> HTML {
        let t = page.t
        let person = export.person
        let zone = LocalTime.departement(export.household.departement)
        let identity: [(String, String?)] = [
            ("names", person.documentNames), ("usual", person.usualNames.isEmpty ? nil : person.usualNames),
            ("birth", person.birth), ("nationality", person.nationality),
            ("protection", person.protection.map { t.label(.protection, $0) }), ("agdref", person.agdref),
            ("languages", person.languages), ("phone", person.phone), ("email", person.email),
            ("ofpra", person.ofpraNumber), ("caf", person.cafNumber), ("france_travail", person.franceTravailID),
            ("social_security", person.socialSecurityNumber),
        ]
        let support: [(String, String?)] = [
            ("organisation", export.household.organisation), ("caseworker", export.household.caseworker),
            (
                "members",
                export.household.otherMembers.isEmpty ? nil : export.household.otherMembers.joined(separator: ", ")
            ),
        ]
        return SpaceLayout.page(
            title: t(.exportTitle),
            page,
            main: .group(
                .h1(.text(t(.exportTitle))),
                .p(.text(t(.exportIntro))),
                section("vous", t(.exportPerson), fields(identity, t)),
                section(
                    "accompagnement",
                    t(.exportHousehold),
                    .group(
                        fields(support, t),
                        .unwrap(export.household.welcomeInterview) {
                            .p(.text(t(.milestoneWelcome) + " · " + t.date($0)))
                        },
                        .unwrap(export.household.contractSigned) {
                            .p(.text(t(.milestoneContract) + " · " + t.date($0)))
                        }
                    )
                ),
                section(
                    "titres",
                    t(.exportTitles),
                    export.residenceTitles.isEmpty
                        ? .p(.text(t(.exportNone)))
                        : .ul(
                            .forEach(export.residenceTitles) { title in
                                .li(
                                    .span(
                                        .attribute(named: "lang", value: "fr"),
                                        .text(ResidenceTitleKind(rawValue: title.kind)?.label ?? title.kind)
                                    ),
                                    .text(
                                        " · " + t.date(title.validFrom)
                                            + (title.validTo.map { " – " + t.date($0) } ?? "")
                                    )
                                )
                            }
                        )
                ),
                section(
                    "rendez-vous",
                    t(.appointmentsTitle),
                    export.appointments.isEmpty
                        ? .p(.text(t(.exportNone)))
                        : .ul(
                            .forEach(export.appointments) { appointment in
                                .li(
                                    .text(
                                        LocalDateTime(stored: appointment.startsAt).map { t.when($0) }
                                            ?? appointment.startsAt
                                    ),
                                    .text(" · " + t(.appointmentPlace, ["place": appointment.place])),
                                    .text(
                                        AppointmentStatus(rawValue: appointment.status).map { " · " + t.label($0) }
                                            ?? ""
                                    )
                                )
                            }
                        )
                ),
                section(
                    "demarches",
                    t(.stepsTitle),
                    export.plan.isEmpty
                        ? .p(.text(t(.exportNone)))
                        : .ul(
                            .forEach(export.plan) { step in
                                .li(
                                    .text(
                                        (DiagnosisDomain(rawValue: step.domain).map { t.label($0) } ?? step.domain)
                                            + " · "
                                    ),
                                    .span(.attribute(named: "lang", value: "fr"), .text(step.action))
                                )
                            }
                        )
                ),
                section(
                    "messages",
                    t(.navMessages),
                    export.messages.isEmpty
                        ? .p(.text(t(.messagesNone)))
                        : .ul(
                            .forEach(export.messages) { message in
                                let (date, time) = t.when(message.sentAt, zone: zone)
                                let author =
                                    message.fromYou
                                    ? t(.messageFromYou, ["date": date, "time": time])
                                    : t(
                                        .messageFromCaseworker,
                                        ["name": t(.messageCaseworker), "date": date, "time": time]
                                    )
                                return .li(
                                    .p(.class("hint"), .text(author)),
                                    .p(.attribute(named: "dir", value: "auto"), .text(message.body))
                                )
                            }
                        )
                ),
                section(
                    "espace",
                    t(.exportAccess),
                    .unwrap(export.access) { access in
                        fields(
                            [
                                ("opened", t.when(access.openedAt, zone: zone).date),
                                ("activated", access.activatedAt.map { t.when($0, zone: zone).date }),
                                ("language", SpaceLanguage(code: access.language)?.nativeName),
                            ],
                            t
                        )
                    }
                )
            )
        )
    }

    private static func section(
        _ id: String,
        _ title: String,
        _ content: Node<HTML.BodyContext>
    ) -> Node<HTML.BodyContext> {
        .section(
            .attribute(named: "aria-labelledby", value: "copie-\(id)"),
            .h2(.id("copie-\(id)"), .text(title)),
            content
        )
    }

    private static func fields(_ fields: [(String, String?)], _ t: Translator) -> Node<HTML.BodyContext> {
        .dl(
            .class("details"),
            .forEach(fields.filter { $0.1 != nil }) { key, value in
                .group(
                    .dt(.text(t.label(.field, key))),
                    .dd(.attribute(named: "dir", value: "auto"), .text(value ?? ""))
                )
            }
        )
    }
}
