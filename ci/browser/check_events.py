"""Issue 17's walk: a partner proposes an event, the prefecture publishes it, a visitor finds it on the public calendar,
subscribes to the iCalendar feed, registers and receives the confirmation e-mail on the local SMTP server (aiosmtpd,
its Maildir named by PARCOURS_CHECK_MAILDIR); the prefecture records a rencontre with a decision; a story is published
then withdrawn. axe-core on every page of the domain, public ones included."""

import email
import email.policy
import glob
import os
import time

from common import BASE, audit, check, login_with_keyboard, logout_with_keyboard, shot

MAILDIR = os.environ.get("PARCOURS_CHECK_MAILDIR")


def day(offset):
    return time.strftime("%Y-%m-%d", time.localtime(time.time() + offset * 86400))


def submit(page, label):
    with page.expect_navigation():
        page.click(f"main button:has-text(\"{label}\")")


def propose_event(page, title):
    login_with_keyboard(page, "partenaire")
    page.goto(BASE + "/evenements/nouveau")
    audit(page, "événement : déclaration")
    shot(page, "evenement-declaration")
    page.fill("#champ-eventTitle", title)
    submit(page, "Enregistrer le brouillon")
    check("événement : erreurs par champ", "Cochez au moins un thème." in page.content(), page.url)
    audit(page, "événement : déclaration en erreur")
    page.select_option("#champ-eventKind", "atelier-cv")
    page.check("#theme-emploi")
    page.fill("#champ-eventDescription", "Un atelier pour préparer son CV, avec des recruteurs.")
    page.fill("#champ-eventStart", day(3))
    page.fill("#champ-eventStartTime", "10:00")
    page.fill("#champ-eventEnd", day(3))
    page.fill("#champ-eventEndTime", "12:00")
    page.fill("#champ-eventAddress", "Maison de l'emploi, 5 rue Jules Ferry")
    page.fill("#champ-eventCommune", "69259")
    page.select_option("#champ-eventAudience", "sur-inscription")
    page.fill("#champ-eventCapacity", "10")
    page.fill("#champ-eventAccessibility", "Accessible en fauteuil roulant.")
    page.fill("#champ-organiserName-0", "Langues et Avenir Formation")
    page.select_option("#champ-organiserKind-0", "association")
    submit(page, "Enregistrer le brouillon")
    check("événement enregistré en brouillon", "Événement enregistré en brouillon." in page.content(), page.url)
    audit(page, "événement : brouillon du partenaire")
    event_url = page.url
    submit(page, "Proposer à la préfecture")
    check("événement proposé", "Événement proposé à la préfecture" in page.content(), page.url)
    logout_with_keyboard(page, "partenaire")
    return event_url


def publish_event(page, event_url, title):
    login_with_keyboard(page, "prefecture")
    page.goto(BASE + "/evenements")
    check("préfecture : proposition à labelliser", title in page.content())
    audit(page, "événements de la préfecture")
    shot(page, "evenements-prefecture")
    page.goto(event_url)
    audit(page, "événement proposé (préfecture)")
    submit(page, "Labelliser et publier")
    check("événement publié", "Événement labellisé et publié" in page.content(), page.url)
    for path, name in [("/pilotage/semaine", "pilotage de la Semaine"), ("/recits", "récits (préfecture)")]:
        page.goto(BASE + path)
        audit(page, name)
    page.goto(BASE + "/pilotage/semaine")
    shot(page, "pilotage-semaine")
    logout_with_keyboard(page, "prefecture")


def visitor(browser, title):
    context = browser.new_context()
    page = context.new_page()
    page.goto(BASE + "/semaine")
    audit(page, "calendrier public")
    shot(page, "calendrier-public")
    page.select_option("#champ-departement", "69")
    page.select_option("#champ-theme", "emploi")
    submit(page, "Filtrer")
    check("calendrier public : l'événement publié est trouvé", title in page.content(), page.url)
    audit(page, "calendrier public filtré")
    feed = page.request.get(BASE + "/semaine/departements/69/agenda.ics")
    body = feed.text()
    check("agenda iCalendar du département", feed.status == 200 and title.replace(",", "\\,") in body, str(feed.status))
    try:
        import icalendar

        calendar = icalendar.Calendar.from_ical(body)
        summaries = [str(event.get("summary")) for event in calendar.walk("VEVENT")]
        check("agenda lu par icalendar", title in summaries, ", ".join(summaries[:5]))
    except ImportError:
        check("agenda lu par icalendar (module absent)", False, "pip install icalendar")
    page.goto(BASE + "/semaine/carte")
    audit(page, "carte des événements")
    shot(page, "carte-evenements")
    page.goto(BASE + "/semaine/departements/69/programme")
    audit(page, "programme imprimable")
    page.goto(BASE + "/semaine")
    page.select_option("#champ-departement", "69")
    submit(page, "Filtrer")
    with page.expect_navigation():
        page.click(f"main a:has-text(\"{title}\")")
    audit(page, "page publique d'un événement")
    shot(page, "evenement-public")
    check("JSON-LD schema.org", page.locator("script[type='application/ld+json']").count() == 1)
    address = f"visiteur.{int(time.time())}@exemple.fr"
    page.fill("#champ-registrationName", "Aïcha Diallo")
    page.fill("#champ-registrationEmail", address)
    submit(page, "M'inscrire")
    check("inscription enregistrée", "Inscription enregistrée" in page.content(), page.url)
    audit(page, "événement après inscription")
    message = wait_for_mail(address)
    check("courriel de confirmation reçu sur le serveur SMTP", message is not None, MAILDIR or "PARCOURS_CHECK_MAILDIR absent")
    if message is not None:
        subject = str(message["subject"])
        check("courriel : sujet accentué décodé", subject == f"Inscription confirmée : {title}", subject)
        plain = message.get_body(preferencelist=("plain",))
        text = plain.get_content() if plain else ""
        check("courriel : partie texte en français", "Votre inscription à" in text and "Bonjour Aïcha Diallo," in text, text[:200])
        link = next((line for line in text.splitlines() if "/semaine/inscriptions/" in line), "")
        check("courriel : lien d'annulation", link.startswith("http"), link)
        if link:
            page.goto(link.strip())
            audit(page, "mon inscription (lien d'annulation)")
            submit(page, "Annuler mon inscription")
            check("inscription annulée par le lien", "Votre inscription est annulée" in page.content(), page.url)
    page.goto(BASE + "/semaine/recits")
    audit(page, "galerie des récits")
    context.close()


def wait_for_mail(address, seconds=40):
    if not MAILDIR:
        return None
    deadline = time.time() + seconds
    while time.time() < deadline:
        for path in glob.glob(os.path.join(MAILDIR, "new", "*")) + glob.glob(os.path.join(MAILDIR, "cur", "*")):
            with open(path, "rb") as handle:
                message = email.message_from_binary_file(handle, policy=email.policy.default)
            if address in str(message["to"]):
                return message
        time.sleep(1)
    return None


def meeting(page):
    login_with_keyboard(page, "prefecture")
    page.goto(BASE + "/rencontres")
    audit(page, "rencontres territoriales")
    page.goto(BASE + "/rencontres/nouvelle")
    audit(page, "nouvelle rencontre")
    page.fill("#champ-meetingDay", day(0))
    page.fill("#champ-meetingTitle", "Rencontre de test du navigateur")
    page.fill("#champ-meetingPlace", "Préfecture du Rhône")
    page.fill("#champ-participants-associations", "6")
    page.fill("#champ-participants-ofii", "1")
    page.check("#dispositif-agir")
    page.fill("#champ-meetingFindings", "Un constat de test")
    page.fill("#champ-decisionText-0", "Décision de test du navigateur")
    page.fill("#champ-decisionOwner-0", "DDETS")
    page.fill("#champ-decisionDue-0", day(30))
    submit(page, "Enregistrer la rencontre")
    check("rencontre enregistrée avec sa décision", "Décision de test du navigateur" in page.content(), page.url)
    audit(page, "rencontre enregistrée")
    shot(page, "rencontre")
    page.goto(BASE + "/accueil")
    check("décision suivie sur l'accueil de la préfecture", "Décision de test du navigateur" in page.content())
    logout_with_keyboard(page, "prefecture")


def story(browser, page):
    login_with_keyboard(page, "partenaire")
    page.goto(BASE + "/recits/nouveau")
    audit(page, "nouveau récit")
    page.fill("#champ-storyTitle", "Récit de test du navigateur")
    submit(page, "Enregistrer le consentement et le récit")
    check("récit sans consentement refusé", "Sans consentement signé" in page.content(), page.url)
    audit(page, "récit en erreur")
    page.fill("#champ-consentOn", day(-1))
    page.select_option("#champ-consentScope", "public")
    page.check("#champ-consentConfirmed")
    page.fill("#champ-personName", "Personne Test")
    page.select_option("#champ-storyTheme", "emploi")
    page.fill("#champ-storyBody", "Un parcours raconté pour le test.")
    submit(page, "Enregistrer le consentement et le récit")
    story_url = page.url
    check("récit enregistré", "Consentement et récit enregistrés" in page.content(), story_url)
    audit(page, "récit (auteur)")
    submit(page, "Soumettre à la préfecture")
    logout_with_keyboard(page, "partenaire")
    login_with_keyboard(page, "prefecture")
    page.goto(story_url)
    check("la préfecture ne voit pas le nom de la personne", "Personne Test" not in page.content())
    submit(page, "Publier sur la galerie")
    check("récit publié", "Récit publié" in page.content(), page.url)
    logout_with_keyboard(page, "prefecture")
    public = browser.new_context().new_page()
    public.goto(BASE + "/semaine/recits")
    check("récit visible sur la galerie", "Récit de test du navigateur" in public.content())
    with public.expect_navigation():
        public.click("main a:has-text(\"Récit de test du navigateur\")")
    audit(public, "récit public")
    check("récit public sans lien vers un dossier", "/menages/" not in public.content() and "Personne Test" not in public.content())
    login_with_keyboard(page, "partenaire")
    page.goto(story_url)
    submit(page, "Enregistrer le retrait du consentement")
    check("retrait du consentement enregistré", "Consentement retiré" in page.content(), page.url)
    public.goto(BASE + "/semaine/recits")
    check("récit retiré de la galerie", "Récit de test du navigateur" not in public.content())
    logout_with_keyboard(page, "partenaire")
    public.context.close()


def editions(page):
    login_with_keyboard(page, "national")
    page.goto(BASE + "/pilotage/semaine/editions")
    audit(page, "éditions de la Semaine")
    with page.expect_navigation():
        page.click("main table a >> nth=0")
    audit(page, "une édition et ses jours")
    logout_with_keyboard(page, "national")


def run(browser):
    page = browser.new_page()
    title = f"Atelier CV, test {int(time.time())}"
    event_url = propose_event(page, title)
    publish_event(page, event_url, title)
    visitor(browser, title)
    meeting(page)
    story(browser, page)
    editions(page)
    page.close()
