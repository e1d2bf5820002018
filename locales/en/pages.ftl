### The fixed sentences of the pages (English).

## Site-wide

language-name = English
list-and = and
skip-link = Skip to main content
nav-label = Privacy pages
language-switch = Other languages
toc-title = Contents
page-privacy = Privacy policy
page-cookies = Cookie policy
page-faq = Frequently asked questions
index-title = Privacy information
index-intro = The privacy policy, cookie policy and answers to frequently asked questions of { $name }.
last-updated = Last updated: { $date }
effective-from = This version takes effect on { $date }.
change-summary-title = What has changed in this version
footer-text = { $name } · { $email }

## Labels

label-address = Address
label-email = E-mail
label-phone = Telephone
label-website = Website
label-value = { $label }: { $value }
label-enterprise-number = Enterprise number

## Privacy policy: who we are

section-controller = Who is responsible for your data
controller-intro = { $name } is responsible for the processing of your personal data (the “controller”). You can contact us with any question about this policy.
joint-title = Joint controllers
joint-intro = For some purposes we decide together with another organisation why and how your data is processed. We have agreed in writing who does what.
joint-purposes = Purposes concerned
joint-responsibilities = Who does what
representative-title = Our representative in the European Union
dpo-title = Data protection officer
dpo-text = We have appointed a data protection officer, whom you can contact with any question about the processing of your personal data.

## Privacy policy: data and sources

section-data = Which personal data we process
data-intro = Depending on how you deal with us, we process the following categories of personal data.
data-special = This is a special category of personal data. We process it only on the following ground: { $condition }.
section-sources = Where your data comes from
sources-intro = We obtain your personal data from the following sources.
source-public = publicly accessible

## Privacy policy: purposes

section-purposes = Why we process your data and on what legal basis
purposes-intro = We process your personal data only for the purposes below. Each purpose rests on one legal basis.
purpose-data = Data we use
purpose-basis = Legal basis
purpose-interest = Our legitimate interest
purpose-retention = How long we keep it
purpose-recipients = Who receives it
purpose-recipients-none = No one outside our organisation.
purpose-sources = Where the data comes from
purpose-provision = Are you required to provide the data?
purpose-provision-consequence = If you do not provide it, { $consequence }
purpose-automated = Automated decisions
purpose-automated-none = We do not take decisions about you based solely on automated processing.
automated-logic = How the decision is made
automated-significance = What it means for you
retention-period = { $period } { $event }

## Privacy policy: retention

section-retention = How long we keep your data
retention-intro = We keep your personal data no longer than is necessary for each purpose. Afterwards we delete it or make it anonymous.
retention-col-purpose = Purpose
retention-col-period = Retention period

## Privacy policy: recipients and transfers

section-recipients = Who receives your data
recipients-intro = We share your personal data only with the recipients below, and only as far as they need it for their task. Processors act solely on our instructions, under a contract that obliges them to protect your data.
recipients-none = We do not share your personal data with anyone outside our organisation.
recipients-col-name = Recipient
recipients-col-role = Role
recipients-col-service = Service
recipients-col-country = Country
section-transfers = Transfers outside the European Economic Area
transfers-none = Your personal data does not leave the European Economic Area.
transfers-intro = Some recipients process your personal data outside the European Economic Area. Each of these transfers is protected as follows.
transfers-col-recipient = Recipient
transfers-col-country = Country
transfers-col-safeguard = Safeguard
transfers-reference = Reference: { $reference }.
transfers-copy = You can obtain a copy of these safeguards by writing to { $email }.

## Privacy policy: rights

section-rights = Your rights
rights-intro = You have the following rights with regard to your personal data.
objection-box-intro = You have the right to object. We draw your attention to it separately, as the law requires.
rights-limited = This right applies to: { $purposes }.
section-exercise = How to exercise your rights
exercise-email = Send your request to { $email }.
exercise-url = You can also use our online form:
exercise-post = You can also send it by post to our address stated above.
exercise-free = Exercising your rights is free of charge. If we have reasonable doubts about your identity, we may ask you for additional information to confirm it.
exercise-days =
    We answer within { $days ->
        [one] { $days } day
       *[other] { $days } days
    } of receiving your request. If a request is complex, we may extend this period by two months; we will inform you within the first month.
exercise-month = We answer within one month of receiving your request. If a request is complex, we may extend this period by two months; we will inform you within the first month.
section-complaint = Complaints
complaint-intro = If you are not satisfied with how we handle your personal data, please contact us first. You also have the right to lodge a complaint with the supervisory authority:

## Privacy policy: other sections

section-children = Children
children-text = Our services are not intended for persons under { $age }. We do not knowingly collect personal data of persons under that age.
section-security = Security
section-cookies = Cookies
cookies-pointer = Our website uses cookies and similar techniques. Our cookie policy lists each of them and explains why we use them.
cookies-pointer-none = Our website does not use cookies or similar techniques.
section-changes = Changes to this policy
changes-text = When we change this policy, we publish the new version on this page with its date. We will inform you actively, for example by e-mail, of any substantive change, such as a new purpose or a new category of recipients, before it takes effect.

## Cookie policy

cookies-intro = Cookies are small text files that a website stores on your device. Similar techniques, such as local storage and pixels, work in a comparable way. This page lists every such technique that our website uses.
cookies-consent-needed = We set cookies that are not strictly necessary only after you have given your consent. Refusing them is as easy as accepting them, and you can withdraw your consent at any time through the cookie settings of our website.
cookies-consent-not-needed = Our website uses only strictly necessary cookies. They do not require your consent.
cookies-none = Our website does not use cookies or similar techniques.
cookies-col-name = Name
cookies-col-provider = Provider
cookies-col-purpose = Purpose
cookies-col-duration = Duration
cookies-col-kind = Type
cookie-first-party = { $name } (our own)
cookie-third-party = { $name } (third party)
cookie-session = Until you close your browser
section-manage-cookies = Deleting cookies
manage-cookies-text = You can view and delete cookies at any time in your browser settings. If you block strictly necessary cookies, parts of the website may no longer work.

## Frequently asked questions

faq-intro = Short answers to common questions. The privacy policy gives all the details.
faq-data-q = Which personal data do you process about me?
faq-data-a = Depending on how you deal with us: { $list }.
faq-purposes-q = Why do you process my data?
faq-purposes-a = For these purposes, each with its own legal basis:
faq-retention-q = How long do you keep my data?
faq-retention-a = No longer than necessary for each purpose:
faq-share-q = Do you sell my data or pass it on to others?
faq-share-a-none = No. We do not pass your personal data on to anyone outside our organisation.
faq-share-a-processors = No. Only service providers that work on our behalf receive your data, and only as far as they need it: { $list }.
faq-share-a-controllers = We do not sell your data, but we do pass it on to these organisations, which use it for their own purposes: { $list }.
faq-transfers-q = Does my data leave the European Economic Area?
faq-transfers-a-no = No. Your personal data stays within the European Economic Area.
faq-transfers-a-yes = Yes, to these countries: { $countries }. We protect these transfers with the safeguards described in our privacy policy.
faq-rights-q = What rights do I have?
faq-rights-a = You have these rights: { $list }. Send your request to { $email }.
faq-complaint-q = How can I lodge a complaint?
faq-complaint-a = Please contact us first at { $email }. You can also lodge a complaint with the supervisory authority: { $authority }.
faq-cookies-q = Do you use cookies?
faq-cookies-a-consent = Yes: { $list }. We set cookies that are not strictly necessary only with your consent.
faq-cookies-a-necessary = Only strictly necessary cookies, which do not require your consent.
faq-cookies-a-none = No. Our website does not use cookies or similar techniques.
faq-read-more = Read the full privacy policy
