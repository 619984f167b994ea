## Behov: vilket stöd hon vill ha och behöver. För varje punkt registrerar du tillsammans med henne
## hur brådskande den är och hur det ligger till. Hennes önskemål styr; hon kan tacka nej till allt stöd.

needs-title = Behov och stödplan

## Delar

needs-about-her = Om hennes situation
needs-safety-and-shelter = Säkerhet och ett ställe att bo
needs-health = Hälsa och välmående
needs-language-and-rights = Språk, rättigheter och rättslig ställning
needs-money-and-daily-life = Pengar och vardag
needs-family = Familj
needs-future = Framtiden

## Om hennes situation (ingår inte i planen)

needs-came-from-abroad = Kom du till det här landet från ett annat land?
needs-has-children = Har du barn?
needs-has-children-hint = Barnen kan vara hos henne, i hemlandet eller i någon annans vård. Deras säkerhet är ofta hennes första oro.
needs-thinking-of-return = Funderar du på att åka tillbaka till ditt hemland?
needs-thinking-of-return-hint = Det finns inget rätt svar. Att återvända, att stanna eller att inte veta än är lika okej.

## Säkerhet och ett ställe att bo

needs-protection-from-exploiters = Behöver du hjälp att vara skyddad från dem som utnyttjade dig?
needs-protection-from-exploiters-hint = Säkerheten kommer först. Riskbedömningen går igenom faran mer i detalj.
needs-safety-plan = En säkerhetsplan som ni har kommit överens om
needs-safe-phone = Behöver du en säker telefon, eller ett säkert sätt att hålla kontakten?
needs-safe-phone-hint = En telefon som hon har fått av förövarna kan vara spårad.
needs-place-tonight = Behöver du ett tryggt ställe att sova på i natt?
needs-longer-term-housing = Behöver du hjälp att hitta någonstans att bo under en längre tid?

## Hälsa och välmående

needs-urgent-medical-care = Behöver du träffa en läkare eller sjuksköterska nu, på grund av smärta, en skada eller sjukdom?
needs-urgent-medical-care-hint = Akut vård är hennes rättighet, oavsett status.
needs-sexual-health = Vill du ha en undersökning eller råd om sexuell hälsa, preventivmedel eller graviditet?
needs-sexual-health-hint = Erbjud det som ett val. Hon bestämmer om och när.
needs-ongoing-health-care = Behöver du fortsatt vård eller mediciner?
needs-someone-to-talk-to = Vill du ha någon att prata med om hur du mår?
needs-someone-to-talk-to-hint = Många kvinnor känner sig avstängda eller oroliga, eller kan inte sova. Det är en normal reaktion på det som har hänt.
needs-trauma-support = Vill du ha stöd under en längre tid från en terapeut?
needs-substance-use-support = Vill du ha stöd kring alkohol, droger eller läkemedel?
needs-substance-use-support-hint = Ibland tvingas kvinnor att ta droger så att de ska gå att kontrollera. Fråga utan att döma.

## Språk, rättigheter och rättslig ställning

needs-interpreter = Behöver du en tolk, och vill du helst ha en kvinnlig tolk?
needs-interpreter-hint = Kontrollera att tolken inte har någon koppling till hennes grupp eller till förövarna.
needs-information-on-rights = Vill du ha information om dina rättigheter och dina möjligheter?
needs-information-on-rights-hint = Bland annat om hennes rätt till stöd oavsett om hon pratar med polisen eller inte.
needs-support-in-proceedings = Om du deltar i en polisutredning eller en rättegång, vill du ha en advokat eller någon med dig?
needs-support-in-proceedings-hint = Stödet är inte beroende av att hon går med på att vittna.
needs-reflection-period = Vill du veta mer om betänketid, en tid för att återhämta dig och tänka efter?
needs-reflection-period-hint = En period på minst 30 dagar för att vila och bestämma sig utan press. Längden beror på landet; kontrollera vad som gäller just nu.
needs-residence-permit = Behöver du hjälp med ett tillstånd att stanna?
needs-identity-papers = Behöver du hjälp att få tillbaka eller ersätta ditt pass eller din id-handling?
needs-identity-papers-hint = Förövarna kan ha tagit eller förstört hennes papper.

## Pengar och vardag

needs-money-for-now = Behöver du pengar till det dagliga just nu?
needs-compensation = Vill du veta om du kan begära skadestånd eller ersättning för lön du inte har fått?
needs-compensation-hint = Ersättning kan komma från gärningspersonen eller från staten, beroende på land.
needs-debts = Har du skulder som du behöver hjälp med?
needs-debts-hint = Också skulder som förövarna säger att hon har. De är ofta inte lagliga.
needs-everyday-essentials = Behöver du kläder, mat, hygienartiklar eller andra vardagssaker?
needs-contact-person = Vill du ha en person som hjälper dig att hålla ordning på allt stöd?
needs-contact-person-hint = Med en kontaktperson slipper hon berätta sin historia om och om igen.
needs-self-care = Vill du ha hjälp med vardagliga saker, som vila, rutiner och att ta hand om dig själv?
needs-support-person = Vill du ha en stödperson som kan följa med dig och finnas vid din sida?
needs-support-person-hint = En stödperson är bara på hennes sida, och är inte polis eller myndighet.
needs-help-with-authorities = Behöver du hjälp med myndighetskontakter eller med att fylla i blanketter?

## Familj

needs-care-for-children = Behöver dina barn omsorg eller stöd?
needs-family-support = Vill du eller din familj ha stöd eller råd, till exempel om kontakt eller säkerhet?
needs-family-support-hint = Familjen kan vara ett stöd, men kan också vara inblandad i det som hänt. Låt henne styra.

## Framtiden

needs-language-learning = Vill du lära dig språket här?
needs-training-or-education = Vill du gå en kurs eller utbildning?
needs-finding-work = Vill du ha hjälp att hitta arbete?
needs-settling-here = Vill du ha hjälp att etablera dig här, om du bestämmer dig för att stanna?
needs-settling-here-hint = Stöd till integration är till för kvinnor som väljer att stanna.
needs-safe-return = Vill du ha hjälp att planera ett tryggt återvändande?
needs-safe-return-hint = Ett återvändande ska vara hennes egen önskan och planeras tillsammans med en verksamhet i hennes land. Riskbedömningen kontrollerar villkoren.
needs-reintegration = Vill du ha stöd att börja om där hemma efter ett återvändande?

## Stödområden

needs-domain-safety = Säkerhet och skydd
needs-domain-shelter = Skyddat boende och bostad
needs-domain-medical = Hälso- och sjukvård
needs-domain-psychological = Psykologiskt stöd
needs-domain-interpretation = Tolkning
needs-domain-legal-advice = Juridisk rådgivning
needs-domain-residence = Uppehållsstatus och betänketid
needs-domain-financial = Ekonomiskt stöd och ersättning
needs-domain-social-support = Socialt stöd
needs-domain-support-person = Stödperson
needs-domain-authorities = Hjälp med myndighetskontakter
needs-domain-family = Familj
needs-domain-substance-use = Beroendevård
needs-domain-training-work = Utbildning och arbete
needs-domain-integration = Integration
needs-domain-return = Frivilligt återvändande och återintegrering

## Typer av verksamheter att hänvisa till

needs-service-police-protection = Polisskydd
needs-service-safety-planning = Säkerhetsplanering
needs-service-secure-shelter = Skyddat boende
needs-service-confidential-flat = Lägenhet med skyddad adress
needs-service-supported-housing = Stödboende
needs-service-emergency-medical-care = Akut sjukvård
needs-service-general-health-care = Allmän hälso- och sjukvård
needs-service-sexual-reproductive-health = Vård för sexuell och reproduktiv hälsa
needs-service-crisis-counselling = Krisstöd
needs-service-trauma-therapy = Traumabehandling
needs-service-legal-counselling = Juridisk rådgivning
needs-service-victim-lawyer = Målsägandebiträde
needs-service-migration-counselling = Rådgivning om migration och uppehållstillstånd
needs-service-case-worker = Handläggare
needs-service-peer-support = Kamratstöd
needs-service-self-care-training = Stöd i egenvård och vardag
needs-service-financial-aid = Ekonomiskt bistånd
needs-service-compensation-claim = Hjälp att begära ersättning
needs-service-debt-counselling = Skuldrådgivning
needs-service-interpreter = Tolk
needs-service-support-person = Stödperson
needs-service-accompaniment = Följe till myndigheter
needs-service-family-counselling = Familjerådgivning
needs-service-childcare = Barnomsorg och stöd till barn
needs-service-addiction-care = Beroendevård
needs-service-language-course = Språkkurs
needs-service-vocational-training = Yrkesutbildning
needs-service-job-placement = Hjälp att hitta arbete
needs-service-integration-programme = Integrationsprogram
needs-service-return-programme = Program för frivilligt återvändande
needs-service-receiving-organisation = Mottagande organisation i landet dit hon återvänder

## Hur brådskande och hur det ligger till

needs-urgency-immediate = Omedelbart (inom 1 till 3 dagar)
needs-urgency-short-term = På kort sikt
needs-urgency-long-term = På lång sikt
needs-urgency-none = Inget behov nu
needs-status-identified = Identifierat
needs-status-referred = Hänvisat
needs-status-in-progress = Pågår
needs-status-met = Tillgodosett
needs-status-declined-by-her = Hon vill inte ha detta nu
needs-status-not-applicable = Gäller inte

## Resultat

needs-care-plan = Stödplan
needs-referrals = Återstår att hänvisa
needs-open-needs = Inte pratat om än
needs-service-types = Vart hon kan hänvisas
needs-result-disclaimer = Planen visar vad ni har kommit överens om. Gå igenom den med henne vid varje kontakt; hennes önskemål kan ändras.
