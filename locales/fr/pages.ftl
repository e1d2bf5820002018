### Les phrases fixes des pages (français).
### Chaque phrase est une définition (ce qu’un droit signifie, ce que prévoit la loi) ou n’apparaît
### que si la déclaration mentionne le fait qu’elle décrit. Les espaces fines insécables devant
### « : ; ! ? » sont ajoutées au rendu.
### Les phrases qui s’adressent au lecteur choisissent avec `$register` entre le vouvoiement
### (vous, votre : par défaut) et le tutoiement (tu, ton), chaque fois pour la phrase entière.

## Tout le site

language-name = Français
list-and = et
list-or = ou
quoted = « { $text } »
skip-link = Aller au contenu principal
nav-label = Pages relatives à la vie privée
language-switch = Autres langues
toc-title = Sommaire
page-privacy = Déclaration de confidentialité
page-cookies = Politique en matière de cookies
page-faq = Questions fréquentes
index-title = Informations sur la vie privée
index-intro = La déclaration de confidentialité, la politique en matière de cookies et les réponses aux questions fréquentes de { $name }.
last-updated = Dernière mise à jour : { $date }
effective-from = Cette version entre en vigueur le { $date }.
change-summary-title = Ce qui a changé dans cette version
footer-text = { $name } · { $email }
footer-name = { $name }

## Projets et faits que la déclaration ne mentionne pas

draft-banner = Projet : non publié. Les points que la déclaration ne mentionne pas, ou mentionne sous une forme illisible, sont signalés.
draft-not-stated = non précisé dans la déclaration
draft-invalid = non valable dans la déclaration (voir privasite check)

## Libellés

label-address = Adresse
label-email = E-mail
label-phone = Téléphone
label-website = Site web
label-value = { $label } : { $value }
label-enterprise-number = Numéro d’entreprise
label-name = Nom

## Premier niveau : la déclaration en bref

summary-title = En bref
summary-controller = { $register ->
    [informal] { $name } est responsable de tes données personnelles.
   *[formal] { $name } est responsable de vos données personnelles.
}
summary-contact = { $register ->
    [informal] Tu peux nous joindre à l’adresse { $contact }.
   *[formal] Vous pouvez nous joindre à l’adresse { $contact }.
}
summary-purposes = { $register ->
    [informal] Nous traitons tes données pour les finalités suivantes : { $purposes }.
   *[formal] Nous traitons vos données pour les finalités suivantes : { $purposes }.
}
summary-recipients = Elles sont reçues par : { $recipients }.
summary-no-recipients = Personne en dehors de notre organisation ne les reçoit.
summary-transfers = Une partie d’entre elles quitte l’Espace économique européen : { $countries }.
summary-transfers-unnamed = Une partie d’entre elles quitte l’Espace économique européen, vers des pays que la présente déclaration ne nomme pas.
summary-transfers-more = La présente déclaration mentionne aussi des transferts vers des pays qu’elle ne nomme pas.
summary-no-transfers = Elles ne quittent pas l’Espace économique européen.
summary-retention = Nous les conservons pendant la durée fixée pour chaque finalité, de { $shortest } à { $longest }.
summary-retention-varies = Nous les conservons pendant la durée fixée pour chaque finalité.
summary-retention-per-purpose = La durée de conservation est indiquée pour chaque finalité.
summary-rights = { $register ->
    [informal] Tu disposes de droits sur tes données, notamment les droits d’accès, de rectification et d’effacement.
   *[formal] Vous disposez de droits sur vos données, notamment les droits d’accès, de rectification et d’effacement.
}
summary-complaint = { $register ->
    [informal] Tu peux introduire une réclamation auprès de l’autorité de contrôle : { $authority }.
   *[formal] Vous pouvez introduire une réclamation auprès de l’autorité de contrôle : { $authority }.
}
summary-more = En savoir plus

## Déclaration : qui nous sommes

section-controller = { $register ->
    [informal] Qui est responsable de tes données
   *[formal] Qui est responsable de vos données
}
controller-intro = { $register ->
    [informal] { $name } est responsable du traitement de tes données personnelles (le « responsable du traitement »).
   *[formal] { $name } est responsable du traitement de vos données personnelles (le « responsable du traitement »).
}
controller-contact = { $register ->
    [informal] Tu peux nous contacter pour toute question relative à la présente déclaration.
   *[formal] Vous pouvez nous contacter pour toute question relative à la présente déclaration.
}
joint-title = Responsables conjoints du traitement
joint-intro = { $register ->
    [informal] Pour certaines finalités, nous déterminons avec une autre organisation pourquoi et comment tes données sont traitées (responsables conjoints du traitement, art. 26 du RGPD).
   *[formal] Pour certaines finalités, nous déterminons avec une autre organisation pourquoi et comment vos données sont traitées (responsables conjoints du traitement, art. 26 du RGPD).
}
joint-purposes = Finalités concernées
joint-responsibilities = Qui fait quoi
representative-title = Notre représentant dans l’Union européenne
dpo-title = Délégué à la protection des données
dpo-text = { $register ->
    [informal] Nous avons désigné un délégué à la protection des données, que tu peux contacter pour toute question relative au traitement de tes données personnelles.
   *[formal] Nous avons désigné un délégué à la protection des données, que vous pouvez contacter pour toute question relative au traitement de vos données personnelles.
}
dpo-none = Nous n’avons pas désigné de délégué à la protection des données.
privacy-contact-title = Contact pour les questions relatives à la vie privée

## Déclaration : données et sources

section-data = Quelles données personnelles nous traitons
data-intro = Nous traitons les catégories de données personnelles suivantes.
data-special = Il s’agit d’une catégorie particulière de données personnelles. Nous ne la traitons que sur la base suivante : { $condition }.
special-none = { $register ->
    [informal] Nous ne traitons pas de catégories particulières de données personnelles, telles que des données relatives à ta santé, à ta religion ou à tes opinions politiques.
   *[formal] Nous ne traitons pas de catégories particulières de données personnelles, telles que des données relatives à votre santé, à votre religion ou à vos opinions politiques.
}
section-sources = { $register ->
    [informal] D’où proviennent tes données
   *[formal] D’où proviennent vos données
}
sources-intro = { $register ->
    [informal] Nous obtenons tes données personnelles auprès des sources suivantes.
   *[formal] Nous obtenons vos données personnelles auprès des sources suivantes.
}
source-public = accessible au public

## Déclaration : finalités

section-purposes = { $register ->
    [informal] Pourquoi nous traitons tes données et sur quelle base juridique
   *[formal] Pourquoi nous traitons vos données et sur quelle base juridique
}
purposes-intro = { $register ->
    [informal] Nous traitons tes données personnelles pour les finalités ci-dessous.
   *[formal] Nous traitons vos données personnelles pour les finalités ci-dessous.
}
purpose-data = Données utilisées
purpose-basis = Base juridique
purpose-bases-several = La présente déclaration mentionne plus d’une base juridique pour cette finalité : { $bases }.
purpose-interest = Notre intérêt légitime
purpose-retention = Durée de conservation
purpose-recipients = Destinataires
purpose-recipients-none = Personne en dehors de notre organisation.
purpose-sources = Provenance des données
purpose-provision = { $register ->
    [informal] Es-tu tenu de fournir ces données ?
   *[formal] Êtes-vous tenu de fournir ces données ?
}
purpose-provision-law = Cette obligation est imposée par { $law }.
purpose-provision-law-label = La loi qui l’impose
purpose-provision-obliged = { $register ->
    [informal] Tu es tenu de les fournir.
   *[formal] Vous êtes tenu de les fournir.
}
purpose-provision-not-obliged = { $register ->
    [informal] Tu n’es pas tenu de les fournir.
   *[formal] Vous n’êtes pas tenu de les fournir.
}
purpose-provision-obliged-label = { $register ->
    [informal] Si tu es tenu de les fournir
   *[formal] Si vous êtes tenu de les fournir
}
purpose-provision-consequence = { $register ->
    [informal] Si tu ne les fournis pas, { $consequence }
   *[formal] Si vous ne les fournissez pas, { $consequence }
}
purpose-automated = Décisions automatisées
purpose-automated-none = { $register ->
    [informal] Pour cette finalité, nous ne prenons à ton égard aucune décision fondée exclusivement sur un traitement automatisé.
   *[formal] Pour cette finalité, nous ne prenons à votre égard aucune décision fondée exclusivement sur un traitement automatisé.
}
automated-logic = Comment la décision est prise
automated-significance = { $register ->
    [informal] Ce qu’elle signifie pour toi
   *[formal] Ce qu’elle signifie pour vous
}
automated-consequences = Ses conséquences
purpose-profiling = Profilage
purpose-profiling-none = { $register ->
    [informal] Pour cette finalité, nous n’utilisons pas tes données à des fins de profilage.
   *[formal] Pour cette finalité, nous n’utilisons pas vos données à des fins de profilage.
}
retention-period = { $period } { $event }
retention-indefinite = Sans limite de durée, comme l’indique la présente déclaration.

## Déclaration : conservation

section-retention = { $register ->
    [informal] Combien de temps nous conservons tes données
   *[formal] Combien de temps nous conservons vos données
}
retention-intro = Le tableau ci-dessous indique la durée de conservation de chaque finalité.
retention-col-purpose = Finalité
retention-col-period = Durée de conservation
after-retention-delete = À l’expiration de la durée de conservation, nous effaçons les données.
after-retention-anonymise = À l’expiration de la durée de conservation, nous anonymisons les données.
after-retention-delete_or_anonymise = À l’expiration de la durée de conservation, nous effaçons ou anonymisons les données.

## Déclaration : destinataires et transferts

section-recipients = { $register ->
    [informal] Qui reçoit tes données
   *[formal] Qui reçoit vos données
}
recipients-intro = { $register ->
    [informal] Les destinataires suivants reçoivent tes données personnelles pour les finalités indiquées ci-dessus.
   *[formal] Les destinataires suivants reçoivent vos données personnelles pour les finalités indiquées ci-dessus.
}
recipients-none = { $register ->
    [informal] Nous ne partageons tes données personnelles avec personne en dehors de notre organisation.
   *[formal] Nous ne partageons vos données personnelles avec personne en dehors de notre organisation.
}
recipients-col-name = Destinataire
recipients-col-role = Rôle
recipients-col-service = Service
recipients-col-country = Pays
recipient-basis = Base juridique de la communication : { $basis }
data-sale-no = { $register ->
    [informal] Nous ne vendons pas tes données personnelles.
   *[formal] Nous ne vendons pas vos données personnelles.
}
data-sale-no-qualified = { $register ->
    [informal] Nous ne vendons pas tes données personnelles, sous réserve de ce qui suit :
   *[formal] Nous ne vendons pas vos données personnelles, sous réserve de ce qui suit :
}
data-sale-yes = Nous vendons des données personnelles.
data-sale-yes-qualified = Nous vendons des données personnelles, comme suit :
section-transfers = Transferts en dehors de l’Espace économique européen
transfers-none = { $register ->
    [informal] Tes données personnelles ne quittent pas l’Espace économique européen.
   *[formal] Vos données personnelles ne quittent pas l’Espace économique européen.
}
transfers-intro = { $register ->
    [informal] Les destinataires suivants traitent tes données personnelles en dehors de l’Espace économique européen.
   *[formal] Les destinataires suivants traitent vos données personnelles en dehors de l’Espace économique européen.
}
transfers-col-recipient = Destinataire
transfers-col-country = Pays
transfers-col-safeguard = Garantie
transfers-policy = Des données personnelles sont transférées en dehors de l’Espace économique européen, vers { $countries }.
transfers-policy-unnamed = Des données personnelles sont transférées en dehors de l’Espace économique européen, vers des pays que la présente déclaration ne nomme pas.
transfers-policy-also = Des données personnelles sont également transférées en dehors de l’Espace économique européen, vers { $countries }.
transfers-policy-also-unnamed = Des données personnelles sont également transférées en dehors de l’Espace économique européen, vers des pays que la présente déclaration ne nomme pas.
transfers-policy-safeguard = Garantie : { $safeguard }
transfers-copy = { $register ->
    [informal] Tu peux obtenir une copie de ces garanties en écrivant à { $contact }.
   *[formal] Vous pouvez obtenir une copie de ces garanties en écrivant à { $contact }.
}
transfers-copy-request = { $register ->
    [informal] Tu peux obtenir une copie de ces garanties sur demande.
   *[formal] Vous pouvez obtenir une copie de ces garanties sur demande.
}

## Déclaration : droits

section-rights = { $register ->
    [informal] Tes droits
   *[formal] Vos droits
}
rights-intro = { $register ->
    [informal] Tu disposes des droits suivants à l’égard de tes données personnelles.
   *[formal] Vous disposez des droits suivants à l’égard de vos données personnelles.
}
rights-intro-listed = { $register ->
    [informal] La présente déclaration te reconnaît les droits suivants à l’égard de tes données personnelles.
   *[formal] La présente déclaration vous reconnaît les droits suivants à l’égard de vos données personnelles.
}
rights-conditions = La présente déclaration les assortit des conditions suivantes :
rights-limited = Ce droit s’applique à : { $purposes }.
section-exercise = { $register ->
    [informal] Comment exercer tes droits
   *[formal] Comment exercer vos droits
}
exercise-email = { $register ->
    [informal] Tu peux envoyer ta demande à { $email }.
   *[formal] Vous pouvez envoyer votre demande à { $email }.
}
exercise-url = { $register ->
    [informal] Tu peux également utiliser ce formulaire :
   *[formal] Vous pouvez également utiliser ce formulaire :
}
exercise-post = { $register ->
    [informal] Tu peux aussi l’envoyer par courrier à l’adresse indiquée ci-dessus.
   *[formal] Vous pouvez aussi l’envoyer par courrier à l’adresse indiquée ci-dessus.
}
exercise-days = { $register ->
    [informal]
        La présente déclaration promet une réponse dans un délai de { $days ->
            [one] { $days } jour
           *[other] { $days } jours
        } à compter de la réception de ta demande.
   *[formal]
        La présente déclaration promet une réponse dans un délai de { $days ->
            [one] { $days } jour
           *[other] { $days } jours
        } à compter de la réception de votre demande.
}
exercise-month = { $register ->
    [informal] Le RGPD impose une réponse dans un délai d’un mois à compter de la réception de ta demande ; pour des demandes complexes ou nombreuses, ce délai peut être prolongé de deux mois, auquel cas tu en es informé dans le premier mois (art. 12, § 3, du RGPD).
   *[formal] Le RGPD impose une réponse dans un délai d’un mois à compter de la réception de votre demande ; pour des demandes complexes ou nombreuses, ce délai peut être prolongé de deux mois, auquel cas vous en êtes informé dans le premier mois (art. 12, § 3, du RGPD).
}
exercise-free = { $register ->
    [informal] L’exercice de tes droits est gratuit, sauf si une demande est manifestement infondée ou excessive (art. 12, § 5, du RGPD).
   *[formal] L’exercice de vos droits est gratuit, sauf si une demande est manifestement infondée ou excessive (art. 12, § 5, du RGPD).
}
exercise-identity = { $register ->
    [informal] Si nous avons des doutes raisonnables quant à ton identité, nous pouvons te demander des informations supplémentaires pour la confirmer (art. 12, § 6, du RGPD).
   *[formal] Si nous avons des doutes raisonnables quant à votre identité, nous pouvons vous demander des informations supplémentaires pour la confirmer (art. 12, § 6, du RGPD).
}
section-complaint = Réclamations
complaint-intro = { $register ->
    [informal] Si tu estimes que tes données personnelles sont traitées de manière illicite, tu as le droit d’introduire une réclamation auprès d’une autorité de contrôle, en particulier dans l’État membre où tu résides ou travailles, ou dans lequel la violation a eu lieu (art. 77 du RGPD).
   *[formal] Si vous estimez que vos données personnelles sont traitées de manière illicite, vous avez le droit d’introduire une réclamation auprès d’une autorité de contrôle, en particulier dans l’État membre où vous résidez ou travaillez, ou dans lequel la violation a eu lieu (art. 77 du RGPD).
}
complaint-authority = L’autorité compétente à notre égard est :
complaint-languages = Les réclamations adressées à cette autorité peuvent être rédigées en français, en néerlandais ou en allemand.
complaint-court = { $register ->
    [informal] Tu as également droit à un recours juridictionnel effectif devant les tribunaux (art. 79 du RGPD).
   *[formal] Vous avez également droit à un recours juridictionnel effectif devant les tribunaux (art. 79 du RGPD).
}

## Déclaration : autres rubriques

section-children = Enfants
children-text = Nos services s’adressent aux personnes âgées d’au moins { $age } ans.
section-security = Sécurité
section-cookies = Cookies
cookies-pointer = Notre site web utilise des cookies et des techniques similaires.
cookies-pointer-listed = Notre politique en matière de cookies les énumère tous :
cookies-pointer-described = Notre politique en matière de cookies les décrit :
cookies-pointer-none = Notre site web n’utilise ni cookies ni techniques similaires.
section-changes = Modifications de la présente déclaration
changes-prior_notice = { $register ->
    [informal] Avant qu’une modification substantielle de la présente déclaration n’entre en vigueur, nous t’en informons activement, par { $channels }.
   *[formal] Avant qu’une modification substantielle de la présente déclaration n’entre en vigueur, nous vous en informons activement, par { $channels }.
}
changes-prior_notice-unspecified = { $register ->
    [informal] Avant qu’une modification substantielle de la présente déclaration n’entre en vigueur, nous t’en informons activement.
   *[formal] Avant qu’une modification substantielle de la présente déclaration n’entre en vigueur, nous vous en informons activement.
}
changes-published_only = Nous publions chaque nouvelle version de la présente déclaration, datée, sur cette page.
changes-check_regularly = { $register ->
    [informal] La présente déclaration t’invite à consulter régulièrement cette page pour prendre connaissance des modifications.
   *[formal] La présente déclaration vous invite à consulter régulièrement cette page pour prendre connaissance des modifications.
}
changes-without_notice = Selon la présente déclaration, les modifications entrent en vigueur sans avis préalable.
changes-channels = { $register ->
    [informal] Selon la présente déclaration, tu es informé des modifications par { $channels }.
   *[formal] Selon la présente déclaration, vous êtes informé des modifications par { $channels }.
}

## Politique en matière de cookies

cookies-intro = { $register ->
    [informal] Les cookies sont de petits fichiers texte qu’un site web enregistre sur ton appareil. Des techniques similaires, comme le stockage local et les pixels, fonctionnent de manière comparable.
   *[formal] Les cookies sont de petits fichiers texte qu’un site web enregistre sur votre appareil. Des techniques similaires, comme le stockage local et les pixels, fonctionnent de manière comparable.
}
cookies-law = { $register ->
    [informal] Le stockage d’informations sur ton appareil, ou l’accès à celles-ci, requiert ton consentement, sauf s’il est strictement nécessaire (art. 5, § 3, de la directive vie privée et communications électroniques 2002/58/CE et art. 10/2 de la loi du 30 juillet 2018).
   *[formal] Le stockage d’informations sur votre appareil, ou l’accès à celles-ci, requiert votre consentement, sauf s’il est strictement nécessaire (art. 5, § 3, de la directive vie privée et communications électroniques 2002/58/CE et art. 10/2 de la loi du 30 juillet 2018).
}
cookies-only-necessary = { $register ->
    [informal] Notre site web utilise uniquement des cookies strictement nécessaires, qui ne requièrent pas ton consentement.
   *[formal] Notre site web utilise uniquement des cookies strictement nécessaires, qui ne requièrent pas votre consentement.
}
cookies-consent-banner = { $register ->
    [informal] Avant de placer des cookies qui ne sont pas strictement nécessaires, notre site web te demande ton consentement au moyen d’un bandeau.
   *[formal] Avant de placer des cookies qui ne sont pas strictement nécessaires, notre site web vous demande votre consentement au moyen d’un bandeau.
}
cookies-consent-reject = { $register ->
    [informal] Tu peux les y refuser aussi simplement que les accepter.
   *[formal] Vous pouvez les y refuser aussi simplement que les accepter.
}
cookies-consent-no-reject = Le bandeau n’offre pas de bouton pour les refuser.
cookies-consent-continued_browsing = Selon la présente déclaration, la poursuite de la navigation sur notre site web vaut consentement aux cookies.
cookies-consent-browser_settings = { $register ->
    [informal] Selon la présente déclaration, tu gères les cookies au moyen des paramètres de ton navigateur.
   *[formal] Selon la présente déclaration, vous gérez les cookies au moyen des paramètres de votre navigateur.
}
cookies-withdraw = { $register ->
    [informal] Tu peux modifier ton choix ou retirer ton consentement à tout moment sur cette page :
   *[formal] Vous pouvez modifier votre choix ou retirer votre consentement à tout moment sur cette page :
}
cookies-none = Notre site web n’utilise ni cookies ni techniques similaires.
cookies-col-name = Nom
cookies-col-provider = Fournisseur
cookies-col-purpose = Finalité
cookies-col-duration = Durée
cookies-col-kind = Type
cookie-first-party = { $name } (cookie propre)
cookie-third-party = { $name } (cookie tiers)
cookie-session = { $register ->
    [informal] Jusqu’à la fermeture de ton navigateur
   *[formal] Jusqu’à la fermeture de votre navigateur
}
section-manage-cookies = Supprimer les cookies
manage-cookies-text = { $register ->
    [informal] Tu peux à tout moment consulter et supprimer les cookies dans les paramètres de ton navigateur.
   *[formal] Vous pouvez à tout moment consulter et supprimer les cookies dans les paramètres de votre navigateur.
}
manage-cookies-necessary = { $register ->
    [informal] Si tu bloques les cookies strictement nécessaires, certaines parties du site web risquent de ne plus fonctionner.
   *[formal] Si vous bloquez les cookies strictement nécessaires, certaines parties du site web risquent de ne plus fonctionner.
}

## Questions fréquentes

faq-intro = De brèves réponses aux questions les plus courantes. La déclaration de confidentialité donne tous les détails.
faq-data-q = { $register ->
    [informal] Quelles données personnelles sont traitées à mon sujet ?
   *[formal] Quelles données personnelles traitez-vous à mon sujet ?
}
faq-data-a = { $list }.
faq-purposes-q = { $register ->
    [informal] Pourquoi mes données sont-elles traitées ?
   *[formal] Pourquoi traitez-vous mes données ?
}
faq-purposes-a = Pour les finalités suivantes, chacune avec sa base juridique :
faq-retention-q = { $register ->
    [informal] Combien de temps mes données sont-elles conservées ?
   *[formal] Combien de temps conservez-vous mes données ?
}
faq-retention-a = Pour chaque finalité :
faq-share-q = { $register ->
    [informal] Mes données sont-elles vendues ou transmises à d’autres ?
   *[formal] Vendez-vous mes données ou les transmettez-vous à d’autres ?
}
faq-share-a-none = { $register ->
    [informal] Nous ne transmettons tes données personnelles à personne en dehors de notre organisation.
   *[formal] Nous ne transmettons vos données personnelles à personne en dehors de notre organisation.
}
faq-share-a-processors = { $register ->
    [informal] Ces prestataires traitent tes données pour notre compte : { $list }.
   *[formal] Ces prestataires traitent vos données pour notre compte : { $list }.
}
faq-share-a-controllers = { $register ->
    [informal] Ces organisations reçoivent tes données et les utilisent à leurs propres fins : { $list }.
   *[formal] Ces organisations reçoivent vos données et les utilisent à leurs propres fins : { $list }.
}
faq-share-a-joint = { $register ->
    [informal] Nous déterminons avec ces organisations la manière dont tes données sont utilisées : { $list }.
   *[formal] Nous déterminons avec ces organisations la manière dont vos données sont utilisées : { $list }.
}
faq-share-a-authorities = { $register ->
    [informal] Ces autorités publiques reçoivent tes données : { $list }.
   *[formal] Ces autorités publiques reçoivent vos données : { $list }.
}
faq-share-a-group = { $register ->
    [informal] Ces sociétés de notre groupe reçoivent tes données : { $list }.
   *[formal] Ces sociétés de notre groupe reçoivent vos données : { $list }.
}
faq-share-a-other = { $register ->
    [informal] Ces destinataires reçoivent également tes données : { $list }.
   *[formal] Ces destinataires reçoivent également vos données : { $list }.
}
faq-share-a-unstated = Destinataires des données traitées pour { $purposes } : { $marker }.
faq-transfers-q = Mes données quittent-elles l’Espace économique européen ?
faq-transfers-a-no = { $register ->
    [informal] Non. Tes données personnelles restent dans l’Espace économique européen.
   *[formal] Non. Vos données personnelles restent dans l’Espace économique européen.
}
faq-transfers-a-yes = Oui, vers les pays suivants : { $countries }. La déclaration de confidentialité décrit les garanties.
faq-transfers-a-unnamed = Oui, vers des pays que la déclaration de confidentialité ne nomme pas.
faq-rights-q = Quels sont mes droits ?
faq-rights-a = { $register ->
    [informal] Tu disposes des droits suivants : { $list }.
   *[formal] Vous disposez des droits suivants : { $list }.
}
faq-rights-contact = { $register ->
    [informal] Envoie ta demande à { $email }.
   *[formal] Envoyez votre demande à { $email }.
}
faq-complaint-q = Comment introduire une réclamation ?
faq-complaint-a = { $register ->
    [informal] Tu peux introduire une réclamation auprès de l’autorité de contrôle : { $authority }.
   *[formal] Vous pouvez introduire une réclamation auprès de l’autorité de contrôle : { $authority }.
}
faq-complaint-a-generic = { $register ->
    [informal] Tu peux introduire une réclamation auprès d’une autorité de contrôle, en particulier dans l’État membre où tu résides ou travailles.
   *[formal] Vous pouvez introduire une réclamation auprès d’une autorité de contrôle, en particulier dans l’État membre où vous résidez ou travaillez.
}
faq-complaint-contact = { $register ->
    [informal] Tu peux aussi nous contacter d’abord à l’adresse { $email }.
   *[formal] Vous pouvez aussi nous contacter d’abord à l’adresse { $email }.
}
faq-cookies-q = { $register ->
    [informal] Le site web utilise-t-il des cookies ?
   *[formal] Utilisez-vous des cookies ?
}
faq-cookies-a-consent = { $register ->
    [informal] Oui : { $list }. La loi exige ton consentement pour les cookies qui ne sont pas strictement nécessaires.
   *[formal] Oui : { $list }. La loi exige votre consentement pour les cookies qui ne sont pas strictement nécessaires.
}
faq-cookies-a-necessary = { $register ->
    [informal] Uniquement des cookies strictement nécessaires, pour lesquels la loi n’exige pas ton consentement.
   *[formal] Uniquement des cookies strictement nécessaires, pour lesquels la loi n’exige pas votre consentement.
}
faq-cookies-a-none = Non. Notre site web n’utilise ni cookies ni techniques similaires.
faq-read-more = Lire l’intégralité de la déclaration de confidentialité

## Versions : l’archive, les modifications entre versions, le flux

version-id = Version { $id }
archived-banner = Ceci est la version du { $date }. Elle n’est plus en vigueur.
archived-current = Lire la version actuelle
feed-title = Modifications de la déclaration de confidentialité
feed-entry-title = Version du { $date }
feed-entry-first = La première version de cette archive.
changes-link = Ce qui a changé dans cette version
versions-link = Toutes les versions
versions-title = Versions de la déclaration de confidentialité
versions-title-cookies = Versions de la politique en matière de cookies
versions-intro = Toutes les versions de la présente déclaration de confidentialité, de la plus récente à la plus ancienne. Les versions antérieures sont conservées telles qu’elles ont été publiées.
versions-intro-cookies = Toutes les versions de la présente politique en matière de cookies, de la plus récente à la plus ancienne. Les versions antérieures sont conservées telles qu’elles ont été publiées.
versions-item = Version du { $date }
versions-current = version actuelle
versions-changes = Ce qui a changé
versions-first = La première version de cette archive.
changes-title = Modifications de la déclaration de confidentialité
changes-title-cookies = Modifications de la politique en matière de cookies
changes-between = De la version du { $from } à la version du { $to }
changes-list-title = Ce qui a changé
changes-see = Voir
changes-none = Rien n’a changé quant au fond ; la formulation a pu changer (voir la comparaison ci-dessous).
redline-title = Le texte comparé
redline-legend = Le texte supprimé est barré et le texte ajouté est souligné ; un lecteur d’écran annonce chaque passage comme supprimé ou ajouté. Les parties inchangées sont repliées.
redline-unchanged = (inchangé)
redline-intro = Début de la déclaration
diff-heading = Modifications de la déclaration : { $from } → { $to }
redline-removed = supprimé :
redline-added = ajouté :
redline-end = fin
change-not-stated = non précisé
change-introduction = L’introduction a été reformulée.
change-controller = Nos coordonnées ont été modifiées : { $fields }.
change-controller-details = D’autres informations sur qui nous sommes ont été modifiées.
change-joint = Les informations sur les responsables conjoints du traitement ont été modifiées.
change-representative = Les informations sur notre représentant dans l’Union européenne ont été modifiées.
change-dpo = Les informations sur notre délégué à la protection des données ont été modifiées.
change-privacy-contact = Le contact pour les questions de vie privée a été modifié.
change-authority = Les informations sur l’autorité de contrôle ont été modifiées.
change-data-added = Nouvelles catégories de données personnelles : { $list }.
change-data-removed = Catégories de données personnelles que nous ne traitons plus : { $list }.
change-data-reworded = La description de ces catégories de données personnelles a été modifiée : { $list }.
change-data-changed = Les catégories de données personnelles ont été modifiées.
change-special = Les informations sur les catégories particulières de données personnelles ont été modifiées.
change-sources = { $register ->
    [informal] Les sources de tes données personnelles ont été modifiées.
   *[formal] Les sources de vos données personnelles ont été modifiées.
}
change-purpose-added = Nouvelle finalité : « { $title } », fondée sur { $basis }.
change-purpose-removed = La finalité « { $title } » a été supprimée.
change-purpose-renamed = La finalité « { $old } » s’appelle désormais « { $title } ».
change-purpose-basis = « { $title } » : la base juridique a changé (auparavant : { $old } ; désormais : { $new }).
change-purpose-interest = « { $title } » : la description de notre intérêt légitime a été modifiée.
change-purpose-retention = « { $title } » : la durée de conservation a changé (auparavant : { $old } ; désormais : { $new }).
change-purpose-retention-period = « { $title } » : la durée de conservation a changé (auparavant : { $old } ; désormais : { $new }), { $event }.
change-purpose-data-added = « { $title } » utilise désormais aussi : { $list }.
change-purpose-data-removed = « { $title } » n’utilise plus : { $list }.
change-purpose-recipients-added = « { $title } » : nouveaux destinataires : { $list }.
change-purpose-recipients-removed = « { $title } » : données qui ne sont plus communiquées à : { $list }.
change-purpose-reworded = « { $title } » : la description a été reformulée.
change-purpose-details = « { $title } » : d’autres informations ont été modifiées.
change-recipient-added = Nouveau destinataire : { $details }.
change-recipient-removed = { $register ->
    [informal] { $name } ne reçoit plus tes données personnelles.
   *[formal] { $name } ne reçoit plus vos données personnelles.
}
change-recipient-role = { $name } : le rôle a changé (auparavant : { $old } ; désormais : { $new }).
change-recipient-country = { $register ->
    [informal] { $name } : le pays où tes données sont traitées a changé (auparavant : { $old } ; désormais : { $new }).
   *[formal] { $name } : le pays où vos données sont traitées a changé (auparavant : { $old } ; désormais : { $new }).
}
change-recipient-transfer = { $name } : la garantie du transfert a changé (auparavant : { $old } ; désormais : { $new }).
change-recipient-transfer-new = { $register ->
    [informal] { $name } : tes données personnelles sont désormais transférées en dehors de l’Espace économique européen, { $mechanism }.
   *[formal] { $name } : vos données personnelles sont désormais transférées en dehors de l’Espace économique européen, { $mechanism }.
}
change-recipient-transfer-ended = { $register ->
    [informal] { $name } : tes données personnelles ne sont plus transférées en dehors de l’Espace économique européen.
   *[formal] { $name } : vos données personnelles ne sont plus transférées en dehors de l’Espace économique européen.
}
change-recipient-reworded = { $name } : le nom ou la description du service a été modifié.
change-recipient-details = { $name } : d’autres informations ont été modifiées.
change-transfers = Les informations sur les transferts en dehors de l’Espace économique européen ont été modifiées.
change-data-sale = La déclaration sur la vente de données personnelles a été modifiée.
change-after-retention = { $register ->
    [informal] Ce qu’il advient de tes données à la fin de la durée de conservation a été modifié.
   *[formal] Ce qu’il advient de vos données à la fin de la durée de conservation a été modifié.
}
change-rights = { $register ->
    [informal] Les informations sur tes droits ont été modifiées.
   *[formal] Les informations sur vos droits ont été modifiées.
}
change-children = Les informations sur les enfants ont été modifiées.
change-security = Les informations sur la sécurité ont été modifiées.
change-changes = { $register ->
    [informal] La manière dont nous t’informons des modifications de la présente déclaration a été modifiée.
   *[formal] La manière dont nous vous informons des modifications de la présente déclaration a été modifiée.
}
change-faq = Les réponses aux questions fréquentes ont été modifiées.
change-cookie-added = Nouveau cookie : { $name } ({ $category }).
change-cookie-removed = Le cookie { $name } n’est plus utilisé.
change-cookie-category = Le cookie { $name } a changé de catégorie (auparavant : { $old } ; désormais : { $new }).
change-cookie-duration = Le cookie { $name } : la durée a changé (auparavant : { $old } ; désormais : { $new }).
change-cookie-details = Le cookie { $name } : d’autres informations ont été modifiées.
change-cookie-unnamed = (nom non précisé)
change-cookies-none = Notre site web n’utilise plus de cookies ni de techniques similaires.
change-cookies-other = Les informations sur les cookies ont été modifiées.
change-cookie-consent = { $register ->
    [informal] La manière dont nous demandons ton consentement aux cookies a été modifiée.
   *[formal] La manière dont nous demandons votre consentement aux cookies a été modifiée.
}

## L’aperçu local (`privasite serve`) : affiché uniquement pendant l’aperçu, jamais sur un site généré.

serve-preview-label = Aperçu
serve-errors-title = { $count ->
    [one] Le dernier enregistrement contient une erreur. Cette page affiche la dernière version qui a pu être générée.
   *[other] Le dernier enregistrement contient { $count } erreurs. Cette page affiche la dernière version qui a pu être générée.
}
serve-warnings-title = { $count ->
    [one] 1 avertissement ou remarque
   *[other] { $count } avertissements et remarques
}
serve-open-in-editor = Ouvrir dans l’éditeur
serve-pending = Cette version de travail diffère de la version publiée.
serve-pending-link = Examiner les modifications proposées
review-title = Modifications proposées
review-intro = La version de travail comparée à { $baseline }.
review-no-baseline = Il n’existe encore aucune version publiée à laquelle comparer : le site n’a ni commit ni version archivée.
review-changelog = Ce qui change
review-no-changes = Les faits de la politique restent inchangés.
review-text = Le texte, comparé section par section
review-text-same = Le texte est inchangé.
review-stale = Traductions à vérifier
review-stale-none = Aucune traduction ne semble en retard.
review-side-by-side = Les sections côte à côte, dans chaque langue
