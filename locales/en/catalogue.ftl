### Built-in catalogue: the words behind the keys a policy uses (English).

## Dates and periods

month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
date = { $day } { $month } { $year }

period-days =
    { $amount ->
        [one] { $amount } day
       *[other] { $amount } days
    }
period-months =
    { $amount ->
        [one] { $amount } month
       *[other] { $amount } months
    }
period-years =
    { $amount ->
        [one] { $amount } year
       *[other] { $amount } years
    }

## Legal bases (Art. 6(1) GDPR)

basis-consent = Your consent
basis-consent-explanation = You have given your consent for this specific purpose (Art. 6(1)(a) GDPR). You can withdraw it at any time.
basis-contract = Performance of a contract
basis-contract-explanation = We need the data to perform a contract with you, or to take steps you asked for before entering into one (Art. 6(1)(b) GDPR).
basis-legal_obligation = Legal obligation
basis-legal_obligation-explanation = The processing is necessary to comply with a legal obligation to which we are subject (Art. 6(1)(c) GDPR).
basis-vital_interests = Vital interests
basis-vital_interests-explanation = The processing is needed to protect your life or that of another person (Art. 6(1)(d) GDPR).
basis-public_task = Public task
basis-public_task-explanation = The processing is needed for a task in the public interest or in the exercise of official authority (Art. 6(1)(e) GDPR).
basis-legitimate_interests = Legitimate interests
basis-legitimate_interests-explanation = The processing is necessary for a legitimate interest of ours or of a third party, unless your interests or fundamental rights and freedoms override it (Art. 6(1)(f) GDPR).

## Rights

right-access = Right of access
right-access-text = You can ask whether we process your personal data and, if so, receive a copy of it together with information on how we use it (Art. 15 GDPR).
right-rectification = Right to rectification
right-rectification-text = You can have incorrect data corrected and incomplete data completed (Art. 16 GDPR).
right-erasure = Right to erasure
right-erasure-text = You can ask us to erase your data, for example when we no longer need it or when you withdraw your consent. We cannot erase data that the law requires us to keep (Art. 17 GDPR).
right-restriction = Right to restriction of processing
right-restriction-text = You can ask us to stop using your data for a while, but to keep it, for example while we check whether it is correct (Art. 18 GDPR).
right-portability = Right to data portability
right-portability-text = You can receive the data you provided to us in a structured, commonly used, machine-readable format, or have us send it directly to another organisation (Art. 20 GDPR).
right-objection = Right to object
right-objection-text = You can object at any time, on grounds relating to your particular situation, to processing based on our legitimate interests or on a task in the public interest. We will then stop, unless we have compelling legitimate grounds that override your interests, or need the data to establish, exercise or defend legal claims (Art. 21(1) GDPR).
right-objection_marketing = Right to object to direct marketing
right-objection_marketing-text = You can object at any time, free of charge and without giving reasons, to the use of your data for direct marketing. We will then stop using it for that purpose (Art. 21(2) and (3) GDPR).
right-withdraw_consent = Right to withdraw consent
right-withdraw_consent-text = Where we rely on your consent, you can withdraw it at any time, as easily as you gave it. This does not affect the lawfulness of the processing before the withdrawal (Art. 7(3) GDPR).
right-human_review = Rights regarding automated decisions
right-human_review-text = Where a decision about you is taken solely by automated means, you can ask for a person to review it, express your point of view and contest the decision (Art. 22 GDPR).
right-complaint = Right to lodge a complaint
right-complaint-text = If you believe that your data is processed unlawfully, you can lodge a complaint with a supervisory authority (Art. 77 GDPR).

## Categories of personal data

data-identification = Identification data
data-identification-items = surname, first name, title
data-contact = Contact details
data-contact-items = postal address, e-mail address, telephone number
data-payment = Payment data
data-payment-items = bank account number, payment method, payment status
data-financial = Financial and billing data
data-financial-items = invoices, VAT number, amounts paid and due
data-orders = Order data
data-orders-items = products ordered, delivery address, order history
data-account = Account data
data-account-items = username, encrypted password, account settings
data-usage = Usage data
data-usage-items = pages visited, time and duration of visits, links clicked
data-device = Device and connection data
data-device-items = IP address, browser type and version, operating system
data-location = Location data
data-location-items = approximate location derived from your IP address
data-communications = Communications
data-communications-items = the content of your messages, e-mails and calls with us
data-preferences = Preferences
data-preferences-items = language, newsletter subscriptions, interests you indicate
data-professional = Professional data
data-professional-items = employer, job title, company name, VAT number
data-national_number = National register number
data-national_number-items = your national register number, only where the law requires it
data-images = Images
data-images-items = photographs and video recordings
data-health = Health data
data-health-items = information about your physical or mental health
data-racial_ethnic_origin = Racial or ethnic origin
data-racial_ethnic_origin-items = information revealing your racial or ethnic origin
data-political_opinions = Political opinions
data-political_opinions-items = information revealing your political opinions
data-religious_beliefs = Religious or philosophical beliefs
data-religious_beliefs-items = information revealing your religious or philosophical beliefs
data-trade_union = Trade union membership
data-trade_union-items = whether you are a member of a trade union
data-genetic = Genetic data
data-genetic-items = information about your inherited or acquired genetic characteristics
data-biometric = Biometric data
data-biometric-items = fingerprints, facial images used to identify you
data-sex_life = Sex life or sexual orientation
data-sex_life-items = information about your sex life or sexual orientation
data-criminal_records = Criminal convictions and offences
data-criminal_records-items = extracts from the criminal record

## Conditions for special categories (Art. 9(2) GDPR)

art9-explicit_consent = your explicit consent (Art. 9(2)(a) GDPR)
art9-employment = obligations in the field of employment and social security law (Art. 9(2)(b) GDPR)
art9-vital_interests = the protection of your vital interests or those of another person, when you are physically or legally incapable of giving consent (Art. 9(2)(c) GDPR)
art9-non_profit_body = the legitimate activities of a non-profit body with a political, philosophical, religious or trade-union aim (Art. 9(2)(d) GDPR)
art9-made_public = data that you have manifestly made public yourself (Art. 9(2)(e) GDPR)
art9-legal_claims = the establishment, exercise or defence of legal claims (Art. 9(2)(f) GDPR)
art9-public_interest = a substantial public interest laid down by law (Art. 9(2)(g) GDPR)
art9-health_care = preventive or occupational medicine, medical diagnosis or the provision of health care (Art. 9(2)(h) GDPR)
art9-public_health = public interest in the area of public health (Art. 9(2)(i) GDPR)
art9-research = archiving, scientific or historical research or statistics (Art. 9(2)(j) GDPR)

## Sources

source-data_subject = You yourself, when you fill in a form, place an order or contact us
source-automatic = Automatically, when you use our website
source-public_sources = Public sources, such as the Crossroads Bank for Enterprises and the Belgian Official Gazette
source-business_partners = Our business partners
source-social_networks = Social networks, when you connect your account with us
source-employer = Your employer

## Events a retention period runs from

event-collection = after the data was collected
event-contract_end = after the end of the contract
event-last_contact = after our last contact with you
event-last_order = after your last order
event-account_closure = after you close your account
event-consent_withdrawal = after you withdraw your consent
event-financial_year_end = after the end of the financial year concerned
event-relationship_end = after the end of our business relationship

## Recipient roles

role-processor = Processor (acts on our instructions)
    .in-sentence = as a processor
role-controller = Independent controller
    .in-sentence = as an independent controller
role-joint_controller = Joint controller
    .in-sentence = as a joint controller
role-public_authority = Public authority
    .in-sentence = as a public authority
role-group_company = Company of our group
    .in-sentence = as a company of our group

## Transfer mechanisms

mechanism-adequacy = Adequacy decision of the European Commission
    .in-sentence = under an adequacy decision of the European Commission
mechanism-adequacy-text = The European Commission has decided that this country ensures an adequate level of protection (Art. 45 GDPR).
mechanism-dpf = EU-US Data Privacy Framework
    .in-sentence = under the EU-US Data Privacy Framework
mechanism-dpf-text = The recipient is certified under the EU-US Data Privacy Framework, which the European Commission has found to ensure an adequate level of protection (Art. 45 GDPR).
mechanism-scc = Standard contractual clauses
    .in-sentence = under standard contractual clauses
mechanism-scc-text = The transfer is covered by the standard contractual clauses adopted by the European Commission (Art. 46(2)(c) GDPR).
mechanism-bcr = Binding corporate rules
    .in-sentence = under binding corporate rules
mechanism-bcr-text = The transfer is covered by binding corporate rules approved by a supervisory authority (Art. 47 GDPR).
mechanism-derogation = Derogation for a specific situation
    .in-sentence = under a derogation for a specific situation
mechanism-derogation-text = The transfer relies on a derogation for a specific situation (Art. 49 GDPR).

## Cookies

cookie-category-strictly_necessary = Strictly necessary cookies
cookie-category-strictly_necessary-text = Cookies in this category are strictly necessary to transmit a communication or to provide a service you have explicitly requested. The law does not require your consent for them.
cookie-category-preferences = Preference cookies
cookie-category-preferences-text = Cookies in this category remember choices you make, for your next visit. The law requires your consent for them.
cookie-category-analytics = Analytics cookies
cookie-category-analytics-text = Cookies in this category measure how visitors use the website. The law requires your consent for them.
cookie-category-marketing = Marketing cookies
cookie-category-marketing-text = Cookies in this category are used for advertising. The law requires your consent for them.
cookie-kind-http_cookie = Cookie
cookie-kind-local_storage = Local storage
cookie-kind-pixel = Pixel

## Whether providing the data is required (Art. 13(2)(e) GDPR)

requirement-statutory = Providing this data is a statutory requirement.
requirement-contractual = Providing this data is a contractual requirement.
requirement-contract_prerequisite = Providing this data is necessary to enter into a contract with you.
requirement-voluntary = Providing this data is voluntary.

## Supervisory authorities

authority-be-gba = Belgian Data Protection Authority
authority-be-gba-street = Rue de la Presse 35
authority-be-gba-city = 1000 Brussels
authority-be-gba-phone = +32 2 274 48 00
authority-be-gba-website = https://www.dataprotectionauthority.be

## Commission decisions a transfer can rest on

decision-2021-914 = Commission Implementing Decision (EU) 2021/914 of 4 June 2021 on standard contractual clauses
decision-2023-1795 = Commission Implementing Decision (EU) 2023/1795 of 10 July 2023 on the EU-US Data Privacy Framework
decision-2000-518 = Commission Decision 2000/518/EC on the adequate protection of personal data in Switzerland
decision-2002-2 = Commission Decision 2002/2/EC on the adequate protection of personal data by the Canadian PIPEDA
decision-2003-490 = Commission Decision 2003/490/EC on the adequate protection of personal data in Argentina
decision-2003-821 = Commission Decision 2003/821/EC on the adequate protection of personal data in Guernsey
decision-2004-411 = Commission Decision 2004/411/EC on the adequate protection of personal data in the Isle of Man
decision-2008-393 = Commission Decision 2008/393/EC on the adequate protection of personal data in Jersey
decision-2010-146 = Commission Decision 2010/146/EU on the adequate protection of personal data in the Faroe Islands
decision-2010-625 = Commission Decision 2010/625/EU on the adequate protection of personal data in Andorra
decision-2011-61 = Commission Decision 2011/61/EU on the adequate protection of personal data by the State of Israel
decision-2012-484 = Commission Implementing Decision 2012/484/EU on the adequate protection of personal data by Uruguay
decision-2013-65 = Commission Implementing Decision 2013/65/EU on the adequate protection of personal data by New Zealand
decision-2019-419 = Commission Implementing Decision (EU) 2019/419 on the adequate protection of personal data by Japan
decision-2022-254 = Commission Implementing Decision (EU) 2022/254 on the adequate protection of personal data by the Republic of Korea
scc-module = module { $module }

## Cookie consent and notice of changes

consent-mechanism-banner = a consent banner
consent-mechanism-continued_browsing = continued browsing
consent-mechanism-browser_settings = browser settings
change-notice-prior_notice = prior notice
change-notice-published_only = publication on this page
change-notice-check_regularly = consulting this page regularly
change-notice-without_notice = without notice
channel-email = e-mail
channel-website_notice = a notice on our website
channel-letter = letter

## Countries

country-AD = Andorra
    .in = in Andorra
country-AR = Argentina
    .in = in Argentina
country-AT = Austria
    .in = in Austria
country-AU = Australia
    .in = in Australia
country-BE = Belgium
    .in = in Belgium
country-BG = Bulgaria
    .in = in Bulgaria
country-BR = Brazil
    .in = in Brazil
country-CA = Canada
    .in = in Canada
country-CH = Switzerland
    .in = in Switzerland
country-CN = China
    .in = in China
country-CY = Cyprus
    .in = in Cyprus
country-CZ = Czechia
    .in-text = the Czech Republic
    .in = in the Czech Republic
country-DE = Germany
    .in = in Germany
country-DK = Denmark
    .in = in Denmark
country-EE = Estonia
    .in = in Estonia
country-ES = Spain
    .in = in Spain
country-FI = Finland
    .in = in Finland
country-FO = Faroe Islands
    .in-text = the Faroe Islands
    .in = in the Faroe Islands
country-FR = France
    .in = in France
country-GB = United Kingdom
    .in-text = the United Kingdom
    .in = in the United Kingdom
country-GG = Guernsey
    .in = in Guernsey
country-GR = Greece
    .in = in Greece
country-HR = Croatia
    .in = in Croatia
country-HU = Hungary
    .in = in Hungary
country-IE = Ireland
    .in = in Ireland
country-IL = Israel
    .in = in Israel
country-IM = Isle of Man
    .in-text = the Isle of Man
    .in = in the Isle of Man
country-IN = India
    .in = in India
country-IS = Iceland
    .in = in Iceland
country-IT = Italy
    .in = in Italy
country-JE = Jersey
    .in = in Jersey
country-JP = Japan
    .in = in Japan
country-KR = South Korea
    .in-text = the Republic of Korea
    .in = in the Republic of Korea
country-LI = Liechtenstein
    .in = in Liechtenstein
country-LT = Lithuania
    .in = in Lithuania
country-LU = Luxembourg
    .in = in Luxembourg
country-LV = Latvia
    .in = in Latvia
country-MT = Malta
    .in = in Malta
country-NL = Netherlands
    .in-text = the Netherlands
    .in = in the Netherlands
country-NO = Norway
    .in = in Norway
country-NZ = New Zealand
    .in = in New Zealand
country-PL = Poland
    .in = in Poland
country-PT = Portugal
    .in = in Portugal
country-RO = Romania
    .in = in Romania
country-SE = Sweden
    .in = in Sweden
country-SG = Singapore
    .in = in Singapore
country-SI = Slovenia
    .in = in Slovenia
country-SK = Slovakia
    .in = in Slovakia
country-US = United States
    .in-text = the United States
    .in = in the United States
country-UY = Uruguay
    .in = in Uruguay
