### Catalogue intégré : les mots derrière les clés qu’utilise une politique (français).
### Les phrases qui s’adressent au lecteur choisissent avec `$register` entre le vouvoiement
### (vous, votre : par défaut) et le tutoiement (tu, ton), chaque fois pour la phrase entière.

## Dates et durées

month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
date =
    { $day ->
        [1] 1er
       *[other] { $day }
    } { $month } { $year }

period-days =
    { $amount ->
        [one] { $amount } jour
       *[other] { $amount } jours
    }
period-months = { $amount } mois
period-years =
    { $amount ->
        [one] { $amount } an
       *[other] { $amount } ans
    }

## Bases juridiques (art. 6, § 1, du RGPD)

basis-consent = { $register ->
    [informal] Ton consentement
   *[formal] Votre consentement
}
basis-consent-explanation = { $register ->
    [informal] Tu as donné ton consentement pour cette finalité précise (art. 6, § 1, a), du RGPD). Tu peux le retirer à tout moment.
   *[formal] Vous avez donné votre consentement pour cette finalité précise (art. 6, § 1, a), du RGPD). Vous pouvez le retirer à tout moment.
}
basis-contract = Exécution d’un contrat
basis-contract-explanation = { $register ->
    [informal] Nous avons besoin des données pour exécuter un contrat conclu avec toi, ou pour prendre à ta demande des mesures préalables à sa conclusion (art. 6, § 1, b), du RGPD).
   *[formal] Nous avons besoin des données pour exécuter un contrat conclu avec vous, ou pour prendre à votre demande des mesures préalables à sa conclusion (art. 6, § 1, b), du RGPD).
}
basis-legal_obligation = Obligation légale
basis-legal_obligation-explanation = Le traitement est nécessaire au respect d’une obligation légale à laquelle nous sommes soumis (art. 6, § 1, c), du RGPD).
basis-vital_interests = Intérêts vitaux
basis-vital_interests-explanation = { $register ->
    [informal] Le traitement est nécessaire pour protéger ta vie ou celle d’une autre personne (art. 6, § 1, d), du RGPD).
   *[formal] Le traitement est nécessaire pour protéger votre vie ou celle d’une autre personne (art. 6, § 1, d), du RGPD).
}
basis-public_task = Mission d’intérêt public
basis-public_task-explanation = Le traitement est nécessaire à l’exécution d’une mission d’intérêt public ou relevant de l’exercice de l’autorité publique (art. 6, § 1, e), du RGPD).
basis-legitimate_interests = Intérêt légitime
basis-legitimate_interests-explanation = { $register ->
    [informal] Le traitement est nécessaire aux fins d’un intérêt légitime poursuivi par nous-mêmes ou par un tiers, à moins que ne prévalent tes intérêts ou tes libertés et droits fondamentaux (art. 6, § 1, f), du RGPD).
   *[formal] Le traitement est nécessaire aux fins d’un intérêt légitime poursuivi par nous-mêmes ou par un tiers, à moins que ne prévalent vos intérêts ou vos libertés et droits fondamentaux (art. 6, § 1, f), du RGPD).
}

## Droits

right-access = Droit d’accès
right-access-text = { $register ->
    [informal] Tu peux demander si nous traitons des données personnelles te concernant et, dans l’affirmative, en obtenir une copie ainsi que des informations sur l’usage que nous en faisons (art. 15 du RGPD).
   *[formal] Vous pouvez demander si nous traitons des données personnelles vous concernant et, dans l’affirmative, en obtenir une copie ainsi que des informations sur l’usage que nous en faisons (art. 15 du RGPD).
}
right-rectification = Droit de rectification
right-rectification-text = { $register ->
    [informal] Tu peux faire corriger les données inexactes et compléter les données incomplètes (art. 16 du RGPD).
   *[formal] Vous pouvez faire corriger les données inexactes et compléter les données incomplètes (art. 16 du RGPD).
}
right-erasure = Droit à l’effacement
right-erasure-text = { $register ->
    [informal] Tu peux nous demander d’effacer tes données, par exemple lorsque nous n’en avons plus besoin ou lorsque tu retires ton consentement. Nous ne pouvons pas effacer les données que la loi nous impose de conserver (art. 17 du RGPD).
   *[formal] Vous pouvez nous demander d’effacer vos données, par exemple lorsque nous n’en avons plus besoin ou lorsque vous retirez votre consentement. Nous ne pouvons pas effacer les données que la loi nous impose de conserver (art. 17 du RGPD).
}
right-restriction = Droit à la limitation du traitement
right-restriction-text = { $register ->
    [informal] Tu peux nous demander de ne plus utiliser temporairement tes données, tout en les conservant, par exemple le temps que nous vérifiions leur exactitude (art. 18 du RGPD).
   *[formal] Vous pouvez nous demander de ne plus utiliser temporairement vos données, tout en les conservant, par exemple le temps que nous vérifiions leur exactitude (art. 18 du RGPD).
}
right-portability = Droit à la portabilité des données
right-portability-text = { $register ->
    [informal] Tu peux recevoir les données que tu nous as fournies dans un format structuré, couramment utilisé et lisible par machine, ou nous demander de les transmettre directement à une autre organisation (art. 20 du RGPD).
   *[formal] Vous pouvez recevoir les données que vous nous avez fournies dans un format structuré, couramment utilisé et lisible par machine, ou nous demander de les transmettre directement à une autre organisation (art. 20 du RGPD).
}
right-objection = Droit d’opposition
right-objection-text = { $register ->
    [informal] Tu peux t’opposer à tout moment, pour des raisons tenant à ta situation particulière, à un traitement fondé sur notre intérêt légitime ou sur une mission d’intérêt public. Nous y mettons alors fin, à moins que nous ne démontrions des motifs légitimes et impérieux qui prévalent sur tes intérêts, ou que les données ne soient nécessaires à la constatation, à l’exercice ou à la défense de droits en justice (art. 21, § 1, du RGPD).
   *[formal] Vous pouvez vous opposer à tout moment, pour des raisons tenant à votre situation particulière, à un traitement fondé sur notre intérêt légitime ou sur une mission d’intérêt public. Nous y mettons alors fin, à moins que nous ne démontrions des motifs légitimes et impérieux qui prévalent sur vos intérêts, ou que les données ne soient nécessaires à la constatation, à l’exercice ou à la défense de droits en justice (art. 21, § 1, du RGPD).
}
right-objection_marketing = Droit d’opposition à la prospection
right-objection_marketing-text = { $register ->
    [informal] Tu peux t’opposer à tout moment, gratuitement et sans devoir te justifier, à l’utilisation de tes données à des fins de prospection. Nous cessons alors de les utiliser à cette fin (art. 21, § 2 et 3, du RGPD).
   *[formal] Vous pouvez vous opposer à tout moment, gratuitement et sans devoir vous justifier, à l’utilisation de vos données à des fins de prospection. Nous cessons alors de les utiliser à cette fin (art. 21, § 2 et 3, du RGPD).
}
right-withdraw_consent = { $register ->
    [informal] Droit de retirer ton consentement
   *[formal] Droit de retirer votre consentement
}
right-withdraw_consent-text = { $register ->
    [informal] Lorsque nous nous fondons sur ton consentement, tu peux le retirer à tout moment, aussi simplement que tu l’as donné. Ce retrait ne compromet pas la licéité du traitement effectué avant celui-ci (art. 7, § 3, du RGPD).
   *[formal] Lorsque nous nous fondons sur votre consentement, vous pouvez le retirer à tout moment, aussi simplement que vous l’avez donné. Ce retrait ne compromet pas la licéité du traitement effectué avant celui-ci (art. 7, § 3, du RGPD).
}
right-human_review = Droits en cas de décision automatisée
right-human_review-text = { $register ->
    [informal] Lorsqu’une décision te concernant est prise exclusivement de manière automatisée, tu peux obtenir qu’une personne la réexamine, exprimer ton point de vue et contester la décision (art. 22 du RGPD).
   *[formal] Lorsqu’une décision vous concernant est prise exclusivement de manière automatisée, vous pouvez obtenir qu’une personne la réexamine, exprimer votre point de vue et contester la décision (art. 22 du RGPD).
}
right-complaint = Droit d’introduire une réclamation
right-complaint-text = { $register ->
    [informal] Si tu estimes que tes données sont traitées de manière illicite, tu peux introduire une réclamation auprès d’une autorité de contrôle (art. 77 du RGPD).
   *[formal] Si vous estimez que vos données sont traitées de manière illicite, vous pouvez introduire une réclamation auprès d’une autorité de contrôle (art. 77 du RGPD).
}

## Catégories de données personnelles

data-identification = Données d’identification
data-identification-items = nom, prénom, titre de civilité
data-contact = Coordonnées
data-contact-items = adresse postale, adresse e-mail, numéro de téléphone
data-payment = Données de paiement
data-payment-items = numéro de compte bancaire, mode de paiement, état du paiement
data-financial = Données financières et de facturation
data-financial-items = factures, numéro de TVA, montants payés et dus
data-orders = Données de commande
data-orders-items = produits commandés, adresse de livraison, historique des commandes
data-account = Données de compte
data-account-items = nom d’utilisateur, mot de passe chiffré, paramètres du compte
data-usage = Données d’utilisation
data-usage-items = pages consultées, heure et durée de la visite, liens cliqués
data-device = Données relatives à l’appareil et à la connexion
data-device-items = adresse IP, type et version du navigateur, système d’exploitation
data-location = Données de localisation
data-location-items = { $register ->
    [informal] localisation approximative déduite de ton adresse IP
   *[formal] localisation approximative déduite de votre adresse IP
}
data-communications = Communications
data-communications-items = { $register ->
    [informal] le contenu de tes messages, e-mails et appels avec nous
   *[formal] le contenu de vos messages, e-mails et appels avec nous
}
data-preferences = Préférences
data-preferences-items = { $register ->
    [informal] langue, abonnements aux lettres d’information, centres d’intérêt que tu indiques
   *[formal] langue, abonnements aux lettres d’information, centres d’intérêt que vous indiquez
}
data-professional = Données professionnelles
data-professional-items = employeur, fonction, nom de l’entreprise, numéro de TVA
data-national_number = Numéro de registre national
data-national_number-items = { $register ->
    [informal] ton numéro de registre national, uniquement lorsque la loi l’exige
   *[formal] votre numéro de registre national, uniquement lorsque la loi l’exige
}
data-images = Images
data-images-items = photographies et enregistrements vidéo
data-health = Données concernant la santé
data-health-items = { $register ->
    [informal] informations sur ta santé physique ou mentale
   *[formal] informations sur votre santé physique ou mentale
}
data-racial_ethnic_origin = Origine raciale ou ethnique
data-racial_ethnic_origin-items = { $register ->
    [informal] informations qui révèlent ton origine raciale ou ethnique
   *[formal] informations qui révèlent votre origine raciale ou ethnique
}
data-political_opinions = Opinions politiques
data-political_opinions-items = { $register ->
    [informal] informations qui révèlent tes opinions politiques
   *[formal] informations qui révèlent vos opinions politiques
}
data-religious_beliefs = Convictions religieuses ou philosophiques
data-religious_beliefs-items = { $register ->
    [informal] informations qui révèlent tes convictions religieuses ou philosophiques
   *[formal] informations qui révèlent vos convictions religieuses ou philosophiques
}
data-trade_union = Appartenance syndicale
data-trade_union-items = { $register ->
    [informal] ton éventuelle affiliation à un syndicat
   *[formal] votre éventuelle affiliation à un syndicat
}
data-genetic = Données génétiques
data-genetic-items = { $register ->
    [informal] informations sur tes caractéristiques génétiques héréditaires ou acquises
   *[formal] informations sur vos caractéristiques génétiques héréditaires ou acquises
}
data-biometric = Données biométriques
data-biometric-items = { $register ->
    [informal] empreintes digitales, images faciales utilisées pour t’identifier
   *[formal] empreintes digitales, images faciales utilisées pour vous identifier
}
data-sex_life = Vie sexuelle ou orientation sexuelle
data-sex_life-items = { $register ->
    [informal] informations sur ta vie sexuelle ou ton orientation sexuelle
   *[formal] informations sur votre vie sexuelle ou votre orientation sexuelle
}
data-criminal_records = Condamnations pénales et infractions
data-criminal_records-items = extraits du casier judiciaire

## Conditions pour les catégories particulières (art. 9, § 2, du RGPD)

art9-explicit_consent = { $register ->
    [informal] ton consentement explicite (art. 9, § 2, a), du RGPD)
   *[formal] votre consentement explicite (art. 9, § 2, a), du RGPD)
}
art9-employment = des obligations en matière de droit du travail et de droit de la sécurité sociale (art. 9, § 2, b), du RGPD)
art9-vital_interests = { $register ->
    [informal] la sauvegarde de tes intérêts vitaux ou de ceux d’une autre personne, lorsque tu es dans l’incapacité physique ou juridique de donner ton consentement (art. 9, § 2, c), du RGPD)
   *[formal] la sauvegarde de vos intérêts vitaux ou de ceux d’une autre personne, lorsque vous êtes dans l’incapacité physique ou juridique de donner votre consentement (art. 9, § 2, c), du RGPD)
}
art9-non_profit_body = les activités légitimes d’un organisme à but non lucratif poursuivant une finalité politique, philosophique, religieuse ou syndicale (art. 9, § 2, d), du RGPD)
art9-made_public = { $register ->
    [informal] des données que tu as toi-même manifestement rendues publiques (art. 9, § 2, e), du RGPD)
   *[formal] des données que vous avez vous-même manifestement rendues publiques (art. 9, § 2, e), du RGPD)
}
art9-legal_claims = la constatation, l’exercice ou la défense de droits en justice (art. 9, § 2, f), du RGPD)
art9-public_interest = un motif d’intérêt public important prévu par la loi (art. 9, § 2, g), du RGPD)
art9-health_care = la médecine préventive ou la médecine du travail, les diagnostics médicaux ou la prise en charge sanitaire (art. 9, § 2, h), du RGPD)
art9-public_health = des motifs d’intérêt public dans le domaine de la santé publique (art. 9, § 2, i), du RGPD)
art9-research = l’archivage, la recherche scientifique ou historique ou les statistiques (art. 9, § 2, j), du RGPD)

## Sources

source-data_subject = { $register ->
    [informal] Toi-même, lorsque tu remplis un formulaire, passes une commande ou prends contact avec nous
   *[formal] Vous-même, lorsque vous remplissez un formulaire, passez une commande ou prenez contact avec nous
}
source-automatic = { $register ->
    [informal] Automatiquement, lorsque tu utilises notre site web
   *[formal] Automatiquement, lorsque vous utilisez notre site web
}
source-public_sources = Des sources publiques, comme la Banque-Carrefour des Entreprises et le Moniteur belge
source-business_partners = Nos partenaires commerciaux
source-social_networks = { $register ->
    [informal] Des réseaux sociaux, lorsque tu y associes ton compte chez nous
   *[formal] Des réseaux sociaux, lorsque vous y associez votre compte chez nous
}
source-employer = { $register ->
    [informal] Ton employeur
   *[formal] Votre employeur
}

## Événements à partir desquels court un délai de conservation

event-collection = après la collecte des données
event-contract_end = après la fin du contrat
event-last_contact = { $register ->
    [informal] après notre dernier contact avec toi
   *[formal] après notre dernier contact avec vous
}
event-last_order = { $register ->
    [informal] après ta dernière commande
   *[formal] après votre dernière commande
}
event-account_closure = { $register ->
    [informal] après la clôture de ton compte
   *[formal] après la clôture de votre compte
}
event-consent_withdrawal = { $register ->
    [informal] après le retrait de ton consentement
   *[formal] après le retrait de votre consentement
}
event-financial_year_end = après la fin de l’exercice comptable concerné
event-relationship_end = après la fin de notre relation commerciale

## Rôle du destinataire

role-processor = Sous-traitant (agit sur nos instructions)
    .in-sentence = en tant que sous-traitant
role-controller = Responsable du traitement distinct
    .in-sentence = en tant que responsable du traitement distinct
role-joint_controller = Responsable conjoint du traitement
    .in-sentence = en tant que responsable conjoint du traitement
role-public_authority = Autorité publique
    .in-sentence = en tant qu’autorité publique
role-group_company = Société de notre groupe
    .in-sentence = en tant que société de notre groupe

## Mécanismes de transfert

mechanism-adequacy = Décision d’adéquation de la Commission européenne
    .in-sentence = sur la base d’une décision d’adéquation de la Commission européenne
mechanism-adequacy-text = La Commission européenne a constaté que ce pays assure un niveau de protection adéquat (art. 45 du RGPD).
mechanism-dpf = Cadre de protection des données UE-États-Unis (Data Privacy Framework)
    .in-sentence = sur la base du cadre de protection des données UE-États-Unis
mechanism-dpf-text = Le destinataire est certifié dans le cadre de protection des données UE-États-Unis, dont la Commission européenne a constaté qu’il assure un niveau de protection adéquat (art. 45 du RGPD).
mechanism-scc = Clauses contractuelles types
    .in-sentence = sur la base de clauses contractuelles types
mechanism-scc-text = Le transfert est couvert par les clauses contractuelles types adoptées par la Commission européenne (art. 46, § 2, c), du RGPD).
mechanism-bcr = Règles d’entreprise contraignantes
    .in-sentence = sur la base de règles d’entreprise contraignantes
mechanism-bcr-text = Le transfert est couvert par des règles d’entreprise contraignantes approuvées par une autorité de contrôle (art. 47 du RGPD).
mechanism-derogation = Dérogation pour une situation particulière
    .in-sentence = sur la base d’une dérogation pour une situation particulière
mechanism-derogation-text = Le transfert repose sur une dérogation pour une situation particulière (art. 49 du RGPD).

## Cookies

cookie-category-strictly_necessary = Cookies strictement nécessaires
cookie-category-strictly_necessary-text = { $register ->
    [informal] Les cookies de cette catégorie sont strictement nécessaires à la transmission d’une communication ou à la fourniture d’un service que tu as expressément demandé. La loi n’exige pas ton consentement pour ces cookies.
   *[formal] Les cookies de cette catégorie sont strictement nécessaires à la transmission d’une communication ou à la fourniture d’un service que vous avez expressément demandé. La loi n’exige pas votre consentement pour ces cookies.
}
cookie-category-preferences = Cookies de préférences
cookie-category-preferences-text = { $register ->
    [informal] Les cookies de cette catégorie mémorisent les choix que tu fais, pour ta prochaine visite. La loi exige ton consentement pour ces cookies.
   *[formal] Les cookies de cette catégorie mémorisent les choix que vous faites, pour votre prochaine visite. La loi exige votre consentement pour ces cookies.
}
cookie-category-analytics = Cookies analytiques
cookie-category-analytics-text = { $register ->
    [informal] Les cookies de cette catégorie mesurent la manière dont les visiteurs utilisent le site web. La loi exige ton consentement pour ces cookies.
   *[formal] Les cookies de cette catégorie mesurent la manière dont les visiteurs utilisent le site web. La loi exige votre consentement pour ces cookies.
}
cookie-category-marketing = Cookies de marketing
cookie-category-marketing-text = { $register ->
    [informal] Les cookies de cette catégorie servent à la publicité. La loi exige ton consentement pour ces cookies.
   *[formal] Les cookies de cette catégorie servent à la publicité. La loi exige votre consentement pour ces cookies.
}
cookie-kind-http_cookie = Cookie
cookie-kind-local_storage = Stockage local
cookie-kind-pixel = Pixel

## Caractère obligatoire de la fourniture des données (art. 13, § 2, e), du RGPD)

requirement-statutory = La fourniture de ces données est une exigence légale.
requirement-contractual = La fourniture de ces données est une exigence contractuelle.
requirement-contract_prerequisite = { $register ->
    [informal] La fourniture de ces données est nécessaire à la conclusion d’un contrat avec toi.
   *[formal] La fourniture de ces données est nécessaire à la conclusion d’un contrat avec vous.
}
requirement-voluntary = La fourniture de ces données est facultative.

## Autorités de contrôle

authority-be-gba = Autorité de protection des données
authority-be-gba-street = Rue de la Presse 35
authority-be-gba-city = 1000 Bruxelles
authority-be-gba-phone = +32 2 274 48 00
authority-be-gba-website = https://www.autoriteprotectiondonnees.be

## Décisions de la Commission sur lesquelles un transfert peut reposer

decision-2021-914 = décision d’exécution (UE) 2021/914 de la Commission du 4 juin 2021 relative aux clauses contractuelles types
decision-2023-1795 = décision d’exécution (UE) 2023/1795 de la Commission du 10 juillet 2023 relative au cadre de protection des données UE-États-Unis
decision-2000-518 = décision 2000/518/CE de la Commission relative à la protection adéquate des données à caractère personnel en Suisse
decision-2002-2 = décision 2002/2/CE de la Commission relative à la protection adéquate des données à caractère personnel assurée par la loi canadienne (PIPEDA)
decision-2003-490 = décision 2003/490/CE de la Commission relative à la protection adéquate des données à caractère personnel en Argentine
decision-2003-821 = décision 2003/821/CE de la Commission relative à la protection adéquate des données à caractère personnel à Guernesey
decision-2004-411 = décision 2004/411/CE de la Commission relative à la protection adéquate des données à caractère personnel dans l’île de Man
decision-2008-393 = décision 2008/393/CE de la Commission relative à la protection adéquate des données à caractère personnel à Jersey
decision-2010-146 = décision 2010/146/UE de la Commission relative à la protection adéquate des données à caractère personnel aux îles Féroé
decision-2010-625 = décision 2010/625/UE de la Commission relative à la protection adéquate des données à caractère personnel en Andorre
decision-2011-61 = décision 2011/61/UE de la Commission relative à la protection adéquate des données à caractère personnel par l’État d’Israël
decision-2012-484 = décision d’exécution 2012/484/UE de la Commission relative à la protection adéquate des données à caractère personnel par l’Uruguay
decision-2013-65 = décision d’exécution 2013/65/UE de la Commission relative à la protection adéquate des données à caractère personnel par la Nouvelle-Zélande
decision-2019-419 = décision d’exécution (UE) 2019/419 de la Commission relative à la protection adéquate des données à caractère personnel par le Japon
decision-2022-254 = décision d’exécution (UE) 2022/254 de la Commission relative à la protection adéquate des données à caractère personnel par la République de Corée
scc-module = module { $module }

## Consentement aux cookies et annonce des modifications

consent-mechanism-banner = un bandeau de consentement
consent-mechanism-continued_browsing = la poursuite de la navigation
consent-mechanism-browser_settings = les paramètres du navigateur
change-notice-prior_notice = avis préalable
change-notice-published_only = publication sur cette page
change-notice-check_regularly = consultation régulière de cette page
change-notice-without_notice = sans avis
channel-email = e-mail
channel-website_notice = un avis sur notre site web
channel-letter = courrier

## Pays

country-AD = Andorre
    .in = en Andorre
country-AR = Argentine
    .in = en Argentine
country-AT = Autriche
    .in = en Autriche
country-AU = Australie
    .in = en Australie
country-BE = Belgique
    .in = en Belgique
country-BG = Bulgarie
    .in = en Bulgarie
country-BR = Brésil
    .in = au Brésil
country-CA = Canada
    .in = au Canada
country-CH = Suisse
    .in = en Suisse
country-CN = Chine
    .in = en Chine
country-CY = Chypre
    .in = à Chypre
country-CZ = Tchéquie
    .in = en Tchéquie
country-DE = Allemagne
    .in = en Allemagne
country-DK = Danemark
    .in = au Danemark
country-EE = Estonie
    .in = en Estonie
country-ES = Espagne
    .in = en Espagne
country-FI = Finlande
    .in = en Finlande
country-FO = Îles Féroé
    .in = aux îles Féroé
country-FR = France
    .in = en France
country-GB = Royaume-Uni
    .in = au Royaume-Uni
country-GG = Guernesey
    .in = à Guernesey
country-GR = Grèce
    .in = en Grèce
country-HR = Croatie
    .in = en Croatie
country-HU = Hongrie
    .in = en Hongrie
country-IE = Irlande
    .in = en Irlande
country-IL = Israël
    .in = en Israël
country-IM = Île de Man
    .in = sur l’île de Man
country-IN = Inde
    .in = en Inde
country-IS = Islande
    .in = en Islande
country-IT = Italie
    .in = en Italie
country-JE = Jersey
    .in = à Jersey
country-JP = Japon
    .in = au Japon
country-KR = Corée du Sud
    .in = en Corée du Sud
country-LI = Liechtenstein
    .in = au Liechtenstein
country-LT = Lituanie
    .in = en Lituanie
country-LU = Luxembourg
    .in = au Luxembourg
country-LV = Lettonie
    .in = en Lettonie
country-MT = Malte
    .in = à Malte
country-NL = Pays-Bas
    .in = aux Pays-Bas
country-NO = Norvège
    .in = en Norvège
country-NZ = Nouvelle-Zélande
    .in = en Nouvelle-Zélande
country-PL = Pologne
    .in = en Pologne
country-PT = Portugal
    .in = au Portugal
country-RO = Roumanie
    .in = en Roumanie
country-SE = Suède
    .in = en Suède
country-SG = Singapour
    .in = à Singapour
country-SI = Slovénie
    .in = en Slovénie
country-SK = Slovaquie
    .in = en Slovaquie
country-US = États-Unis
    .in = aux États-Unis
country-UY = Uruguay
    .in = en Uruguay
