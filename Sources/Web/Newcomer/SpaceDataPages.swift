import Domain
import Foundation
import Persistence
import SafeHTML
import Services

/// "Mes données et mes droits": who read or changed the file, the downloads, and the data protection officer.
enum SpaceDataPages {
    static func rights(_ model: SpaceDataRights, _ page: SpacePageContext) -> HTML {
        let t = page.t
        let householdID = model.subject.household.id
        let zone = LocalTime.departement(model.subject.household.departement)
        return SpaceLayout.page(
            title: t(.dataTitle),
            page,
            main: .group(
                .h1(.text(t(.dataTitle))),
                .p(.text(t(.dataIntro))),
                .section(
                    .attribute(named: "aria-labelledby", value: "consultations"),
                    .h2(.id("consultations"), .text(t(.dataConsulted))),
                    .p(.text(t(.dataConsultedIntro))),
                    model.consultations.isEmpty
                        ? .p(.text(t(.dataConsultedNone)))
                        : .div(
                            .class("table-scroll"),
                            .table(
                                .caption(.text(t(.dataConsulted))),
                                .thead(
                                    .tr(
                                        .th(.attribute(named: "scope", value: "col"), .text(t(.dataColDate))),
                                        .th(.attribute(named: "scope", value: "col"), .text(t(.dataColWho))),
                                        .th(.attribute(named: "scope", value: "col"), .text(t(.dataColAction)))
                                    )
                                ),
                                .tbody(
                                    .forEach(model.consultations) { item in
                                        let (date, time) = t.when(item.event.occurredAt, zone: zone)
                                        return .tr(
                                            .td(.text(t(.appointmentWhen, ["date": date, "time": time]))),
                                            .td(.text(who(item.event, showsName: item.showsName, t))),
                                            .td(.text(t.label(auditAction: item.event.action)))
                                        )
                                    }
                                )
                            )
                        )
                ),
                .section(
                    .attribute(named: "aria-labelledby", value: "telecharger"),
                    .h2(.id("telecharger"), .text(t(.dataDownload))),
                    .ul(
                        .li(.a(.href(SiteRoute.spaceDataExport(householdID).path), .text(t(.dataDownloadPage)))),
                        .li(
                            .a(
                                .href(SiteRoute.spaceDataExportJSON(householdID).path),
                                .attribute(named: "download", value: "mes-donnees-parcours.json"),
                                .text(t(.dataDownloadJSON))
                            )
                        )
                    ),
                    .p(.class("hint"), .text(t(.dataDownloadNote)))
                ),
                .section(
                    .attribute(named: "aria-labelledby", value: "dpo"),
                    .h2(.id("dpo"), .text(t(.dataDPO))),
                    model.officers.isEmpty
                        ? .p(.text(t(.dataDPONone)))
                        : .group(
                            .p(.text(t(.dataDPOText))),
                            .ul(
                                .forEach(model.officers) { officer in
                                    .li(
                                        .text(officer.name + " – "),
                                        .a(
                                            .href("mailto:" + officer.email),
                                            .attribute(named: "dir", value: "ltr"),
                                            .text(officer.email)
                                        )
                                    )
                                }
                            )
                        ),
                    .p(.text(t(.dataCNIL)))
                )
            )
        )
    }

    /// "Référent AGIR, Accueil et Parcours Rhône", with the name only where `AuditDisclosure` allows.
    static func who(_ event: RecordConsultation, showsName: Bool, _ t: Translator) -> String {
        let arguments = [
            "role": t.label(role: event.role), "organisation": event.organisationName ?? "–",
            "name": event.accountName ?? "",
        ]
        return showsName && event.accountName != nil ? t(.dataWhoNamed, arguments) : t(.dataWho, arguments)
    }
}
