"""Issue 15's walk, as the people would do it: the DDETS publishes a call, the association applies with an
attachment, the agent scores, the committee grants, the convention is signed, the advance paid, the report filed and
accepted, the balance paid; the département's steering page shows each figure move. axe-core on every new page."""

import os
import re
import tempfile
import time

from common import BASE, audit, check, login_with_keyboard, logout_with_keyboard, row_text, shot

YEAR = time.strftime("%Y")
TODAY = time.strftime("%Y-%m-%d")
STEERING = f"{BASE}/pilotage/credits/departements/69?annee={YEAR}"
EXECUTION = "Exécution par sous-action (€)"


def euros(text):
    """The amounts of a row, in cents: "1 234,50 €" → 123450."""
    found = re.findall(r"-?[\d\u202f\u00a0 ]+,\d{2}\u00a0€", text)
    return [int(re.sub(r"[^\d-]", "", amount)) for amount in found]


def totals(page):
    """(allocation, reserve, programmed, committed, paid, remaining to pay, available) of the Rhône this year."""
    page.goto(STEERING)
    return euros(row_text(page, EXECUTION, "Total"))


def submit(page, button):
    with page.expect_navigation():
        page.click(f"button:has-text(\"{button}\")")


def application_fields(page):
    values = {
        "org.address": "3 rue de la République, Lyon", "org.commune": "69123", "rep.last_name": "Moreau",
        "rep.first_name": "Inès", "rep.function": "Présidente", "rep.phone": "04 72 00 00 00",
        "rep.email": "presidence@entraide.example", "admin.public_aid": "60000", "org.financial_year_end": "31/12",
        "staff.members": "80", "staff.volunteers": "20", "staff.employees": "4", "staff.fte": "3",
        "project.title": "Français et emploi, test du navigateur", "project.objectives": "Atteindre A2 et un emploi.",
        "project.description": "Ateliers deux fois par semaine.", "project.public": "Signataires du CIR",
        "project.expected_people": "40", "project.communes": "69123", "project.start": f"{YEAR}-03-01",
        "project.end": f"{YEAR}-12-31", "indicator.1.label": "Personnes atteignant A2", "indicator.1.target": "20",
        "budget.64": "50000", "budget.60": "10000", "budget.74.etat_p104": "30000", "budget.74.communes": "25000",
        "budget.75": "5000", "attest.signatory": "Inès Moreau",
    }
    for name, value in values.items():
        page.fill(f"[id='champ-{name}']", value)
    for name in ["project.tags.emploi", "project.tags.langue", "attest.cer", "attest.regularity", "attest.accuracy"]:
        page.check(f"[id='champ-{name}']")


def select_by_label_prefix(page, selector, prefix):
    """Chooses the option whose text starts with `prefix` (Playwright's select_option takes exact labels only)."""
    value = page.eval_on_selector(
        selector, "(s, prefix) => [...s.options].find(o => o.label.startsWith(prefix))?.value ?? null", prefix
    )
    check(f"option « {prefix}… » proposée", value is not None, page.url)
    page.select_option(selector, value=value)


def run(browser):
    page = browser.new_page()
    login_with_keyboard(page, "prefecture")
    before = totals(page)
    check("crédits : page de pilotage du Rhône", len(before) == 7, str(before))
    audit(page, "pilotage des crédits")
    shot(page, "credits pilotage avant")

    page.goto(BASE + "/credits/appels")
    audit(page, "appels à projets du service")
    select_by_label_prefix(page, "#champ-callLine", f"{YEAR} · action 12 · Appels à projets locaux")
    page.fill("#champ-callTitle", "AAP test du navigateur")
    page.fill("#champ-callBody", "Appel de test.")
    page.fill("#champ-callAudience", "Signataires du CIR")
    page.check("[id='champ-callTags.emploi']")
    page.check("[id='champ-callTags.langue']")
    page.fill("#champ-callOpens", f"{YEAR}-01-15")
    page.fill("#champ-callCloses", f"{YEAR}-12-31")
    page.check("[id='champ-callDocuments.statuts']")
    submit(page, "Enregistrer l'appel")
    call_url = page.url
    submit(page, "Publier l'appel")
    check("appel publié", "Appel publié" in page.content(), page.url)
    audit(page, "appel du service")
    logout_with_keyboard(page, "prefecture")

    page.goto(BASE + "/appels-a-projets")
    check("appels : page publique", "AAP test du navigateur" in page.content())
    audit(page, "appels à projets publics")
    with page.expect_navigation():
        page.click("a:has-text('AAP test du navigateur')")
    audit(page, "appel à projets public")
    shot(page, "appel public")

    login_with_keyboard(page, "association")
    page.goto(BASE + "/subventions")
    audit(page, "subventions de l'association")
    with page.expect_navigation():
        page.click("button[aria-label='Commencer une demande pour « AAP test du navigateur »']")
    application_url = page.url
    application_id = application_url.rstrip("/").split("/")[-1]
    application_fields(page)
    page.fill("[id='champ-budget.75']", "4000")
    submit(page, "Déposer la demande")
    check("demande : budget déséquilibré refusé, brouillon gardé", "Le budget n'est pas équilibré" in page.content())
    audit(page, "demande en erreur")
    page.fill("[id='champ-budget.75']", "5000")
    submit(page, "Enregistrer le brouillon")
    check("demande : brouillon enregistré", "Brouillon enregistré" in page.content())
    with tempfile.NamedTemporaryFile(suffix=".pdf", delete=False) as pdf:
        pdf.write(b"%PDF-1.4\n% statuts\n%%EOF\n")
    page.select_option("#champ-pieceKind", "statuts")
    page.set_input_files("#champ-pieceFile", pdf.name)
    submit(page, "Joindre la pièce")
    os.unlink(pdf.name)
    check("demande : pièce jointe", "Pièce jointe" in page.content())
    audit(page, "demande en brouillon")
    shot(page, "demande brouillon")
    submit(page, "Déposer la demande")
    check("demande déposée", "Demande déposée sous le n°" in page.content(), page.url)
    audit(page, "demande déposée")
    with page.expect_navigation():
        page.click("a:has-text('Version 1')")
    audit(page, "version imprimable")
    logout_with_keyboard(page, "association")

    login_with_keyboard(page, "prefecture")
    instruction = f"{BASE}/credits/demandes/{application_id}"
    page.goto(instruction)
    audit(page, "instruction d'une demande")
    for index, mark in enumerate(["4", "3", "5"]):
        page.fill(f"#champ-mark-{index}", mark)
    page.fill("#champ-opinion", "Projet solide.")
    submit(page, "Enregistrer la notation")
    page.goto(call_url)
    page.fill("#champ-committeeDate", TODAY)
    page.fill("#champ-committeeMembers", "DDETS ; OFII")
    submit(page, "Enregistrer le comité")
    page.goto(instruction)
    page.select_option("#champ-outcome", "accordee")
    page.fill("#champ-amount-0", "30000")
    submit(page, "Enregistrer la décision")
    check("décision : subvention accordée", "Subvention accordée" in page.content(), page.url)
    granted = totals(page)
    check("pilotage : programmé + 30 000 €", granted[2] - before[2] == 3_000_000, f"{before} → {granted}")
    check("pilotage : disponible − 30 000 €", before[6] - granted[6] == 3_000_000, f"{before} → {granted}")
    page.goto(instruction)
    page.fill("#champ-legalNumber", "2100099999")
    page.fill("#champ-committedOn", TODAY)
    submit(page, "Engager")
    check("engagement refusé sans convention", "Une convention est obligatoire" in page.content())
    page.fill("#champ-conventionDate", TODAY)
    page.fill("#champ-conventionReference", "CONV-TEST-1")
    submit(page, "Enregistrer la signature")
    page.fill("#champ-legalNumber", "2100099999")
    page.fill("#champ-committedOn", TODAY)
    submit(page, "Engager")
    check("subvention engagée", "Subvention engagée" in page.content())
    page.select_option("#champ-paymentKind", "avance")
    page.fill("#champ-paymentAmount", "15000")
    page.fill("#champ-paidOn", TODAY)
    submit(page, "Enregistrer le paiement")
    check("avance versée", "Paiement enregistré" in page.content())
    audit(page, "instruction, avance versée")
    shot(page, "instruction avance")
    advance = totals(page)
    check("pilotage : AE engagées + 30 000 €", advance[3] - before[3] == 3_000_000, f"{before} → {advance}")
    check("pilotage : CP payés + 15 000 €", advance[4] - before[4] == 1_500_000, f"{before} → {advance}")
    check("pilotage : restes à payer + 15 000 €", advance[5] - before[5] == 1_500_000, f"{before} → {advance}")
    shot(page, "credits pilotage avance")
    logout_with_keyboard(page, "prefecture")

    login_with_keyboard(page, "association")
    page.goto(application_url)
    page.fill("[id='champ-report.summary']", "Action réalisée.")
    page.fill("[id='champ-report.people_served']", "38")
    page.fill("[id='champ-actual.64']", "52000")
    page.fill("[id='champ-actual.74.etat_p104']", "30000")
    submit(page, "Déposer le compte rendu")
    check("compte rendu déposé", "Compte rendu financier déposé" in page.content())
    audit(page, "demande avec compte rendu")
    shot(page, "demande compte rendu")
    logout_with_keyboard(page, "association")

    login_with_keyboard(page, "prefecture")
    page.goto(instruction)
    submit(page, "Accepter le compte rendu")
    page.select_option("#champ-paymentKind", "solde")
    page.fill("#champ-paymentAmount", "15000")
    page.fill("#champ-paidOn", TODAY)
    submit(page, "Enregistrer le paiement")
    check("solde versé, subvention clôturée", "Clôturée" in page.content(), page.url)
    closed = totals(page)
    check("pilotage : CP payés + 30 000 €", closed[4] - before[4] == 3_000_000, f"{before} → {closed}")
    check("pilotage : restes à payer revenus", closed[5] == before[5], f"{before} → {closed}")
    audit(page, "pilotage des crédits après le solde")
    shot(page, "credits pilotage solde")
    page.goto(BASE + "/accueil")
    audit(page, "accueil de la préfecture avec les crédits")
    logout_with_keyboard(page, "prefecture")

    login_with_keyboard(page, "dreets")
    page.goto(BASE + "/credits/lignes")
    audit(page, "lignes budgétaires")
    page.goto(BASE + "/pilotage/credits")
    audit(page, "pilotage régional des crédits")
    shot(page, "credits pilotage region")
    logout_with_keyboard(page, "dreets")
    login_with_keyboard(page, "national")
    page.goto(BASE + "/pilotage/credits")
    audit(page, "pilotage national des crédits")
    shot(page, "credits pilotage france")
    logout_with_keyboard(page, "national")
    page.close()
