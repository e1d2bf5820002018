### Les phrases fixes des pages (français).

## Tout le site

language-name = Français
list-and = et
skip-link = Aller au contenu principal
nav-label = Pages relatives à la vie privée
language-switch = Autres langues
toc-title = Sommaire
page-privacy = Déclaration de confidentialité
page-cookies = Politique en matière de cookies
page-faq = Questions fréquentes
index-title = Informations sur la vie privée
index-intro = La déclaration de confidentialité, la politique en matière de cookies et les réponses aux questions fréquentes de { $name }.
last-updated = Dernière mise à jour : { $date }
effective-from = Cette version entre en vigueur le { $date }.
change-summary-title = Ce qui a changé dans cette version
footer-text = { $name } · { $email }

## Libellés

label-address = Adresse
label-email = E-mail
label-phone = Téléphone
label-website = Site web
label-value = { $label } : { $value }
label-enterprise-number = Numéro d’entreprise

## Déclaration : qui nous sommes

section-controller = Qui est responsable de vos données
controller-intro = { $name } est responsable du traitement de vos données personnelles (le « responsable du traitement »). Vous pouvez nous contacter pour toute question relative à la présente déclaration.
joint-title = Responsables conjoints du traitement
joint-intro = Pour certaines finalités, nous déterminons avec une autre organisation pourquoi et comment vos données sont traitées. Nous avons convenu par écrit de la répartition des tâches.
joint-purposes = Finalités concernées
joint-responsibilities = Qui fait quoi
representative-title = Notre représentant dans l’Union européenne
dpo-title = Délégué à la protection des données
dpo-text = Nous avons désigné un délégué à la protection des données, que vous pouvez contacter pour toute question relative au traitement de vos données personnelles.

## Déclaration : données et sources

section-data = Quelles données personnelles nous traitons
data-intro = Selon la nature de vos relations avec nous, nous traitons les catégories de données personnelles suivantes.
data-special = Il s’agit d’une catégorie particulière de données personnelles. Nous ne la traitons que sur la base suivante : { $condition }.
section-sources = D’où proviennent vos données
sources-intro = Nous obtenons vos données personnelles auprès des sources suivantes.
source-public = accessible au public

## Déclaration : finalités

section-purposes = Pourquoi nous traitons vos données et sur quelle base juridique
purposes-intro = Nous traitons vos données personnelles uniquement pour les finalités ci-dessous. Chaque finalité repose sur une seule base juridique.
purpose-data = Données utilisées
purpose-basis = Base juridique
purpose-interest = Notre intérêt légitime
purpose-retention = Durée de conservation
purpose-recipients = Destinataires
purpose-recipients-none = Personne en dehors de notre organisation.
purpose-sources = Provenance des données
purpose-provision = Êtes-vous tenu de fournir ces données ?
purpose-provision-consequence = Si vous ne les fournissez pas, { $consequence }
purpose-automated = Décisions automatisées
purpose-automated-none = Nous ne prenons à votre égard aucune décision fondée exclusivement sur un traitement automatisé.
automated-logic = Comment la décision est prise
automated-significance = Ce qu’elle signifie pour vous
retention-period = { $period } { $event }

## Déclaration : conservation

section-retention = Combien de temps nous conservons vos données
retention-intro = Nous ne conservons pas vos données personnelles plus longtemps que nécessaire pour chaque finalité. Ensuite, nous les effaçons ou les anonymisons.
retention-col-purpose = Finalité
retention-col-period = Durée de conservation

## Déclaration : destinataires et transferts

section-recipients = Qui reçoit vos données
recipients-intro = Nous ne partageons vos données personnelles qu’avec les destinataires ci-dessous, et uniquement dans la mesure nécessaire à leur mission. Les sous-traitants agissent exclusivement sur nos instructions, en vertu d’un contrat qui les oblige à protéger vos données.
recipients-none = Nous ne partageons vos données personnelles avec personne en dehors de notre organisation.
recipients-col-name = Destinataire
recipients-col-role = Rôle
recipients-col-service = Service
recipients-col-country = Pays
section-transfers = Transferts en dehors de l’Espace économique européen
transfers-none = Vos données personnelles ne quittent pas l’Espace économique européen.
transfers-intro = Certains destinataires traitent vos données personnelles en dehors de l’Espace économique européen. Chacun de ces transferts est protégé comme suit.
transfers-col-recipient = Destinataire
transfers-col-country = Pays
transfers-col-safeguard = Garantie
transfers-reference = Référence : { $reference }.
transfers-copy = Vous pouvez obtenir une copie de ces garanties en écrivant à { $email }.

## Déclaration : droits

section-rights = Vos droits
rights-intro = Vous disposez des droits suivants à l’égard de vos données personnelles.
objection-box-intro = Vous avez le droit de vous opposer au traitement. Comme la loi l’exige, nous attirons votre attention sur ce droit séparément.
rights-limited = Ce droit s’applique à : { $purposes }.
section-exercise = Comment exercer vos droits
exercise-email = Envoyez votre demande à { $email }.
exercise-url = Vous pouvez également utiliser notre formulaire en ligne :
exercise-post = Vous pouvez aussi l’envoyer par courrier à notre adresse indiquée ci-dessus.
exercise-free = L’exercice de vos droits est gratuit. Si nous avons des doutes raisonnables quant à votre identité, nous pouvons vous demander des informations supplémentaires pour la confirmer.
exercise-days =
    Nous répondons dans un délai de { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } à compter de la réception de votre demande. Si une demande est complexe, nous pouvons prolonger ce délai de deux mois ; nous vous en informons dans le premier mois.
exercise-month = Nous répondons dans un délai d’un mois à compter de la réception de votre demande. Si une demande est complexe, nous pouvons prolonger ce délai de deux mois ; nous vous en informons dans le premier mois.
section-complaint = Réclamations
complaint-intro = Si vous n’êtes pas satisfait de la manière dont nous traitons vos données personnelles, nous vous invitons à nous contacter d’abord. Vous avez également le droit d’introduire une réclamation auprès de l’autorité de contrôle :

## Déclaration : autres rubriques

section-children = Enfants
children-text = Nos services ne s’adressent pas aux personnes de moins de { $age } ans. Nous ne collectons pas sciemment de données personnelles de personnes n’ayant pas atteint cet âge.
section-security = Sécurité
section-cookies = Cookies
cookies-pointer = Notre site web utilise des cookies et des techniques similaires. Notre politique en matière de cookies les énumère tous et explique pourquoi nous les utilisons.
cookies-pointer-none = Notre site web n’utilise ni cookies ni techniques similaires.
section-changes = Modifications de la présente déclaration
changes-text = Lorsque nous modifions la présente déclaration, nous publions la nouvelle version, datée, sur cette page. Nous vous informons activement, par exemple par e-mail, de toute modification substantielle, comme une nouvelle finalité ou une nouvelle catégorie de destinataires, avant son entrée en vigueur.

## Politique en matière de cookies

cookies-intro = Les cookies sont de petits fichiers texte qu’un site web enregistre sur votre appareil. Des techniques similaires, comme le stockage local et les pixels, fonctionnent de manière comparable. Cette page recense toutes les techniques de ce type qu’utilise notre site web.
cookies-consent-needed = Nous ne plaçons les cookies qui ne sont pas strictement nécessaires qu’après avoir obtenu votre consentement. Les refuser est aussi simple que les accepter, et vous pouvez retirer votre consentement à tout moment via les paramètres de cookies de notre site web.
cookies-consent-not-needed = Notre site web utilise uniquement des cookies strictement nécessaires. Ils ne requièrent pas votre consentement.
cookies-none = Notre site web n’utilise ni cookies ni techniques similaires.
cookies-col-name = Nom
cookies-col-provider = Fournisseur
cookies-col-purpose = Finalité
cookies-col-duration = Durée
cookies-col-kind = Type
cookie-first-party = { $name } (cookie propre)
cookie-third-party = { $name } (cookie tiers)
cookie-session = Jusqu’à la fermeture de votre navigateur
section-manage-cookies = Supprimer les cookies
manage-cookies-text = Vous pouvez à tout moment consulter et supprimer les cookies dans les paramètres de votre navigateur. Si vous bloquez les cookies strictement nécessaires, certaines parties du site web risquent de ne plus fonctionner.

## Questions fréquentes

faq-intro = De brèves réponses aux questions les plus courantes. La déclaration de confidentialité donne tous les détails.
faq-data-q = Quelles données personnelles traitez-vous à mon sujet ?
faq-data-a = Selon la nature de vos relations avec nous : { $list }.
faq-purposes-q = Pourquoi traitez-vous mes données ?
faq-purposes-a = Pour les finalités suivantes, chacune avec sa propre base juridique :
faq-retention-q = Combien de temps conservez-vous mes données ?
faq-retention-a = Pas plus longtemps que nécessaire pour chaque finalité :
faq-share-q = Vendez-vous mes données ou les transmettez-vous à des tiers ?
faq-share-a-none = Non. Nous ne transmettons vos données personnelles à personne en dehors de notre organisation.
faq-share-a-processors = Non. Seuls des prestataires qui travaillent pour notre compte reçoivent vos données, et uniquement dans la mesure où ils en ont besoin : { $list }.
faq-share-a-controllers = Nous ne vendons pas vos données, mais nous les transmettons à ces organisations, qui les utilisent à leurs propres fins : { $list }.
faq-transfers-q = Mes données quittent-elles l’Espace économique européen ?
faq-transfers-a-no = Non. Vos données personnelles restent dans l’Espace économique européen.
faq-transfers-a-yes = Oui, vers les pays suivants : { $countries }. Nous protégeons ces transferts par les garanties décrites dans notre déclaration de confidentialité.
faq-rights-q = De quels droits est-ce que je dispose ?
faq-rights-a = Vous disposez des droits suivants : { $list }. Envoyez votre demande à { $email }.
faq-complaint-q = Comment introduire une réclamation ?
faq-complaint-a = Contactez-nous d’abord à l’adresse { $email }. Vous pouvez également introduire une réclamation auprès de l’autorité de contrôle : { $authority }.
faq-cookies-q = Utilisez-vous des cookies ?
faq-cookies-a-consent = Oui : { $list }. Nous ne plaçons les cookies qui ne sont pas strictement nécessaires qu’avec votre consentement.
faq-cookies-a-necessary = Uniquement des cookies strictement nécessaires, qui ne requièrent pas votre consentement.
faq-cookies-a-none = Non. Notre site web n’utilise ni cookies ni techniques similaires.
faq-read-more = Lire l’intégralité de la déclaration de confidentialité
