"""Browser checks for Parcours: axe-core audit and keyboard-only use of each page, in Debian's Chromium.

Usage: python3 ci/browser_checks.py http://127.0.0.1:PORT [--screenshots DIR]
Checks of each domain live in ci/browser/check_*.py (a run(browser) function each); shared helpers in ci/browser/common.py.
Prints one line per check and ends with "N passed, N failed"; exits 1 if any check failed.
"""

import glob
import importlib.util
import os
import sys
import time

import pyotp
from playwright.sync_api import sync_playwright

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "browser"))
from common import *  # noqa: E402,F401,F403  (check, audit, shot, BASE, ROLES… shared by every check module)
from common import results  # noqa: E402


def run_modules(browser):
    """Runs every ci/browser/check_*.py module's run(browser), in name order: one module per domain."""
    for path in sorted(glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), "browser", "check_*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        print(f"--- {os.path.basename(path)}", flush=True)
        module.run(browser)


def pathways(page):
    """Issue 5's walk: a provider declares a course, a caseworker enrols a person, the provider records attendance,
    the caseworker records a certificate and a civic exam and sees the requirement status change."""
    today = time.strftime("%Y-%m-%d")
    later = time.strftime("%Y-%m-%d", time.localtime(time.time() + 60 * 86400))
    login_with_keyboard(page, "partenaire")
    page.goto(BASE + "/formations")
    audit(page, "formations de l'organisme")
    page.fill("#champ-courseTitle", "Français vers le B1, test")
    page.select_option("#champ-courseLevel", "b1")
    page.fill("#champ-courseHours", "120")
    page.select_option("#champ-courseSlot", "soir")
    page.fill("#champ-courseCommune", "69266")
    page.fill("#champ-courseSeats", "0")
    page.fill("#champ-courseStart", today)
    page.fill("#champ-courseEnd", later)
    with page.expect_navigation():
        page.click("button:has-text('Déclarer la formation')")
    check("formation : erreur par champ", "Saisissez un nombre de places entre 1 et 200." in page.content(), page.url)
    audit(page, "formation en erreur")
    page.fill("#champ-courseSeats", "1")
    with page.expect_navigation():
        page.click("button:has-text('Déclarer la formation')")
    check("formation déclarée", "Formation déclarée" in page.content(), page.url)
    course_url = page.url
    audit(page, "formation sans inscrit")
    logout_with_keyboard(page, "partenaire")

    login_with_keyboard(page, "referent")
    page.goto(BASE + "/menages?etape=accompagnement")
    with page.expect_navigation():
        page.click("main table tbody a >> nth=0")
    with page.expect_navigation():
        page.click("a[aria-label^='Parcours de'] >> nth=0")
    pathway_url = page.url
    audit(page, "parcours d'une personne")
    check("parcours : graphique de progression", page.locator("svg[aria-labelledby='progression-titre progression-desc']").count() == 1)
    before = row_text(page, "Ce que la loi exige", "Carte de résident")
    check("exigences : carte de résident non remplie", "Conditions non remplies" in before, before)
    with page.expect_navigation():
        page.click("button[aria-label='Inscrire à : Français vers le B1, test']")
    check("inscription à la formation", "Inscription enregistrée." in page.content(), page.url)
    page.fill("#champ-examScore", "41")
    page.select_option("#champ-examVersion", "carte_resident")
    page.fill("#champ-examDate", today)
    page.fill("#champ-examCentre", "CCI Lyon")
    with page.expect_navigation():
        page.click("button:has-text(\"Enregistrer l'examen\")")
    check("examen civique : erreur par champ", "de 0 à 40" in page.content(), page.url)
    audit(page, "parcours en erreur")
    page.fill("#champ-examScore", "33")
    with page.expect_navigation():
        page.click("button:has-text(\"Enregistrer l'examen\")")
    check("examen civique enregistré", "Examen civique enregistré." in page.content(), page.url)
    logout_with_keyboard(page, "referent")

    login_with_keyboard(page, "partenaire")
    page.goto(course_url)
    audit(page, "formation avec inscrit")
    page.locator("input[id^='champ-hours-']").first.fill("40")
    with page.expect_navigation():
        page.click("button:has-text('Enregistrer pour') >> nth=0")
    check("présences enregistrées", "Présences enregistrées." in page.content(), page.url)
    logout_with_keyboard(page, "partenaire")

    login_with_keyboard(page, "referent")
    page.goto(pathway_url)
    check("parcours : heures suivies visibles", "40 h" in page.content(), page.url)
    page.select_option("#champ-proofKind", "tcf_irn")
    page.fill("#champ-proofDate", today)
    for skill in ["oral_comprehension", "written_comprehension", "oral_expression", "written_expression"]:
        page.select_option(f"#champ-proofLevel-{skill}", "b1")
    with page.expect_navigation():
        page.click("button:has-text('Enregistrer le justificatif')")
    after = row_text(page, "Ce que la loi exige", "Carte de résident")
    check("exigences : carte de résident remplie après la certification", "Conditions remplies" in after, after)
    audit(page, "parcours après certification")
    logout_with_keyboard(page, "referent")

    login_with_keyboard(page, "national")
    page.goto(BASE + "/pilotage/regles")
    audit(page, "règles d'exigence")
    with page.expect_navigation():
        page.click("a:has-text('Modifier') >> nth=0")
    audit(page, "modification d'un jeu de règles")
    logout_with_keyboard(page, "national")

    login_with_keyboard(page, "prefecture")
    page.goto(BASE + "/pilotage/departements/69/offre-linguistique")
    check("offre linguistique par commune", "Villeurbanne" in page.content(), page.url)
    audit(page, "offre linguistique")
    logout_with_keyboard(page, "prefecture")


def main():
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        page = browser.new_page()

        page.goto(BASE + "/connexion")
        audit(page, "page de connexion")
        skip_link_works(page, "connexion")

        page.goto(BASE + "/connexion")
        page.fill("#champ-email", "referent@demo.parcours.test")
        page.fill("#champ-password", "mauvais mot de passe")
        with page.expect_navigation():
            page.click("button[type=submit]")
        check("connexion refusée : message en français", "mot de passe incorrect" in page.content())
        audit(page, "connexion en erreur")

        page.goto(BASE + "/page-inexistante")
        check("page 404 en français", "Page introuvable" in page.content())
        audit(page, "page 404")

        page.goto(BASE + "/accessibilite")
        audit(page, "déclaration d'accessibilité")

        for role in ROLES:
            if not login_with_keyboard(page, role):
                continue
            audit(page, f"accueil {role}")
            skip_link_works(page, f"accueil {role}")
            logout_with_keyboard(page, role)

        login_with_keyboard(page, "prefecture")
        for path, name in [
            ("/referentiels", "référentiels"),
            ("/referentiels/communes?q=vaulx&departement=69", "recherche de communes"),
            ("/referentiels/communes?q=zzzz", "recherche sans résultat"),
            ("/referentiels/pays?page=2", "pays"),
            ("/agir/eligibilite", "éligibilité AGIR"),
            ("/agir/eligibilite?orientation=2025-03-10&departement=69&protection=refugee"
             "&date_protection=2024-01-01&date_cir=2025-03-01", "éligibilité AGIR : résultat"),
            ("/agir/eligibilite?orientation=2025-02-30&departement=", "éligibilité AGIR : erreurs"),
        ]:
            page.goto(BASE + path)
            audit(page, name)
        page.goto(BASE + "/referentiels/communes")
        reached = tab_until(page, "() => document.activeElement.id === 'champ-q'")
        page.keyboard.type("Villeurbanne")
        with page.expect_navigation():
            page.keyboard.press("Enter")
        check("clavier recherche de commune sans souris", reached and "69266" in page.content(), page.url)

        logout_with_keyboard(page, "prefecture")

        login_with_keyboard(page, "admin")
        for path, name in [
            ("/admin/organisations", "organisations"),
            ("/admin/organisations/nouvelle", "nouvelle organisation"),
            ("/admin/comptes", "comptes"),
            ("/admin/comptes/nouveau", "nouveau compte"),
            ("/compte", "mon compte"),
        ]:
            page.goto(BASE + path)
            audit(page, name)
        page.goto(BASE + "/admin/organisations/nouvelle")
        page.fill("#champ-siret", "73282932000075")
        with page.expect_navigation():
            page.click("main form button[type=submit]")
        check("organisation invalide : message par champ", "clé de contrôle est fausse" in page.content())
        audit(page, "organisation en erreur")

        # A forged form (its CSRF token replaced) is refused and changes nothing.
        page.goto(BASE + "/admin/organisations/nouvelle")
        page.fill("#champ-name", "Organisation forgée")
        page.select_option("#champ-kind", "association")
        page.evaluate("() => { document.querySelector('main input[name=_csrf]').value = 'jeton-forge'; }")
        with page.expect_navigation():
            page.click("main form button[type=submit]")
        check("CSRF : formulaire forgé refusé", "Formulaire refusé" in page.content())
        audit(page, "formulaire refusé")
        page.goto(BASE + "/admin/organisations")
        check("CSRF : rien n'a été écrit", "Organisation forgée" not in page.content())
        logout_with_keyboard(page, "admin")

        # The referral walk: OFII refers, the operator's manager accepts, the caseworker opens the file.
        login_with_keyboard(page, "ofii")
        page.goto(BASE + "/orientations")
        audit(page, "orientations (OFII)")
        page.goto(BASE + "/orientations/nouvelle")
        audit(page, "nouvelle orientation")
        page.fill("#champ-documentNames", "SAIDI Nour")
        page.fill("#champ-birthYear", "1999")
        page.select_option("#champ-sex", "F")
        page.select_option("#champ-nationality", "SY")
        page.select_option("#champ-protection", "refugee")
        page.fill("#champ-protectionDate", "2026-06-15")
        page.fill("#champ-cirSignatureDate", "2026-11-02")
        with page.expect_navigation():
            page.click("main form button[type=submit]")
        check("orientation créée et éligible", "Éligible à AGIR" in page.content(), page.url)
        audit(page, "orientation")
        referral_url = page.url
        logout_with_keyboard(page, "ofii")

        login_with_keyboard(page, "responsable")
        page.goto(referral_url)
        audit(page, "orientation à décider")
        page.select_option("#champ-caseworker", label="Camille Martin")
        with page.expect_navigation():
            page.click("button:has-text('Accepter et affecter')")
        check("orientation acceptée", "Orientation acceptée" in page.content(), page.url)
        page.goto(BASE + "/rapport-mensuel")
        audit(page, "rapport mensuel")
        check("rapport mensuel", "Orientations reçues" in page.content(), page.url)
        page.goto(BASE + "/menages?tous=1&etape=accompagnement")
        # The caseload also links each caseworker's name to their list: open the first household file.
        with page.expect_navigation():
            page.click("table a[href^='/menages/'] >> nth=0")
        check("dossier vu par le responsable", "Actions du responsable" in page.content()
              and "Transférer à un autre opérateur ou département" in page.content(), page.url)
        audit(page, "dossier vu par le responsable")
        logout_with_keyboard(page, "responsable")

        login_with_keyboard(page, "referent")
        page.goto(BASE + "/menages?etape=accompagnement&tri=nom")
        audit(page, "mes ménages filtrés")
        page.goto(BASE + "/menages?besoin=logement")
        audit(page, "mes ménages par besoin")
        page.goto(BASE + "/menages")
        audit(page, "mes ménages")
        check("le référent voit le ménage orienté", "SAIDI Nour" in page.content())
        with page.expect_navigation():
            page.click("a:has-text('SAIDI Nour')")
        audit(page, "dossier du ménage")
        check("dossier du ménage ouvert", "Membres du ménage" in page.content(), page.url)
        # The file's forms open on demand (issue 14, item 9): a summary names each one.
        page.click("summary:has-text(\"Enregistrer l'entretien d'accueil\")")
        page.select_option("#champ-entryHousing", "asylum_accommodation")
        page.select_option("#champ-entryActivity", "jobseeker_not_registered")
        with page.expect_navigation():
            page.click("button:has-text(\"Enregistrer l'entretien d'accueil\")")
        check("entretien d'accueil enregistré", "le ménage entre en accompagnement" in page.content(), page.url)
        check("situation à l'entrée", "Demandeur d'emploi non inscrit à France Travail" in page.content(), page.url)
        page.click("summary:has-text('Enregistrer un jalon')")
        page.select_option("#champ-milestoneHousing", "social_residence")
        with page.expect_navigation():
            page.click("button:has-text('Enregistrer : changement de logement')")
        check("jalon de logement", "Logement : Résidence sociale" in page.content(), page.url)
        page.click("summary:has-text('Enregistrer un jalon')")
        page.select_option("#champ-milestoneRight", "caf")
        with page.expect_navigation():
            page.click("button:has-text('Enregistrer : droit ouvert')")
        check("jalon de droit", "Droits CAF ouverts" in page.content(), page.url)
        audit(page, "dossier avec jalons")
        page.click("summary:has-text('Identité, coordonnées')")
        with page.expect_navigation():
            page.click("a:has-text('Modifier') >> nth=0")
        page.fill("#champ-languages", "arabe, anglais")
        page.fill("#champ-cafNumber", "1234567")
        with page.expect_navigation():
            page.click("button:has-text('Enregistrer les coordonnées')")
        check("coordonnées enregistrées", "CAF 1234567" in page.content(), page.url)
        page.click("summary:has-text('Identité, coordonnées')")
        with page.expect_navigation():
            page.click("a:has-text('Chercher des doublons') >> nth=0")
        audit(page, "doublons possibles d'un membre")
        page.click("summary:has-text('le diagnostic')")
        page.select_option("#champ-besoin-logement", "fort")
        page.fill("#champ-situation-logement", "Hébergée en CADA")
        with page.expect_navigation():
            page.click("button:has-text('Enregistrer le diagnostic')")
        check("diagnostic enregistré", "Diagnostic enregistré." in page.content(), page.url)
        audit(page, "dossier avec diagnostic")
        page.click("summary:has-text('Ajouter un objectif')")
        page.select_option("#champ-goalDomain", "logement")
        page.fill("#champ-goalTitle", "Accéder à un logement social")
        with page.expect_navigation():
            page.click("button:has-text(\"Ajouter l'objectif\")")
        page.click("summary:has-text('Ajouter une action')")
        page.select_option("#champ-actionGoal", label="Accéder à un logement social")
        page.fill("#champ-actionDescription", "Déposer la demande de logement social")
        page.select_option("#champ-actionActor", "referent")
        with page.expect_navigation():
            page.click("button:has-text(\"Ajouter l'action\")")
        check("plan : objectif et action", "Déposer la demande de logement social" in page.content(), page.url)
        audit(page, "dossier avec plan")
        page.click("summary:has-text('Ajouter un entretien')")
        page.select_option("#champ-contactMode", "presentiel")
        page.fill("#champ-contactNote", "Ouverture des droits CAF")
        with page.expect_navigation():
            page.click("button:has-text(\"Ajouter l'entretien\")")
        check("entretien ajouté", "Ouverture des droits CAF" in page.content(), page.url)
        audit(page, "dossier avec entretien")
        page.click("summary:has-text('Enregistrer la sortie')")
        page.select_option("#champ-exitReason", "objectives_reached")
        page.select_option("#champ-exitHousing", "social_rental_lease")
        page.select_option("#champ-exitActivity", "cdi")
        with page.expect_navigation():
            page.click("button:has-text('Enregistrer la sortie')")
        check("sortie positive", "Sortie enregistrée : sortie positive." in page.content(), page.url)
        audit(page, "dossier sorti")
        logout_with_keyboard(page, "referent")

        login_with_keyboard(page, "national")
        page.goto(BASE + "/pilotage/deploiement-agir")
        audit(page, "déploiement d'AGIR")
        page.goto(BASE + "/pilotage")
        check("tableau de bord national", page.url.endswith("/pilotage/france"), page.url)
        audit(page, "tableau de bord national")
        page.select_option("#champ-indicateur", "AGIR_ORIENTATIONS")
        with page.expect_navigation():
            page.click("button:has-text('Afficher')")
        check("carte : indicateur changé", "Carte : Orientations vers AGIR" in page.content(), page.url)
        page.click("summary:has-text('Les valeurs de la carte en tableau')")
        rhone = page.locator("details tr:has-text('Rhône (69)') td").first.inner_text()
        check("carte : tableau lisible", rhone.strip() != "", rhone)
        audit(page, "carte des orientations")
        with page.expect_navigation():
            page.click("table a:has-text('Auvergne-Rhône-Alpes')")
        audit(page, "tableau de bord régional")
        with page.expect_navigation():
            page.click("table a:has-text('Rhône')")
        check("tableau de bord départemental", "Comparaison par opérateur" in page.content(), page.url)
        audit(page, "tableau de bord départemental")
        page.goto(BASE + "/indicateurs")
        audit(page, "catalogue des indicateurs")
        page.goto(BASE + "/donnees-ouvertes")
        check("données ouvertes", "Rhône (69)" in page.content(), page.url)
        audit(page, "données ouvertes")
        logout_with_keyboard(page, "national")

        pathways(page)

        login_with_keyboard(page, "dpo")
        page.goto(BASE + "/audit")
        audit(page, "journal d'audit")
        logout_with_keyboard(page, "dpo")

        # The domains' walks run before the responsable enrols a second factor (their walks sign in without a code)
        # and before throttling locks the partner's account out for 15 minutes.
        run_modules(browser)

        # Two-factor login: enrol from the account page, then sign in again with a code.
        login_with_keyboard(page, "responsable")
        page.goto(BASE + "/compte/double-authentification")
        audit(page, "activation de la double authentification")
        key = page.inner_text("code.secret")
        check("double authentification : code QR affiché", page.locator(".qr svg").count() == 1)
        page.fill("#champ-code", pyotp.TOTP(key).now())
        with page.expect_navigation():
            page.click("main form button[type=submit]")
        check("double authentification : codes de secours affichés", page.locator(".recovery-codes li").count() == 10)
        audit(page, "codes de secours")
        logout_with_keyboard(page, "responsable")
        page.goto(BASE + "/connexion")
        page.fill("#champ-email", "responsable@demo.parcours.test")
        page.fill("#champ-password", PASSWORD)
        with page.expect_navigation():
            page.click("button[type=submit]")
        check("double authentification : code demandé", page.url.endswith("/connexion/code"), page.url)
        audit(page, "saisie du code")
        # A code is accepted once: wait for the next 30-second step after the one used at enrolment.
        time.sleep(31 - time.time() % 30)
        page.keyboard.type(pyotp.TOTP(key).now())
        with page.expect_navigation():
            page.keyboard.press("Enter")
        check("double authentification : connexion avec le code", page.url.endswith("/accueil"), page.url)
        logout_with_keyboard(page, "responsable")

        # Throttling: after five wrong passwords the account is refused with a French message.
        for _ in range(6):
            page.goto(BASE + "/connexion")
            page.fill("#champ-email", "partenaire@demo.parcours.test")
            page.fill("#champ-password", "pas le bon mot de passe")
            with page.expect_navigation():
                page.click("button[type=submit]")
        check("limitation : message après cinq échecs", "Trop de tentatives de connexion" in page.content())
        audit(page, "connexion limitée")
        browser.close()
    print(f"{results['passed']} passed, {results['failed']} failed")
    return 1 if results["failed"] else 0


if __name__ == "__main__":
    sys.exit(main())
