import Domain
import Persistence
import SafeHTML
import Services

/// One application as its association sees it: the form while it is a draft (with its attachments), then its
/// numbered versions, the decision, the money and the financial reports.
enum ApplicationPage {
    static func render(
        _ file: ApplicationFile,
        served: [Int: ServedCounts],
        form: TypedForm,
        page: PageContext
    ) -> HTML {
        let application = file.application
        let title = application.title.isEmpty ? "Demande de subvention" : application.title
        return Layout.page(
            title: title,
            page: page,
            breadcrumbs: [
                Breadcrumb(label: "Subventions", route: .funding(.mine)), Breadcrumb(label: title, route: nil),
            ],
            main: .group(
                .h1(.text(title)),
                .p(
                    .class("lead"),
                    .text(
                        "Appel à projets « \(file.call.content.title) » (\(file.call.organisationName)), clôture le "
                            + "\(file.call.content.closesOn.french). État : \(FundingStatusText.of(file))."
                    )
                ),
                FormField.errorSummary(form.errors),
                application.status == .draft
                    ? .group(
                        ApplicationFormView.node(file, form: form, page: page),
                        AttachmentsSection.node(file, editable: true, form: form, page: page)
                    )
                    : .group(
                        SubmissionsSection.node(file),
                        DecisionSection.node(file),
                        GrantMoneySection.node(file),
                        ReportsSection.node(file, served: served, namedAccess: true, form: form, page: page),
                        AttachmentsSection.node(file, editable: false, form: form, page: page),
                        .section(
                            .attribute(named: "aria-labelledby", value: "contenu-demande"),
                            .h2(.id("contenu-demande"), .text("Contenu de la demande déposée")),
                            ApplicationContentView.node(file.submissions.last?.values ?? application.values)
                        )
                    )
            )
        )
    }
}

/// The documents attached to an application, with the upload form while it is a draft.
enum AttachmentsSection {
    static func node(
        _ file: ApplicationFile,
        editable: Bool,
        form: TypedForm,
        page: PageContext
    )
        -> Node<HTML.BodyContext>
    {
        let required = file.call.content.documents
        return .section(
            .id("pieces"),
            .attribute(named: "aria-labelledby", value: "titre-pieces"),
            .h2(.id("titre-pieces"), .text("Pièces jointes")),
            .if(
                !required.isEmpty,
                .p(.text("Pièces exigées par l'appel : " + required.map(\.label).joined(separator: ", ") + "."))
            ),
            .forEach(required) { kind in
                .unwrap(form.errors["piece-\(kind.rawValue)"]) { message in
                    .p(.class("error-message"), .id("champ-piece-\(kind.rawValue)"), .text("Erreur : \(message)"))
                }
            },
            file.documents.isEmpty
                ? EmptyState.node("Aucune pièce jointe.")
                : .ul(
                    .forEach(file.documents) { document in
                        .li(
                            .a(
                                .href(SiteRoute.funding(.document(document.id)).path),
                                .text("\(document.kind.label) – \(document.fileName)")
                            ),
                            .text(
                                " (\(FrenchNumber.grouped(max(1, document.byteCount / 1024))) Ko, SHA-256 \(document.sha256.prefix(12))…) "
                            ),
                            .if(
                                editable,
                                ActionButton.node(
                                    "Retirer",
                                    route: .funding(.removeDocument(document.id)),
                                    csrf: page.csrfToken
                                )
                            )
                        )
                    }
                ),
            .if(editable, uploadForm(file, form: form, page: page))
        )
    }

    /// The file input's attributes; an error links its message.
    static func fileAttributes(invalid: Bool) -> [(StaticString, String?)] {
        var attributes: [(StaticString, String?)] = [
            ("type", "file"), ("id", "champ-pieceFile"), ("name", "pieceFile"),
            ("accept", "application/pdf,image/png,image/jpeg"),
        ]
        if invalid { attributes += [("aria-invalid", "true"), ("aria-describedby", "champ-pieceFile-erreur")] }
        return attributes
    }

    static func uploadForm(_ file: ApplicationFile, form: TypedForm, page: PageContext) -> Node<HTML.BodyContext> {
        let error = form.errors["pieceFile"]
        return .form(
            .method(.post),
            .action(SiteRoute.funding(.attach(file.application.id)).path),
            .enctype(.multipartData),
            .class("stacked-form"),
            .attribute(named: "aria-labelledby", value: "titre-ajout-piece"),
            .h3(.id("titre-ajout-piece"), .text("Joindre une pièce")),
            CSRFField.node(page.csrfToken),
            FormField.select(
                name: "pieceKind",
                label: "Nature de la pièce",
                options: DocumentKind.allCases.map { ($0.rawValue, $0.label) },
                selected: form.value("pieceKind"),
                errors: form.errors
            ),
            .div(
                .class(error == nil ? "field" : "field field-error"),
                .label(.for("champ-pieceFile"), .text("Fichier (PDF, PNG ou JPEG, 10 Mo au plus)")),
                .unwrap(error) { .p(.class("error-message"), .id("champ-pieceFile-erreur"), .text("Erreur : \($0)")) },
                RawElement.input(fileAttributes(invalid: error != nil))
            ),
            .button(.type(.submit), .class("button button-secondary"), .text("Joindre la pièce"))
        )
    }
}

/// The frozen versions of an application, each printable.
enum SubmissionsSection {
    static func node(_ file: ApplicationFile) -> Node<HTML.BodyContext> {
        .section(
            .attribute(named: "aria-labelledby", value: "versions"),
            .h2(.id("versions"), .text("Demande n° \(file.application.number ?? "")")),
            .ul(
                .forEach(file.submissions) { submission in
                    .li(
                        .a(
                            .href(SiteRoute.funding(.submission(submission.id)).path),
                            .text(
                                "Version \(submission.version) déposée le "
                                    + (submission.submittedAt.map { LocalTime.metropolitan.day(of: $0).french } ?? "")
                                    + " (imprimable)"
                            )
                        )
                    )
                }
            )
        )
    }
}
