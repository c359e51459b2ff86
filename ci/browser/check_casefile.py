"""Issue 14, items 9 and 10: the household file's layout (summary first, sections by anchors, forms on demand, under
3 000 px at 1280 px for a household of five) and the corrections (appointment moved then cancelled, contact note
corrected, identity page), as the caseworker and the manager use them; axe on each page, screenshots with
--screenshots."""

import re
import time

from common import BASE, audit, check, login_with_keyboard, logout_with_keyboard, shot

HOUSEHOLD = "KOÇ Özlem"  # a household of five of the demo, followed by the demo caseworker
MAX_HEIGHT = 3000


def open_file(page):
    page.goto(BASE + "/menages?tous=1&recherche=" + HOUSEHOLD.split()[0])
    with page.expect_navigation():
        page.click(f"#resultats a:has-text('{HOUSEHOLD}')")
    return page.url.replace(BASE, "")


def layout(page, role):
    path = open_file(page)
    page.set_viewport_size({"width": 1280, "height": 900})
    height = page.evaluate("document.body.scrollHeight")
    check(f"dossier ({role}) : moins de {MAX_HEIGHT} px à 1280 px pour un ménage de cinq", height < MAX_HEIGHT, str(height))
    print(f"     hauteur du dossier ({role}, 1280 px) : {height} px", flush=True)
    summary_top = page.evaluate("document.querySelector('.file-summary').getBoundingClientRect().top")
    check(f"dossier ({role}) : le résumé dans le premier écran", summary_top < 900, str(summary_top))
    anchors = page.eval_on_selector_all("nav.file-sections a", "els => els.map(e => e.getAttribute('href'))")
    missing = [a for a in anchors if page.locator(a).count() != 1]
    check(f"dossier ({role}) : chaque lien de section mène à sa section", anchors and not missing, str(missing))
    closed = page.evaluate("[...document.querySelectorAll('details.form-disclosure')].every(d => !d.open)")
    check(f"dossier ({role}) : les formulaires s'ouvrent à la demande", closed)
    audit(page, f"dossier ({role})")
    shot(page, f"{role} dossier")
    return path


def appointment_changes(page, path):
    page.click("summary:has-text('Fixer un rendez-vous')")
    day = time.strftime("%Y-%m-%d", time.localtime(time.time() + 4 * 86400))
    page.fill("#champ-appointmentDay", day)
    page.fill("#champ-appointmentTime", "10:00")
    page.fill("#champ-appointmentPlace", "CONTROLE-NAVIGATEUR")
    with page.expect_navigation():
        page.click("button:has-text('Fixer le rendez-vous')")
    with page.expect_navigation():
        page.click("section:has(#rendez-vous) li:has-text('CONTROLE-NAVIGATEUR') a")
    audit(page, "rendez-vous : page")
    shot(page, "referent rendez-vous")
    page.fill("#champ-appointmentPlace", "")
    with page.expect_navigation():
        page.click("button:has-text('Déplacer le rendez-vous')")
    summary = page.locator("section:has(#deplacer) .error-summary")
    check("rendez-vous : l'erreur s'affiche à côté du formulaire de déplacement", summary.count() == 1)
    audit(page, "rendez-vous : erreur de déplacement")
    page.fill("#champ-appointmentTime", "15:30")
    page.fill("#champ-appointmentPlace", "CONTROLE-NAVIGATEUR déplacé")
    with page.expect_navigation():
        page.click("button:has-text('Déplacer le rendez-vous')")
    check("rendez-vous : déplacé, retour au dossier", "Rendez-vous déplacé." in page.content()
          and "15 h 30" in page.content(), page.url)
    with page.expect_navigation():
        page.click("section:has(#rendez-vous) li:has-text('CONTROLE-NAVIGATEUR') a")
    page.fill("#champ-cancelReason", "Contrôle du navigateur")
    with page.expect_navigation():
        page.click("button:has-text('Annuler le rendez-vous')")
    content = page.content()
    check("rendez-vous : annulé, gardé dans l'historique", "Rendez-vous annulé" in content
          and "Annulé : Contrôle du navigateur" in content, page.url)


def note_correction(page, path):
    page.goto(BASE + path)
    with page.expect_navigation():
        page.click("section:has(#entretiens) table a >> nth=0")
    audit(page, "entretien : page")
    shot(page, "referent entretien")
    note = page.input_value("#champ-contactNote")
    page.fill("#champ-contactNote", (note + " (corrigé par le contrôle)")[:500])
    with page.expect_navigation():
        page.click("button:has-text('Enregistrer la correction')")
    check("entretien : note corrigée, marquée comme telle", "(corrigé le" in page.content(), page.url)


def identity(page, path):
    page.goto(BASE + path)
    page.click("summary:has-text('Identité, coordonnées')")
    with page.expect_navigation():
        page.click("a:has-text(\"Corriger l'identité\") >> nth=0")
    audit(page, "identité : page")
    shot(page, "referent identite")
    page.fill("#champ-birthMonth", "13")
    with page.expect_navigation():
        page.click("button:has-text('Enregistrer la correction')")
    check("identité : message du champ, comme à la création", "Le mois de naissance est un nombre de 1 à 12"
          in page.content())
    audit(page, "identité : erreur")


def run(browser):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    # The manager first, on the demo as loaded; then the caseworker, whose changes add history to the file.
    if login_with_keyboard(page, "responsable"):
        layout(page, "responsable")
        top = page.evaluate("document.querySelector('.manager-actions').getBoundingClientRect().top")
        check("dossier (responsable) : actions du responsable en haut", top < 1200, str(top))
        logout_with_keyboard(page, "responsable")
    if login_with_keyboard(page, "referent"):
        path = layout(page, "referent")
        appointment_changes(page, path)
        note_correction(page, path)
        identity(page, path)
        logout_with_keyboard(page, "referent")
    page.close()
