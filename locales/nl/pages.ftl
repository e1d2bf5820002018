### De vaste zinnen van de pagina’s (Nederlands).

## Hele site

language-name = Nederlands
list-and = en
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

## Labels

label-address = Adres
label-email = E-mail
label-phone = Telefoon
label-website = Website
label-value = { $label }: { $value }
label-enterprise-number = Ondernemingsnummer

## Privacyverklaring: wie wij zijn

section-controller = Wie is verantwoordelijk voor uw gegevens
controller-intro = { $name } is verantwoordelijk voor de verwerking van uw persoonsgegevens (de “verwerkingsverantwoordelijke”). U kunt ons contacteren met elke vraag over deze verklaring.
joint-title = Gezamenlijke verwerkingsverantwoordelijken
joint-intro = Voor sommige doeleinden bepalen wij samen met een andere organisatie waarom en hoe uw gegevens worden verwerkt. Wij hebben schriftelijk afgesproken wie wat doet.
joint-purposes = Betrokken doeleinden
joint-responsibilities = Wie doet wat
representative-title = Onze vertegenwoordiger in de Europese Unie
dpo-title = Functionaris voor gegevensbescherming
dpo-text = Wij hebben een functionaris voor gegevensbescherming aangesteld, bij wie u terechtkunt met elke vraag over de verwerking van uw persoonsgegevens.

## Privacyverklaring: gegevens en bronnen

section-data = Welke persoonsgegevens wij verwerken
data-intro = Afhankelijk van uw contacten met ons verwerken wij de volgende categorieën van persoonsgegevens.
data-special = Dit is een bijzondere categorie van persoonsgegevens. Wij verwerken ze uitsluitend op de volgende grond: { $condition }.
section-sources = Waar uw gegevens vandaan komen
sources-intro = Wij verkrijgen uw persoonsgegevens uit de volgende bronnen.
source-public = openbaar toegankelijk

## Privacyverklaring: doeleinden

section-purposes = Waarom wij uw gegevens verwerken en op welke rechtsgrond
purposes-intro = Wij verwerken uw persoonsgegevens uitsluitend voor de onderstaande doeleinden. Elk doeleinde steunt op één rechtsgrond.
purpose-data = Gegevens die wij gebruiken
purpose-basis = Rechtsgrond
purpose-interest = Ons gerechtvaardigd belang
purpose-retention = Hoelang wij ze bewaren
purpose-recipients = Wie ze ontvangt
purpose-recipients-none = Niemand buiten onze organisatie.
purpose-sources = Waar de gegevens vandaan komen
purpose-provision = Bent u verplicht de gegevens te verstrekken?
purpose-provision-consequence = Als u ze niet verstrekt, { $consequence }
purpose-automated = Geautomatiseerde besluiten
purpose-automated-none = Wij nemen geen besluiten over u die uitsluitend op geautomatiseerde verwerking berusten.
automated-logic = Hoe het besluit tot stand komt
automated-significance = Wat het voor u betekent
retention-period = { $period } { $event }

## Privacyverklaring: bewaring

section-retention = Hoelang wij uw gegevens bewaren
retention-intro = Wij bewaren uw persoonsgegevens niet langer dan nodig is voor elk doeleinde. Daarna wissen of anonimiseren wij ze.
retention-col-purpose = Doeleinde
retention-col-period = Bewaartermijn

## Privacyverklaring: ontvangers en doorgiften

section-recipients = Wie uw gegevens ontvangt
recipients-intro = Wij delen uw persoonsgegevens uitsluitend met de onderstaande ontvangers, en alleen voor zover zij ze nodig hebben voor hun taak. Verwerkers handelen uitsluitend in onze opdracht, op grond van een overeenkomst die hen verplicht uw gegevens te beschermen.
recipients-none = Wij delen uw persoonsgegevens met niemand buiten onze organisatie.
recipients-col-name = Ontvanger
recipients-col-role = Rol
recipients-col-service = Dienst
recipients-col-country = Land
section-transfers = Doorgifte buiten de Europese Economische Ruimte
transfers-none = Uw persoonsgegevens verlaten de Europese Economische Ruimte niet.
transfers-intro = Sommige ontvangers verwerken uw persoonsgegevens buiten de Europese Economische Ruimte. Elk van die doorgiften is als volgt beschermd.
transfers-col-recipient = Ontvanger
transfers-col-country = Land
transfers-col-safeguard = Waarborg
transfers-reference = Referentie: { $reference }.
transfers-copy = U kunt een kopie van deze waarborgen verkrijgen door te schrijven naar { $email }.

## Privacyverklaring: rechten

section-rights = Uw rechten
rights-intro = U beschikt over de volgende rechten met betrekking tot uw persoonsgegevens.
objection-box-intro = U hebt het recht om bezwaar te maken. Zoals de wet voorschrijft, wijzen wij u daar afzonderlijk op.
rights-limited = Dit recht geldt voor: { $purposes }.
section-exercise = Hoe u uw rechten uitoefent
exercise-email = Stuur uw verzoek naar { $email }.
exercise-url = U kunt ook ons onlineformulier gebruiken:
exercise-post = U kunt uw verzoek ook per post sturen naar ons hierboven vermelde adres.
exercise-free = De uitoefening van uw rechten is kosteloos. Als wij redelijke twijfel hebben over uw identiteit, kunnen wij u om bijkomende informatie vragen om die te bevestigen.
exercise-days =
    Wij antwoorden binnen { $days ->
        [one] { $days } dag
       *[other] { $days } dagen
    } na ontvangst van uw verzoek. Is een verzoek complex, dan kunnen wij die termijn met twee maanden verlengen; wij laten u dat binnen de eerste maand weten.
exercise-month = Wij antwoorden binnen een maand na ontvangst van uw verzoek. Is een verzoek complex, dan kunnen wij die termijn met twee maanden verlengen; wij laten u dat binnen de eerste maand weten.
section-complaint = Klachten
complaint-intro = Bent u niet tevreden over de manier waarop wij met uw persoonsgegevens omgaan, neem dan eerst contact met ons op. U hebt ook het recht een klacht in te dienen bij de toezichthoudende autoriteit:

## Privacyverklaring: overige onderdelen

section-children = Kinderen
children-text = Onze diensten zijn niet bestemd voor personen jonger dan { $age } jaar. Wij verzamelen niet bewust persoonsgegevens van personen onder die leeftijd.
section-security = Beveiliging
section-cookies = Cookies
cookies-pointer = Onze website gebruikt cookies en soortgelijke technieken. Ons cookiebeleid vermeldt ze allemaal en legt uit waarom wij ze gebruiken.
cookies-pointer-none = Onze website gebruikt geen cookies of soortgelijke technieken.
section-changes = Wijzigingen in deze verklaring
changes-text = Wanneer wij deze verklaring wijzigen, publiceren wij de nieuwe versie met haar datum op deze pagina. Over elke wezenlijke wijziging, zoals een nieuw doeleinde of een nieuwe categorie van ontvangers, brengen wij u actief op de hoogte, bijvoorbeeld per e-mail, voordat ze in werking treedt.

## Cookiebeleid

cookies-intro = Cookies zijn kleine tekstbestanden die een website op uw toestel opslaat. Soortgelijke technieken, zoals lokale opslag en pixels, werken op een vergelijkbare manier. Op deze pagina vindt u alle technieken van dat soort die onze website gebruikt.
cookies-consent-needed = Cookies die niet strikt noodzakelijk zijn, plaatsen wij pas nadat u uw toestemming hebt gegeven. Weigeren is even eenvoudig als aanvaarden, en u kunt uw toestemming op elk moment intrekken via de cookie-instellingen van onze website.
cookies-consent-not-needed = Onze website gebruikt uitsluitend strikt noodzakelijke cookies. Daarvoor is uw toestemming niet vereist.
cookies-none = Onze website gebruikt geen cookies of soortgelijke technieken.
cookies-col-name = Naam
cookies-col-provider = Aanbieder
cookies-col-purpose = Doel
cookies-col-duration = Bewaarduur
cookies-col-kind = Soort
cookie-first-party = { $name } (eigen cookie)
cookie-third-party = { $name } (cookie van derden)
cookie-session = Tot u uw browser sluit
section-manage-cookies = Cookies verwijderen
manage-cookies-text = U kunt cookies op elk moment bekijken en verwijderen in de instellingen van uw browser. Als u strikt noodzakelijke cookies blokkeert, werken sommige onderdelen van de website mogelijk niet meer.

## Veelgestelde vragen

faq-intro = Korte antwoorden op vragen die vaak worden gesteld. De privacyverklaring geeft alle details.
faq-data-q = Welke persoonsgegevens verwerkt u over mij?
faq-data-a = Afhankelijk van uw contacten met ons: { $list }.
faq-purposes-q = Waarom verwerkt u mijn gegevens?
faq-purposes-a = Voor deze doeleinden, elk met een eigen rechtsgrond:
faq-retention-q = Hoelang bewaart u mijn gegevens?
faq-retention-a = Niet langer dan nodig voor elk doeleinde:
faq-share-q = Verkoopt u mijn gegevens of geeft u ze door aan anderen?
faq-share-a-none = Nee. Wij geven uw persoonsgegevens aan niemand buiten onze organisatie door.
faq-share-a-processors = Nee. Alleen dienstverleners die in onze opdracht werken, ontvangen uw gegevens, en alleen voor zover zij ze nodig hebben: { $list }.
faq-share-a-controllers = Wij verkopen uw gegevens niet, maar geven ze wel door aan deze organisaties, die ze voor hun eigen doeleinden gebruiken: { $list }.
faq-transfers-q = Verlaten mijn gegevens de Europese Economische Ruimte?
faq-transfers-a-no = Nee. Uw persoonsgegevens blijven binnen de Europese Economische Ruimte.
faq-transfers-a-yes = Ja, naar deze landen: { $countries }. Wij beschermen die doorgiften met de waarborgen die in onze privacyverklaring worden beschreven.
faq-rights-q = Welke rechten heb ik?
faq-rights-a = U hebt deze rechten: { $list }. Stuur uw verzoek naar { $email }.
faq-complaint-q = Hoe dien ik een klacht in?
faq-complaint-a = Neem eerst contact met ons op via { $email }. U kunt ook een klacht indienen bij de toezichthoudende autoriteit: { $authority }.
faq-cookies-q = Gebruikt u cookies?
faq-cookies-a-consent = Ja: { $list }. Cookies die niet strikt noodzakelijk zijn, plaatsen wij alleen met uw toestemming.
faq-cookies-a-necessary = Alleen strikt noodzakelijke cookies, waarvoor uw toestemming niet vereist is.
faq-cookies-a-none = Nee. Onze website gebruikt geen cookies of soortgelijke technieken.
faq-read-more = Lees de volledige privacyverklaring
