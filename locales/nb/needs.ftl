## Behov: hvilken støtte hun ønsker og trenger. For hvert punkt registrerer du sammen med henne
## hvor mye det haster og hvor det står. Hennes ønsker styrer; hun kan takke nei til all støtte.

needs-title = Behov og tiltaksplan

## Deler

needs-about-her = Om situasjonen hennes
needs-safety-and-shelter = Sikkerhet og et sted å bo
needs-health = Helse og velvære
needs-language-and-rights = Språk, rettigheter og oppholdsstatus
needs-money-and-daily-life = Penger og hverdag
needs-family = Familie
needs-future = Fremtiden

## Om situasjonen hennes (ikke en del av planen)

needs-came-from-abroad = Kom du til dette landet fra et annet land?
needs-has-children = Har du barn?
needs-has-children-hint = Barna kan være hos henne, hjemme eller i andres omsorg. Deres sikkerhet er ofte det hun bekymrer seg mest for.
needs-thinking-of-return = Tenker du på å reise tilbake til hjemlandet ditt?
needs-thinking-of-return-hint = Det finnes ikke noe riktig svar. Å reise tilbake, å bli eller å ikke vite ennå er helt i orden.

## Sikkerhet og et sted å bo

needs-protection-from-exploiters = Trenger du hjelp til å være trygg for dem som utnyttet deg?
needs-protection-from-exploiters-hint = Sikkerhet kommer først. Risikovurderingen ser nærmere på faren.
needs-safety-plan = En sikkerhetsplan som er avtalt med henne
needs-safe-phone = Trenger du en trygg telefon, eller en trygg måte å holde kontakten på?
needs-safe-phone-hint = En telefon hun har fått av bakmennene, kan være sporet.
needs-place-tonight = Trenger du et trygt sted å sove i natt?
needs-longer-term-housing = Trenger du hjelp til å finne et sted å bo for en lengre periode?

## Helse og velvære

needs-urgent-medical-care = Trenger du å treffe en lege eller sykepleier nå, på grunn av smerter, en skade eller sykdom?
needs-urgent-medical-care-hint = Akutt helsehjelp er hennes rett, uansett status.
needs-sexual-health = Vil du ha en undersøkelse eller råd om seksuell helse, prevensjon eller graviditet?
needs-sexual-health-hint = Tilby dette som et valg. Hun bestemmer om og når.
needs-ongoing-health-care = Trenger du helsehjelp over tid eller medisiner?
needs-someone-to-talk-to = Vil du ha noen å snakke med om hvordan du har det?
needs-someone-to-talk-to-hint = Mange kvinner føler seg nummen, engstelige eller får ikke sove. Det er en normal reaksjon på det som har skjedd.
needs-trauma-support = Vil du ha støtte fra en terapeut over lengre tid?
needs-substance-use-support = Vil du ha hjelp med alkohol, rusmidler eller medisiner?
needs-substance-use-support-hint = Rusmidler blir noen ganger tvunget på kvinner for å kontrollere dem. Spør uten å dømme.

## Språk, rettigheter og oppholdsstatus

needs-interpreter = Trenger du tolk, og vil du helst ha en kvinnelig tolk?
needs-interpreter-hint = Sjekk at tolken ikke har noen tilknytning til miljøet hennes eller til bakmennene.
needs-information-on-rights = Vil du ha informasjon om rettighetene dine og mulighetene dine?
needs-information-on-rights-hint = Også om retten hennes til støtte, enten hun snakker med politiet eller ikke.
needs-support-in-proceedings = Hvis du er med i en politisak eller en rettssak, vil du ha en advokat eller noen med deg?
needs-support-in-proceedings-hint = Støtten avhenger ikke av at hun går med på å vitne.
needs-reflection-period = Vil du vite mer om refleksjonsperioden, en tid til å komme deg og tenke deg om?
needs-reflection-period-hint = En periode på minst 30 dager til å hvile og bestemme seg uten press. Lengden avhenger av landet; sjekk hva som gjelder nå.
needs-residence-permit = Trenger du hjelp med en tillatelse til å bli her?
needs-identity-papers = Trenger du hjelp til å få tilbake eller erstatte passet eller ID-en din?
needs-identity-papers-hint = Bakmennene kan ha tatt eller ødelagt papirene hennes.

## Penger og hverdag

needs-money-for-now = Trenger du penger til det daglige akkurat nå?
needs-compensation = Vil du vite om du kan kreve erstatning eller lønn du ikke har fått?
needs-compensation-hint = Erstatning kan komme fra gjerningspersonen eller fra staten, avhengig av landet.
needs-debts = Har du gjeld som du trenger hjelp med?
needs-debts-hint = Også gjeld som bakmennene sier at hun har. Den er ofte ikke lovlig.
needs-everyday-essentials = Trenger du klær, mat, hygieneartikler eller andre ting til hverdagen?
needs-contact-person = Vil du ha én person som hjelper deg å holde oversikt over all støtten?
needs-contact-person-hint = Med én kontaktperson slipper hun å fortelle historien sin om og om igjen.
needs-self-care = Vil du ha hjelp med hverdagslige ting, som hvile, rutiner og å ta vare på deg selv?
needs-support-person = Vil du ha en støtteperson som kan bli med deg og stå ved din side?
needs-support-person-hint = En støtteperson er bare på hennes side, og er ikke politiet eller en myndighet.
needs-help-with-authorities = Trenger du hjelp i kontakt med myndigheter eller med å fylle ut skjemaer?

## Familie

needs-care-for-children = Trenger barna dine omsorg eller støtte?
needs-family-support = Vil du eller familien din ha støtte eller råd, for eksempel om kontakt eller sikkerhet?
needs-family-support-hint = Familien kan være en støtte, men kan også være involvert i det som skjedde. La henne styre.

## Fremtiden

needs-language-learning = Vil du lære språket her?
needs-training-or-education = Vil du ta opplæring eller utdanning?
needs-finding-work = Vil du ha hjelp til å finne arbeid?
needs-settling-here = Vil du ha hjelp til å etablere deg her, hvis du bestemmer deg for å bli?
needs-settling-here-hint = Støtte til integrering er for kvinner som velger å bli.
needs-safe-return = Vil du ha hjelp til å planlegge en trygg retur?
needs-safe-return-hint = En retur bør være hennes eget ønske og planlegges sammen med et hjelpetilbud i landet hennes. Risikovurderingen sjekker vilkårene.
needs-reintegration = Vil du ha støtte til å begynne på nytt hjemme etter en retur?

## Støtteområder

needs-domain-safety = Sikkerhet og beskyttelse
needs-domain-shelter = Botilbud og bolig
needs-domain-medical = Helsehjelp
needs-domain-psychological = Psykologisk støtte
needs-domain-interpretation = Tolking
needs-domain-legal-advice = Juridisk rådgivning
needs-domain-residence = Oppholdsstatus og refleksjonsperiode
needs-domain-financial = Økonomisk hjelp og erstatning
needs-domain-social-support = Sosial støtte
needs-domain-support-person = Støtteperson
needs-domain-authorities = Hjelp i kontakt med myndigheter
needs-domain-family = Familie
needs-domain-substance-use = Rusbehandling
needs-domain-training-work = Opplæring og arbeid
needs-domain-integration = Integrering
needs-domain-return = Frivillig retur og reintegrering

## Typer tjenester å henvise til

needs-service-police-protection = Politibeskyttelse
needs-service-safety-planning = Sikkerhetsplanlegging
needs-service-secure-shelter = Beskyttet botilbud
needs-service-confidential-flat = Bolig med hemmelig adresse
needs-service-supported-housing = Bolig med oppfølging
needs-service-emergency-medical-care = Akutt helsehjelp
needs-service-general-health-care = Allmenn helsehjelp
needs-service-sexual-reproductive-health = Helsehjelp for seksuell og reproduktiv helse
needs-service-crisis-counselling = Krisesamtaler
needs-service-trauma-therapy = Traumebehandling
needs-service-legal-counselling = Juridisk rådgivning
needs-service-victim-lawyer = Bistandsadvokat
needs-service-migration-counselling = Rådgivning om migrasjon og opphold
needs-service-case-worker = Saksbehandler
needs-service-peer-support = Likepersonsstøtte
needs-service-self-care-training = Støtte til egenomsorg og hverdagsliv
needs-service-financial-aid = Økonomisk stønad
needs-service-compensation-claim = Hjelp med erstatningskrav
needs-service-debt-counselling = Gjeldsrådgivning
needs-service-interpreter = Tolk
needs-service-support-person = Støtteperson
needs-service-accompaniment = Følge til myndigheter
needs-service-family-counselling = Familierådgivning
needs-service-childcare = Barnepass og støtte til barn
needs-service-addiction-care = Rusbehandling
needs-service-language-course = Språkkurs
needs-service-vocational-training = Yrkesopplæring
needs-service-job-placement = Hjelp til å finne arbeid
needs-service-integration-programme = Integreringsprogram
needs-service-return-programme = Program for frivillig retur
needs-service-receiving-organisation = Mottakende organisasjon i returlandet

## Hvor mye det haster, og hvor det står

needs-urgency-immediate = Straks (innen 1 til 3 dager)
needs-urgency-short-term = På kort sikt
needs-urgency-long-term = På lang sikt
needs-urgency-none = Ikke behov nå
needs-status-identified = Kartlagt
needs-status-referred = Henvist
needs-status-in-progress = Pågår
needs-status-met = Dekket
needs-status-declined-by-her = Hun ønsker ikke dette nå
needs-status-not-applicable = Gjelder ikke

## Resultat

needs-care-plan = Tiltaksplan
needs-referrals = Gjenstår å henvise
needs-open-needs = Ikke snakket om ennå
needs-service-types = Hvor hun kan henvises
needs-result-disclaimer = Denne planen viser hva du har avtalt med henne. Gå gjennom den med henne ved hver kontakt; ønskene hennes kan endre seg.
