import Domain
import SafeHTML

/// The operator's monthly activity report, printable, with its CSV export.
enum ActivityReportPage {
    /// The report's lines, shared by the page and the CSV file.
    static func lines(_ activity: MonthlyActivity) -> [(label: String, value: String)] {
        let onTime =
            activity.contractsSigned == 0
            ? "–" : "\(activity.contractsOnTime) sur \(activity.contractsSigned)"
        return [
            ("Orientations reçues", String(activity.referralsReceived)),
            ("Orientations acceptées", String(activity.referralsAccepted)),
            ("Orientations refusées", String(activity.referralsDeclined)),
            ("Orientations en attente en fin de mois", String(activity.referralsPendingAtEnd)),
            ("Entretiens d'accueil (entrées en accompagnement)", String(activity.welcomeInterviews)),
            (
                "Délai médian orientation → entretien d'accueil (jours)",
                activity.medianDaysToWelcome.map(String.init) ?? "–"
            ),
            ("Contrats d'engagement signés", String(activity.contractsSigned)),
            ("… dont dans le mois suivant le CIR", onTime),
            ("Ménages en accompagnement en fin de mois", String(activity.inSupportAtEnd)),
            ("Entretiens de suivi", String(activity.contacts)),
            ("Sorties", String(activity.exits)),
            ("… dont sorties positives", String(activity.positiveExits)),
        ]
            + ExitReason.allCases.map {
                ("Sorties : \($0.label.lowercased())", String(activity.exitsByReason[$0.rawValue] ?? 0))
            }
    }

    static func render(_ activity: MonthlyActivity?, month: String, errors: FieldErrors, page: PageContext) -> HTML {
        Layout.page(
            title: "Rapport mensuel d'activité",
            page: page,
            breadcrumbs: [
                Breadcrumb(label: "Accueil", route: .home), Breadcrumb(label: "Rapport mensuel", route: nil),
            ],
            main: .group(
                .h1(.text("Rapport mensuel d'activité")),
                FormField.errorSummary(errors),
                .form(
                    .method(.get),
                    .action(SiteRoute.activityReport.path),
                    .class("search-form no-print"),
                    FormField.input(name: "mois", label: "Mois (AAAA-MM)", type: .month, value: month, errors: errors),
                    .button(.type(.submit), .class("button"), .text("Afficher"))
                ),
                .unwrap(activity) { activity in
                    .group(
                        .p(
                            .class("no-print"),
                            .a(
                                .href(SiteRoute.activityReportCSV.path(query: [("mois", activity.month)])),
                                .text("Télécharger en CSV")
                            ),
                            .text(" – pour imprimer, utilisez la fonction d'impression du navigateur.")
                        ),
                        DataTable.node(
                            caption: "Activité du \(activity.first.french) au \(activity.last.french)",
                            columns: ["Indicateur", "Valeur"],
                            rows: lines(activity).map {
                                [DataTable.header($0.label), .td(.class("numeric"), .text($0.value))]
                            }
                        )
                    )
                }
            )
        )
    }
}
