### The fixed sentences of the pages (English).
### Every sentence is either a definition (what a right means, what the law provides) or is shown
### only when the policy states the fact it describes.

## Site-wide

language-name = English
list-and = and
list-or = or
quoted = “{ $text }”
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
footer-name = { $name }

## Drafts and facts the policy does not state

draft-banner = Draft: not published. Places the policy does not state, or states in a form that cannot be read, are marked.
draft-not-stated = not stated in the policy
draft-invalid = not valid in the policy (see privasite check)

## Labels

label-address = Address
label-email = E-mail
label-phone = Telephone
label-website = Website
label-value = { $label }: { $value }
label-enterprise-number = Enterprise number
label-name = Name

## First layer: the policy in short

summary-title = In short
summary-controller = { $name } is responsible for your personal data.
summary-contact = You can reach us at { $contact }.
summary-purposes = We process your data for these purposes: { $purposes }.
summary-recipients = It is received by: { $recipients }.
summary-no-recipients = No one outside our organisation receives it.
summary-transfers = Some of it goes outside the European Economic Area: { $countries }.
summary-transfers-unnamed = Some of it goes outside the European Economic Area, to countries this policy does not name.
summary-transfers-more = This policy also mentions transfers to countries it does not name.
summary-no-transfers = It does not leave the European Economic Area.
summary-retention = We keep it for the period set for each purpose, from { $shortest } to { $longest }.
summary-retention-varies = We keep it for the period set for each purpose.
summary-retention-per-purpose = How long we keep it is set out for each purpose.
summary-rights = You have rights over your data, including access, rectification and erasure.
summary-complaint = You can lodge a complaint with the { $authority }.
summary-more = More

## Privacy policy: who we are

section-controller = Who is responsible for your data
controller-intro = { $name } is responsible for the processing of your personal data (the “controller”).
controller-contact = You can contact us with any question about this policy.
joint-title = Joint controllers
joint-intro = For some purposes we decide together with another organisation why and how your data is processed (joint controllers, Art. 26 GDPR).
joint-purposes = Purposes concerned
joint-responsibilities = Who does what
representative-title = Our representative in the European Union
dpo-title = Data protection officer
dpo-text = We have appointed a data protection officer, whom you can contact with any question about the processing of your personal data.
dpo-none = We have not appointed a data protection officer.
privacy-contact-title = Contact for privacy questions

## Privacy policy: data and sources

section-data = Which personal data we process
data-intro = We process the following categories of personal data.
data-special = This is a special category of personal data. We process it only on the following ground: { $condition }.
special-none = We do not process special categories of personal data, such as data about your health, religion or political opinions.
section-sources = Where your data comes from
sources-intro = We obtain your personal data from the following sources.
source-public = publicly accessible

## Privacy policy: purposes

section-purposes = Why we process your data and on what legal basis
purposes-intro = We process your personal data for the purposes below.
purpose-data = Data we use
purpose-basis = Legal basis
purpose-bases-several = This policy names more than one basis for this purpose: { $bases }.
purpose-interest = Our legitimate interest
purpose-retention = How long we keep it
purpose-recipients = Who receives it
purpose-recipients-none = No one outside our organisation.
purpose-sources = Where the data comes from
purpose-provision = Are you required to provide the data?
purpose-provision-law = It is required by { $law }.
purpose-provision-law-label = The law that requires it
purpose-provision-obliged = You are obliged to provide it.
purpose-provision-not-obliged = You are not obliged to provide it.
purpose-provision-obliged-label = Whether you are obliged to provide it
purpose-provision-consequence = If you do not provide it, { $consequence }
purpose-automated = Automated decisions
purpose-automated-none = We do not take decisions about you for this purpose based solely on automated processing.
automated-logic = How the decision is made
automated-significance = What it means for you
automated-consequences = Its consequences
purpose-profiling = Profiling
purpose-profiling-none = We do not use your data for profiling for this purpose.
retention-period = { $period } { $event }
retention-indefinite = Without a time limit, as this policy states.

## Privacy policy: retention

section-retention = How long we keep your data
retention-intro = The table below gives the retention period of each purpose.
retention-col-purpose = Purpose
retention-col-period = Retention period
after-retention-delete = When the retention period ends, we delete the data.
after-retention-anonymise = When the retention period ends, we make the data anonymous.
after-retention-delete_or_anonymise = When the retention period ends, we delete the data or make it anonymous.

## Privacy policy: recipients and transfers

section-recipients = Who receives your data
recipients-intro = The following recipients receive your personal data for the purposes named above.
recipients-none = We do not share your personal data with anyone outside our organisation.
recipients-col-name = Recipient
recipients-col-role = Role
recipients-col-service = Service
recipients-col-country = Country
recipient-basis = Legal basis of the disclosure: { $basis }
data-sale-no = We do not sell your personal data.
data-sale-no-qualified = We do not sell your personal data, subject to the following:
data-sale-yes = We sell personal data.
data-sale-yes-qualified = We sell personal data, as follows:
section-transfers = Transfers outside the European Economic Area
transfers-none = Your personal data does not leave the European Economic Area.
transfers-intro = The following recipients process your personal data outside the European Economic Area.
transfers-col-recipient = Recipient
transfers-col-country = Country
transfers-col-safeguard = Safeguard
transfers-policy = Personal data is transferred outside the European Economic Area, to { $countries }.
transfers-policy-unnamed = Personal data is transferred outside the European Economic Area, to countries this policy does not name.
transfers-policy-also = Personal data is also transferred outside the European Economic Area, to { $countries }.
transfers-policy-also-unnamed = Personal data is also transferred outside the European Economic Area, to countries this policy does not name.
transfers-policy-safeguard = Safeguard: { $safeguard }
transfers-copy = You can obtain a copy of these safeguards by writing to { $contact }.
transfers-copy-request = You can obtain a copy of these safeguards on request.

## Privacy policy: rights

section-rights = Your rights
rights-intro = You have the following rights with regard to your personal data.
rights-intro-listed = This policy grants you the following rights with regard to your personal data.
rights-conditions = This policy attaches the following conditions to them:
rights-limited = This right applies to: { $purposes }.
section-exercise = How to exercise your rights
exercise-email = You can send your request to { $email }.
exercise-url = You can also use this form:
exercise-post = You can also send it by post to the address above.
exercise-days =
    This policy promises an answer within { $days ->
        [one] { $days } day
       *[other] { $days } days
    } of receiving your request.
exercise-month = The GDPR requires an answer within one month of receiving your request; for complex or numerous requests this period may be extended by two further months, in which case you are informed within the first month (Art. 12(3) GDPR).
exercise-free = Exercising your rights is free of charge, unless a request is manifestly unfounded or excessive (Art. 12(5) GDPR).
exercise-identity = If we have reasonable doubts about your identity, we may ask for additional information to confirm it (Art. 12(6) GDPR).
section-complaint = Complaints
complaint-intro = If you believe your personal data is processed unlawfully, you have the right to lodge a complaint with a supervisory authority, in particular in the Member State where you live or work or where the infringement took place (Art. 77 GDPR).
complaint-authority = The competent authority for us is:
complaint-languages = Complaints to this authority can be written in Dutch, French or German.
complaint-court = You also have the right to an effective judicial remedy before the courts (Art. 79 GDPR).

## Privacy policy: other sections

section-children = Children
children-text = Our services are intended for persons aged { $age } and over.
section-security = Security
section-cookies = Cookies
cookies-pointer = Our website uses cookies and similar techniques.
cookies-pointer-listed = Each of them is listed in our cookie policy:
cookies-pointer-described = They are described in our cookie policy:
cookies-pointer-none = Our website does not use cookies or similar techniques.
section-changes = Changes to this policy
changes-prior_notice = Before a substantive change to this policy takes effect, we inform you of it actively, by { $channels }.
changes-prior_notice-unspecified = Before a substantive change to this policy takes effect, we inform you of it actively.
changes-published_only = We publish each new version of this policy on this page, with its date.
changes-check_regularly = This policy asks you to consult this page regularly to learn of changes.
changes-without_notice = This policy states that changes take effect without prior notice.
changes-channels = This policy states that you are informed of changes by { $channels }.

## Cookie policy

cookies-intro = Cookies are small text files that a website stores on your device. Similar techniques, such as local storage and pixels, work in a comparable way.
cookies-law = Storing information on your device, or reading it, requires your consent unless it is strictly necessary (Art. 5(3) of the ePrivacy Directive 2002/58/EC and Art. 10/2 of the Belgian Law of 30 July 2018).
cookies-only-necessary = Our website uses only strictly necessary cookies, which do not require your consent.
cookies-consent-banner = Before setting cookies that are not strictly necessary, our website asks for your consent in a cookie banner.
cookies-consent-reject = You can refuse them there as easily as you accept them.
cookies-consent-no-reject = The banner offers no button to refuse them.
cookies-consent-continued_browsing = This policy states that continuing to browse our website counts as consent to cookies.
cookies-consent-browser_settings = This policy states that you manage cookies through your browser settings.
cookies-withdraw = You can change your choice or withdraw your consent at any time on this page:
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
manage-cookies-text = You can view and delete cookies at any time in your browser settings.
manage-cookies-necessary = If you block strictly necessary cookies, parts of the website may no longer work.

## Frequently asked questions

faq-intro = Short answers to common questions. The privacy policy gives all the details.
faq-data-q = Which personal data do you process about me?
faq-data-a = { $list }.
faq-purposes-q = Why do you process my data?
faq-purposes-a = For these purposes, each with its legal basis:
faq-retention-q = How long do you keep my data?
faq-retention-a = For each purpose:
faq-share-q = Do you sell my data or pass it on to others?
faq-share-a-none = We do not pass your personal data on to anyone outside our organisation.
faq-share-a-processors = These service providers process your data on our behalf: { $list }.
faq-share-a-controllers = These organisations receive your data and use it for their own purposes: { $list }.
faq-share-a-joint = We decide together with these organisations how your data is used: { $list }.
faq-share-a-authorities = These public authorities receive your data: { $list }.
faq-share-a-group = These companies of our group receive your data: { $list }.
faq-share-a-other = These recipients also receive your data: { $list }.
faq-share-a-unstated = Who receives the data processed for { $purposes }: { $marker }.
faq-transfers-q = Does my data leave the European Economic Area?
faq-transfers-a-no = No. Your personal data stays within the European Economic Area.
faq-transfers-a-yes = Yes, to these countries: { $countries }. The privacy policy describes the safeguards.
faq-transfers-a-unnamed = Yes, to countries the privacy policy does not name.
faq-rights-q = What rights do I have?
faq-rights-a = You have these rights: { $list }.
faq-rights-contact = Send your request to { $email }.
faq-complaint-q = How can I lodge a complaint?
faq-complaint-a = You can lodge a complaint with the supervisory authority: { $authority }.
faq-complaint-a-generic = You can lodge a complaint with a supervisory authority, in particular in the Member State where you live or work.
faq-complaint-contact = You can also contact us first at { $email }.
faq-cookies-q = Do you use cookies?
faq-cookies-a-consent = Yes: { $list }. The law requires your consent for cookies that are not strictly necessary.
faq-cookies-a-necessary = Only strictly necessary cookies, for which the law does not require your consent.
faq-cookies-a-none = No. Our website does not use cookies or similar techniques.
faq-read-more = Read the full privacy policy

## Versions: the archive, the changes between versions, the feed

version-id = Version { $id }
archived-banner = This is the version of { $date }. It is no longer in force.
archived-current = Read the current version
feed-title = Changes to the privacy policy
feed-entry-title = Version of { $date }
feed-entry-first = The first version in this archive.
changes-link = What changed in this version
versions-link = All versions
versions-title = Versions of the privacy policy
versions-title-cookies = Versions of the cookie policy
versions-intro = Every version of this privacy policy, newest first. Earlier versions are kept exactly as they were published.
versions-intro-cookies = Every version of this cookie policy, newest first. Earlier versions are kept exactly as they were published.
versions-item = Version of { $date }
versions-current = current version
versions-changes = What changed
versions-first = The first version in this archive.
changes-title = Changes to the privacy policy
changes-title-cookies = Changes to the cookie policy
changes-between = From the version of { $from } to the version of { $to }
changes-list-title = What changed
changes-see = See
changes-none = Nothing changed in substance; the wording may have changed (see the comparison below).
redline-title = The text, compared
redline-legend = Removed text is struck through and added text is underlined; a screen reader announces each as removed or added. Sections that did not change are folded.
redline-unchanged = (unchanged)
redline-intro = Opening of the policy
diff-heading = Changes to the policy: { $from } → { $to }
redline-removed = removed:
redline-added = added:
redline-end = end
change-not-stated = not stated
change-introduction = The introduction was reworded.
change-controller = Our details were changed: { $fields }.
change-controller-details = Other details about who we are were changed.
change-joint = The information on joint controllers was changed.
change-representative = The information on our representative in the European Union was changed.
change-dpo = The information on our data protection officer was changed.
change-privacy-contact = The contact for privacy questions was changed.
change-authority = The information on the supervisory authority was changed.
change-data-added = New categories of personal data: { $list }.
change-data-removed = Categories of personal data we no longer process: { $list }.
change-data-reworded = The description of these categories of personal data was changed: { $list }.
change-data-changed = The categories of personal data were changed.
change-special = The information on special categories of personal data was changed.
change-sources = The sources of your personal data were changed.
change-purpose-added = New purpose: “{ $title }”, based on { $basis }.
change-purpose-removed = The purpose “{ $title }” was removed.
change-purpose-renamed = The purpose “{ $old }” is now called “{ $title }”.
change-purpose-basis = “{ $title }”: the legal basis changed from { $old } to { $new }.
change-purpose-interest = “{ $title }”: the description of our legitimate interest was changed.
change-purpose-retention = “{ $title }”: the retention period changed from { $old } to { $new }.
change-purpose-retention-period = “{ $title }”: the retention period changed from { $old } to { $new } { $event }.
change-purpose-data-added = “{ $title }” now also uses: { $list }.
change-purpose-data-removed = “{ $title }” no longer uses: { $list }.
change-purpose-recipients-added = “{ $title }”: new recipients: { $list }.
change-purpose-recipients-removed = “{ $title }”: data no longer passed on to: { $list }.
change-purpose-reworded = “{ $title }”: the description was reworded.
change-purpose-details = “{ $title }”: other details were changed.
change-recipient-added = New recipient: { $details }.
change-recipient-removed = { $name } no longer receives your personal data.
change-recipient-role = { $name }: the role changed from { $old } to { $new }.
change-recipient-country = { $name }: the country changed from { $old } to { $new }.
change-recipient-transfer = { $name }: the safeguard for the transfer changed from { $old } to { $new }.
change-recipient-transfer-new = { $name }: your personal data is now transferred outside the European Economic Area, { $mechanism }.
change-recipient-transfer-ended = { $name }: your personal data is no longer transferred outside the European Economic Area.
change-recipient-reworded = { $name }: the name or the description of the service was changed.
change-recipient-details = { $name }: other details were changed.
change-transfers = The information on transfers outside the European Economic Area was changed.
change-data-sale = The statement on selling personal data was changed.
change-after-retention = What happens to your data at the end of the retention period was changed.
change-rights = The information on your rights was changed.
change-children = The information on children was changed.
change-security = The information on security was changed.
change-changes = How we inform you of changes to this policy was changed.
change-faq = The answers to frequently asked questions were changed.
change-cookie-added = New cookie: { $name } ({ $category }).
change-cookie-removed = The cookie { $name } is no longer used.
change-cookie-category = The cookie { $name } moved from { $old } to { $new }.
change-cookie-duration = The cookie { $name }: the duration changed from { $old } to { $new }.
change-cookie-details = The cookie { $name }: other details were changed.
change-cookie-unnamed = (name not stated)
change-cookies-none = Our website no longer uses cookies or similar techniques.
change-cookies-other = The information on cookies was changed.
change-cookie-consent = How we ask for your consent to cookies was changed.

## The local preview (`privasite serve`): shown only while previewing, never in a built site.

serve-preview-label = Preview
serve-errors-title = { $count ->
    [one] The last save has an error. This page shows the last version that built.
   *[other] The last save has { $count } errors. This page shows the last version that built.
}
serve-warnings-title = { $count ->
    [one] 1 warning or note
   *[other] { $count } warnings and notes
}
serve-open-in-editor = Open in the editor
serve-pending = This working copy differs from the published version.
serve-pending-link = Review the pending changes
review-title = Pending changes
review-intro = The working copy compared with { $baseline }.
review-no-baseline = There is no published version to compare with yet: the site has no commit and no archived version.
review-changelog = What changes
review-no-changes = The facts of the policy are unchanged.
review-text = The text, compared section by section
review-text-same = The text reads the same.
review-stale = Translations to check
review-stale-none = No translation appears to lag behind.
review-side-by-side = The sections side by side, in every language
