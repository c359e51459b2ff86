import Domain
import Services
import TestSupport
import Testing

@Suite("Pages d'administration")
struct AdminPagesTests {
    @Test func anAdministratorCreatesAnOrganisationThenSeesItListed() async throws {
        try await TestApp.run { browser, _ in
            try await browser.login(as: .admin)
            try await browser.get("/admin/organisations/nouvelle")
            let created = try await browser.post(
                "/admin/organisations/nouvelle",
                form: [
                    ("name", "Cours de français du Rhône"), ("kind", "organisme_formation"),
                    ("siret", "732 829 320 00074"), ("rna", ""), ("departements", "69, 01"),
                ]
            )
            #expect(created.status == .seeOther)
            #expect(created.location == "/admin/organisations")
            let list = try await browser.get("/admin/organisations")
            #expect(list.text.contains("Organisation « Cours de français du Rhône » créée."))
            #expect(list.text.contains("73282932000074"))
            #expect(list.text.contains("01, 69"))
        }
    }

    @Test func badInputGetsAMessagePerFieldAndWritesNothing() async throws {
        try await TestApp.run { browser, _ in
            try await browser.login(as: .admin)
            try await browser.get("/admin/organisations/nouvelle")
            let response = try await browser.post(
                "/admin/organisations/nouvelle",
                form: [
                    ("name", ""), ("kind", "association"), ("siret", "73282932000075"), ("rna", "123"),
                    ("departements", "99"),
                ]
            )
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("Saisissez le nom de l&#39;organisation."))
            #expect(response.text.contains("clé de contrôle est fausse"))
            #expect(response.text.contains("W suivi de 9 chiffres"))
            #expect(response.text.contains("Le département « 99 » n&#39;existe pas."))
            #expect(response.text.contains("4 erreurs à corriger"))
            #expect(response.text.contains("value=\"73282932000075\""))
            let list = try await browser.get("/admin/organisations")
            #expect(list.text.contains("8 organisations"))
        }
    }

    @Test func anAdministratorCreatesAnAccountWhoThenLogsIn() async throws {
        try await TestApp.run { browser, app in
            try await browser.login(as: .admin)
            let organisations = try await OrganisationService(environment: app.services).list(actor: nil)
            let association = try #require(organisations.first { $0.kind == .association })
            try await browser.get("/admin/comptes/nouveau")
            let created = try await browser.post(
                "/admin/comptes/nouveau",
                form: [
                    ("displayName", "Lina Haddad"), ("email", "lina.haddad@exemple.fr"),
                    ("organisationID", association.id),
                    ("role", "partenaire"), ("scopeKind", "departements"), ("departements", "69"), ("regionCode", ""),
                ]
            )
            #expect(created.status == .ok)
            #expect(created.text.contains("Compte créé"))
            let password = try #require(created.text.firstMatch(of: /<code>([^<]+)<\/code>/)?.1)
            try await browser.post("/deconnexion", form: [])
            try await browser.get("/connexion")
            let login = try await browser.post(
                "/connexion",
                form: [("email", "lina.haddad@exemple.fr"), ("password", String(password))]
            )
            #expect(login.location == "/accueil")
            // The password the administrator saw is temporary: Lina chooses her own before anything else.
            #expect(try await browser.get("/accueil").location == "/compte")
            #expect(try await browser.get("/compte").text.contains("Choisissez votre mot de passe"))
            try await browser.post(
                "/compte/mot-de-passe",
                form: [
                    ("current", String(password)), ("new", "ma phrase de passe à moi"),
                    ("confirmation", "ma phrase de passe à moi"),
                ]
            )
            #expect(try await browser.get("/accueil").text.contains("Lina Haddad"))
        }
    }

    @Test func anAdministratorDeactivatesAnAccountWhoseSessionEnds() async throws {
        try await TestApp.run { browser, app in
            let accounts = try await AccountService(environment: app.services).list(actor: nil)
            let referent = try #require(accounts.first { $0.summary.role == .referent })
            try await browser.login(as: .admin)
            try await browser.get("/admin/comptes/\(referent.summary.id)")
            // Without the box ticked, nothing changes.
            try await browser.post("/admin/comptes/\(referent.summary.id)/desactivation", form: [])
            #expect(
                try await browser.get("/admin/comptes/\(referent.summary.id)").text.contains(
                    "Cochez la case pour confirmer la désactivation"
                )
            )
            let response = try await browser.post(
                "/admin/comptes/\(referent.summary.id)/desactivation",
                form: [("confirmer", "oui")]
            )
            #expect(response.location == "/admin/comptes/\(referent.summary.id)")
            let page = try await browser.get("/admin/comptes/\(referent.summary.id)")
            #expect(page.text.contains("Compte désactivé ; ses sessions sont fermées."))
            #expect(page.text.contains("Réactiver le compte"))
            try await browser.post("/deconnexion", form: [])
            let refused = try await browser.login(as: .referent)
            #expect(refused.status == .unprocessableContent)
        }
    }

    @Test func anAdministratorCannotDeactivateTheirOwnAccount() async throws {
        try await TestApp.run { browser, app in
            let accounts = try await AccountService(environment: app.services).list(actor: nil)
            let admin = try #require(accounts.first { $0.summary.role == .admin })
            try await browser.login(as: .admin)
            try await browser.get("/admin/comptes/\(admin.summary.id)")
            try await browser.post("/admin/comptes/\(admin.summary.id)/desactivation", form: [])
            let page = try await browser.get("/admin/comptes/\(admin.summary.id)")
            #expect(page.text.contains("Vous ne pouvez pas désactiver votre propre compte."))
        }
    }

    @Test func throttledLoginsGetAFrenchMessage() async throws {
        try await TestApp.run { browser, _ in
            for _ in 0..<LoginService.failuresPerAccount {
                try await browser.login(as: .referent, password: "mauvais mot de passe")
            }
            let response = try await browser.login(as: .referent)
            #expect(response.status == .tooManyRequests)
            #expect(response.text.contains("Trop de tentatives de connexion infructueuses"))
        }
    }
}

@Suite("Journal d'audit pour le DPO")
struct AuditPagesTests {
    @Test func theDataProtectionOfficerSearchesByAccountAndAction() async throws {
        try await TestApp.run { browser, _ in
            try await browser.login(as: .referent)
            try await browser.post("/deconnexion", form: [])
            try await browser.login(as: .dpo)
            let page = try await browser.get("/audit?compte=referent%40demo.parcours.test&action=session.ouverture")
            #expect(page.status == .ok)
            #expect(page.text.contains("1 événement."))
            #expect(page.text.contains("referent@demo.parcours.test (Référent AGIR)"))
            let all = try await browser.get("/audit")
            #expect(all.text.contains("Déconnexion"))
            // The operator's data protection officer sees the operator's accounts only.
            #expect(!all.text.contains("<td>Chargement des données de démonstration</td>"))
        }
    }

    @Test func aDataProtectionOfficerSeesOnlyTheirOrganisationsEvents() async throws {
        try await TestApp.run { browser, _ in
            try await browser.login(as: .prefecture)
            try await browser.post("/deconnexion", form: [])
            try await browser.login(as: .responsable)
            try await browser.post("/deconnexion", form: [])
            try await browser.login(as: .dpo)
            let page = try await browser.get("/audit?action=session.ouverture")
            #expect(page.text.contains("responsable@demo.parcours.test"))
            #expect(!page.text.contains("prefecture@demo.parcours.test"))
            let export = try await browser.get("/audit/export.csv")
            #expect(!export.text.contains("prefecture@demo.parcours.test"))
        }
    }

    @Test func periodsAreCheckedAndFilter() async throws {
        try await TestApp.run { browser, _ in
            try await browser.login(as: .dpo)
            let bad = try await browser.get("/audit?du=27%2F11%2F2026")
            #expect(bad.status == .unprocessableContent)
            #expect(bad.text.contains("Saisissez une date réelle au format AAAA-MM-JJ"))
            let past = try await browser.get("/audit?au=2026-11-26")
            #expect(past.text.contains("Aucun événement ne correspond"))
            let today = try await browser.get("/audit?du=2026-11-27&au=2026-11-27")
            #expect(today.text.contains("Connexion"))
        }
    }

    @Test func theExportIsACsvForFrenchSpreadsheets() async throws {
        try await TestApp.run { browser, _ in
            try await browser.login(as: .dpo)
            let export = try await browser.get("/audit/export.csv?action=session.ouverture")
            #expect(export.headers[.contentType] == "text/csv; charset=utf-8")
            #expect(Array(export.body.readableBytesView.prefix(3)) == [0xEF, 0xBB, 0xBF])
            let lines = export.text.dropFirst().split(separator: "\r\n")
            #expect(lines.first?.hasPrefix("numero;date_utc;compte;role") == true)
            #expect(lines.count == 2)
            #expect(lines.last?.contains("dpo@demo.parcours.test;dpo;") == true)
        }
    }
}
