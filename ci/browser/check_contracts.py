"""Issue 16's walk: the prefecture prepares a CTAI with the Métropole de Lyon, adds an axis and an action serving a QPV,
signs it (the diagnosis is kept), records a review with a decision; the local authority's account sees its contract
and enters a result; the public page lists it. Every page is audited with axe-core; screenshots at 1280 and 375 px."""

import time

from common import BASE, audit, check, login_with_keyboard, logout_with_keyboard, shot

TITLE = "CTAI de l'Est lyonnais (contrôle navigateur)"


def submit(page, selector):
    with page.expect_navigation():
        page.click(selector)


def run(browser):
    page = browser.new_page()
    year = time.strftime("%Y")
    today = time.strftime("%Y-%m-%d")

    login_with_keyboard(page, "prefecture")
    page.goto(BASE + "/ctai")
    check("contrats : la préfecture voit le CTAI de démonstration", "CTAI de la Métropole de Lyon" in page.content())
    audit(page, "liste des contrats")
    page.goto(BASE + "/ctai/nouveau")
    audit(page, "préparer un contrat")
    page.select_option("#champ-contractKind", "ctai")
    page.fill("#champ-contractTitle", TITLE)
    page.fill("#champ-contractStart", f"{year}-01-01")
    page.fill("#champ-contractEnd", f"{int(year) + 2}-12-31")
    page.fill("#champ-contractPrefect", "Préfète du Rhône")
    page.fill("#champ-contractCommunes", "69266, 13055")
    submit(page, "button:has-text('Créer le contrat en préparation')")
    check(
        "contrat : une commune hors du département est refusée",
        "Marseille (13055, département 13)" in page.content(),
        page.url,
    )
    audit(page, "contrat refusé")
    page.fill("#champ-contractCommunes", "69266, 69256")
    submit(page, "button:has-text('Créer le contrat en préparation')")
    contract = page.url
    check("contrat créé en préparation", "Contrat créé en préparation" in page.content(), contract)

    page.select_option("#champ-signatoryKind", "metropole")
    page.fill("#champ-signatoryName", "Métropole de Lyon")
    page.fill("#champ-signatorySiren", "200 046 977")
    page.fill("#champ-signatorySigner", "Président de la Métropole de Lyon")
    page.select_option("#champ-signatoryOrganisation", label="Métropole de Lyon (démo)")
    submit(page, "button:has-text('Ajouter le signataire')")
    page.select_option("#champ-axisDomain", "francais")
    page.fill("#champ-axisTitle", "Apprendre le français")
    submit(page, "button:has-text(\"Ajouter l'axe\")")
    page.select_option("#champ-actionAxis", label="Axe 1 – Apprendre le français")
    page.fill("#champ-actionTitle", "Ateliers sociolinguistiques à Grande Île")
    page.select_option("#champ-actionLead", label="Métropole de Lyon (démo)")
    page.fill("#champ-actionAudience", "Primo-arrivants de Vaulx-en-Velin")
    page.get_by_label("Grande Île (QN06916M)").check()
    submit(page, "button:has-text(\"Ajouter l'action\")")
    check("action ajoutée au contrat", "Action ajoutée." in page.content(), page.url)
    audit(page, "contrat en préparation")

    page.click("text=Ateliers sociolinguistiques à Grande Île")
    page.wait_for_load_state()
    action = page.url
    page.select_option("#champ-fundingSource", "p104")
    page.select_option("#champ-fundingFrom", year)
    page.select_option("#champ-fundingTo", year)
    page.fill("#champ-fundingAmount", "30 000")
    submit(page, "button:has-text('Ajouter le financement')")
    page.fill("#champ-indicatorLabel", "Apprenants")
    page.fill("#champ-indicatorUnit", "personnes")
    submit(page, "button:has-text(\"Ajouter l'indicateur\")")
    check("financement de 30 000 € affiché", "30\u202f000,00\u00a0€" in page.inner_text("main"), page.url)
    audit(page, "action du contrat (préfecture)")

    page.goto(contract)
    page.fill("#champ-signedOn", today)
    page.focus("#champ-signedOn")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    content = page.content()
    check("contrat signé au clavier, diagnostic conservé", "diagnostic territorial du jour de la signature est conservé" in content)
    check("dernier diagnostic conservé à la signature", "Dernier diagnostic conservé : à la signature" in content)
    audit(page, "contrat signé")
    shot(page, "ctai-contrat-signe")

    page.fill("#champ-reviewOn", today)
    page.fill("#champ-reviewParticipants", "Préfète du Rhône, Métropole de Lyon, DDETS, OFII")
    submit(page, "button:has-text('Enregistrer le comité')")
    check("comité enregistré", "/ctai/comites/" in page.url, page.url)
    page.fill("#champ-decisionText", "Ouvrir un second atelier à Vaulx-en-Velin")
    page.fill("#champ-decisionOwner", "DDETS du Rhône")
    page.fill("#champ-decisionDue", f"{int(year) + 1}-06-30")
    submit(page, "button:has-text('Ajouter la décision')")
    check("décision enregistrée", "Ouvrir un second atelier à Vaulx-en-Velin" in page.content())
    audit(page, "comité de pilotage")
    shot(page, "ctai-comite")

    page.goto(contract + "/diagnostic")
    audit(page, "diagnostic territorial")
    shot(page, "ctai-diagnostic")
    page.goto(BASE + "/territoires/qpv/QN06916M")
    check("page du quartier : l'action y figure", "Ateliers sociolinguistiques à Grande Île" in page.content())
    audit(page, "page d'un quartier prioritaire")
    shot(page, "ctai-qpv")
    page.goto(BASE + "/pilotage/departements/69/offre-linguistique")
    page.click("a:has-text('Villeurbanne')")
    page.wait_for_load_state()
    check("offre linguistique → page de la commune", "/territoires/communes/69266" in page.url, page.url)
    audit(page, "page d'une commune")
    logout_with_keyboard(page, "prefecture")

    login_with_keyboard(page, "collectivite")
    page.goto(BASE + "/ctai")
    check("la collectivité voit le contrat qu'elle a signé", TITLE in page.content())
    audit(page, "contrats de la collectivité")
    page.goto(action)
    check("la collectivité ne fixe pas de cible", "Fixer une cible" not in page.content())
    page.select_option("#champ-resultIndicator", label="Apprenants (personnes)")
    page.select_option("#champ-resultYear", year)
    page.fill("#champ-resultValue", "37")
    submit(page, "button:has-text('Enregistrer')")
    check("résultat saisi par la collectivité", "Résultat enregistré." in page.content(), page.url)
    audit(page, "action du contrat (collectivité)")
    shot(page, "ctai-action-collectivite")
    logout_with_keyboard(page, "collectivite")

    login_with_keyboard(page, "national")
    page.goto(BASE + "/ctai/pilotage/france")
    check("pilotage national : carte des territoires sous contrat", "Carte des territoires sous contrat" in page.content())
    audit(page, "pilotage national des contrats")
    shot(page, "ctai-pilotage-national")
    logout_with_keyboard(page, "national")

    page.goto(BASE + "/contrats-territoriaux")
    check("page publique : le contrat signé y figure", TITLE in page.content())
    audit(page, "contrats signés (public)")
    shot(page, "ctai-public")
    page.close()
