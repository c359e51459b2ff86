import Domain
import Foundation
import Persistence
import SampleData
import Services
import TestSupport
import Testing

@Suite("Accompagnement : accueil, contrat, entretiens, sortie")
struct CaseworkFlowTests {
    /// Refers Amina, has the manager assign her to the demo caseworker, signs in as that caseworker and returns
    /// the household file's path.
    static func assignedHousehold(_ browser: Browser) async throws -> String {
        let referral = try await ReferralFlowTests.refer(browser)
        try await browser.post("/deconnexion", form: [])
        try await browser.login(as: .responsable)
        let detail = try await browser.get(referral)
        let caseworker = try #require(detail.text.firstMatch(of: /<option value="([^"]+)">Camille Martin<\/option>/)?.1)
        try await browser.post(
            referral + "/decision",
            form: [("decision", "accepter"), ("caseworker", String(caseworker))]
        )
        try await browser.post("/deconnexion", form: [])
        try await browser.login(as: .referent)
        let list = try await browser.get("/menages")
        return String(try #require(list.text.firstMatch(of: /href="(\/menages\/[^"]+)"/)?.1))
    }

    @Test func aCaseworkerWalksTheSupportToAPositiveExit() async throws {
        try await TestApp.run { browser, _ in
            let path = try await Self.assignedHousehold(browser)
            let file = try await browser.get(path)
            #expect(file.text.contains("Enregistrer l&#39;entretien d&#39;accueil"))
            #expect(try await browser.post(path + "/accueil", form: [("welcomeDate", "2026-11-24")]).location == path)
            var page = try await browser.get(path)
            #expect(page.text.contains("24 novembre 2026"))
            #expect(page.text.contains("24 novembre 2028"))
            try await browser.post(path + "/contrat", form: [("contractDate", "2026-11-26")])
            try await browser.post(
                path + "/entretiens",
                form: [
                    ("contactDate", "2026-11-26"), ("contactMode", "presentiel"), ("contactMinutes", "60"),
                    ("contactAttendees", "Amina, interprète dari"), ("contactNote", "Ouverture des droits CAF"),
                ]
            )
            page = try await browser.get(path)
            #expect(page.text.contains("Signé le 26 novembre 2026"))
            #expect(page.text.contains("Ouverture des droits CAF"))
            let exit = try await browser.post(
                path + "/sortie",
                form: [
                    ("exitDate", "2026-11-27"), ("exitReason", "objectives_reached"),
                    ("exitHousing", "social_rental_lease"),
                    ("exitActivity", "cdd"), ("exitMonths", "6"),
                ]
            )
            #expect(exit.location == path)
            page = try await browser.get(path)
            #expect(page.text.contains("Sortie enregistrée : sortie positive."))
            #expect(page.text.contains("Sortie positive : logement et emploi ou formation durables."))
            // After the exit the file no longer changes.
            let late = try await browser.post(
                path + "/entretiens",
                form: [("contactDate", "2026-11-27"), ("contactMode", "telephone"), ("contactMinutes", "10")]
            )
            #expect(late.status == .conflict)
        }
    }

    @Test func theCaseworkersHomeListsNewAssignmentsAndDeadlines() async throws {
        try await TestApp.run { browser, _ in
            _ = try await Self.assignedHousehold(browser)
            let home = try await browser.get("/accueil")
            #expect(home.text.contains("Nouvelles affectations à accueillir"))
            #expect(home.text.contains("AHMADZAI Amina</a> – orienté le 20 novembre 2026"))
            // CIR signed on 2 November: contract due on 2 December, five days after 27 November.
            #expect(home.text.contains("<td>Contrat d&#39;engagement</td><td>2 décembre 2026</td>"))
        }
    }

    @Test func theMonthlyReportCountsTheOperatorsActivity() async throws {
        try await TestApp.run { browser, _ in
            let path = try await Self.assignedHousehold(browser)
            try await browser.get(path)
            try await browser.post(path + "/accueil", form: [("welcomeDate", "2026-11-24")])
            try await browser.get(path)
            try await browser.post(path + "/contrat", form: [("contractDate", "2026-11-26")])
            try await browser.post("/deconnexion", form: [])
            try await browser.login(as: .responsable)
            let report = try await browser.get("/rapport-mensuel?mois=2026-11")
            #expect(report.status == .ok)
            #expect(report.text.contains("<th scope=\"row\">Orientations reçues</th><td class=\"numeric\">1</td>"))
            // Referred on 20 November, welcomed on 24 November.
            #expect(report.text.contains("(jours)</th><td class=\"numeric\">4</td>"))
            #expect(report.text.contains("… dont dans le mois suivant le CIR</th><td class=\"numeric\">1 sur 1</td>"))
            let csv = try await browser.get("/rapport-mensuel.csv?mois=2026-11")
            #expect(csv.headers[.contentType] == "text/csv; charset=utf-8")
            #expect(csv.text.contains("Ménages en accompagnement en fin de mois;1"))
            let bad = try await browser.get("/rapport-mensuel?mois=novembre")
            #expect(bad.status == .unprocessableContent)
        }
    }

    @Test func aCddOfFiveMonthsIsNotAPositiveExit() async throws {
        try await TestApp.run { browser, _ in
            let path = try await Self.assignedHousehold(browser)
            try await browser.get(path)
            try await browser.post(path + "/accueil", form: [("welcomeDate", "2026-11-24")])
            try await browser.get(path)
            try await browser.post(
                path + "/sortie",
                form: [
                    ("exitDate", "2026-11-27"), ("exitReason", "moved"), ("exitHousing", "private_rental_lease"),
                    ("exitActivity", "cdd"), ("exitMonths", "5"),
                ]
            )
            let page = try await browser.get(path)
            #expect(page.text.contains("Sortie non positive au sens d&#39;AGIR."))
            #expect(page.text.contains("<th scope=\"row\">Emploi ou formation durable</th><td>Non</td>"))
        }
    }

    @Test func datesMustBePastAndInOrder() async throws {
        try await TestApp.run { browser, _ in
            let path = try await Self.assignedHousehold(browser)
            try await browser.get(path)
            let future = try await browser.post(path + "/accueil", form: [("welcomeDate", "2026-12-01")])
            #expect(future.status == .unprocessableContent)
            #expect(future.text.contains("ne peut pas être dans le futur"))
            let beforeReferral = try await browser.post(path + "/accueil", form: [("welcomeDate", "2026-11-19")])
            #expect(beforeReferral.text.contains("ne peut pas précéder l&#39;orientation"))
            try await browser.post(path + "/accueil", form: [("welcomeDate", "2026-11-24")])
            try await browser.get(path)
            let early = try await browser.post(path + "/contrat", form: [("contractDate", "2026-11-23")])
            #expect(early.text.contains("ne peut pas précéder l&#39;entretien d&#39;accueil"))
            let noMonths = try await browser.post(
                path + "/sortie",
                form: [
                    ("exitDate", "2026-11-27"), ("exitReason", "moved"), ("exitHousing", "hotel"),
                    ("exitActivity", "cdd"),
                ]
            )
            #expect(noMonths.text.contains("Indiquez la durée du CDD en mois"))
        }
    }

    @Test func anotherCaseworkerOfTheOperatorReadsButCannotWrite() async throws {
        try await TestApp.run { browser, app in
            let path = try await Self.assignedHousehold(browser)
            try await browser.post("/deconnexion", form: [])
            let organisations = try await OrganisationService(environment: app.services).list(actor: nil)
            let operatorID = try #require(organisations.first { $0.kind == .agirOperator }).id
            _ = try await AccountService(environment: app.services).create(
                AccountInput(
                    organisationID: operatorID,
                    email: "collegue@exemple.fr",
                    displayName: "Collègue",
                    role: "referent",
                    scopeKind: "departements",
                    departementCodes: ["69"],
                    regionCode: ""
                ),
                password: "mot de passe long et sur",
                actor: nil
            )
            try await browser.get("/connexion")
            try await browser.post(
                "/connexion",
                form: [("email", "collegue@exemple.fr"), ("password", "mot de passe long et sur")]
            )
            let file = try await browser.get(path)
            #expect(file.status == .ok)
            #expect(!file.text.contains("Enregistrer l&#39;entretien d&#39;accueil"))
            #expect(
                try await browser.post(path + "/accueil", form: [("welcomeDate", "2026-11-24")]).status == .forbidden
            )
        }
    }
}

@Suite("Diagnostic et section santé restreinte")
struct DiagnosisTests {
    @Test func theHealthSectionIsTheCaseworkersOnlyAndEveryReadIsLogged() async throws {
        try await TestApp.run { browser, app in
            let path = try await CaseworkFlowTests.assignedHousehold(browser)
            try await browser.get(path)
            try await browser.post(path + "/accueil", form: [("welcomeDate", "2026-11-24")])
            let file = try await browser.get(path)
            #expect(file.text.contains("Santé (section restreinte)"))
            let saved = try await browser.post(
                path + "/diagnostic",
                form: [
                    ("besoin-logement", "fort"), ("situation-logement", "Hébergée en CADA"), ("note-logement", ""),
                    ("besoin-sante", "moyen"), ("situation-sante", "Suivi en cours"), ("note-sante", ""),
                ]
            )
            #expect(saved.location == path)
            let page = try await browser.get(path)
            #expect(page.text.contains("Hébergée en CADA"))
            #expect(page.text.contains("Suivi en cours"))
            try await browser.post("/deconnexion", form: [])

            // The operator's manager opens the same file: no health section, and no health data.
            try await browser.login(as: .responsable)
            let managerView = try await browser.get(path)
            #expect(managerView.text.contains("Hébergée en CADA"))
            #expect(!managerView.text.contains("Suivi en cours"))
            #expect(!managerView.text.contains("Santé (section restreinte)"))

            let reads = try await app.database.read { sql in
                try await AuditRecords.search(AuditFilter(action: "sante.consultation"), limit: 10, offset: 0, in: sql)
            }
            #expect(reads.count == 1)
            #expect(reads.first?.accountEmail == "referent@demo.parcours.test")
            let updates = try await app.database.read { sql in
                try await AuditRecords.search(
                    AuditFilter(action: "accompagnement.diagnostic"),
                    limit: 10,
                    offset: 0,
                    in: sql
                )
            }
            #expect(updates.count == 2)
            #expect(updates.allSatisfy { !$0.changes.contains("Suivi en cours") && !$0.changes.contains("CADA") })
            #expect(updates.contains { $0.recordID.hasSuffix("/sante") && !$0.changes.contains("moyen") })
        }
    }

    @Test func aNeedLevelIsRequiredForAFilledDomain() async throws {
        try await TestApp.run { browser, _ in
            let path = try await CaseworkFlowTests.assignedHousehold(browser)
            try await browser.get(path)
            try await browser.post(path + "/accueil", form: [("welcomeDate", "2026-11-24")])
            try await browser.get(path)
            let response = try await browser.post(
                path + "/diagnostic",
                form: [("besoin-mobilite", ""), ("situation-mobilite", "Pas de permis"), ("note-mobilite", "")]
            )
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("Mobilité : choisissez le niveau de besoin."))
        }
    }
}

@Suite("Portefeuilles et transferts")
struct TransferTests {
    @Test func aManagerSeesCaseloadsAndTransfersAHouseholdWhoseHistoryFollows() async throws {
        try await TestApp.run { browser, app in
            let path = try await CaseworkFlowTests.assignedHousehold(browser)
            try await browser.get(path)
            try await browser.post(path + "/accueil", form: [("welcomeDate", "2026-11-24")])
            try await browser.post("/deconnexion", form: [])
            let organisations = try await OrganisationService(environment: app.services).list(actor: nil)
            let operatorID = try #require(organisations.first { $0.kind == .agirOperator }).id
            _ = try await AccountService(environment: app.services).create(
                AccountInput(
                    organisationID: operatorID,
                    email: "yanis@exemple.fr",
                    displayName: "Yanis Roux",
                    role: "referent",
                    scopeKind: "departements",
                    departementCodes: ["69"],
                    regionCode: ""
                ),
                password: "mot de passe long et sur",
                actor: nil
            )
            try await browser.login(as: .responsable)
            let all = try await browser.get("/menages")
            #expect(all.text.contains("Ménages en accompagnement (accueil fait) par référent"))
            #expect(all.text.contains(">Camille Martin</a></th><td class=\"numeric\">1</td>"))
            let file = try await browser.get(path)
            let yanis = try #require(file.text.firstMatch(of: /<option value="([^"]+)">Yanis Roux<\/option>/)?.1)
            let moved = try await browser.post(
                path + "/transfert",
                form: [("transferTo", String(yanis)), ("confirmer", "oui")]
            )
            #expect(moved.location == path)
            let after = try await browser.get(path)
            #expect(after.text.contains("Ménage transféré ; son dossier le suit."))
            #expect(after.text.contains("Référent</dt><dd>Yanis Roux"))
            #expect(after.text.contains("24 novembre 2026"))
            try await browser.post("/deconnexion", form: [])
            // The former caseworker still reads the file (same operator, same département) but no longer writes.
            try await browser.login(as: .referent)
            #expect(
                try await browser.post(path + "/contrat", form: [("contractDate", "2026-11-26")]).status == .forbidden
            )
        }
    }
}

@Suite("Membres du ménage")
struct HouseholdMemberTests {
    static let child: [(String, String)] = [
        ("relation", "enfant"), ("arrivedOn", "2026-11-25"), ("documentNames", "AHMADZAI Yasin"), ("usualNames", ""),
        ("birthYear", "2016"), ("birthMonth", ""), ("birthDay", ""), ("sex", "M"), ("nationality", "AF"),
        ("protection", ""), ("protectionDate", ""), ("cirSignatureDate", ""), ("agdref", ""),
        ("joiningRelative", "oui"),
    ]

    @Test func aJoiningRelativeIsAddedToTheHousehold() async throws {
        try await TestApp.run { browser, _ in
            let path = try await CaseworkFlowTests.assignedHousehold(browser)
            try await browser.get(path)
            let added = try await browser.post(path + "/membres", form: Self.child)
            #expect(added.location == path)
            let file = try await browser.get(path)
            #expect(file.text.contains("Membre ajouté au ménage."))
            #expect(file.text.contains("AHMADZAI Yasin</a> (enfant, arrivée le 25 novembre 2026)"))
        }
    }

    @Test func theSamePersonTwiceIsShownAsAPossibleDuplicate() async throws {
        try await TestApp.run { browser, _ in
            let path = try await CaseworkFlowTests.assignedHousehold(browser)
            try await browser.get(path)
            try await browser.post(path + "/membres", form: Self.child)
            try await browser.get(path)
            var again = Self.child.filter { $0.0 != "documentNames" }
            again.append(("documentNames", "Yaseen Ahmadzay"))
            let held = try await browser.post(path + "/membres", form: again)
            #expect(held.status == .unprocessableContent)
            #expect(held.text.contains("Un dossier ressemble à cette personne"))
            let forced = try await browser.post(path + "/membres", form: again + [("duplicatesReviewed", "oui")])
            #expect(forced.location == path)
        }
    }

    @Test func aMemberNeedsItsRelationAndIdentity() async throws {
        try await TestApp.run { browser, _ in
            let path = try await CaseworkFlowTests.assignedHousehold(browser)
            try await browser.get(path)
            let response = try await browser.post(path + "/membres", form: [("relation", ""), ("documentNames", "")])
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("Choisissez le lien avec la personne de référence."))
            #expect(response.text.contains("tels qu&#39;ils figurent sur les documents"))
        }
    }
}

@Suite("Plan d'accompagnement")
struct PlanTests {
    @Test func goalsAndActionsAreAddedFollowedAndLateOnesShowOnTheHomePage() async throws {
        try await TestApp.run { browser, _ in
            let path = try await CaseworkFlowTests.assignedHousehold(browser)
            try await browser.get(path)
            try await browser.post(path + "/accueil", form: [("welcomeDate", "2026-11-24")])
            var file = try await browser.get(path)
            let goal = try await browser.post(
                path + "/objectifs",
                form: [("goalDomain", "logement"), ("goalPerson", ""), ("goalTitle", "Accéder à un logement social")]
            )
            #expect(goal.location == path)
            file = try await browser.get(path)
            #expect(file.text.contains("Logement : Accéder à un logement social (tout le ménage)"))
            let goalID = try #require(
                file.text.firstMatch(of: /<option value="([^"]+)">Accéder à un logement social<\/option>/)?.1
            )
            let partner = try #require(
                file.text.firstMatch(of: /<option value="([^"]+)">Association Entraide Rhône \(démo\)<\/option>/)?.1
            )
            let missing = try await browser.post(
                path + "/actions",
                form: [
                    ("actionGoal", String(goalID)), ("actionDescription", "Dossier SIAO"),
                    ("actionActor", "partenaire"),
                    ("actionPartner", ""), ("actionDue", ""),
                ]
            )
            #expect(missing.status == .unprocessableContent)
            #expect(missing.text.contains("Choisissez l&#39;organisation partenaire qui agit."))
            try await browser.post(
                path + "/actions",
                form: [
                    ("actionGoal", String(goalID)), ("actionDescription", "Déposer la demande de logement social"),
                    ("actionActor", "referent"), ("actionPartner", ""), ("actionDue", "2026-11-26"),
                ]
            )
            try await browser.post(
                path + "/actions",
                form: [
                    ("actionGoal", String(goalID)), ("actionDescription", "Dossier SIAO"),
                    ("actionActor", "partenaire"),
                    ("actionPartner", String(partner)), ("actionDue", "2026-12-15"),
                ]
            )
            file = try await browser.get(path)
            #expect(file.text.contains("26 novembre 2026 (en retard)"))
            #expect(file.text.contains("Un partenaire : Association Entraide Rhône (démo)"))
            let home = try await browser.get("/accueil")
            #expect(home.text.contains("Déposer la demande de logement social"))

            let action = try #require(
                file.text.firstMatch(of: /<option value="([^"]+)">Déposer la demande de logement social<\/option>/)?.1
            )
            try await browser.post(
                path + "/actions/suivi",
                form: [("actionID", String(action)), ("actionStatus", "faite"), ("actionOutcome", "Demande déposée")]
            )
            file = try await browser.get(path)
            #expect(file.text.contains("Demande déposée"))
            #expect(!file.text.contains("(en retard)"))
            #expect(try await browser.get("/accueil").text.contains("Aucune action en retard."))
        }
    }
}

@Suite("Rendez-vous et agenda iCalendar")
struct AppointmentTests {
    @Test func anAppointmentShowsInTheFileOnTodaysHomeAndInThePrivateCalendarFeed() async throws {
        try await TestApp.run { browser, _ in
            let path = try await CaseworkFlowTests.assignedHousehold(browser)
            try await browser.get(path)
            let bad = try await browser.post(
                path + "/rendez-vous",
                form: [
                    ("appointmentDay", "2026-11-27"), ("appointmentTime", "25:00"), ("appointmentMinutes", "45"),
                    ("appointmentPlace", ""),
                ]
            )
            #expect(bad.status == .unprocessableContent)
            #expect(bad.text.contains("Saisissez la date et l&#39;heure du rendez-vous"))
            #expect(bad.text.contains("Saisissez le lieu."))
            try await browser.post(
                path + "/rendez-vous",
                form: [
                    ("appointmentDay", "2026-11-27"), ("appointmentTime", "14:30"), ("appointmentMinutes", "45"),
                    ("appointmentPlace", "Permanence de Villeurbanne"),
                ]
            )
            let file = try await browser.get(path)
            #expect(
                file.text.contains(
                    ">27 novembre 2026 à 14 h 30</a> (45 min) – Permanence de Villeurbanne"
                )
            )
            let home = try await browser.get("/accueil")
            #expect(home.text.contains("Rendez-vous du jour"))
            #expect(home.text.contains("14 h 30"))

            try await browser.get("/compte")
            let created = try await browser.post("/compte/agenda", form: [])
            let feedPath = try #require(created.text.firstMatch(of: /http:\/\/[^\/<]+(\/agenda\/[A-Za-z0-9_-]+)/)?.1)
            try await browser.post("/deconnexion", form: [])
            let feed = try await browser.get(String(feedPath))
            #expect(feed.headers[.contentType] == "text/calendar; charset=utf-8")
            #expect(feed.text.hasPrefix("BEGIN:VCALENDAR\r\n"))
            // 14:30 to 15:15 in Lyon, in winter: 13:30 to 14:15 UTC; the file's link is absolute.
            #expect(feed.text.contains("DTSTART:20261127T133000Z\r\nDTEND:20261127T141500Z"))
            #expect(feed.text.contains("URL:http://"))
            #expect(feed.text.contains("LOCATION:Permanence de Villeurbanne"))
            #expect(!feed.text.contains("AHMADZAI"))
            #expect(try await browser.get("/agenda/lien-inconnu").status == .notFound)
        }
    }
}

@Suite("Liste des ménages : filtres, recherche, tri")
struct HouseholdListTests {
    @Test func theCaseloadFiltersByStageNameAndDeadline() async throws {
        try await TestApp.run { browser, app in
            try await DemoCasework(environment: app.services).load()
            try await browser.login(as: .referent)
            let (exitedCount, followed) = try await app.services.database.read { sql in
                (
                    try await sql.raw("SELECT COUNT(*) AS n FROM households WHERE stage = 'sortie'").first()?
                        .decode(column: "n", as: Int.self) ?? 0,
                    try await sql.raw(
                        "SELECT COUNT(*) AS n FROM households WHERE stage IN ('accompagnement', 'sortie')"
                    )
                    .first()?.decode(column: "n", as: Int.self) ?? 0
                )
            }
            let exited = try await browser.get("/menages?etape=sortie")
            #expect(exited.text.contains("<caption>\(exitedCount) ménages</caption>"))
            let search = try await browser.get("/menages?recherche=noori")
            #expect(search.text.contains("<caption>1 ménage</caption>"))
            #expect(search.text.contains("NOORI Abdul Rahman"))
            let none = try await browser.get("/menages?recherche=zzz")
            #expect(none.text.contains("Aucun ménage ne correspond à ces critères."))
            let byName = try await browser.get("/menages?tri=nom")
            let names = byName.text.matches(of: /href="\/menages\/[^"]+">([^<]+)<\/a>/).map { String($0.1) }
            #expect(names == names.sorted { SearchKey.fold($0) < SearchKey.fold($1) })
            // Every household the demo caseworker follows or followed, fifty on the first page.
            #expect(names.count == min(50, followed))
        }
    }
}
