### Ingebouwde catalogus: de woorden achter de sleutels die een beleid gebruikt (Nederlands).
### Zinnen die de lezer aanspreken, kiezen met `$register` tussen de formele vorm (u, uw, de
### standaard) en de informele (je, jouw), telkens als hele zin.

## Datums en termijnen

month-1 = januari
month-2 = februari
month-3 = maart
month-4 = april
month-5 = mei
month-6 = juni
month-7 = juli
month-8 = augustus
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december
date = { $day } { $month } { $year }

period-days =
    { $amount ->
        [one] { $amount } dag
       *[other] { $amount } dagen
    }
period-months =
    { $amount ->
        [one] { $amount } maand
       *[other] { $amount } maanden
    }
period-years = { $amount } jaar

## Rechtsgronden (art. 6, lid 1, AVG)

basis-consent = { $register ->
    [informal] Jouw toestemming
   *[formal] Uw toestemming
}
basis-consent-explanation = { $register ->
    [informal] Je hebt toestemming gegeven voor dit specifieke doeleinde (art. 6, lid 1, a), AVG). Je kunt die toestemming op elk moment intrekken.
   *[formal] U hebt toestemming gegeven voor dit specifieke doeleinde (art. 6, lid 1, a), AVG). U kunt die toestemming op elk moment intrekken.
}
basis-contract = Uitvoering van een overeenkomst
basis-contract-explanation = { $register ->
    [informal] Wij hebben de gegevens nodig om een overeenkomst met jou uit te voeren, of om op je verzoek maatregelen te nemen voordat een overeenkomst wordt gesloten (art. 6, lid 1, b), AVG).
   *[formal] Wij hebben de gegevens nodig om een overeenkomst met u uit te voeren, of om op uw verzoek maatregelen te nemen voordat een overeenkomst wordt gesloten (art. 6, lid 1, b), AVG).
}
basis-legal_obligation = Wettelijke verplichting
basis-legal_obligation-explanation = De verwerking is noodzakelijk om te voldoen aan een wettelijke verplichting die op ons rust (art. 6, lid 1, c), AVG).
basis-vital_interests = Vitaal belang
basis-vital_interests-explanation = { $register ->
    [informal] De verwerking is nodig om jouw leven of dat van een andere persoon te beschermen (art. 6, lid 1, d), AVG).
   *[formal] De verwerking is nodig om uw leven of dat van een andere persoon te beschermen (art. 6, lid 1, d), AVG).
}
basis-public_task = Taak van algemeen belang
basis-public_task-explanation = De verwerking is nodig voor een taak van algemeen belang of in het kader van de uitoefening van het openbaar gezag (art. 6, lid 1, e), AVG).
basis-legitimate_interests = Gerechtvaardigd belang
basis-legitimate_interests-explanation = { $register ->
    [informal] De verwerking is noodzakelijk voor een gerechtvaardigd belang van ons of van een derde, tenzij jouw belangen of grondrechten en fundamentele vrijheden zwaarder wegen (art. 6, lid 1, f), AVG).
   *[formal] De verwerking is noodzakelijk voor een gerechtvaardigd belang van ons of van een derde, tenzij uw belangen of grondrechten en fundamentele vrijheden zwaarder wegen (art. 6, lid 1, f), AVG).
}

## Rechten

right-access = Recht op inzage
right-access-text = { $register ->
    [informal] Je kunt vragen of wij persoonsgegevens over jou verwerken en, zo ja, een kopie ervan krijgen, samen met informatie over hoe wij ze gebruiken (art. 15 AVG).
   *[formal] U kunt vragen of wij persoonsgegevens over u verwerken en, zo ja, een kopie ervan krijgen, samen met informatie over hoe wij ze gebruiken (art. 15 AVG).
}
right-rectification = Recht op rectificatie
right-rectification-text = { $register ->
    [informal] Je kunt onjuiste gegevens laten rectificeren en onvolledige gegevens laten aanvullen (art. 16 AVG).
   *[formal] U kunt onjuiste gegevens laten rectificeren en onvolledige gegevens laten aanvullen (art. 16 AVG).
}
right-erasure = Recht op wissing
right-erasure-text = { $register ->
    [informal] Je kunt ons vragen je gegevens te wissen, bijvoorbeeld wanneer wij ze niet langer nodig hebben of wanneer je je toestemming intrekt. Gegevens die wij wettelijk moeten bewaren, kunnen wij niet wissen (art. 17 AVG).
   *[formal] U kunt ons vragen uw gegevens te wissen, bijvoorbeeld wanneer wij ze niet langer nodig hebben of wanneer u uw toestemming intrekt. Gegevens die wij wettelijk moeten bewaren, kunnen wij niet wissen (art. 17 AVG).
}
right-restriction = Recht op beperking van de verwerking
right-restriction-text = { $register ->
    [informal] Je kunt ons vragen je gegevens tijdelijk niet te gebruiken maar wel te bewaren, bijvoorbeeld terwijl wij nagaan of ze juist zijn (art. 18 AVG).
   *[formal] U kunt ons vragen uw gegevens tijdelijk niet te gebruiken maar wel te bewaren, bijvoorbeeld terwijl wij nagaan of ze juist zijn (art. 18 AVG).
}
right-portability = Recht op overdraagbaarheid van gegevens
right-portability-text = { $register ->
    [informal] Je kunt de gegevens die je ons hebt verstrekt, ontvangen in een gestructureerde, gangbare en machineleesbare vorm, of ons vragen ze rechtstreeks aan een andere organisatie te bezorgen (art. 20 AVG).
   *[formal] U kunt de gegevens die u ons hebt verstrekt, ontvangen in een gestructureerde, gangbare en machineleesbare vorm, of ons vragen ze rechtstreeks aan een andere organisatie te bezorgen (art. 20 AVG).
}
right-objection = Recht van bezwaar
right-objection-text = { $register ->
    [informal] Je kunt op elk moment, om redenen die verband houden met je specifieke situatie, bezwaar maken tegen een verwerking die steunt op ons gerechtvaardigd belang of op een taak van algemeen belang. Wij stoppen dan met die verwerking, tenzij wij dwingende gerechtvaardigde gronden hebben die zwaarder wegen dan jouw belangen, of de gegevens nodig hebben voor de instelling, uitoefening of onderbouwing van een rechtsvordering (art. 21, lid 1, AVG).
   *[formal] U kunt op elk moment, om redenen die verband houden met uw specifieke situatie, bezwaar maken tegen een verwerking die steunt op ons gerechtvaardigd belang of op een taak van algemeen belang. Wij stoppen dan met die verwerking, tenzij wij dwingende gerechtvaardigde gronden hebben die zwaarder wegen dan uw belangen, of de gegevens nodig hebben voor de instelling, uitoefening of onderbouwing van een rechtsvordering (art. 21, lid 1, AVG).
}
right-objection_marketing = Recht van bezwaar tegen direct marketing
right-objection_marketing-text = { $register ->
    [informal] Je kunt op elk moment, kosteloos en zonder opgave van redenen, bezwaar maken tegen het gebruik van je gegevens voor direct marketing. Wij gebruiken ze dan niet langer voor dat doeleinde (art. 21, leden 2 en 3, AVG).
   *[formal] U kunt op elk moment, kosteloos en zonder opgave van redenen, bezwaar maken tegen het gebruik van uw gegevens voor direct marketing. Wij gebruiken ze dan niet langer voor dat doeleinde (art. 21, leden 2 en 3, AVG).
}
right-withdraw_consent = { $register ->
    [informal] Recht om je toestemming in te trekken
   *[formal] Recht om uw toestemming in te trekken
}
right-withdraw_consent-text = { $register ->
    [informal] Wanneer wij ons op jouw toestemming baseren, kun je die op elk moment intrekken, even eenvoudig als je ze gaf. Dat doet geen afbreuk aan de rechtmatigheid van de verwerking vóór de intrekking (art. 7, lid 3, AVG).
   *[formal] Wanneer wij ons op uw toestemming baseren, kunt u die op elk moment intrekken, even eenvoudig als u ze gaf. Dat doet geen afbreuk aan de rechtmatigheid van de verwerking vóór de intrekking (art. 7, lid 3, AVG).
}
right-human_review = Rechten bij geautomatiseerde besluiten
right-human_review-text = { $register ->
    [informal] Wanneer een besluit over jou uitsluitend geautomatiseerd wordt genomen, kun je vragen dat een medewerker het besluit beoordeelt, je standpunt kenbaar maken en het besluit aanvechten (art. 22 AVG).
   *[formal] Wanneer een besluit over u uitsluitend geautomatiseerd wordt genomen, kunt u vragen dat een medewerker het besluit beoordeelt, uw standpunt kenbaar maken en het besluit aanvechten (art. 22 AVG).
}
right-complaint = Recht om klacht in te dienen
right-complaint-text = { $register ->
    [informal] Als je meent dat je gegevens onrechtmatig worden verwerkt, kun je een klacht indienen bij een toezichthoudende autoriteit (art. 77 AVG).
   *[formal] Als u meent dat uw gegevens onrechtmatig worden verwerkt, kunt u een klacht indienen bij een toezichthoudende autoriteit (art. 77 AVG).
}

## Categorieën van persoonsgegevens

data-identification = Identificatiegegevens
data-identification-items = naam, voornaam, aanspreektitel
data-contact = Contactgegevens
data-contact-items = postadres, e-mailadres, telefoonnummer
data-payment = Betaalgegevens
data-payment-items = rekeningnummer, betaalwijze, betaalstatus
data-financial = Financiële en facturatiegegevens
data-financial-items = facturen, btw-nummer, betaalde en openstaande bedragen
data-orders = Bestelgegevens
data-orders-items = bestelde producten, leveringsadres, bestelgeschiedenis
data-account = Accountgegevens
data-account-items = gebruikersnaam, versleuteld wachtwoord, accountinstellingen
data-usage = Gebruiksgegevens
data-usage-items = bezochte pagina’s, tijdstip en duur van het bezoek, aangeklikte links
data-device = Toestel- en verbindingsgegevens
data-device-items = IP-adres, type en versie van de browser, besturingssysteem
data-location = Locatiegegevens
data-location-items = { $register ->
    [informal] bij benadering bepaalde locatie op basis van je IP-adres
   *[formal] bij benadering bepaalde locatie op basis van uw IP-adres
}
data-communications = Communicatie
data-communications-items = { $register ->
    [informal] de inhoud van je berichten, e-mails en gesprekken met ons
   *[formal] de inhoud van uw berichten, e-mails en gesprekken met ons
}
data-preferences = Voorkeuren
data-preferences-items = { $register ->
    [informal] taal, inschrijvingen op nieuwsbrieven, interesses die je opgeeft
   *[formal] taal, inschrijvingen op nieuwsbrieven, interesses die u opgeeft
}
data-professional = Beroepsgegevens
data-professional-items = werkgever, functie, bedrijfsnaam, btw-nummer
data-national_number = Rijksregisternummer
data-national_number-items = { $register ->
    [informal] je rijksregisternummer, uitsluitend wanneer de wet dat vereist
   *[formal] uw rijksregisternummer, uitsluitend wanneer de wet dat vereist
}
data-images = Beeldmateriaal
data-images-items = foto’s en video-opnamen
data-health = Gezondheidsgegevens
data-health-items = { $register ->
    [informal] informatie over je lichamelijke of geestelijke gezondheid
   *[formal] informatie over uw lichamelijke of geestelijke gezondheid
}
data-racial_ethnic_origin = Ras of etnische afkomst
data-racial_ethnic_origin-items = { $register ->
    [informal] informatie waaruit je ras of etnische afkomst blijkt
   *[formal] informatie waaruit uw ras of etnische afkomst blijkt
}
data-political_opinions = Politieke opvattingen
data-political_opinions-items = { $register ->
    [informal] informatie waaruit je politieke opvattingen blijken
   *[formal] informatie waaruit uw politieke opvattingen blijken
}
data-religious_beliefs = Religieuze of levensbeschouwelijke overtuigingen
data-religious_beliefs-items = { $register ->
    [informal] informatie waaruit je religieuze of levensbeschouwelijke overtuigingen blijken
   *[formal] informatie waaruit uw religieuze of levensbeschouwelijke overtuigingen blijken
}
data-trade_union = Lidmaatschap van een vakbond
data-trade_union-items = { $register ->
    [informal] of je lid bent van een vakbond
   *[formal] of u lid bent van een vakbond
}
data-genetic = Genetische gegevens
data-genetic-items = { $register ->
    [informal] informatie over je erfelijke of verworven genetische kenmerken
   *[formal] informatie over uw erfelijke of verworven genetische kenmerken
}
data-biometric = Biometrische gegevens
data-biometric-items = { $register ->
    [informal] vingerafdrukken, gezichtsbeelden die worden gebruikt om je te identificeren
   *[formal] vingerafdrukken, gezichtsbeelden die worden gebruikt om u te identificeren
}
data-sex_life = Seksueel gedrag of seksuele gerichtheid
data-sex_life-items = { $register ->
    [informal] informatie over je seksueel gedrag of je seksuele gerichtheid
   *[formal] informatie over uw seksueel gedrag of uw seksuele gerichtheid
}
data-criminal_records = Strafrechtelijke veroordelingen en strafbare feiten
data-criminal_records-items = uittreksels uit het strafregister

## Voorwaarden voor bijzondere categorieën (art. 9, lid 2, AVG)

art9-explicit_consent = { $register ->
    [informal] jouw uitdrukkelijke toestemming (art. 9, lid 2, a), AVG)
   *[formal] uw uitdrukkelijke toestemming (art. 9, lid 2, a), AVG)
}
art9-employment = verplichtingen op het gebied van het arbeidsrecht en het socialezekerheidsrecht (art. 9, lid 2, b), AVG)
art9-vital_interests = { $register ->
    [informal] de bescherming van je vitale belangen of die van een andere persoon, wanneer je fysiek of juridisch niet in staat bent je toestemming te geven (art. 9, lid 2, c), AVG)
   *[formal] de bescherming van uw vitale belangen of die van een andere persoon, wanneer u fysiek of juridisch niet in staat bent uw toestemming te geven (art. 9, lid 2, c), AVG)
}
art9-non_profit_body = de gerechtvaardigde activiteiten van een organisatie zonder winstoogmerk met een politiek, levensbeschouwelijk, godsdienstig of vakbondsdoel (art. 9, lid 2, d), AVG)
art9-made_public = { $register ->
    [informal] gegevens die je zelf kennelijk openbaar hebt gemaakt (art. 9, lid 2, e), AVG)
   *[formal] gegevens die u zelf kennelijk openbaar hebt gemaakt (art. 9, lid 2, e), AVG)
}
art9-legal_claims = de instelling, uitoefening of onderbouwing van een rechtsvordering (art. 9, lid 2, f), AVG)
art9-public_interest = een zwaarwegend algemeen belang dat in de wet is vastgelegd (art. 9, lid 2, g), AVG)
art9-health_care = preventieve of arbeidsgeneeskunde, medische diagnose of het verstrekken van gezondheidszorg (art. 9, lid 2, h), AVG)
art9-public_health = redenen van algemeen belang op het gebied van de volksgezondheid (art. 9, lid 2, i), AVG)
art9-research = archivering, wetenschappelijk of historisch onderzoek of statistiek (art. 9, lid 2, j), AVG)

## Bronnen

source-data_subject = { $register ->
    [informal] Jijzelf, wanneer je een formulier invult, een bestelling plaatst of contact met ons opneemt
   *[formal] Uzelf, wanneer u een formulier invult, een bestelling plaatst of contact met ons opneemt
}
source-automatic = { $register ->
    [informal] Automatisch, wanneer je onze website gebruikt
   *[formal] Automatisch, wanneer u onze website gebruikt
}
source-public_sources = Openbare bronnen, zoals de Kruispuntbank van Ondernemingen en het Belgisch Staatsblad
source-business_partners = Onze zakenpartners
source-social_networks = { $register ->
    [informal] Sociale netwerken, wanneer je je account met ons verbindt
   *[formal] Sociale netwerken, wanneer u uw account met ons verbindt
}
source-employer = { $register ->
    [informal] Jouw werkgever
   *[formal] Uw werkgever
}

## Gebeurtenissen waarna een bewaartermijn loopt

event-collection = na het verzamelen van de gegevens
event-contract_end = na het einde van de overeenkomst
event-last_contact = { $register ->
    [informal] na ons laatste contact met jou
   *[formal] na ons laatste contact met u
}
event-last_order = { $register ->
    [informal] na je laatste bestelling
   *[formal] na uw laatste bestelling
}
event-account_closure = { $register ->
    [informal] nadat je je account hebt afgesloten
   *[formal] nadat u uw account hebt afgesloten
}
event-consent_withdrawal = { $register ->
    [informal] nadat je je toestemming hebt ingetrokken
   *[formal] nadat u uw toestemming hebt ingetrokken
}
event-financial_year_end = na het einde van het betrokken boekjaar
event-relationship_end = na het einde van onze zakelijke relatie

## Rol van de ontvanger

role-processor = Verwerker (handelt in onze opdracht)
    .in-sentence = als verwerker
role-controller = Zelfstandige verwerkingsverantwoordelijke
    .in-sentence = als zelfstandige verwerkingsverantwoordelijke
role-joint_controller = Gezamenlijke verwerkingsverantwoordelijke
    .in-sentence = als gezamenlijke verwerkingsverantwoordelijke
role-public_authority = Overheidsinstantie
    .in-sentence = als overheidsinstantie
role-group_company = Vennootschap van onze groep
    .in-sentence = als vennootschap van onze groep

## Doorgiftemechanismen

mechanism-adequacy = Adequaatheidsbesluit van de Europese Commissie
    .in-sentence = op grond van een adequaatheidsbesluit van de Europese Commissie
mechanism-adequacy-text = De Europese Commissie heeft besloten dat dit land een passend beschermingsniveau waarborgt (art. 45 AVG).
mechanism-dpf = EU-VS-kader voor gegevensbescherming (Data Privacy Framework)
    .in-sentence = op grond van het EU-VS-kader voor gegevensbescherming
mechanism-dpf-text = De ontvanger is gecertificeerd onder het EU-VS-kader voor gegevensbescherming, waarvan de Europese Commissie heeft vastgesteld dat het een passend beschermingsniveau waarborgt (art. 45 AVG).
mechanism-scc = Modelcontractbepalingen
    .in-sentence = op grond van modelcontractbepalingen
mechanism-scc-text = De doorgifte valt onder de door de Europese Commissie vastgestelde modelcontractbepalingen (art. 46, lid 2, c), AVG).
mechanism-bcr = Bindende bedrijfsvoorschriften
    .in-sentence = op grond van bindende bedrijfsvoorschriften
mechanism-bcr-text = De doorgifte valt onder bindende bedrijfsvoorschriften die door een toezichthoudende autoriteit zijn goedgekeurd (art. 47 AVG).
mechanism-derogation = Afwijking voor een specifieke situatie
    .in-sentence = op grond van een afwijking voor een specifieke situatie
mechanism-derogation-text = De doorgifte steunt op een afwijking voor een specifieke situatie (art. 49 AVG).

## Cookies

cookie-category-strictly_necessary = Strikt noodzakelijke cookies
cookie-category-strictly_necessary-text = { $register ->
    [informal] Cookies in deze categorie zijn strikt noodzakelijk om een communicatie te verzenden of om een dienst te leveren waarom je uitdrukkelijk hebt gevraagd. De wet vereist hiervoor je toestemming niet.
   *[formal] Cookies in deze categorie zijn strikt noodzakelijk om een communicatie te verzenden of om een dienst te leveren waarom u uitdrukkelijk hebt gevraagd. De wet vereist hiervoor uw toestemming niet.
}
cookie-category-preferences = Voorkeurscookies
cookie-category-preferences-text = { $register ->
    [informal] Cookies in deze categorie onthouden keuzes die je maakt, voor je volgende bezoek. De wet vereist hiervoor je toestemming.
   *[formal] Cookies in deze categorie onthouden keuzes die u maakt, voor uw volgende bezoek. De wet vereist hiervoor uw toestemming.
}
cookie-category-analytics = Analytische cookies
cookie-category-analytics-text = { $register ->
    [informal] Cookies in deze categorie meten hoe bezoekers de website gebruiken. De wet vereist hiervoor je toestemming.
   *[formal] Cookies in deze categorie meten hoe bezoekers de website gebruiken. De wet vereist hiervoor uw toestemming.
}
cookie-category-marketing = Marketingcookies
cookie-category-marketing-text = { $register ->
    [informal] Cookies in deze categorie worden gebruikt voor reclame. De wet vereist hiervoor je toestemming.
   *[formal] Cookies in deze categorie worden gebruikt voor reclame. De wet vereist hiervoor uw toestemming.
}
cookie-kind-http_cookie = Cookie
cookie-kind-local_storage = Lokale opslag
cookie-kind-pixel = Pixel

## Verplichting om de gegevens te verstrekken (art. 13, lid 2, e), AVG)

requirement-statutory = Het verstrekken van deze gegevens is een wettelijke verplichting.
requirement-contractual = Het verstrekken van deze gegevens is een contractuele verplichting.
requirement-contract_prerequisite = { $register ->
    [informal] Het verstrekken van deze gegevens is noodzakelijk om een overeenkomst met jou te sluiten.
   *[formal] Het verstrekken van deze gegevens is noodzakelijk om een overeenkomst met u te sluiten.
}
requirement-voluntary = Het verstrekken van deze gegevens is vrijwillig.

## Toezichthoudende autoriteiten

authority-be-gba = Gegevensbeschermingsautoriteit
authority-be-gba-street = Drukpersstraat 35
authority-be-gba-city = 1000 Brussel
authority-be-gba-phone = +32 2 274 48 00
authority-be-gba-website = https://www.gegevensbeschermingsautoriteit.be

## Besluiten van de Commissie waarop een doorgifte kan steunen

decision-2021-914 = Uitvoeringsbesluit (EU) 2021/914 van de Commissie van 4 juni 2021 betreffende modelcontractbepalingen
decision-2023-1795 = Uitvoeringsbesluit (EU) 2023/1795 van de Commissie van 10 juli 2023 betreffende het EU-VS-kader voor gegevensbescherming
decision-2000-518 = Beschikking 2000/518/EG van de Commissie over de passende bescherming van persoonsgegevens in Zwitserland
decision-2002-2 = Beschikking 2002/2/EG van de Commissie over de passende bescherming van persoonsgegevens door de Canadese PIPEDA
decision-2003-490 = Beschikking 2003/490/EG van de Commissie over de passende bescherming van persoonsgegevens in Argentinië
decision-2003-821 = Beschikking 2003/821/EG van de Commissie over de passende bescherming van persoonsgegevens in Guernsey
decision-2004-411 = Beschikking 2004/411/EG van de Commissie over de passende bescherming van persoonsgegevens op het eiland Man
decision-2008-393 = Beschikking 2008/393/EG van de Commissie over de passende bescherming van persoonsgegevens in Jersey
decision-2010-146 = Besluit 2010/146/EU van de Commissie over de passende bescherming van persoonsgegevens op de Faeröer
decision-2010-625 = Besluit 2010/625/EU van de Commissie over de passende bescherming van persoonsgegevens in Andorra
decision-2011-61 = Besluit 2011/61/EU van de Commissie over de passende bescherming van persoonsgegevens door de Staat Israël
decision-2012-484 = Uitvoeringsbesluit 2012/484/EU van de Commissie over de passende bescherming van persoonsgegevens door Uruguay
decision-2013-65 = Uitvoeringsbesluit 2013/65/EU van de Commissie over de passende bescherming van persoonsgegevens door Nieuw-Zeeland
decision-2019-419 = Uitvoeringsbesluit (EU) 2019/419 van de Commissie over de passende bescherming van persoonsgegevens door Japan
decision-2022-254 = Uitvoeringsbesluit (EU) 2022/254 van de Commissie over de passende bescherming van persoonsgegevens door de Republiek Korea
scc-module = module { $module }

## Toestemming voor cookies en aankondiging van wijzigingen

consent-mechanism-banner = een toestemmingsbanner
consent-mechanism-continued_browsing = het verder surfen
consent-mechanism-browser_settings = de instellingen van de browser
change-notice-prior_notice = voorafgaande kennisgeving
change-notice-published_only = publicatie op deze pagina
change-notice-check_regularly = het regelmatig raadplegen van deze pagina
change-notice-without_notice = zonder kennisgeving
channel-email = e-mail
channel-website_notice = een bericht op onze website
channel-letter = brief

## Landen

country-AD = Andorra
    .in = in Andorra
country-AR = Argentinië
    .in = in Argentinië
country-AT = Oostenrijk
    .in = in Oostenrijk
country-AU = Australië
    .in = in Australië
country-BE = België
    .in = in België
country-BG = Bulgarije
    .in = in Bulgarije
country-BR = Brazilië
    .in = in Brazilië
country-CA = Canada
    .in = in Canada
country-CH = Zwitserland
    .in = in Zwitserland
country-CN = China
    .in = in China
country-CY = Cyprus
    .in = in Cyprus
country-CZ = Tsjechië
    .in = in Tsjechië
country-DE = Duitsland
    .in = in Duitsland
country-DK = Denemarken
    .in = in Denemarken
country-EE = Estland
    .in = in Estland
country-ES = Spanje
    .in = in Spanje
country-FI = Finland
    .in = in Finland
country-FO = Faeröer
    .in-text = de Faeröer
    .in = in de Faeröer
country-FR = Frankrijk
    .in = in Frankrijk
country-GB = Verenigd Koninkrijk
    .in-text = het Verenigd Koninkrijk
    .in = in het Verenigd Koninkrijk
country-GG = Guernsey
    .in = in Guernsey
country-GR = Griekenland
    .in = in Griekenland
country-HR = Kroatië
    .in = in Kroatië
country-HU = Hongarije
    .in = in Hongarije
country-IE = Ierland
    .in = in Ierland
country-IL = Israël
    .in = in Israël
country-IM = Isle of Man
    .in = in Isle of Man
country-IN = India
    .in = in India
country-IS = IJsland
    .in = in IJsland
country-IT = Italië
    .in = in Italië
country-JE = Jersey
    .in = in Jersey
country-JP = Japan
    .in = in Japan
country-KR = Zuid-Korea
    .in = in Zuid-Korea
country-LI = Liechtenstein
    .in = in Liechtenstein
country-LT = Litouwen
    .in = in Litouwen
country-LU = Luxemburg
    .in = in Luxemburg
country-LV = Letland
    .in = in Letland
country-MT = Malta
    .in = in Malta
country-NL = Nederland
    .in = in Nederland
country-NO = Noorwegen
    .in = in Noorwegen
country-NZ = Nieuw-Zeeland
    .in = in Nieuw-Zeeland
country-PL = Polen
    .in = in Polen
country-PT = Portugal
    .in = in Portugal
country-RO = Roemenië
    .in = in Roemenië
country-SE = Zweden
    .in = in Zweden
country-SG = Singapore
    .in = in Singapore
country-SI = Slovenië
    .in = in Slovenië
country-SK = Slowakije
    .in = in Slowakije
country-US = Verenigde Staten
    .in-text = de Verenigde Staten
    .in = in de Verenigde Staten
country-UY = Uruguay
    .in = in Uruguay
