### Eingebauter Katalog: die Wörter hinter den Schlüsseln, die eine Erklärung verwendet (Deutsch).
### Sätze, die den Leser ansprechen, wählen mit `$register` zwischen der Höflichkeitsform (Sie,
### Ihr: Standard) und dem Du (du, dein), jeweils als ganzer Satz.

## Daten und Fristen

month-1 = Januar
month-2 = Februar
month-3 = März
month-4 = April
month-5 = Mai
month-6 = Juni
month-7 = Juli
month-8 = August
month-9 = September
month-10 = Oktober
month-11 = November
month-12 = Dezember
date = { $day }. { $month } { $year }

period-days =
    { $amount ->
        [one] { $amount } Tag
       *[other] { $amount } Tage
    }
period-months =
    { $amount ->
        [one] { $amount } Monat
       *[other] { $amount } Monate
    }
period-years =
    { $amount ->
        [one] { $amount } Jahr
       *[other] { $amount } Jahre
    }

## Rechtsgrundlagen (Art. 6 Abs. 1 DSGVO)

basis-consent = { $register ->
    [informal] Deine Einwilligung
   *[formal] Ihre Einwilligung
}
basis-consent-explanation = { $register ->
    [informal] Du hast deine Einwilligung für diesen bestimmten Zweck erteilt (Art. 6 Abs. 1 lit. a DSGVO). Du kannst sie jederzeit widerrufen.
   *[formal] Sie haben Ihre Einwilligung für diesen bestimmten Zweck erteilt (Art. 6 Abs. 1 lit. a DSGVO). Sie können sie jederzeit widerrufen.
}
basis-contract = Erfüllung eines Vertrags
basis-contract-explanation = { $register ->
    [informal] Wir benötigen die Daten, um einen Vertrag mit dir zu erfüllen oder um vorvertragliche Maßnahmen durchzuführen, die auf deine Anfrage erfolgen (Art. 6 Abs. 1 lit. b DSGVO).
   *[formal] Wir benötigen die Daten, um einen Vertrag mit Ihnen zu erfüllen oder um vorvertragliche Maßnahmen durchzuführen, die auf Ihre Anfrage erfolgen (Art. 6 Abs. 1 lit. b DSGVO).
}
basis-legal_obligation = Erfüllung einer rechtlichen Verpflichtung
basis-legal_obligation-explanation = Die Verarbeitung ist zur Erfüllung einer rechtlichen Verpflichtung erforderlich, der wir unterliegen (Art. 6 Abs. 1 lit. c DSGVO).
basis-vital_interests = Schutz lebenswichtiger Interessen
basis-vital_interests-explanation = { $register ->
    [informal] Die Verarbeitung ist erforderlich, um dein Leben oder das Leben einer anderen Person zu schützen (Art. 6 Abs. 1 lit. d DSGVO).
   *[formal] Die Verarbeitung ist erforderlich, um Ihr Leben oder das Leben einer anderen Person zu schützen (Art. 6 Abs. 1 lit. d DSGVO).
}
basis-public_task = Wahrnehmung einer Aufgabe im öffentlichen Interesse
basis-public_task-explanation = Die Verarbeitung ist für die Wahrnehmung einer Aufgabe erforderlich, die im öffentlichen Interesse liegt oder in Ausübung öffentlicher Gewalt erfolgt (Art. 6 Abs. 1 lit. e DSGVO).
basis-legitimate_interests = Wahrung berechtigter Interessen
basis-legitimate_interests-explanation = { $register ->
    [informal] Die Verarbeitung ist zur Wahrung eines berechtigten Interesses erforderlich, das wir oder ein Dritter verfolgen, sofern nicht deine Interessen oder deine Grundrechte und Grundfreiheiten überwiegen (Art. 6 Abs. 1 lit. f DSGVO).
   *[formal] Die Verarbeitung ist zur Wahrung eines berechtigten Interesses erforderlich, das wir oder ein Dritter verfolgen, sofern nicht Ihre Interessen oder Ihre Grundrechte und Grundfreiheiten überwiegen (Art. 6 Abs. 1 lit. f DSGVO).
}

## Rechte

right-access = Auskunftsrecht
right-access-text = { $register ->
    [informal] Du kannst erfragen, ob wir dich betreffende personenbezogene Daten verarbeiten, und, falls ja, eine Kopie dieser Daten zusammen mit Informationen darüber erhalten, wie wir sie verwenden (Art. 15 DSGVO).
   *[formal] Sie können erfragen, ob wir Sie betreffende personenbezogene Daten verarbeiten, und, falls ja, eine Kopie dieser Daten zusammen mit Informationen darüber erhalten, wie wir sie verwenden (Art. 15 DSGVO).
}
right-rectification = Recht auf Berichtigung
right-rectification-text = { $register ->
    [informal] Du kannst unrichtige Daten berichtigen und unvollständige Daten vervollständigen lassen (Art. 16 DSGVO).
   *[formal] Sie können unrichtige Daten berichtigen und unvollständige Daten vervollständigen lassen (Art. 16 DSGVO).
}
right-erasure = Recht auf Löschung
right-erasure-text = { $register ->
    [informal] Du kannst von uns verlangen, deine Daten zu löschen, zum Beispiel wenn wir sie nicht mehr benötigen oder wenn du deine Einwilligung widerrufst. Daten, die wir von Gesetzes wegen aufbewahren müssen, können wir nicht löschen (Art. 17 DSGVO).
   *[formal] Sie können von uns verlangen, Ihre Daten zu löschen, zum Beispiel wenn wir sie nicht mehr benötigen oder wenn Sie Ihre Einwilligung widerrufen. Daten, die wir von Gesetzes wegen aufbewahren müssen, können wir nicht löschen (Art. 17 DSGVO).
}
right-restriction = Recht auf Einschränkung der Verarbeitung
right-restriction-text = { $register ->
    [informal] Du kannst von uns verlangen, deine Daten vorübergehend nicht mehr zu verwenden, sie aber weiterhin zu speichern, zum Beispiel während wir prüfen, ob sie richtig sind (Art. 18 DSGVO).
   *[formal] Sie können von uns verlangen, Ihre Daten vorübergehend nicht mehr zu verwenden, sie aber weiterhin zu speichern, zum Beispiel während wir prüfen, ob sie richtig sind (Art. 18 DSGVO).
}
right-portability = Recht auf Datenübertragbarkeit
right-portability-text = { $register ->
    [informal] Du kannst die Daten, die du uns bereitgestellt hast, in einem strukturierten, gängigen und maschinenlesbaren Format erhalten oder verlangen, dass wir sie direkt an eine andere Organisation übermitteln (Art. 20 DSGVO).
   *[formal] Sie können die Daten, die Sie uns bereitgestellt haben, in einem strukturierten, gängigen und maschinenlesbaren Format erhalten oder verlangen, dass wir sie direkt an eine andere Organisation übermitteln (Art. 20 DSGVO).
}
right-objection = Widerspruchsrecht
right-objection-text = { $register ->
    [informal] Du kannst aus Gründen, die sich aus deiner besonderen Situation ergeben, jederzeit Widerspruch gegen eine Verarbeitung einlegen, die auf unseren berechtigten Interessen oder auf einer Aufgabe im öffentlichen Interesse beruht. Wir stellen die Verarbeitung dann ein, es sei denn, wir haben zwingende schutzwürdige Gründe, die deine Interessen überwiegen, oder benötigen die Daten zur Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen (Art. 21 Abs. 1 DSGVO).
   *[formal] Sie können aus Gründen, die sich aus Ihrer besonderen Situation ergeben, jederzeit Widerspruch gegen eine Verarbeitung einlegen, die auf unseren berechtigten Interessen oder auf einer Aufgabe im öffentlichen Interesse beruht. Wir stellen die Verarbeitung dann ein, es sei denn, wir haben zwingende schutzwürdige Gründe, die Ihre Interessen überwiegen, oder benötigen die Daten zur Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen (Art. 21 Abs. 1 DSGVO).
}
right-objection_marketing = Widerspruchsrecht gegen Direktwerbung
right-objection_marketing-text = { $register ->
    [informal] Du kannst der Verwendung deiner Daten für Direktwerbung jederzeit kostenlos und ohne Angabe von Gründen widersprechen. Wir verwenden deine Daten dann nicht mehr für diesen Zweck (Art. 21 Abs. 2 und 3 DSGVO).
   *[formal] Sie können der Verwendung Ihrer Daten für Direktwerbung jederzeit kostenlos und ohne Angabe von Gründen widersprechen. Wir verwenden Ihre Daten dann nicht mehr für diesen Zweck (Art. 21 Abs. 2 und 3 DSGVO).
}
right-withdraw_consent = Recht auf Widerruf der Einwilligung
right-withdraw_consent-text = { $register ->
    [informal] Soweit wir uns auf deine Einwilligung stützen, kannst du diese jederzeit widerrufen, und zwar so einfach, wie du sie erteilt hast. Der Widerruf berührt nicht die Rechtmäßigkeit der bis zum Widerruf erfolgten Verarbeitung (Art. 7 Abs. 3 DSGVO).
   *[formal] Soweit wir uns auf Ihre Einwilligung stützen, können Sie diese jederzeit widerrufen, und zwar so einfach, wie Sie sie erteilt haben. Der Widerruf berührt nicht die Rechtmäßigkeit der bis zum Widerruf erfolgten Verarbeitung (Art. 7 Abs. 3 DSGVO).
}
right-human_review = Rechte bei automatisierten Entscheidungen
right-human_review-text = { $register ->
    [informal] Wird eine Entscheidung über dich ausschließlich automatisiert getroffen, kannst du verlangen, dass eine Person sie überprüft, deinen Standpunkt darlegen und die Entscheidung anfechten (Art. 22 DSGVO).
   *[formal] Wird eine Entscheidung über Sie ausschließlich automatisiert getroffen, können Sie verlangen, dass eine Person sie überprüft, Ihren Standpunkt darlegen und die Entscheidung anfechten (Art. 22 DSGVO).
}
right-complaint = Recht auf Beschwerde
right-complaint-text = { $register ->
    [informal] Wenn du der Ansicht bist, dass deine Daten rechtswidrig verarbeitet werden, kannst du Beschwerde bei einer Aufsichtsbehörde einlegen (Art. 77 DSGVO).
   *[formal] Wenn Sie der Ansicht sind, dass Ihre Daten rechtswidrig verarbeitet werden, können Sie Beschwerde bei einer Aufsichtsbehörde einlegen (Art. 77 DSGVO).
}

## Kategorien personenbezogener Daten

data-identification = Identifikationsdaten
data-identification-items = Nachname, Vorname, Anrede
data-contact = Kontaktdaten
data-contact-items = Postanschrift, E-Mail-Adresse, Telefonnummer
data-payment = Zahlungsdaten
data-payment-items = Bankkontonummer, Zahlungsart, Zahlungsstatus
data-financial = Finanz- und Rechnungsdaten
data-financial-items = Rechnungen, Mehrwertsteuernummer, gezahlte und fällige Beträge
data-orders = Bestelldaten
data-orders-items = bestellte Produkte, Lieferanschrift, Bestellhistorie
data-account = Benutzerkontodaten
data-account-items = Benutzername, verschlüsseltes Passwort, Kontoeinstellungen
data-usage = Nutzungsdaten
data-usage-items = besuchte Seiten, Zeitpunkt und Dauer der Besuche, angeklickte Links
data-device = Geräte- und Verbindungsdaten
data-device-items = IP-Adresse, Browsertyp und -version, Betriebssystem
data-location = Standortdaten
data-location-items = { $register ->
    [informal] ungefährer, aus deiner IP-Adresse abgeleiteter Standort
   *[formal] ungefährer, aus Ihrer IP-Adresse abgeleiteter Standort
}
data-communications = Kommunikationsinhalte
data-communications-items = { $register ->
    [informal] der Inhalt deiner Nachrichten, E-Mails und Telefonate mit uns
   *[formal] der Inhalt Ihrer Nachrichten, E-Mails und Telefonate mit uns
}
data-preferences = Präferenzen
data-preferences-items = { $register ->
    [informal] Sprache, Newsletter-Abonnements, von dir angegebene Interessen
   *[formal] Sprache, Newsletter-Abonnements, von Ihnen angegebene Interessen
}
data-professional = Berufliche Daten
data-professional-items = Arbeitgeber, Berufsbezeichnung, Firmenname, Mehrwertsteuernummer
data-national_number = Nationalregisternummer
data-national_number-items = { $register ->
    [informal] deine Nationalregisternummer, nur soweit das Gesetz dies vorschreibt
   *[formal] Ihre Nationalregisternummer, nur soweit das Gesetz dies vorschreibt
}
data-images = Bildaufnahmen
data-images-items = Fotos und Videoaufnahmen
data-health = Gesundheitsdaten
data-health-items = { $register ->
    [informal] Informationen über deine körperliche oder geistige Gesundheit
   *[formal] Informationen über Ihre körperliche oder geistige Gesundheit
}
data-racial_ethnic_origin = Rassische oder ethnische Herkunft
data-racial_ethnic_origin-items = { $register ->
    [informal] Informationen, aus denen deine rassische oder ethnische Herkunft hervorgeht
   *[formal] Informationen, aus denen Ihre rassische oder ethnische Herkunft hervorgeht
}
data-political_opinions = Politische Meinungen
data-political_opinions-items = { $register ->
    [informal] Informationen, aus denen deine politischen Meinungen hervorgehen
   *[formal] Informationen, aus denen Ihre politischen Meinungen hervorgehen
}
data-religious_beliefs = Religiöse oder weltanschauliche Überzeugungen
data-religious_beliefs-items = { $register ->
    [informal] Informationen, aus denen deine religiösen oder weltanschaulichen Überzeugungen hervorgehen
   *[formal] Informationen, aus denen Ihre religiösen oder weltanschaulichen Überzeugungen hervorgehen
}
data-trade_union = Gewerkschaftszugehörigkeit
data-trade_union-items = { $register ->
    [informal] ob du Mitglied einer Gewerkschaft bist
   *[formal] ob Sie Mitglied einer Gewerkschaft sind
}
data-genetic = Genetische Daten
data-genetic-items = { $register ->
    [informal] Informationen über deine ererbten oder erworbenen genetischen Eigenschaften
   *[formal] Informationen über Ihre ererbten oder erworbenen genetischen Eigenschaften
}
data-biometric = Biometrische Daten
data-biometric-items = { $register ->
    [informal] Fingerabdrücke, Gesichtsbilder, die zu deiner Identifizierung verwendet werden
   *[formal] Fingerabdrücke, Gesichtsbilder, die zu Ihrer Identifizierung verwendet werden
}
data-sex_life = Sexualleben oder sexuelle Orientierung
data-sex_life-items = { $register ->
    [informal] Informationen über dein Sexualleben oder deine sexuelle Orientierung
   *[formal] Informationen über Ihr Sexualleben oder Ihre sexuelle Orientierung
}
data-criminal_records = Strafrechtliche Verurteilungen und Straftaten
data-criminal_records-items = Auszüge aus dem Strafregister

## Bedingungen für besondere Kategorien (Art. 9 Abs. 2 DSGVO)

art9-explicit_consent = { $register ->
    [informal] deine ausdrückliche Einwilligung (Art. 9 Abs. 2 lit. a DSGVO)
   *[formal] Ihre ausdrückliche Einwilligung (Art. 9 Abs. 2 lit. a DSGVO)
}
art9-employment = Pflichten aus dem Arbeitsrecht und dem Recht der sozialen Sicherheit (Art. 9 Abs. 2 lit. b DSGVO)
art9-vital_interests = { $register ->
    [informal] der Schutz deiner lebenswichtigen Interessen oder derjenigen einer anderen Person, wenn du aus körperlichen oder rechtlichen Gründen außerstande bist, deine Einwilligung zu geben (Art. 9 Abs. 2 lit. c DSGVO)
   *[formal] der Schutz Ihrer lebenswichtigen Interessen oder derjenigen einer anderen Person, wenn Sie aus körperlichen oder rechtlichen Gründen außerstande sind, Ihre Einwilligung zu geben (Art. 9 Abs. 2 lit. c DSGVO)
}
art9-non_profit_body = die rechtmäßigen Tätigkeiten einer Organisation ohne Gewinnerzielungsabsicht mit politischer, weltanschaulicher, religiöser oder gewerkschaftlicher Ausrichtung (Art. 9 Abs. 2 lit. d DSGVO)
art9-made_public = { $register ->
    [informal] Daten, die du selbst offensichtlich öffentlich gemacht hast (Art. 9 Abs. 2 lit. e DSGVO)
   *[formal] Daten, die Sie selbst offensichtlich öffentlich gemacht haben (Art. 9 Abs. 2 lit. e DSGVO)
}
art9-legal_claims = die Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen (Art. 9 Abs. 2 lit. f DSGVO)
art9-public_interest = ein erhebliches öffentliches Interesse auf gesetzlicher Grundlage (Art. 9 Abs. 2 lit. g DSGVO)
art9-health_care = die Gesundheitsvorsorge oder Arbeitsmedizin, die medizinische Diagnostik oder die Gesundheitsversorgung (Art. 9 Abs. 2 lit. h DSGVO)
art9-public_health = das öffentliche Interesse im Bereich der öffentlichen Gesundheit (Art. 9 Abs. 2 lit. i DSGVO)
art9-research = Archivzwecke, wissenschaftliche oder historische Forschungszwecke oder statistische Zwecke (Art. 9 Abs. 2 lit. j DSGVO)

## Quellen

source-data_subject = { $register ->
    [informal] Du selbst, wenn du ein Formular ausfüllst, eine Bestellung aufgibst oder mit uns Kontakt aufnimmst
   *[formal] Sie selbst, wenn Sie ein Formular ausfüllen, eine Bestellung aufgeben oder mit uns Kontakt aufnehmen
}
source-automatic = { $register ->
    [informal] Automatisch, wenn du unsere Website nutzt
   *[formal] Automatisch, wenn Sie unsere Website nutzen
}
source-public_sources = Öffentliche Quellen, etwa die Zentrale Datenbank der Unternehmen und das Belgische Staatsblatt
source-business_partners = Unsere Geschäftspartner
source-social_networks = { $register ->
    [informal] Soziale Netzwerke, wenn du dein dortiges Konto mit uns verknüpfst
   *[formal] Soziale Netzwerke, wenn Sie Ihr dortiges Konto mit uns verknüpfen
}
source-employer = { $register ->
    [informal] Dein Arbeitgeber
   *[formal] Ihr Arbeitgeber
}

## Ereignisse, ab denen eine Speicherdauer läuft

event-collection = nach Erhebung der Daten
event-contract_end = nach Ende des Vertrags
event-last_contact = { $register ->
    [informal] nach unserem letzten Kontakt mit dir
   *[formal] nach unserem letzten Kontakt mit Ihnen
}
event-last_order = { $register ->
    [informal] nach deiner letzten Bestellung
   *[formal] nach Ihrer letzten Bestellung
}
event-account_closure = { $register ->
    [informal] nach Schließung deines Benutzerkontos
   *[formal] nach Schließung Ihres Benutzerkontos
}
event-consent_withdrawal = { $register ->
    [informal] nach Widerruf deiner Einwilligung
   *[formal] nach Widerruf Ihrer Einwilligung
}
event-financial_year_end = nach Ende des betreffenden Geschäftsjahres
event-relationship_end = nach Ende unserer Geschäftsbeziehung

## Rollen der Empfänger

role-processor = Auftragsverarbeiter (handelt nach unseren Weisungen)
    .in-sentence = als Auftragsverarbeiter
role-controller = Eigenständiger Verantwortlicher
    .in-sentence = als eigenständiger Verantwortlicher
role-joint_controller = Gemeinsam Verantwortlicher
    .in-sentence = als gemeinsam Verantwortlicher
role-public_authority = Behörde
    .in-sentence = als Behörde
role-group_company = Unternehmen unserer Unternehmensgruppe
    .in-sentence = als Unternehmen unserer Unternehmensgruppe

## Übermittlungsmechanismen

mechanism-adequacy = Angemessenheitsbeschluss der Europäischen Kommission
    .in-sentence = auf Grundlage eines Angemessenheitsbeschlusses der Europäischen Kommission
mechanism-adequacy-text = Die Europäische Kommission hat beschlossen, dass dieses Land ein angemessenes Schutzniveau gewährleistet (Art. 45 DSGVO).
mechanism-dpf = EU-US Data Privacy Framework
    .in-sentence = auf Grundlage des EU-US Data Privacy Framework
mechanism-dpf-text = Der Empfänger ist nach dem EU-US Data Privacy Framework zertifiziert, für das die Europäische Kommission festgestellt hat, dass es ein angemessenes Schutzniveau gewährleistet (Art. 45 DSGVO).
mechanism-scc = Standardvertragsklauseln
    .in-sentence = auf Grundlage von Standardvertragsklauseln
mechanism-scc-text = Die Übermittlung unterliegt den von der Europäischen Kommission erlassenen Standardvertragsklauseln (Art. 46 Abs. 2 lit. c DSGVO).
mechanism-bcr = Verbindliche interne Datenschutzvorschriften
    .in-sentence = auf Grundlage verbindlicher interner Datenschutzvorschriften
mechanism-bcr-text = Die Übermittlung unterliegt verbindlichen internen Datenschutzvorschriften, die von einer Aufsichtsbehörde genehmigt wurden (Art. 47 DSGVO).
mechanism-derogation = Ausnahme für einen bestimmten Fall
    .in-sentence = auf Grundlage einer Ausnahme für einen bestimmten Fall
mechanism-derogation-text = Die Übermittlung stützt sich auf eine Ausnahme für einen bestimmten Fall (Art. 49 DSGVO).

## Cookies

cookie-category-strictly_necessary = Unbedingt erforderliche Cookies
cookie-category-strictly_necessary-text = { $register ->
    [informal] Cookies dieser Kategorie sind unbedingt erforderlich, um eine Nachricht zu übertragen oder einen von dir ausdrücklich gewünschten Dienst bereitzustellen. Das Gesetz verlangt hierfür nicht deine Einwilligung.
   *[formal] Cookies dieser Kategorie sind unbedingt erforderlich, um eine Nachricht zu übertragen oder einen von Ihnen ausdrücklich gewünschten Dienst bereitzustellen. Das Gesetz verlangt hierfür nicht Ihre Einwilligung.
}
cookie-category-preferences = Präferenz-Cookies
cookie-category-preferences-text = { $register ->
    [informal] Cookies dieser Kategorie speichern Entscheidungen, die du triffst, für deinen nächsten Besuch. Das Gesetz verlangt hierfür deine Einwilligung.
   *[formal] Cookies dieser Kategorie speichern Entscheidungen, die Sie treffen, für Ihren nächsten Besuch. Das Gesetz verlangt hierfür Ihre Einwilligung.
}
cookie-category-analytics = Analyse-Cookies
cookie-category-analytics-text = { $register ->
    [informal] Cookies dieser Kategorie messen, wie Besucher die Website nutzen. Das Gesetz verlangt hierfür deine Einwilligung.
   *[formal] Cookies dieser Kategorie messen, wie Besucher die Website nutzen. Das Gesetz verlangt hierfür Ihre Einwilligung.
}
cookie-category-marketing = Marketing-Cookies
cookie-category-marketing-text = { $register ->
    [informal] Cookies dieser Kategorie werden für Werbung verwendet. Das Gesetz verlangt hierfür deine Einwilligung.
   *[formal] Cookies dieser Kategorie werden für Werbung verwendet. Das Gesetz verlangt hierfür Ihre Einwilligung.
}
cookie-kind-http_cookie = Cookie
cookie-kind-local_storage = Lokaler Speicher
cookie-kind-pixel = Pixel

## Ob die Bereitstellung der Daten vorgeschrieben ist (Art. 13 Abs. 2 lit. e DSGVO)

requirement-statutory = Die Bereitstellung dieser Daten ist gesetzlich vorgeschrieben.
requirement-contractual = Die Bereitstellung dieser Daten ist vertraglich vorgeschrieben.
requirement-contract_prerequisite = { $register ->
    [informal] Die Bereitstellung dieser Daten ist für einen Vertragsabschluss mit dir erforderlich.
   *[formal] Die Bereitstellung dieser Daten ist für einen Vertragsabschluss mit Ihnen erforderlich.
}
requirement-voluntary = Die Bereitstellung dieser Daten ist freiwillig.

## Aufsichtsbehörden

authority-be-gba = Datenschutzbehörde (Gegevensbeschermingsautoriteit / Autorité de protection des données)
authority-be-gba-street = Rue de la Presse 35
authority-be-gba-city = 1000 Brüssel
authority-be-gba-phone = +32 2 274 48 00
authority-be-gba-website = https://www.datenschutzbehorde.be

## Beschlüsse der Kommission, auf die sich eine Übermittlung stützen kann

decision-2021-914 = Durchführungsbeschluss (EU) 2021/914 der Kommission vom 4. Juni 2021 über Standardvertragsklauseln
decision-2023-1795 = Durchführungsbeschluss (EU) 2023/1795 der Kommission vom 10. Juli 2023 über den Datenschutzrahmen EU-USA (EU-US Data Privacy Framework)
decision-2000-518 = Entscheidung 2000/518/EG der Kommission über die Angemessenheit des Schutzes personenbezogener Daten in der Schweiz
decision-2002-2 = Entscheidung 2002/2/EG der Kommission über die Angemessenheit des Datenschutzes, den das kanadische Personal Information Protection and Electronic Documents Act (PIPEDA) bietet
decision-2003-490 = Entscheidung 2003/490/EG der Kommission über die Angemessenheit des Schutzes personenbezogener Daten in Argentinien
decision-2003-821 = Entscheidung 2003/821/EG der Kommission über die Angemessenheit des Schutzes personenbezogener Daten in Guernsey
decision-2004-411 = Entscheidung 2004/411/EG der Kommission über die Angemessenheit des Schutzes personenbezogener Daten auf der Isle of Man
decision-2008-393 = Entscheidung 2008/393/EG der Kommission über die Angemessenheit des Schutzes personenbezogener Daten in Jersey
decision-2010-146 = Beschluss 2010/146/EU der Kommission über die Angemessenheit des Schutzes personenbezogener Daten auf den Färöern
decision-2010-625 = Beschluss 2010/625/EU der Kommission über die Angemessenheit des Schutzes personenbezogener Daten in Andorra
decision-2011-61 = Beschluss 2011/61/EU der Kommission über die Angemessenheit des Schutzes personenbezogener Daten im Staat Israel
decision-2012-484 = Durchführungsbeschluss 2012/484/EU der Kommission über die Angemessenheit des Schutzes personenbezogener Daten in Uruguay
decision-2013-65 = Durchführungsbeschluss 2013/65/EU der Kommission über die Angemessenheit des Schutzes personenbezogener Daten in Neuseeland
decision-2019-419 = Durchführungsbeschluss (EU) 2019/419 der Kommission über die Angemessenheit des Schutzes personenbezogener Daten durch Japan
decision-2022-254 = Durchführungsbeschluss (EU) 2022/254 der Kommission über die Angemessenheit des Schutzes personenbezogener Daten durch die Republik Korea
scc-module = Modul { $module }

## Einwilligung in Cookies und Ankündigung von Änderungen

consent-mechanism-banner = ein Einwilligungsbanner
consent-mechanism-continued_browsing = das weitere Surfen auf der Website
consent-mechanism-browser_settings = die Browsereinstellungen
change-notice-prior_notice = vorherige Benachrichtigung
change-notice-published_only = Veröffentlichung auf dieser Seite
change-notice-check_regularly = regelmäßiges Aufrufen dieser Seite
change-notice-without_notice = ohne Benachrichtigung
channel-email = per E-Mail
channel-website_notice = durch einen Hinweis auf unserer Website
channel-letter = per Brief

## Länder

country-AD = Andorra
    .in = in Andorra
country-AR = Argentinien
    .in = in Argentinien
country-AT = Österreich
    .in = in Österreich
country-AU = Australien
    .in = in Australien
country-BE = Belgien
    .in = in Belgien
country-BG = Bulgarien
    .in = in Bulgarien
country-BR = Brasilien
    .in = in Brasilien
country-CA = Kanada
    .in = in Kanada
country-CH = Schweiz
    .in = in der Schweiz
country-CN = China
    .in = in China
country-CY = Zypern
    .in = in Zypern
country-CZ = Tschechien
    .in-text = Tschechien
    .in = in Tschechien
country-DE = Deutschland
    .in = in Deutschland
country-DK = Dänemark
    .in = in Dänemark
country-EE = Estland
    .in = in Estland
country-ES = Spanien
    .in = in Spanien
country-FI = Finnland
    .in = in Finnland
country-FO = Färöer
    .in-text = Färöer
    .in = auf den Färöern
country-FR = Frankreich
    .in = in Frankreich
country-GB = Vereinigtes Königreich
    .in-text = Vereinigtes Königreich
    .in = im Vereinigten Königreich
country-GG = Guernsey
    .in = auf Guernsey
country-GR = Griechenland
    .in = in Griechenland
country-HR = Kroatien
    .in = in Kroatien
country-HU = Ungarn
    .in = in Ungarn
country-IE = Irland
    .in = in Irland
country-IL = Israel
    .in = in Israel
country-IM = Isle of Man
    .in-text = Isle of Man
    .in = auf der Isle of Man
country-IN = Indien
    .in = in Indien
country-IS = Island
    .in = in Island
country-IT = Italien
    .in = in Italien
country-JE = Jersey
    .in = auf Jersey
country-JP = Japan
    .in = in Japan
country-KR = Südkorea
    .in-text = Republik Korea
    .in = in der Republik Korea
country-LI = Liechtenstein
    .in = in Liechtenstein
country-LT = Litauen
    .in = in Litauen
country-LU = Luxemburg
    .in = in Luxemburg
country-LV = Lettland
    .in = in Lettland
country-MT = Malta
    .in = in Malta
country-NL = Niederlande
    .in-text = Niederlande
    .in = in den Niederlanden
country-NO = Norwegen
    .in = in Norwegen
country-NZ = Neuseeland
    .in = in Neuseeland
country-PL = Polen
    .in = in Polen
country-PT = Portugal
    .in = in Portugal
country-RO = Rumänien
    .in = in Rumänien
country-SE = Schweden
    .in = in Schweden
country-SG = Singapur
    .in = in Singapur
country-SI = Slowenien
    .in = in Slowenien
country-SK = Slowakei
    .in = in der Slowakei
country-US = Vereinigte Staaten
    .in-text = Vereinigte Staaten
    .in = in den Vereinigten Staaten
country-UY = Uruguay
    .in = in Uruguay
