### De vaste zinnen van de pagina’s (Nederlands).
### Elke zin is een omschrijving (wat een recht inhoudt, wat de wet bepaalt) of verschijnt alleen
### als de verklaring het feit vermeldt dat de zin beschrijft.
### Zinnen die de lezer aanspreken, kiezen met `$register` tussen de formele vorm (u, uw, de
### standaard) en de informele (je, jouw), telkens als hele zin.

## Hele site

language-name = Nederlands
list-and = en
list-or = of
quoted = “{ $text }”
skip-link = Naar de hoofdinhoud
nav-label = Privacypagina’s
language-switch = Andere talen
toc-title = Inhoud
page-privacy = Privacyverklaring
page-cookies = Cookiebeleid
page-faq = Veelgestelde vragen
index-title = Privacy-informatie
index-intro = De privacyverklaring, het cookiebeleid en antwoorden op veelgestelde vragen van { $name }.
last-updated = Laatst bijgewerkt: { $date }
effective-from = Deze versie treedt in werking op { $date }.
change-summary-title = Wat er in deze versie is gewijzigd
footer-text = { $name } · { $email }
footer-name = { $name }

## Ontwerpen en feiten die de verklaring niet vermeldt

draft-banner = Ontwerp: niet gepubliceerd. Plaatsen die de verklaring niet vermeldt of in een onleesbare vorm vermeldt, zijn gemarkeerd.
draft-not-stated = niet vermeld in de verklaring
draft-invalid = ongeldig in de verklaring (zie privasite check)

## Labels

label-address = Adres
label-email = E-mail
label-phone = Telefoon
label-website = Website
label-value = { $label }: { $value }
label-enterprise-number = Ondernemingsnummer
label-name = Naam

## Eerste laag: de verklaring in het kort

summary-title = In het kort
summary-controller = { $register ->
    [informal] { $name } is verantwoordelijk voor je persoonsgegevens.
   *[formal] { $name } is verantwoordelijk voor uw persoonsgegevens.
}
summary-contact = { $register ->
    [informal] Je bereikt ons via { $contact }.
   *[formal] U bereikt ons via { $contact }.
}
summary-purposes = { $register ->
    [informal] Wij verwerken je gegevens voor deze doeleinden: { $purposes }.
   *[formal] Wij verwerken uw gegevens voor deze doeleinden: { $purposes }.
}
summary-recipients = Ze worden ontvangen door: { $recipients }.
summary-no-recipients = Niemand buiten onze organisatie ontvangt ze.
summary-transfers = Een deel ervan gaat naar landen buiten de Europese Economische Ruimte: { $countries }.
summary-transfers-unnamed = Een deel ervan gaat naar landen buiten de Europese Economische Ruimte die deze verklaring niet noemt.
summary-transfers-more = Deze verklaring vermeldt ook doorgiften naar landen die ze niet noemt.
summary-no-transfers = Ze verlaten de Europese Economische Ruimte niet.
summary-retention = Wij bewaren ze gedurende de termijn die voor elk doeleinde geldt, van { $shortest } tot { $longest }.
summary-retention-varies = Wij bewaren ze gedurende de termijn die voor elk doeleinde geldt.
summary-retention-per-purpose = Hoelang wij ze bewaren, staat bij elk doeleinde vermeld.
summary-rights = { $register ->
    [informal] Je hebt rechten over je gegevens, waaronder het recht op inzage, rectificatie en wissing.
   *[formal] U hebt rechten over uw gegevens, waaronder het recht op inzage, rectificatie en wissing.
}
summary-complaint = { $register ->
    [informal] Je kunt een klacht indienen bij de { $authority }.
   *[formal] U kunt een klacht indienen bij de { $authority }.
}
summary-more = Meer

## Privacyverklaring: wie wij zijn

section-controller = { $register ->
    [informal] Wie is verantwoordelijk voor jouw gegevens
   *[formal] Wie is verantwoordelijk voor uw gegevens
}
controller-intro = { $register ->
    [informal] { $name } is verantwoordelijk voor de verwerking van je persoonsgegevens (de “verwerkingsverantwoordelijke”).
   *[formal] { $name } is verantwoordelijk voor de verwerking van uw persoonsgegevens (de “verwerkingsverantwoordelijke”).
}
controller-contact = { $register ->
    [informal] Je kunt ons contacteren met elke vraag over deze verklaring.
   *[formal] U kunt ons contacteren met elke vraag over deze verklaring.
}
joint-title = Gezamenlijke verwerkingsverantwoordelijken
joint-intro = { $register ->
    [informal] Voor sommige doeleinden bepalen wij samen met een andere organisatie waarom en hoe je gegevens worden verwerkt (gezamenlijke verwerkingsverantwoordelijken, art. 26 AVG).
   *[formal] Voor sommige doeleinden bepalen wij samen met een andere organisatie waarom en hoe uw gegevens worden verwerkt (gezamenlijke verwerkingsverantwoordelijken, art. 26 AVG).
}
joint-purposes = Betrokken doeleinden
joint-responsibilities = Wie doet wat
representative-title = Onze vertegenwoordiger in de Europese Unie
dpo-title = Functionaris voor gegevensbescherming
dpo-text = { $register ->
    [informal] Wij hebben een functionaris voor gegevensbescherming aangesteld, bij wie je terechtkunt met elke vraag over de verwerking van je persoonsgegevens.
   *[formal] Wij hebben een functionaris voor gegevensbescherming aangesteld, bij wie u terechtkunt met elke vraag over de verwerking van uw persoonsgegevens.
}
dpo-none = Wij hebben geen functionaris voor gegevensbescherming aangesteld.
privacy-contact-title = Contactpersoon voor privacyvragen

## Privacyverklaring: gegevens en bronnen

section-data = Welke persoonsgegevens wij verwerken
data-intro = Wij verwerken de volgende categorieën van persoonsgegevens.
data-special = Dit is een bijzondere categorie van persoonsgegevens. Wij verwerken ze uitsluitend op de volgende grond: { $condition }.
special-none = { $register ->
    [informal] Wij verwerken geen bijzondere categorieën van persoonsgegevens, zoals gegevens over je gezondheid, je godsdienst of je politieke opvattingen.
   *[formal] Wij verwerken geen bijzondere categorieën van persoonsgegevens, zoals gegevens over uw gezondheid, uw godsdienst of uw politieke opvattingen.
}
section-sources = { $register ->
    [informal] Waar jouw gegevens vandaan komen
   *[formal] Waar uw gegevens vandaan komen
}
sources-intro = { $register ->
    [informal] Wij verkrijgen je persoonsgegevens uit de volgende bronnen.
   *[formal] Wij verkrijgen uw persoonsgegevens uit de volgende bronnen.
}
source-public = openbaar toegankelijk

## Privacyverklaring: doeleinden

section-purposes = { $register ->
    [informal] Waarom wij jouw gegevens verwerken en op welke rechtsgrond
   *[formal] Waarom wij uw gegevens verwerken en op welke rechtsgrond
}
purposes-intro = { $register ->
    [informal] Wij verwerken je persoonsgegevens voor de onderstaande doeleinden.
   *[formal] Wij verwerken uw persoonsgegevens voor de onderstaande doeleinden.
}
purpose-data = Gegevens die wij gebruiken
purpose-basis = Rechtsgrond
purpose-bases-several = Deze verklaring vermeldt meer dan één rechtsgrond voor dit doeleinde: { $bases }.
purpose-interest = Ons gerechtvaardigd belang
purpose-retention = Hoelang wij ze bewaren
purpose-recipients = Wie ze ontvangt
purpose-recipients-none = Niemand buiten onze organisatie.
purpose-sources = Waar de gegevens vandaan komen
purpose-provision = { $register ->
    [informal] Ben je verplicht de gegevens te verstrekken?
   *[formal] Bent u verplicht de gegevens te verstrekken?
}
purpose-provision-law = Dat vereist { $law }.
purpose-provision-law-label = De wet die dat vereist
purpose-provision-obliged = { $register ->
    [informal] Je bent verplicht ze te verstrekken.
   *[formal] U bent verplicht ze te verstrekken.
}
purpose-provision-not-obliged = { $register ->
    [informal] Je bent niet verplicht ze te verstrekken.
   *[formal] U bent niet verplicht ze te verstrekken.
}
purpose-provision-obliged-label = { $register ->
    [informal] Of je verplicht bent ze te verstrekken
   *[formal] Of u verplicht bent ze te verstrekken
}
purpose-provision-consequence = { $register ->
    [informal] Als je ze niet verstrekt, { $consequence }
   *[formal] Als u ze niet verstrekt, { $consequence }
}
purpose-automated = Geautomatiseerde besluiten
purpose-automated-none = { $register ->
    [informal] Voor dit doeleinde nemen wij geen besluiten over jou die uitsluitend op geautomatiseerde verwerking berusten.
   *[formal] Voor dit doeleinde nemen wij geen besluiten over u die uitsluitend op geautomatiseerde verwerking berusten.
}
automated-logic = Hoe het besluit tot stand komt
automated-significance = { $register ->
    [informal] Wat het voor jou betekent
   *[formal] Wat het voor u betekent
}
automated-consequences = De gevolgen ervan
purpose-profiling = Profilering
purpose-profiling-none = { $register ->
    [informal] Voor dit doeleinde gebruiken wij je gegevens niet voor profilering.
   *[formal] Voor dit doeleinde gebruiken wij uw gegevens niet voor profilering.
}
retention-period = { $period } { $event }
retention-indefinite = Zonder termijn, zoals deze verklaring vermeldt.

## Privacyverklaring: bewaring

section-retention = { $register ->
    [informal] Hoelang wij jouw gegevens bewaren
   *[formal] Hoelang wij uw gegevens bewaren
}
retention-intro = De onderstaande tabel vermeldt de bewaartermijn van elk doeleinde.
retention-col-purpose = Doeleinde
retention-col-period = Bewaartermijn
after-retention-delete = Na afloop van de bewaartermijn wissen wij de gegevens.
after-retention-anonymise = Na afloop van de bewaartermijn anonimiseren wij de gegevens.
after-retention-delete_or_anonymise = Na afloop van de bewaartermijn wissen of anonimiseren wij de gegevens.

## Privacyverklaring: ontvangers en doorgiften

section-recipients = { $register ->
    [informal] Wie jouw gegevens ontvangt
   *[formal] Wie uw gegevens ontvangt
}
recipients-intro = { $register ->
    [informal] De volgende ontvangers krijgen je persoonsgegevens voor de hierboven vermelde doeleinden.
   *[formal] De volgende ontvangers krijgen uw persoonsgegevens voor de hierboven vermelde doeleinden.
}
recipients-none = { $register ->
    [informal] Wij delen je persoonsgegevens met niemand buiten onze organisatie.
   *[formal] Wij delen uw persoonsgegevens met niemand buiten onze organisatie.
}
recipients-col-name = Ontvanger
recipients-col-role = Rol
recipients-col-service = Dienst
recipients-col-country = Land
recipient-basis = Rechtsgrond van de verstrekking: { $basis }
data-sale-no = { $register ->
    [informal] Wij verkopen je persoonsgegevens niet.
   *[formal] Wij verkopen uw persoonsgegevens niet.
}
data-sale-no-qualified = { $register ->
    [informal] Wij verkopen je persoonsgegevens niet, onder voorbehoud van het volgende:
   *[formal] Wij verkopen uw persoonsgegevens niet, onder voorbehoud van het volgende:
}
data-sale-yes = Wij verkopen persoonsgegevens.
data-sale-yes-qualified = Wij verkopen persoonsgegevens, als volgt:
section-transfers = Doorgifte buiten de Europese Economische Ruimte
transfers-none = { $register ->
    [informal] Je persoonsgegevens verlaten de Europese Economische Ruimte niet.
   *[formal] Uw persoonsgegevens verlaten de Europese Economische Ruimte niet.
}
transfers-intro = { $register ->
    [informal] De volgende ontvangers verwerken je persoonsgegevens buiten de Europese Economische Ruimte.
   *[formal] De volgende ontvangers verwerken uw persoonsgegevens buiten de Europese Economische Ruimte.
}
transfers-col-recipient = Ontvanger
transfers-col-country = Land
transfers-col-safeguard = Waarborg
transfers-policy = Persoonsgegevens worden doorgegeven buiten de Europese Economische Ruimte, naar { $countries }.
transfers-policy-unnamed = Persoonsgegevens worden doorgegeven buiten de Europese Economische Ruimte, naar landen die deze verklaring niet noemt.
transfers-policy-also = Persoonsgegevens worden ook doorgegeven buiten de Europese Economische Ruimte, naar { $countries }.
transfers-policy-also-unnamed = Persoonsgegevens worden ook doorgegeven buiten de Europese Economische Ruimte, naar landen die deze verklaring niet noemt.
transfers-policy-safeguard = Waarborg: { $safeguard }
transfers-copy = { $register ->
    [informal] Je kunt een kopie van deze waarborgen verkrijgen door te schrijven naar { $contact }.
   *[formal] U kunt een kopie van deze waarborgen verkrijgen door te schrijven naar { $contact }.
}
transfers-copy-request = { $register ->
    [informal] Je kunt op verzoek een kopie van deze waarborgen verkrijgen.
   *[formal] U kunt op verzoek een kopie van deze waarborgen verkrijgen.
}

## Privacyverklaring: rechten

section-rights = { $register ->
    [informal] Jouw rechten
   *[formal] Uw rechten
}
rights-intro = { $register ->
    [informal] Je beschikt over de volgende rechten met betrekking tot je persoonsgegevens.
   *[formal] U beschikt over de volgende rechten met betrekking tot uw persoonsgegevens.
}
rights-intro-listed = { $register ->
    [informal] Deze verklaring kent je de volgende rechten toe met betrekking tot je persoonsgegevens.
   *[formal] Deze verklaring kent u de volgende rechten toe met betrekking tot uw persoonsgegevens.
}
rights-conditions = Deze verklaring verbindt er de volgende voorwaarden aan:
rights-limited = Dit recht geldt voor: { $purposes }.
section-exercise = { $register ->
    [informal] Hoe je jouw rechten uitoefent
   *[formal] Hoe u uw rechten uitoefent
}
exercise-email = { $register ->
    [informal] Je kunt je verzoek sturen naar { $email }.
   *[formal] U kunt uw verzoek sturen naar { $email }.
}
exercise-url = { $register ->
    [informal] Je kunt ook dit formulier gebruiken:
   *[formal] U kunt ook dit formulier gebruiken:
}
exercise-post = { $register ->
    [informal] Je kunt je verzoek ook per post sturen naar het hierboven vermelde adres.
   *[formal] U kunt uw verzoek ook per post sturen naar het hierboven vermelde adres.
}
exercise-days = { $register ->
    [informal]
        Deze verklaring belooft een antwoord binnen { $days ->
            [one] { $days } dag
           *[other] { $days } dagen
        } na ontvangst van je verzoek.
   *[formal]
        Deze verklaring belooft een antwoord binnen { $days ->
            [one] { $days } dag
           *[other] { $days } dagen
        } na ontvangst van uw verzoek.
}
exercise-month = { $register ->
    [informal] De AVG vereist een antwoord binnen een maand na ontvangst van je verzoek; voor complexe of talrijke verzoeken kan die termijn met nog twee maanden worden verlengd, in welk geval je daarvan binnen de eerste maand op de hoogte wordt gebracht (art. 12, lid 3, AVG).
   *[formal] De AVG vereist een antwoord binnen een maand na ontvangst van uw verzoek; voor complexe of talrijke verzoeken kan die termijn met nog twee maanden worden verlengd, in welk geval u daarvan binnen de eerste maand op de hoogte wordt gebracht (art. 12, lid 3, AVG).
}
exercise-free = { $register ->
    [informal] De uitoefening van je rechten is kosteloos, tenzij een verzoek kennelijk ongegrond of buitensporig is (art. 12, lid 5, AVG).
   *[formal] De uitoefening van uw rechten is kosteloos, tenzij een verzoek kennelijk ongegrond of buitensporig is (art. 12, lid 5, AVG).
}
exercise-identity = { $register ->
    [informal] Als wij redelijke twijfel hebben over je identiteit, kunnen wij om aanvullende informatie vragen om die te bevestigen (art. 12, lid 6, AVG).
   *[formal] Als wij redelijke twijfel hebben over uw identiteit, kunnen wij om aanvullende informatie vragen om die te bevestigen (art. 12, lid 6, AVG).
}
section-complaint = Klachten
complaint-intro = { $register ->
    [informal] Als je meent dat je persoonsgegevens onrechtmatig worden verwerkt, heb je het recht een klacht in te dienen bij een toezichthoudende autoriteit, met name in de lidstaat waar je woont of werkt of waar de inbreuk plaatsvond (art. 77 AVG).
   *[formal] Als u meent dat uw persoonsgegevens onrechtmatig worden verwerkt, hebt u het recht een klacht in te dienen bij een toezichthoudende autoriteit, met name in de lidstaat waar u woont of werkt of waar de inbreuk plaatsvond (art. 77 AVG).
}
complaint-authority = De voor ons bevoegde autoriteit is:
complaint-languages = Klachten bij deze autoriteit kunnen in het Nederlands, het Frans of het Duits worden opgesteld.
complaint-court = { $register ->
    [informal] Je hebt ook het recht op een doeltreffende voorziening in rechte bij de rechtbank (art. 79 AVG).
   *[formal] U hebt ook het recht op een doeltreffende voorziening in rechte bij de rechtbank (art. 79 AVG).
}

## Privacyverklaring: overige onderdelen

section-children = Kinderen
children-text = Onze diensten zijn bestemd voor personen van { $age } jaar en ouder.
section-security = Beveiliging
section-cookies = Cookies
cookies-pointer = Onze website gebruikt cookies en soortgelijke technieken.
cookies-pointer-listed = Ons cookiebeleid vermeldt ze allemaal:
cookies-pointer-described = Ons cookiebeleid beschrijft ze:
cookies-pointer-none = Onze website gebruikt geen cookies of soortgelijke technieken.
section-changes = Wijzigingen in deze verklaring
changes-prior_notice = { $register ->
    [informal] Voordat een wezenlijke wijziging van deze verklaring in werking treedt, brengen wij je daarvan actief op de hoogte, via { $channels }.
   *[formal] Voordat een wezenlijke wijziging van deze verklaring in werking treedt, brengen wij u daarvan actief op de hoogte, via { $channels }.
}
changes-prior_notice-unspecified = { $register ->
    [informal] Voordat een wezenlijke wijziging van deze verklaring in werking treedt, brengen wij je daarvan actief op de hoogte.
   *[formal] Voordat een wezenlijke wijziging van deze verklaring in werking treedt, brengen wij u daarvan actief op de hoogte.
}
changes-published_only = Wij publiceren elke nieuwe versie van deze verklaring met haar datum op deze pagina.
changes-check_regularly = { $register ->
    [informal] Deze verklaring vraagt je deze pagina regelmatig te raadplegen om van wijzigingen op de hoogte te blijven.
   *[formal] Deze verklaring vraagt u deze pagina regelmatig te raadplegen om van wijzigingen op de hoogte te blijven.
}
changes-without_notice = Volgens deze verklaring treden wijzigingen zonder voorafgaande kennisgeving in werking.
changes-channels = { $register ->
    [informal] Volgens deze verklaring word je over wijzigingen geïnformeerd via { $channels }.
   *[formal] Volgens deze verklaring wordt u over wijzigingen geïnformeerd via { $channels }.
}

## Cookiebeleid

cookies-intro = { $register ->
    [informal] Cookies zijn kleine tekstbestanden die een website op je toestel opslaat. Soortgelijke technieken, zoals lokale opslag en pixels, werken op een vergelijkbare manier.
   *[formal] Cookies zijn kleine tekstbestanden die een website op uw toestel opslaat. Soortgelijke technieken, zoals lokale opslag en pixels, werken op een vergelijkbare manier.
}
cookies-law = { $register ->
    [informal] Voor het opslaan van informatie op je toestel, of het uitlezen ervan, is je toestemming vereist, tenzij het strikt noodzakelijk is (art. 5, lid 3, van de e-privacyrichtlijn 2002/58/EG en art. 10/2 van de wet van 30 juli 2018).
   *[formal] Voor het opslaan van informatie op uw toestel, of het uitlezen ervan, is uw toestemming vereist, tenzij het strikt noodzakelijk is (art. 5, lid 3, van de e-privacyrichtlijn 2002/58/EG en art. 10/2 van de wet van 30 juli 2018).
}
cookies-only-necessary = { $register ->
    [informal] Onze website gebruikt uitsluitend strikt noodzakelijke cookies, waarvoor jouw toestemming niet vereist is.
   *[formal] Onze website gebruikt uitsluitend strikt noodzakelijke cookies, waarvoor uw toestemming niet vereist is.
}
cookies-consent-banner = { $register ->
    [informal] Voordat onze website cookies plaatst die niet strikt noodzakelijk zijn, vraagt ze je toestemming in een cookiebanner.
   *[formal] Voordat onze website cookies plaatst die niet strikt noodzakelijk zijn, vraagt ze uw toestemming in een cookiebanner.
}
cookies-consent-reject = { $register ->
    [informal] Je kunt ze daar even eenvoudig weigeren als aanvaarden.
   *[formal] U kunt ze daar even eenvoudig weigeren als aanvaarden.
}
cookies-consent-no-reject = De banner biedt geen knop om ze te weigeren.
cookies-consent-continued_browsing = Volgens deze verklaring geldt het verder surfen op onze website als toestemming voor cookies.
cookies-consent-browser_settings = { $register ->
    [informal] Volgens deze verklaring beheer je cookies via de instellingen van je browser.
   *[formal] Volgens deze verklaring beheert u cookies via de instellingen van uw browser.
}
cookies-withdraw = { $register ->
    [informal] Je kunt je keuze op elk moment wijzigen of je toestemming intrekken op deze pagina:
   *[formal] U kunt uw keuze op elk moment wijzigen of uw toestemming intrekken op deze pagina:
}
cookies-none = Onze website gebruikt geen cookies of soortgelijke technieken.
cookies-col-name = Naam
cookies-col-provider = Aanbieder
cookies-col-purpose = Doel
cookies-col-duration = Bewaarduur
cookies-col-kind = Soort
cookie-first-party = { $name } (eigen cookie)
cookie-third-party = { $name } (cookie van derden)
cookie-session = { $register ->
    [informal] Tot je je browser sluit
   *[formal] Tot u uw browser sluit
}
section-manage-cookies = Cookies verwijderen
manage-cookies-text = { $register ->
    [informal] Je kunt cookies op elk moment bekijken en verwijderen in de instellingen van je browser.
   *[formal] U kunt cookies op elk moment bekijken en verwijderen in de instellingen van uw browser.
}
manage-cookies-necessary = { $register ->
    [informal] Als je strikt noodzakelijke cookies blokkeert, werken sommige onderdelen van de website mogelijk niet meer.
   *[formal] Als u strikt noodzakelijke cookies blokkeert, werken sommige onderdelen van de website mogelijk niet meer.
}

## Veelgestelde vragen

faq-intro = Korte antwoorden op vragen die vaak worden gesteld. De privacyverklaring geeft alle details.
faq-data-q = { $register ->
    [informal] Welke persoonsgegevens verwerken jullie over mij?
   *[formal] Welke persoonsgegevens verwerkt u over mij?
}
faq-data-a = { $list }.
faq-purposes-q = { $register ->
    [informal] Waarom verwerken jullie mijn gegevens?
   *[formal] Waarom verwerkt u mijn gegevens?
}
faq-purposes-a = Voor deze doeleinden, elk met zijn rechtsgrond:
faq-retention-q = { $register ->
    [informal] Hoelang bewaren jullie mijn gegevens?
   *[formal] Hoelang bewaart u mijn gegevens?
}
faq-retention-a = Per doeleinde:
faq-share-q = { $register ->
    [informal] Verkopen jullie mijn gegevens of geven jullie ze door aan anderen?
   *[formal] Verkoopt u mijn gegevens of geeft u ze door aan anderen?
}
faq-share-a-none = { $register ->
    [informal] Wij geven je persoonsgegevens aan niemand buiten onze organisatie door.
   *[formal] Wij geven uw persoonsgegevens aan niemand buiten onze organisatie door.
}
faq-share-a-processors = { $register ->
    [informal] Deze dienstverleners verwerken je gegevens in onze opdracht: { $list }.
   *[formal] Deze dienstverleners verwerken uw gegevens in onze opdracht: { $list }.
}
faq-share-a-controllers = { $register ->
    [informal] Deze organisaties ontvangen je gegevens en gebruiken ze voor hun eigen doeleinden: { $list }.
   *[formal] Deze organisaties ontvangen uw gegevens en gebruiken ze voor hun eigen doeleinden: { $list }.
}
faq-share-a-joint = { $register ->
    [informal] Met deze organisaties bepalen wij samen hoe je gegevens worden gebruikt: { $list }.
   *[formal] Met deze organisaties bepalen wij samen hoe uw gegevens worden gebruikt: { $list }.
}
faq-share-a-authorities = { $register ->
    [informal] Deze overheidsinstanties ontvangen je gegevens: { $list }.
   *[formal] Deze overheidsinstanties ontvangen uw gegevens: { $list }.
}
faq-share-a-group = { $register ->
    [informal] Deze vennootschappen van onze groep ontvangen je gegevens: { $list }.
   *[formal] Deze vennootschappen van onze groep ontvangen uw gegevens: { $list }.
}
faq-share-a-other = { $register ->
    [informal] Ook deze ontvangers krijgen je gegevens: { $list }.
   *[formal] Ook deze ontvangers krijgen uw gegevens: { $list }.
}
faq-share-a-unstated = Wie de gegevens ontvangt die worden verwerkt voor { $purposes }: { $marker }.
faq-transfers-q = Verlaten mijn gegevens de Europese Economische Ruimte?
faq-transfers-a-no = { $register ->
    [informal] Nee. Je persoonsgegevens blijven binnen de Europese Economische Ruimte.
   *[formal] Nee. Uw persoonsgegevens blijven binnen de Europese Economische Ruimte.
}
faq-transfers-a-yes = Ja, naar deze landen: { $countries }. De privacyverklaring beschrijft de waarborgen.
faq-transfers-a-unnamed = Ja, naar landen die de privacyverklaring niet noemt.
faq-rights-q = Welke rechten heb ik?
faq-rights-a = { $register ->
    [informal] Je hebt deze rechten: { $list }.
   *[formal] U hebt deze rechten: { $list }.
}
faq-rights-contact = { $register ->
    [informal] Stuur je verzoek naar { $email }.
   *[formal] Stuur uw verzoek naar { $email }.
}
faq-complaint-q = Hoe dien ik een klacht in?
faq-complaint-a = { $register ->
    [informal] Je kunt een klacht indienen bij de toezichthoudende autoriteit: { $authority }.
   *[formal] U kunt een klacht indienen bij de toezichthoudende autoriteit: { $authority }.
}
faq-complaint-a-generic = { $register ->
    [informal] Je kunt een klacht indienen bij een toezichthoudende autoriteit, met name in de lidstaat waar je woont of werkt.
   *[formal] U kunt een klacht indienen bij een toezichthoudende autoriteit, met name in de lidstaat waar u woont of werkt.
}
faq-complaint-contact = { $register ->
    [informal] Je kunt ook eerst contact met ons opnemen via { $email }.
   *[formal] U kunt ook eerst contact met ons opnemen via { $email }.
}
faq-cookies-q = { $register ->
    [informal] Gebruiken jullie cookies?
   *[formal] Gebruikt u cookies?
}
faq-cookies-a-consent = { $register ->
    [informal] Ja: { $list }. Voor cookies die niet strikt noodzakelijk zijn, vereist de wet je toestemming.
   *[formal] Ja: { $list }. Voor cookies die niet strikt noodzakelijk zijn, vereist de wet uw toestemming.
}
faq-cookies-a-necessary = { $register ->
    [informal] Alleen strikt noodzakelijke cookies, waarvoor de wet je toestemming niet vereist.
   *[formal] Alleen strikt noodzakelijke cookies, waarvoor de wet uw toestemming niet vereist.
}
faq-cookies-a-none = Nee. Onze website gebruikt geen cookies of soortgelijke technieken.
faq-read-more = Lees de volledige privacyverklaring

## Versies: het archief, de wijzigingen tussen versies, de feed

version-id = Versie { $id }
archived-banner = Dit is de versie van { $date }. Ze is niet meer van kracht.
archived-current = Lees de huidige versie
feed-title = Wijzigingen in de privacyverklaring
feed-entry-title = Versie van { $date }
feed-entry-first = De eerste versie in dit archief.
changes-link = Wat is er gewijzigd in deze versie
versions-link = Alle versies
versions-title = Versies van de privacyverklaring
versions-title-cookies = Versies van het cookiebeleid
versions-intro = Alle versies van deze privacyverklaring, de nieuwste eerst. Eerdere versies worden bewaard precies zoals ze gepubliceerd zijn.
versions-intro-cookies = Alle versies van dit cookiebeleid, de nieuwste eerst. Eerdere versies worden bewaard precies zoals ze gepubliceerd zijn.
versions-item = Versie van { $date }
versions-current = huidige versie
versions-changes = Wat is er gewijzigd
versions-first = De eerste versie in dit archief.
changes-title = Wijzigingen in de privacyverklaring
changes-title-cookies = Wijzigingen in het cookiebeleid
changes-between = Van de versie van { $from } naar de versie van { $to }
changes-list-title = Wat is er gewijzigd
changes-see = Bekijk
changes-none = Er is inhoudelijk niets gewijzigd; de formulering kan wel gewijzigd zijn (zie de vergelijking hieronder).
redline-title = De tekst vergeleken
redline-legend = Geschrapte tekst is doorgehaald en toegevoegde tekst is onderstreept; een schermlezer meldt telkens of tekst geschrapt of toegevoegd is. Ongewijzigde onderdelen zijn ingeklapt.
redline-unchanged = (ongewijzigd)
redline-intro = Begin van de verklaring
diff-heading = Wijzigingen in de verklaring: { $from } → { $to }
redline-removed = geschrapt:
redline-added = toegevoegd:
redline-end = einde
change-not-stated = niet vermeld
change-introduction = De inleiding werd anders geformuleerd.
change-controller = Onze gegevens werden gewijzigd: { $fields }.
change-controller-details = Andere gegevens over wie wij zijn, werden gewijzigd.
change-joint = De informatie over gezamenlijke verwerkingsverantwoordelijken werd gewijzigd.
change-representative = De informatie over onze vertegenwoordiger in de Europese Unie werd gewijzigd.
change-dpo = De informatie over onze functionaris voor gegevensbescherming werd gewijzigd.
change-privacy-contact = Het contactpunt voor privacyvragen werd gewijzigd.
change-authority = De informatie over de toezichthoudende autoriteit werd gewijzigd.
change-data-added = Nieuwe categorieën van persoonsgegevens: { $list }.
change-data-removed = Categorieën van persoonsgegevens die wij niet meer verwerken: { $list }.
change-data-reworded = De beschrijving van deze categorieën van persoonsgegevens werd gewijzigd: { $list }.
change-data-changed = De categorieën van persoonsgegevens werden gewijzigd.
change-special = De informatie over bijzondere categorieën van persoonsgegevens werd gewijzigd.
change-sources = { $register ->
    [informal] De bronnen van je persoonsgegevens werden gewijzigd.
   *[formal] De bronnen van uw persoonsgegevens werden gewijzigd.
}
change-purpose-added = Nieuw doeleinde: “{ $title }”, op grond van { $basis }.
change-purpose-removed = Het doeleinde “{ $title }” werd geschrapt.
change-purpose-renamed = Het doeleinde “{ $old }” heet nu “{ $title }”.
change-purpose-basis = “{ $title }”: de rechtsgrond werd gewijzigd van { $old } naar { $new }.
change-purpose-interest = “{ $title }”: de beschrijving van ons gerechtvaardigd belang werd gewijzigd.
change-purpose-retention = “{ $title }”: de bewaartermijn werd gewijzigd van { $old } naar { $new }.
change-purpose-retention-period = “{ $title }”: de bewaartermijn werd gewijzigd van { $old } naar { $new } { $event }.
change-purpose-data-added = “{ $title }” gebruikt nu ook: { $list }.
change-purpose-data-removed = “{ $title }” gebruikt niet langer: { $list }.
change-purpose-recipients-added = “{ $title }”: nieuwe ontvangers: { $list }.
change-purpose-recipients-removed = “{ $title }”: gegevens worden niet langer doorgegeven aan: { $list }.
change-purpose-reworded = “{ $title }”: de beschrijving werd anders geformuleerd.
change-purpose-details = “{ $title }”: andere gegevens werden gewijzigd.
change-recipient-added = Nieuwe ontvanger: { $details }.
change-recipient-removed = { $register ->
    [informal] { $name } ontvangt je persoonsgegevens niet langer.
   *[formal] { $name } ontvangt uw persoonsgegevens niet langer.
}
change-recipient-role = { $name }: de rol werd gewijzigd van { $old } naar { $new }.
change-recipient-country = { $name }: het land werd gewijzigd van { $old } naar { $new }.
change-recipient-transfer = { $name }: de waarborg voor de doorgifte werd gewijzigd van { $old } naar { $new }.
change-recipient-transfer-new = { $register ->
    [informal] { $name }: je persoonsgegevens worden voortaan doorgegeven buiten de Europese Economische Ruimte, { $mechanism }.
   *[formal] { $name }: uw persoonsgegevens worden voortaan doorgegeven buiten de Europese Economische Ruimte, { $mechanism }.
}
change-recipient-transfer-ended = { $register ->
    [informal] { $name }: je persoonsgegevens worden niet langer doorgegeven buiten de Europese Economische Ruimte.
   *[formal] { $name }: uw persoonsgegevens worden niet langer doorgegeven buiten de Europese Economische Ruimte.
}
change-recipient-reworded = { $name }: de naam of de beschrijving van de dienst werd gewijzigd.
change-recipient-details = { $name }: andere gegevens werden gewijzigd.
change-transfers = De informatie over doorgiften buiten de Europese Economische Ruimte werd gewijzigd.
change-data-sale = De verklaring over de verkoop van persoonsgegevens werd gewijzigd.
change-after-retention = { $register ->
    [informal] Wat er met je gegevens gebeurt na afloop van de bewaartermijn, werd gewijzigd.
   *[formal] Wat er met uw gegevens gebeurt na afloop van de bewaartermijn, werd gewijzigd.
}
change-rights = { $register ->
    [informal] De informatie over je rechten werd gewijzigd.
   *[formal] De informatie over uw rechten werd gewijzigd.
}
change-children = De informatie over kinderen werd gewijzigd.
change-security = De informatie over beveiliging werd gewijzigd.
change-changes = { $register ->
    [informal] De manier waarop wij je over wijzigingen van deze verklaring informeren, werd gewijzigd.
   *[formal] De manier waarop wij u over wijzigingen van deze verklaring informeren, werd gewijzigd.
}
change-faq = De antwoorden op veelgestelde vragen werden gewijzigd.
change-cookie-added = Nieuwe cookie: { $name } ({ $category }).
change-cookie-removed = De cookie { $name } wordt niet meer gebruikt.
change-cookie-category = De cookie { $name } werd verplaatst van { $old } naar { $new }.
change-cookie-duration = De cookie { $name }: de bewaartermijn werd gewijzigd van { $old } naar { $new }.
change-cookie-details = De cookie { $name }: andere gegevens werden gewijzigd.
change-cookie-unnamed = (naam niet vermeld)
change-cookies-none = Onze website gebruikt geen cookies of soortgelijke technieken meer.
change-cookies-other = De informatie over cookies werd gewijzigd.
change-cookie-consent = { $register ->
    [informal] De manier waarop wij je toestemming voor cookies vragen, werd gewijzigd.
   *[formal] De manier waarop wij uw toestemming voor cookies vragen, werd gewijzigd.
}

## De lokale voorvertoning (`privasite serve`): alleen tijdens het voorvertonen, nooit op een gebouwde site.

serve-preview-label = Voorvertoning
serve-errors-title = { $count ->
    [one] De laatst opgeslagen versie bevat een fout. Deze pagina toont de laatste versie die wel kon worden gebouwd.
   *[other] De laatst opgeslagen versie bevat { $count } fouten. Deze pagina toont de laatste versie die wel kon worden gebouwd.
}
serve-warnings-title = { $count ->
    [one] 1 waarschuwing of opmerking
   *[other] { $count } waarschuwingen en opmerkingen
}
serve-open-in-editor = Openen in de editor
serve-pending = Deze werkversie verschilt van de gepubliceerde versie.
serve-pending-link = De voorgestelde wijzigingen nakijken
review-title = Voorgestelde wijzigingen
review-intro = De werkversie vergeleken met { $baseline }.
review-no-baseline = Er is nog geen gepubliceerde versie om mee te vergelijken: de site heeft geen commit en geen gearchiveerde versie.
review-changelog = Wat er verandert
review-no-changes = De feiten van het beleid blijven ongewijzigd.
review-text = De tekst, per onderdeel vergeleken
review-text-same = De tekst is ongewijzigd.
review-stale = Na te kijken vertalingen
review-stale-none = Geen enkele vertaling lijkt achter te lopen.
review-side-by-side = De onderdelen naast elkaar, in elke taal
