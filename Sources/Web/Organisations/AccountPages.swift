import Domain
import Persistence
import SafeHTML

/// Administrator pages for accounts: the list, the create / edit form and the one-time password page.
enum AccountPages {
    static let home = Breadcrumb(label: "Accueil", route: .home)
    static let list = Breadcrumb(label: "Comptes", route: .accounts)

    static func list(_ rows: [AccountListRow], search: String, page: PageContext) -> HTML {
        Layout.page(
            title: "Comptes",
            page: page,
            breadcrumbs: [home, Breadcrumb(label: list.label, route: nil)],
            main: .group(
                .h1(.text("Comptes")),
                .p(
                    .a(.class("button"), .href(SiteRoute.accountNew.path), .text("Nouveau compte")),
                    .text(" "),
                    .if(!rows.isEmpty, .a(.href("#resultats"), .text("Aller à la liste des comptes")))
                ),
                .form(
                    .method(.get),
                    .action(SiteRoute.accounts.path + "#resultats"),
                    .class("search-form"),
                    .attribute(named: "role", value: "search"),
                    FormField.input(
                        name: "recherche",
                        label: "Nom, adresse e-mail ou organisation",
                        type: .search,
                        value: search
                    ),
                    .button(.type(.submit), .class("button"), .text("Rechercher"))
                ),
                rows.isEmpty
                    ? EmptyState.node(search.isEmpty ? "Aucun compte pour le moment." : "Aucun compte ne correspond.")
                    : .div(
                        .id("resultats"),
                        .attribute(named: "tabindex", value: "-1"),
                        .class("table-scroll"),
                        DataTable.node(
                            caption: FrenchNumber.count(rows.count, "compte"),
                            columns: [
                                "Nom", "Adresse e-mail", "Rôle", "Organisation", "Périmètre", "État",
                                "Dernière connexion", "Double authentification", "Action",
                            ],
                            rows: rows.map { row in
                                let summary = row.details.summary
                                return [
                                    DataTable.header(summary.displayName), DataTable.cell(summary.email),
                                    DataTable.cell(summary.role.label), DataTable.cell(summary.organisationName),
                                    DataTable.cell(summary.scope.label),
                                    DataTable.cell(
                                        (row.details.active ? "Actif" : "Désactivé")
                                            + (row.passwordRequested.map {
                                                " ; réinitialisation demandée le "
                                                    + AuditText.localTime($0, zone: .metropolitan)
                                            } ?? "")
                                    ),
                                    DataTable.cell(
                                        row.lastLogin.map { AuditText.localTime($0, zone: .metropolitan) } ?? "Jamais"
                                    ),
                                    DataTable.cell(row.secondFactor ? "Activée" : "Non"),
                                    DataTable.link(
                                        "Modifier",
                                        SiteRoute.account(summary.id).path,
                                        label: "Modifier \(summary.displayName)"
                                    ),
                                ]
                            }
                        )
                    )
            )
        )
    }

    /// The form; `account` is nil when creating.
    static func form(
        account: AccountDetails?,
        input: AccountInput,
        organisations: [Organisation],
        regions: [Region],
        errors: FieldErrors,
        page: PageContext
    ) -> HTML {
        let title = account == nil ? "Nouveau compte" : "Modifier le compte de \(account?.summary.displayName ?? "")"
        let action: SiteRoute = account.map { .accountUpdate($0.summary.id) } ?? .accountCreate
        return Layout.page(
            title: errors.isEmpty ? title : "Erreur – \(title)",
            page: page,
            breadcrumbs: [home, list, Breadcrumb(label: title, route: nil)],
            main: .group(
                .h1(.text(title)),
                FormField.errorSummary(errors),
                .form(
                    .method(.post),
                    .action(action.path),
                    .novalidate(),
                    CSRFField.node(page.csrfToken),
                    FormField.input(
                        name: "displayName",
                        label: "Prénom et nom",
                        value: input.displayName,
                        errors: errors,
                        required: true,
                        autocomplete: "off"
                    ),
                    FormField.input(
                        name: "email",
                        label: "Adresse e-mail (identifiant)",
                        type: .email,
                        value: input.email,
                        errors: errors,
                        required: true,
                        autocomplete: "off"
                    ),
                    FormField.select(
                        name: "organisationID",
                        label: "Organisation",
                        options: organisations.filter(\.active).map { ($0.id, "\($0.name) – \($0.kind.label)") },
                        selected: input.organisationID,
                        errors: errors
                    ),
                    FormField.select(
                        name: "role",
                        label: "Rôle",
                        options: Role.allCases.map { ($0.rawValue, $0.label) },
                        selected: input.role,
                        errors: errors
                    ),
                    FormField.select(
                        name: "scopeKind",
                        label: "Type de périmètre",
                        options: [
                            ("departements", "Un ou plusieurs départements"), ("region", "Une région"),
                            ("nation", "France entière"),
                        ],
                        selected: input.scopeKind,
                        hint:
                            "Référents, responsables, OFII, préfectures et partenaires : départements ; DREETS : région ; DGEF et administrateurs : France entière.",
                        errors: errors
                    ),
                    FormField.input(
                        name: "departements",
                        label: "Départements du périmètre",
                        value: input.departementCodes.joined(separator: ", "),
                        hint: "Codes séparés par des virgules, parmi ceux de l'organisation.",
                        errors: errors
                    ),
                    FormField.select(
                        name: "regionCode",
                        label: "Région du périmètre",
                        options: regions.map { ($0.code, $0.name) },
                        selected: input.regionCode,
                        errors: errors
                    ),
                    .button(.type(.submit), .class("button"), .text(account == nil ? "Créer le compte" : "Enregistrer"))
                ),
                .unwrap(account) { account in
                    .group(
                        .section(
                            .attribute(named: "aria-labelledby", value: "mot-de-passe"),
                            .h2(.id("mot-de-passe"), .text("Mot de passe")),
                            .p(
                                .text(
                                    "Réinitialiser le mot de passe ferme toutes les sessions du compte et affiche un mot de passe provisoire, une seule fois."
                                )
                            ),
                            ActionButton.node(
                                "Réinitialiser le mot de passe",
                                route: .accountResetPassword(account.summary.id),
                                csrf: page.csrfToken
                            )
                        ),
                        .section(
                            .attribute(named: "aria-labelledby", value: "etat"),
                            .h2(.id("etat"), .text(account.active ? "Désactiver" : "Réactiver")),
                            .p(
                                .text(
                                    account.active
                                        ? "Un compte désactivé ne peut plus se connecter ; ses sessions sont fermées et son historique est conservé."
                                        : "Ce compte est désactivé."
                                )
                            ),
                            account.active
                                ? Confirmation.action(
                                    "Désactiver le compte",
                                    confirm: "Je confirme la désactivation de ce compte",
                                    route: .accountDeactivate(account.summary.id),
                                    csrf: page.csrfToken
                                )
                                : ActionButton.node(
                                    "Réactiver le compte",
                                    route: .accountReactivate(account.summary.id),
                                    csrf: page.csrfToken
                                )
                        )
                    )
                }
            )
        )
    }

    /// Shows a password once, after creation or reset.
    static func password(account: AccountDetails, password: String, created: Bool, page: PageContext) -> HTML {
        let title = created ? "Compte créé" : "Mot de passe réinitialisé"
        return Layout.page(
            title: title,
            page: page,
            breadcrumbs: [home, list, Breadcrumb(label: title, route: nil)],
            main: .div(
                .class("narrow"),
                .h1(.text(title)),
                .div(
                    .class("flash flash-success"),
                    .attribute(named: "role", value: "status"),
                    .p(
                        .text(
                            "\(account.summary.displayName) (\(account.summary.email)) peut se connecter avec ce mot de passe provisoire :"
                        )
                    )
                ),
                .p(.class("secret"), .code(.text(password))),
                .p(
                    .text(
                        "Transmettez-le par un canal sûr, de vive voix de préférence. Il ne sera plus affiché ; la personne le changera depuis son compte."
                    )
                ),
                .p(.a(.href(SiteRoute.accounts.path), .text("Revenir à la liste des comptes")))
            )
        )
    }
}
