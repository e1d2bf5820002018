### Die festen Sätze der Seiten (Deutsch).
### Jeder Satz ist entweder eine Begriffsbestimmung (was ein Recht bedeutet, was das Gesetz vorsieht) oder
### erscheint nur, wenn die Erklärung die Tatsache angibt, die er beschreibt.
### Sätze, die den Leser ansprechen, wählen mit `$register` zwischen der Höflichkeitsform (Sie,
### Ihr: Standard) und dem Du (du, dein), jeweils als ganzer Satz.

## Gesamte Website

language-name = Deutsch
list-and = und
list-or = oder
quoted = „{ $text }“
skip-link = Zum Hauptinhalt springen
nav-label = Datenschutzseiten
language-switch = Andere Sprachen
toc-title = Inhalt
page-privacy = Datenschutzerklärung
page-cookies = Cookie-Richtlinie
page-faq = Häufig gestellte Fragen
index-title = Datenschutzinformationen
index-intro = Die Datenschutzerklärung, die Cookie-Richtlinie und Antworten auf häufig gestellte Fragen von { $name }.
last-updated = Zuletzt aktualisiert: { $date }
effective-from = Diese Fassung tritt am { $date } in Kraft.
change-summary-title = Was sich in dieser Fassung geändert hat
footer-text = { $name } · { $email }
footer-name = { $name }

## Entwürfe und Tatsachen, die die Erklärung nicht angibt

draft-banner = Entwurf: nicht veröffentlicht. Stellen, die die Erklärung nicht angibt oder in nicht lesbarer Form angibt, sind markiert.
draft-not-stated = in der Erklärung nicht angegeben
draft-invalid = in der Erklärung ungültig (siehe privasite check)

## Bezeichnungen

label-address = Anschrift
label-email = E-Mail
label-phone = Telefon
label-website = Website
label-value = { $label }: { $value }
label-enterprise-number = Unternehmensnummer
label-name = Name

## Erste Ebene: die Erklärung in Kürze

summary-title = In Kürze
summary-controller = { $register ->
    [informal] { $name } ist für deine personenbezogenen Daten verantwortlich.
   *[formal] { $name } ist für Ihre personenbezogenen Daten verantwortlich.
}
summary-contact = { $register ->
    [informal] Du erreichst uns unter { $contact }.
   *[formal] Sie erreichen uns unter { $contact }.
}
summary-purposes = { $register ->
    [informal] Wir verarbeiten deine Daten zu folgenden Zwecken: { $purposes }.
   *[formal] Wir verarbeiten Ihre Daten zu folgenden Zwecken: { $purposes }.
}
summary-recipients = { $register ->
    [informal] Folgende Empfänger erhalten deine Daten: { $recipients }.
   *[formal] Folgende Empfänger erhalten Ihre Daten: { $recipients }.
}
summary-no-recipients = { $register ->
    [informal] Niemand außerhalb unserer Organisation erhält deine Daten.
   *[formal] Niemand außerhalb unserer Organisation erhält Ihre Daten.
}
summary-transfers = { $register ->
    [informal] Ein Teil deiner Daten wird in Länder außerhalb des Europäischen Wirtschaftsraums übermittelt: { $countries }.
   *[formal] Ein Teil Ihrer Daten wird in Länder außerhalb des Europäischen Wirtschaftsraums übermittelt: { $countries }.
}
summary-transfers-unnamed = { $register ->
    [informal] Ein Teil deiner Daten wird in Länder außerhalb des Europäischen Wirtschaftsraums übermittelt, die in dieser Datenschutzerklärung nicht genannt werden.
   *[formal] Ein Teil Ihrer Daten wird in Länder außerhalb des Europäischen Wirtschaftsraums übermittelt, die in dieser Datenschutzerklärung nicht genannt werden.
}
summary-transfers-more = Diese Datenschutzerklärung erwähnt außerdem Übermittlungen in Länder, die sie nicht namentlich nennt.
summary-no-transfers = { $register ->
    [informal] Deine Daten verlassen den Europäischen Wirtschaftsraum nicht.
   *[formal] Ihre Daten verlassen den Europäischen Wirtschaftsraum nicht.
}
summary-retention = { $register ->
    [informal] Wir speichern deine Daten für die Dauer, die für den jeweiligen Zweck festgelegt ist; die kürzeste Speicherdauer beträgt { $shortest }, die längste { $longest }.
   *[formal] Wir speichern Ihre Daten für die Dauer, die für den jeweiligen Zweck festgelegt ist; die kürzeste Speicherdauer beträgt { $shortest }, die längste { $longest }.
}
summary-retention-varies = { $register ->
    [informal] Wir speichern deine Daten für die Dauer, die für den jeweiligen Zweck festgelegt ist.
   *[formal] Wir speichern Ihre Daten für die Dauer, die für den jeweiligen Zweck festgelegt ist.
}
summary-retention-per-purpose = { $register ->
    [informal] Wie lange wir deine Daten speichern, ist für jeden Zweck gesondert angegeben.
   *[formal] Wie lange wir Ihre Daten speichern, ist für jeden Zweck gesondert angegeben.
}
summary-rights = { $register ->
    [informal] Du hast Rechte in Bezug auf deine Daten, darunter das Recht auf Auskunft, Berichtigung und Löschung.
   *[formal] Sie haben Rechte in Bezug auf Ihre Daten, darunter das Recht auf Auskunft, Berichtigung und Löschung.
}
summary-complaint = { $register ->
    [informal] Du kannst Beschwerde bei folgender Aufsichtsbehörde einlegen: { $authority }.
   *[formal] Sie können Beschwerde bei folgender Aufsichtsbehörde einlegen: { $authority }.
}
summary-more = Mehr

## Datenschutzerklärung: wer wir sind

section-controller = { $register ->
    [informal] Wer für deine Daten verantwortlich ist
   *[formal] Wer für Ihre Daten verantwortlich ist
}
controller-intro = { $register ->
    [informal] { $name } ist für die Verarbeitung deiner personenbezogenen Daten verantwortlich (der „Verantwortliche“).
   *[formal] { $name } ist für die Verarbeitung Ihrer personenbezogenen Daten verantwortlich (der „Verantwortliche“).
}
controller-contact = { $register ->
    [informal] Du kannst dich mit jeder Frage zu dieser Datenschutzerklärung an uns wenden.
   *[formal] Sie können sich mit jeder Frage zu dieser Datenschutzerklärung an uns wenden.
}
joint-title = Gemeinsam Verantwortliche
joint-intro = { $register ->
    [informal] Für einige Zwecke legen wir gemeinsam mit einer anderen Organisation fest, warum und wie deine Daten verarbeitet werden (gemeinsam Verantwortliche, Art. 26 DSGVO).
   *[formal] Für einige Zwecke legen wir gemeinsam mit einer anderen Organisation fest, warum und wie Ihre Daten verarbeitet werden (gemeinsam Verantwortliche, Art. 26 DSGVO).
}
joint-purposes = Betreffende Zwecke
joint-responsibilities = Wer welche Aufgaben wahrnimmt
representative-title = Unser Vertreter in der Europäischen Union
dpo-title = Datenschutzbeauftragter
dpo-text = { $register ->
    [informal] Wir haben einen Datenschutzbeauftragten benannt, an den du dich mit jeder Frage zur Verarbeitung deiner personenbezogenen Daten wenden kannst.
   *[formal] Wir haben einen Datenschutzbeauftragten benannt, an den Sie sich mit jeder Frage zur Verarbeitung Ihrer personenbezogenen Daten wenden können.
}
dpo-none = Wir haben keinen Datenschutzbeauftragten benannt.
privacy-contact-title = Kontakt für Datenschutzfragen

## Datenschutzerklärung: Daten und Quellen

section-data = Welche personenbezogenen Daten wir verarbeiten
data-intro = Wir verarbeiten folgende Kategorien personenbezogener Daten.
data-special = Es handelt sich um eine besondere Kategorie personenbezogener Daten. Wir verarbeiten diese Daten ausschließlich auf folgender Grundlage: { $condition }.
special-none = { $register ->
    [informal] Wir verarbeiten keine besonderen Kategorien personenbezogener Daten, etwa Daten über deine Gesundheit, deine Religion oder deine politischen Meinungen.
   *[formal] Wir verarbeiten keine besonderen Kategorien personenbezogener Daten, etwa Daten über Ihre Gesundheit, Ihre Religion oder Ihre politischen Meinungen.
}
section-sources = { $register ->
    [informal] Woher deine Daten stammen
   *[formal] Woher Ihre Daten stammen
}
sources-intro = { $register ->
    [informal] Wir erhalten deine personenbezogenen Daten aus folgenden Quellen.
   *[formal] Wir erhalten Ihre personenbezogenen Daten aus folgenden Quellen.
}
source-public = öffentlich zugänglich

## Datenschutzerklärung: Zwecke

section-purposes = { $register ->
    [informal] Zu welchen Zwecken und auf welcher Rechtsgrundlage wir deine Daten verarbeiten
   *[formal] Zu welchen Zwecken und auf welcher Rechtsgrundlage wir Ihre Daten verarbeiten
}
purposes-intro = { $register ->
    [informal] Wir verarbeiten deine personenbezogenen Daten zu den nachstehenden Zwecken.
   *[formal] Wir verarbeiten Ihre personenbezogenen Daten zu den nachstehenden Zwecken.
}
purpose-data = Daten, die wir verwenden
purpose-basis = Rechtsgrundlage
purpose-bases-several = Diese Datenschutzerklärung nennt für diesen Zweck mehr als eine Rechtsgrundlage: { $bases }.
purpose-interest = Unser berechtigtes Interesse
purpose-retention = Wie lange wir die Daten speichern
purpose-recipients = Wer die Daten erhält
purpose-recipients-none = Niemand außerhalb unserer Organisation.
purpose-sources = Woher die Daten stammen
purpose-provision = { $register ->
    [informal] Bist du verpflichtet, die Daten bereitzustellen?
   *[formal] Sind Sie verpflichtet, die Daten bereitzustellen?
}
purpose-provision-law = Dies schreibt { $law } vor.
purpose-provision-law-label = Die Rechtsvorschrift, die dies vorschreibt
purpose-provision-obliged = { $register ->
    [informal] Du bist verpflichtet, die Daten bereitzustellen.
   *[formal] Sie sind verpflichtet, die Daten bereitzustellen.
}
purpose-provision-not-obliged = { $register ->
    [informal] Du bist nicht verpflichtet, die Daten bereitzustellen.
   *[formal] Sie sind nicht verpflichtet, die Daten bereitzustellen.
}
purpose-provision-obliged-label = { $register ->
    [informal] Ob du zur Bereitstellung verpflichtet bist
   *[formal] Ob Sie zur Bereitstellung verpflichtet sind
}
purpose-provision-consequence = { $register ->
    [informal] Wenn du die Daten nicht bereitstellst, { $consequence }
   *[formal] Wenn Sie die Daten nicht bereitstellen, { $consequence }
}
purpose-automated = Automatisierte Entscheidungen
purpose-automated-none = { $register ->
    [informal] Zu diesem Zweck treffen wir keine ausschließlich auf einer automatisierten Verarbeitung beruhenden Entscheidungen über dich.
   *[formal] Zu diesem Zweck treffen wir keine ausschließlich auf einer automatisierten Verarbeitung beruhenden Entscheidungen über Sie.
}
automated-logic = Wie die Entscheidung zustande kommt
automated-significance = { $register ->
    [informal] Was die Entscheidung für dich bedeutet
   *[formal] Was die Entscheidung für Sie bedeutet
}
automated-consequences = Die Folgen der Entscheidung
purpose-profiling = Profiling
purpose-profiling-none = { $register ->
    [informal] Zu diesem Zweck verwenden wir deine Daten nicht für Profiling.
   *[formal] Zu diesem Zweck verwenden wir Ihre Daten nicht für Profiling.
}
retention-period = { $period } { $event }
retention-indefinite = Ohne zeitliche Begrenzung, wie in dieser Datenschutzerklärung angegeben.

## Datenschutzerklärung: Speicherdauer

section-retention = { $register ->
    [informal] Wie lange wir deine Daten speichern
   *[formal] Wie lange wir Ihre Daten speichern
}
retention-intro = Die folgende Tabelle gibt die Speicherdauer für jeden Zweck an.
retention-col-purpose = Zweck
retention-col-period = Speicherdauer
after-retention-delete = Nach Ablauf der Speicherdauer löschen wir die Daten.
after-retention-anonymise = Nach Ablauf der Speicherdauer anonymisieren wir die Daten.
after-retention-delete_or_anonymise = Nach Ablauf der Speicherdauer löschen oder anonymisieren wir die Daten.

## Datenschutzerklärung: Empfänger und Übermittlungen

section-recipients = { $register ->
    [informal] Wer deine Daten erhält
   *[formal] Wer Ihre Daten erhält
}
recipients-intro = { $register ->
    [informal] Folgende Empfänger erhalten deine personenbezogenen Daten für die oben genannten Zwecke.
   *[formal] Folgende Empfänger erhalten Ihre personenbezogenen Daten für die oben genannten Zwecke.
}
recipients-none = { $register ->
    [informal] Wir geben deine personenbezogenen Daten an niemanden außerhalb unserer Organisation weiter.
   *[formal] Wir geben Ihre personenbezogenen Daten an niemanden außerhalb unserer Organisation weiter.
}
recipients-col-name = Empfänger
recipients-col-role = Rolle
recipients-col-service = Dienstleistung
recipients-col-country = Land
recipient-basis = Rechtsgrundlage der Offenlegung: { $basis }
data-sale-no = { $register ->
    [informal] Wir verkaufen deine personenbezogenen Daten nicht.
   *[formal] Wir verkaufen Ihre personenbezogenen Daten nicht.
}
data-sale-no-qualified = { $register ->
    [informal] Wir verkaufen deine personenbezogenen Daten nicht, vorbehaltlich des Folgenden:
   *[formal] Wir verkaufen Ihre personenbezogenen Daten nicht, vorbehaltlich des Folgenden:
}
data-sale-yes = Wir verkaufen personenbezogene Daten.
data-sale-yes-qualified = Wir verkaufen personenbezogene Daten, und zwar wie folgt:
section-transfers = Übermittlungen in Länder außerhalb des Europäischen Wirtschaftsraums
transfers-none = { $register ->
    [informal] Deine personenbezogenen Daten verlassen den Europäischen Wirtschaftsraum nicht.
   *[formal] Ihre personenbezogenen Daten verlassen den Europäischen Wirtschaftsraum nicht.
}
transfers-intro = { $register ->
    [informal] Folgende Empfänger verarbeiten deine personenbezogenen Daten außerhalb des Europäischen Wirtschaftsraums.
   *[formal] Folgende Empfänger verarbeiten Ihre personenbezogenen Daten außerhalb des Europäischen Wirtschaftsraums.
}
transfers-col-recipient = Empfänger
transfers-col-country = Land
transfers-col-safeguard = Garantie
transfers-policy = Personenbezogene Daten werden in folgende Länder außerhalb des Europäischen Wirtschaftsraums übermittelt: { $countries }.
transfers-policy-unnamed = Personenbezogene Daten werden in Länder außerhalb des Europäischen Wirtschaftsraums übermittelt, die in dieser Datenschutzerklärung nicht genannt werden.
transfers-policy-also = Personenbezogene Daten werden außerdem in folgende Länder außerhalb des Europäischen Wirtschaftsraums übermittelt: { $countries }.
transfers-policy-also-unnamed = Personenbezogene Daten werden außerdem in Länder außerhalb des Europäischen Wirtschaftsraums übermittelt, die in dieser Datenschutzerklärung nicht genannt werden.
transfers-policy-safeguard = Garantie: { $safeguard }
transfers-copy = { $register ->
    [informal] Du kannst eine Kopie dieser Garantien erhalten, indem du an { $contact } schreibst.
   *[formal] Sie können eine Kopie dieser Garantien erhalten, indem Sie an { $contact } schreiben.
}
transfers-copy-request = { $register ->
    [informal] Du kannst auf Anfrage eine Kopie dieser Garantien erhalten.
   *[formal] Sie können auf Anfrage eine Kopie dieser Garantien erhalten.
}

## Datenschutzerklärung: Rechte

section-rights = { $register ->
    [informal] Deine Rechte
   *[formal] Ihre Rechte
}
rights-intro = { $register ->
    [informal] Du hast in Bezug auf deine personenbezogenen Daten folgende Rechte.
   *[formal] Sie haben in Bezug auf Ihre personenbezogenen Daten folgende Rechte.
}
rights-intro-listed = { $register ->
    [informal] Diese Datenschutzerklärung räumt dir in Bezug auf deine personenbezogenen Daten folgende Rechte ein.
   *[formal] Diese Datenschutzerklärung räumt Ihnen in Bezug auf Ihre personenbezogenen Daten folgende Rechte ein.
}
rights-conditions = Diese Datenschutzerklärung knüpft daran folgende Bedingungen:
rights-limited = Dieses Recht gilt für: { $purposes }.
section-exercise = { $register ->
    [informal] Wie du deine Rechte ausübst
   *[formal] Wie Sie Ihre Rechte ausüben
}
exercise-email = { $register ->
    [informal] Du kannst deinen Antrag an { $email } senden.
   *[formal] Sie können Ihren Antrag an { $email } senden.
}
exercise-url = { $register ->
    [informal] Du kannst auch dieses Formular verwenden:
   *[formal] Sie können auch dieses Formular verwenden:
}
exercise-post = { $register ->
    [informal] Du kannst deinen Antrag auch per Post an die oben genannte Anschrift senden.
   *[formal] Sie können Ihren Antrag auch per Post an die oben genannte Anschrift senden.
}
exercise-days = { $register ->
    [informal]
        Diese Datenschutzerklärung sagt dir eine Antwort innerhalb von { $days ->
            [one] { $days } Tag
           *[other] { $days } Tagen
        } nach Eingang deines Antrags zu.
   *[formal]
        Diese Datenschutzerklärung sagt Ihnen eine Antwort innerhalb von { $days ->
            [one] { $days } Tag
           *[other] { $days } Tagen
        } nach Eingang Ihres Antrags zu.
}
exercise-month = { $register ->
    [informal] Die DSGVO verlangt eine Antwort innerhalb eines Monats nach Eingang deines Antrags; bei komplexen oder zahlreichen Anträgen kann diese Frist um weitere zwei Monate verlängert werden, worüber du innerhalb des ersten Monats unterrichtet wirst (Art. 12 Abs. 3 DSGVO).
   *[formal] Die DSGVO verlangt eine Antwort innerhalb eines Monats nach Eingang Ihres Antrags; bei komplexen oder zahlreichen Anträgen kann diese Frist um weitere zwei Monate verlängert werden, worüber Sie innerhalb des ersten Monats unterrichtet werden (Art. 12 Abs. 3 DSGVO).
}
exercise-free = { $register ->
    [informal] Die Ausübung deiner Rechte ist unentgeltlich, es sei denn, ein Antrag ist offenkundig unbegründet oder exzessiv (Art. 12 Abs. 5 DSGVO).
   *[formal] Die Ausübung Ihrer Rechte ist unentgeltlich, es sei denn, ein Antrag ist offenkundig unbegründet oder exzessiv (Art. 12 Abs. 5 DSGVO).
}
exercise-identity = { $register ->
    [informal] Haben wir begründete Zweifel an deiner Identität, können wir zusätzliche Informationen zu deren Bestätigung anfordern (Art. 12 Abs. 6 DSGVO).
   *[formal] Haben wir begründete Zweifel an Ihrer Identität, können wir zusätzliche Informationen zu deren Bestätigung anfordern (Art. 12 Abs. 6 DSGVO).
}
section-complaint = Beschwerden
complaint-intro = { $register ->
    [informal] Wenn du der Ansicht bist, dass deine personenbezogenen Daten rechtswidrig verarbeitet werden, hast du das Recht auf Beschwerde bei einer Aufsichtsbehörde, insbesondere in dem Mitgliedstaat, in dem du wohnst oder arbeitest oder in dem der Verstoß stattgefunden hat (Art. 77 DSGVO).
   *[formal] Wenn Sie der Ansicht sind, dass Ihre personenbezogenen Daten rechtswidrig verarbeitet werden, haben Sie das Recht auf Beschwerde bei einer Aufsichtsbehörde, insbesondere in dem Mitgliedstaat, in dem Sie wohnen oder arbeiten oder in dem der Verstoß stattgefunden hat (Art. 77 DSGVO).
}
complaint-authority = Die für uns zuständige Aufsichtsbehörde ist:
complaint-languages = Beschwerden an diese Behörde können auf Niederländisch, Französisch oder Deutsch abgefasst werden.
complaint-court = { $register ->
    [informal] Du hast außerdem das Recht auf einen wirksamen gerichtlichen Rechtsbehelf (Art. 79 DSGVO).
   *[formal] Sie haben außerdem das Recht auf einen wirksamen gerichtlichen Rechtsbehelf (Art. 79 DSGVO).
}

## Datenschutzerklärung: weitere Abschnitte

section-children = Kinder
children-text = Unsere Dienste richten sich an Personen ab { $age } Jahren.
section-security = Sicherheit
section-cookies = Cookies
cookies-pointer = Unsere Website verwendet Cookies und ähnliche Technologien.
cookies-pointer-listed = Diese sind in unserer Cookie-Richtlinie einzeln aufgeführt:
cookies-pointer-described = Diese sind in unserer Cookie-Richtlinie beschrieben:
cookies-pointer-none = Unsere Website verwendet keine Cookies oder ähnlichen Technologien.
section-changes = Änderungen dieser Datenschutzerklärung
changes-prior_notice = { $register ->
    [informal] Bevor eine wesentliche Änderung dieser Datenschutzerklärung wirksam wird, informieren wir dich aktiv darüber, und zwar { $channels }.
   *[formal] Bevor eine wesentliche Änderung dieser Datenschutzerklärung wirksam wird, informieren wir Sie aktiv darüber, und zwar { $channels }.
}
changes-prior_notice-unspecified = { $register ->
    [informal] Bevor eine wesentliche Änderung dieser Datenschutzerklärung wirksam wird, informieren wir dich aktiv darüber.
   *[formal] Bevor eine wesentliche Änderung dieser Datenschutzerklärung wirksam wird, informieren wir Sie aktiv darüber.
}
changes-published_only = Wir veröffentlichen jede neue Fassung dieser Datenschutzerklärung mit ihrem Datum auf dieser Seite.
changes-check_regularly = { $register ->
    [informal] Diese Datenschutzerklärung bittet dich, diese Seite regelmäßig aufzurufen, um von Änderungen zu erfahren.
   *[formal] Diese Datenschutzerklärung bittet Sie, diese Seite regelmäßig aufzurufen, um von Änderungen zu erfahren.
}
changes-without_notice = Laut dieser Datenschutzerklärung werden Änderungen ohne vorherige Benachrichtigung wirksam.
changes-channels = { $register ->
    [informal] Laut dieser Datenschutzerklärung wirst du über Änderungen { $channels } informiert.
   *[formal] Laut dieser Datenschutzerklärung werden Sie über Änderungen { $channels } informiert.
}

## Cookie-Richtlinie

cookies-intro = { $register ->
    [informal] Cookies sind kleine Textdateien, die eine Website auf deinem Endgerät speichert. Ähnliche Technologien wie der lokale Speicher und Pixel funktionieren auf vergleichbare Weise.
   *[formal] Cookies sind kleine Textdateien, die eine Website auf Ihrem Endgerät speichert. Ähnliche Technologien wie der lokale Speicher und Pixel funktionieren auf vergleichbare Weise.
}
cookies-law = { $register ->
    [informal] Das Speichern von Informationen auf deinem Endgerät oder das Auslesen solcher Informationen erfordert deine Einwilligung, es sei denn, es ist unbedingt erforderlich (Art. 5 Abs. 3 der ePrivacy-Richtlinie 2002/58/EG und Art. 10/2 des belgischen Gesetzes vom 30. Juli 2018).
   *[formal] Das Speichern von Informationen auf Ihrem Endgerät oder das Auslesen solcher Informationen erfordert Ihre Einwilligung, es sei denn, es ist unbedingt erforderlich (Art. 5 Abs. 3 der ePrivacy-Richtlinie 2002/58/EG und Art. 10/2 des belgischen Gesetzes vom 30. Juli 2018).
}
cookies-only-necessary = { $register ->
    [informal] Unsere Website verwendet ausschließlich unbedingt erforderliche Cookies, für die deine Einwilligung nicht erforderlich ist.
   *[formal] Unsere Website verwendet ausschließlich unbedingt erforderliche Cookies, für die Ihre Einwilligung nicht erforderlich ist.
}
cookies-consent-banner = { $register ->
    [informal] Bevor unsere Website Cookies setzt, die nicht unbedingt erforderlich sind, bittet sie dich in einem Cookie-Banner um deine Einwilligung.
   *[formal] Bevor unsere Website Cookies setzt, die nicht unbedingt erforderlich sind, bittet sie Sie in einem Cookie-Banner um Ihre Einwilligung.
}
cookies-consent-reject = { $register ->
    [informal] Du kannst diese Cookies dort ebenso einfach ablehnen wie akzeptieren.
   *[formal] Sie können diese Cookies dort ebenso einfach ablehnen wie akzeptieren.
}
cookies-consent-no-reject = Das Banner bietet keine Schaltfläche, um diese Cookies abzulehnen.
cookies-consent-continued_browsing = Laut dieser Cookie-Richtlinie gilt das weitere Surfen auf unserer Website als Einwilligung in Cookies.
cookies-consent-browser_settings = { $register ->
    [informal] Laut dieser Cookie-Richtlinie verwaltest du Cookies über die Einstellungen deines Browsers.
   *[formal] Laut dieser Cookie-Richtlinie verwalten Sie Cookies über die Einstellungen Ihres Browsers.
}
cookies-withdraw = { $register ->
    [informal] Auf folgender Seite kannst du deine Auswahl jederzeit ändern oder deine Einwilligung widerrufen:
   *[formal] Auf folgender Seite können Sie Ihre Auswahl jederzeit ändern oder Ihre Einwilligung widerrufen:
}
cookies-none = Unsere Website verwendet keine Cookies oder ähnlichen Technologien.
cookies-col-name = Name
cookies-col-provider = Anbieter
cookies-col-purpose = Zweck
cookies-col-duration = Speicherdauer
cookies-col-kind = Art
cookie-first-party = { $name } (wir selbst)
cookie-third-party = { $name } (Drittanbieter)
cookie-session = { $register ->
    [informal] Bis zum Schließen deines Browsers
   *[formal] Bis zum Schließen Ihres Browsers
}
section-manage-cookies = Cookies löschen
manage-cookies-text = { $register ->
    [informal] Du kannst Cookies jederzeit in den Einstellungen deines Browsers einsehen und löschen.
   *[formal] Sie können Cookies jederzeit in den Einstellungen Ihres Browsers einsehen und löschen.
}
manage-cookies-necessary = { $register ->
    [informal] Wenn du unbedingt erforderliche Cookies blockierst, funktionieren Teile der Website möglicherweise nicht mehr.
   *[formal] Wenn Sie unbedingt erforderliche Cookies blockieren, funktionieren Teile der Website möglicherweise nicht mehr.
}

## Häufig gestellte Fragen

faq-intro = { $register ->
    [informal] Kurze Antworten auf häufige Fragen. Alle Einzelheiten findest du in der Datenschutzerklärung.
   *[formal] Kurze Antworten auf häufige Fragen. Alle Einzelheiten finden Sie in der Datenschutzerklärung.
}
faq-data-q = { $register ->
    [informal] Welche personenbezogenen Daten verarbeitet ihr über mich?
   *[formal] Welche personenbezogenen Daten verarbeiten Sie über mich?
}
faq-data-a = { $list }.
faq-purposes-q = { $register ->
    [informal] Warum verarbeitet ihr meine Daten?
   *[formal] Warum verarbeiten Sie meine Daten?
}
faq-purposes-a = Zu folgenden Zwecken, jeweils mit der zugehörigen Rechtsgrundlage:
faq-retention-q = { $register ->
    [informal] Wie lange speichert ihr meine Daten?
   *[formal] Wie lange speichern Sie meine Daten?
}
faq-retention-a = Für jeden Zweck:
faq-share-q = { $register ->
    [informal] Verkauft ihr meine Daten oder gebt ihr sie an andere weiter?
   *[formal] Verkaufen Sie meine Daten oder geben Sie sie an andere weiter?
}
faq-share-a-none = { $register ->
    [informal] Wir geben deine personenbezogenen Daten an niemanden außerhalb unserer Organisation weiter.
   *[formal] Wir geben Ihre personenbezogenen Daten an niemanden außerhalb unserer Organisation weiter.
}
faq-share-a-processors = { $register ->
    [informal] Folgende Dienstleister verarbeiten deine Daten in unserem Auftrag: { $list }.
   *[formal] Folgende Dienstleister verarbeiten Ihre Daten in unserem Auftrag: { $list }.
}
faq-share-a-controllers = { $register ->
    [informal] Folgende Organisationen erhalten deine Daten und verwenden sie für ihre eigenen Zwecke: { $list }.
   *[formal] Folgende Organisationen erhalten Ihre Daten und verwenden sie für ihre eigenen Zwecke: { $list }.
}
faq-share-a-joint = { $register ->
    [informal] Gemeinsam mit folgenden Organisationen legen wir fest, wie deine Daten verwendet werden: { $list }.
   *[formal] Gemeinsam mit folgenden Organisationen legen wir fest, wie Ihre Daten verwendet werden: { $list }.
}
faq-share-a-authorities = { $register ->
    [informal] Folgende Behörden erhalten deine Daten: { $list }.
   *[formal] Folgende Behörden erhalten Ihre Daten: { $list }.
}
faq-share-a-group = { $register ->
    [informal] Folgende Unternehmen unserer Unternehmensgruppe erhalten deine Daten: { $list }.
   *[formal] Folgende Unternehmen unserer Unternehmensgruppe erhalten Ihre Daten: { $list }.
}
faq-share-a-other = { $register ->
    [informal] Außerdem erhalten folgende Empfänger deine Daten: { $list }.
   *[formal] Außerdem erhalten folgende Empfänger Ihre Daten: { $list }.
}
faq-share-a-unstated = Wer die für { $purposes } verarbeiteten Daten erhält: { $marker }.
faq-transfers-q = Verlassen meine Daten den Europäischen Wirtschaftsraum?
faq-transfers-a-no = { $register ->
    [informal] Nein. Deine personenbezogenen Daten bleiben im Europäischen Wirtschaftsraum.
   *[formal] Nein. Ihre personenbezogenen Daten bleiben im Europäischen Wirtschaftsraum.
}
faq-transfers-a-yes = Ja, in folgende Länder: { $countries }. Die Garantien sind in der Datenschutzerklärung beschrieben.
faq-transfers-a-unnamed = Ja, in Länder, die in der Datenschutzerklärung nicht genannt werden.
faq-rights-q = Welche Rechte habe ich?
faq-rights-a = { $register ->
    [informal] Du hast folgende Rechte: { $list }.
   *[formal] Sie haben folgende Rechte: { $list }.
}
faq-rights-contact = { $register ->
    [informal] Sende deinen Antrag an { $email }.
   *[formal] Senden Sie Ihren Antrag an { $email }.
}
faq-complaint-q = Wie kann ich Beschwerde einlegen?
faq-complaint-a = { $register ->
    [informal] Du kannst Beschwerde bei der Aufsichtsbehörde einlegen: { $authority }.
   *[formal] Sie können Beschwerde bei der Aufsichtsbehörde einlegen: { $authority }.
}
faq-complaint-a-generic = { $register ->
    [informal] Du kannst Beschwerde bei einer Aufsichtsbehörde einlegen, insbesondere in dem Mitgliedstaat, in dem du wohnst oder arbeitest.
   *[formal] Sie können Beschwerde bei einer Aufsichtsbehörde einlegen, insbesondere in dem Mitgliedstaat, in dem Sie wohnen oder arbeiten.
}
faq-complaint-contact = { $register ->
    [informal] Du kannst dich auch zuerst unter { $email } an uns wenden.
   *[formal] Sie können sich auch zuerst unter { $email } an uns wenden.
}
faq-cookies-q = { $register ->
    [informal] Verwendet ihr Cookies?
   *[formal] Verwenden Sie Cookies?
}
faq-cookies-a-consent = { $register ->
    [informal] Ja: { $list }. Für Cookies, die nicht unbedingt erforderlich sind, verlangt das Gesetz deine Einwilligung.
   *[formal] Ja: { $list }. Für Cookies, die nicht unbedingt erforderlich sind, verlangt das Gesetz Ihre Einwilligung.
}
faq-cookies-a-necessary = { $register ->
    [informal] Nur unbedingt erforderliche Cookies, für die das Gesetz deine Einwilligung nicht verlangt.
   *[formal] Nur unbedingt erforderliche Cookies, für die das Gesetz Ihre Einwilligung nicht verlangt.
}
faq-cookies-a-none = Nein. Unsere Website verwendet keine Cookies oder ähnlichen Technologien.
faq-read-more = Die vollständige Datenschutzerklärung lesen

## Fassungen: das Archiv, die Änderungen zwischen Fassungen, der Feed

version-id = Fassung { $id }
archived-banner = Dies ist die Fassung vom { $date }. Diese Fassung ist nicht mehr in Kraft.
archived-current = Die aktuelle Fassung lesen
feed-title = Änderungen der Datenschutzerklärung
feed-entry-title = Fassung vom { $date }
feed-entry-first = Die erste Fassung in diesem Archiv.
changes-link = Was sich in dieser Fassung geändert hat
versions-link = Alle Fassungen
versions-title = Fassungen der Datenschutzerklärung
versions-title-cookies = Fassungen der Cookie-Richtlinie
versions-intro = Alle Fassungen dieser Datenschutzerklärung, die neueste zuerst. Frühere Fassungen werden genau so aufbewahrt, wie sie veröffentlicht wurden.
versions-intro-cookies = Alle Fassungen dieser Cookie-Richtlinie, die neueste zuerst. Frühere Fassungen werden genau so aufbewahrt, wie sie veröffentlicht wurden.
versions-item = Fassung vom { $date }
versions-current = aktuelle Fassung
versions-changes = Was sich geändert hat
versions-first = Die erste Fassung in diesem Archiv.
changes-title = Änderungen der Datenschutzerklärung
changes-title-cookies = Änderungen der Cookie-Richtlinie
changes-between = Von der Fassung vom { $from } zur Fassung vom { $to }
changes-list-title = Was sich geändert hat
changes-see = Siehe
changes-none = Inhaltlich hat sich nichts geändert; der Wortlaut kann sich geändert haben (siehe den Vergleich unten).
redline-title = Der Text im Vergleich
redline-legend = Entfernter Text ist durchgestrichen, hinzugefügter Text unterstrichen; ein Screenreader kündigt jeweils an, ob Text entfernt oder hinzugefügt wurde. Unveränderte Abschnitte sind eingeklappt.
redline-unchanged = (unverändert)
redline-intro = Einleitung der Erklärung
diff-heading = Änderungen der Erklärung: { $from } → { $to }
redline-removed = entfernt:
redline-added = hinzugefügt:
redline-end = Ende
change-not-stated = nicht angegeben
change-introduction = Die Einleitung wurde umformuliert.
change-controller = Unsere Angaben wurden geändert: { $fields }.
change-controller-details = Weitere Angaben dazu, wer wir sind, wurden geändert.
change-joint = Die Angaben zu gemeinsam Verantwortlichen wurden geändert.
change-representative = Die Angaben zu unserem Vertreter in der Europäischen Union wurden geändert.
change-dpo = Die Angaben zu unserem Datenschutzbeauftragten wurden geändert.
change-privacy-contact = Der Kontakt für Datenschutzfragen wurde geändert.
change-authority = Die Angaben zur Aufsichtsbehörde wurden geändert.
change-data-added = Neue Kategorien personenbezogener Daten: { $list }.
change-data-removed = Kategorien personenbezogener Daten, die wir nicht mehr verarbeiten: { $list }.
change-data-reworded = Die Beschreibung folgender Kategorien personenbezogener Daten wurde geändert: { $list }.
change-data-changed = Die Kategorien personenbezogener Daten wurden geändert.
change-special = Die Angaben zu besonderen Kategorien personenbezogener Daten wurden geändert.
change-sources = { $register ->
    [informal] Die Quellen deiner personenbezogenen Daten wurden geändert.
   *[formal] Die Quellen Ihrer personenbezogenen Daten wurden geändert.
}
change-purpose-added = Neuer Zweck: „{ $title }“, Rechtsgrundlage: { $basis }.
change-purpose-removed = Der Zweck „{ $title }“ wurde gestrichen.
change-purpose-renamed = Der Zweck „{ $old }“ heißt jetzt „{ $title }“.
change-purpose-basis = „{ $title }“: Die Rechtsgrundlage hat sich geändert (bisher: { $old }; jetzt: { $new }).
change-purpose-interest = „{ $title }“: Die Beschreibung unseres berechtigten Interesses wurde geändert.
change-purpose-retention = „{ $title }“: Die Speicherdauer hat sich geändert (bisher: { $old }; jetzt: { $new }).
change-purpose-retention-period = „{ $title }“: Die Speicherdauer hat sich geändert (bisher: { $old }; jetzt: { $new }), jeweils { $event }.
change-purpose-data-added = „{ $title }“ verwendet jetzt auch: { $list }.
change-purpose-data-removed = „{ $title }“ verwendet nicht mehr: { $list }.
change-purpose-recipients-added = „{ $title }“: neue Empfänger: { $list }.
change-purpose-recipients-removed = „{ $title }“: Die Daten werden nicht mehr weitergegeben an: { $list }.
change-purpose-reworded = „{ $title }“: Die Beschreibung wurde umformuliert.
change-purpose-details = „{ $title }“: Weitere Angaben wurden geändert.
change-recipient-added = Neuer Empfänger: { $details }.
change-recipient-removed = { $register ->
    [informal] { $name } erhält deine personenbezogenen Daten nicht mehr.
   *[formal] { $name } erhält Ihre personenbezogenen Daten nicht mehr.
}
change-recipient-role = { $name }: Die Rolle hat sich geändert (bisher: { $old }; jetzt: { $new }).
change-recipient-country = { $name }: Das Land hat sich geändert (bisher: { $old }; jetzt: { $new }).
change-recipient-transfer = { $name }: Die Garantie für die Übermittlung hat sich geändert (bisher: { $old }; jetzt: { $new }).
change-recipient-transfer-new = { $register ->
    [informal] { $name }: Deine personenbezogenen Daten werden jetzt in ein Land außerhalb des Europäischen Wirtschaftsraums übermittelt, { $mechanism }.
   *[formal] { $name }: Ihre personenbezogenen Daten werden jetzt in ein Land außerhalb des Europäischen Wirtschaftsraums übermittelt, { $mechanism }.
}
change-recipient-transfer-ended = { $register ->
    [informal] { $name }: Deine personenbezogenen Daten werden nicht mehr in ein Land außerhalb des Europäischen Wirtschaftsraums übermittelt.
   *[formal] { $name }: Ihre personenbezogenen Daten werden nicht mehr in ein Land außerhalb des Europäischen Wirtschaftsraums übermittelt.
}
change-recipient-reworded = { $name }: Der Name oder die Beschreibung der Dienstleistung wurde geändert.
change-recipient-details = { $name }: Weitere Angaben wurden geändert.
change-transfers = Die Angaben zu Übermittlungen in Länder außerhalb des Europäischen Wirtschaftsraums wurden geändert.
change-data-sale = Die Aussage zum Verkauf personenbezogener Daten wurde geändert.
change-after-retention = { $register ->
    [informal] Was mit deinen Daten nach Ablauf der Speicherdauer geschieht, wurde geändert.
   *[formal] Was mit Ihren Daten nach Ablauf der Speicherdauer geschieht, wurde geändert.
}
change-rights = { $register ->
    [informal] Die Angaben zu deinen Rechten wurden geändert.
   *[formal] Die Angaben zu Ihren Rechten wurden geändert.
}
change-children = Die Angaben zu Kindern wurden geändert.
change-security = Die Angaben zur Sicherheit wurden geändert.
change-changes = { $register ->
    [informal] Die Art und Weise, wie wir dich über Änderungen dieser Erklärung informieren, wurde geändert.
   *[formal] Die Art und Weise, wie wir Sie über Änderungen dieser Erklärung informieren, wurde geändert.
}
change-faq = Die Antworten auf häufig gestellte Fragen wurden geändert.
change-cookie-added = Neues Cookie: { $name } ({ $category }).
change-cookie-removed = Das Cookie { $name } wird nicht mehr verwendet.
change-cookie-category = Das Cookie { $name } wurde einer anderen Kategorie zugeordnet (bisher: { $old }; jetzt: { $new }).
change-cookie-duration = Cookie { $name }: Die Speicherdauer hat sich geändert (bisher: { $old }; jetzt: { $new }).
change-cookie-details = Cookie { $name }: Weitere Angaben wurden geändert.
change-cookie-unnamed = (Name nicht angegeben)
change-cookies-none = Unsere Website verwendet keine Cookies oder ähnlichen Technologien mehr.
change-cookies-other = Die Angaben zu Cookies wurden geändert.
change-cookie-consent = { $register ->
    [informal] Die Art und Weise, wie wir deine Einwilligung in Cookies einholen, wurde geändert.
   *[formal] Die Art und Weise, wie wir Ihre Einwilligung in Cookies einholen, wurde geändert.
}

## Die lokale Vorschau (`privasite serve`): nur während der Vorschau sichtbar, nie auf einer erstellten Website.

serve-preview-label = Vorschau
serve-errors-title = { $count ->
    [one] Die zuletzt gespeicherte Version enthält einen Fehler. Diese Seite zeigt die letzte Version, die erstellt werden konnte.
   *[other] Die zuletzt gespeicherte Version enthält { $count } Fehler. Diese Seite zeigt die letzte Version, die erstellt werden konnte.
}
serve-warnings-title = { $count ->
    [one] 1 Warnung oder Hinweis
   *[other] { $count } Warnungen und Hinweise
}
serve-open-in-editor = Im Editor öffnen
serve-pending = Diese Arbeitskopie weicht von der veröffentlichten Fassung ab.
serve-pending-link = Ausstehende Änderungen prüfen
review-title = Ausstehende Änderungen
review-intro = Die Arbeitskopie im Vergleich zum Stand { $baseline }.
review-no-baseline = Es gibt noch keine veröffentlichte Fassung, mit der verglichen werden kann: Die Website hat keinen Commit und keine archivierte Fassung.
review-changelog = Was sich ändert
review-no-changes = Die inhaltlichen Angaben der Erklärung bleiben unverändert.
review-text = Der Text im Vergleich, Abschnitt für Abschnitt
review-text-same = Der Text ist unverändert.
review-stale = Zu prüfende Übersetzungen
review-stale-none = Keine Übersetzung scheint hinter dem aktuellen Stand zurückzuliegen.
review-side-by-side = Die Abschnitte nebeneinander, in allen Sprachen
