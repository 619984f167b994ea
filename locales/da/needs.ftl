## Behov: hvilken støtte hun ønsker og har brug for. For hvert punkt registrerer du sammen med hende,
## hvor meget det haster, og hvor det står. Hendes ønsker styrer; hun kan sige nej til al støtte.

needs-title = Behov og handleplan

## Dele

needs-about-her = Om hendes situation
needs-safety-and-shelter = Sikkerhed og et sted at bo
needs-health = Helbred og trivsel
needs-language-and-rights = Sprog, rettigheder og opholdsstatus
needs-money-and-daily-life = Penge og hverdag
needs-family = Familie
needs-future = Fremtiden

## Om hendes situation (ikke en del af planen)

needs-came-from-abroad = Kom du til dette land fra et andet land?
needs-has-children = Har du børn?
needs-has-children-hint = Børnene kan være hos hende, derhjemme eller i en andens varetægt. Deres sikkerhed er ofte hendes første bekymring.
needs-thinking-of-return = Overvejer du at rejse tilbage til dit hjemland?
needs-thinking-of-return-hint = Der er ikke noget rigtigt svar. At rejse tilbage, at blive eller ikke at vide det endnu er alt sammen i orden.

## Sikkerhed og et sted at bo

needs-protection-from-exploiters = Har du brug for hjælp til at være i sikkerhed for dem, der udnyttede dig?
needs-protection-from-exploiters-hint = Sikkerhed kommer først. Risikovurderingen ser nærmere på faren.
needs-safety-plan = En sikkerhedsplan, der er aftalt med hende
needs-safe-phone = Har du brug for en sikker telefon eller en sikker måde at holde kontakten på?
needs-safe-phone-hint = En telefon, hun har fået af bagmændene, kan være overvåget.
needs-place-tonight = Har du brug for et sikkert sted at sove i nat?
needs-longer-term-housing = Har du brug for hjælp til at finde et sted at bo i længere tid?

## Helbred og trivsel

needs-urgent-medical-care = Har du brug for at se en læge eller sygeplejerske nu, på grund af smerter, en skade eller sygdom?
needs-urgent-medical-care-hint = Akut sundhedshjælp er hendes ret, uanset hendes status.
needs-sexual-health = Vil du gerne have en undersøgelse eller rådgivning om seksuel sundhed, prævention eller graviditet?
needs-sexual-health-hint = Tilbyd det som et valg. Hun bestemmer, om og hvornår.
needs-ongoing-health-care = Har du brug for løbende behandling eller medicin?
needs-someone-to-talk-to = Vil du gerne have nogen at tale med om, hvordan du har det?
needs-someone-to-talk-to-hint = Mange kvinder føler sig følelsesløse eller urolige eller kan ikke sove. Det er en normal reaktion på det, der er sket.
needs-trauma-support = Vil du gerne have støtte fra en terapeut over længere tid?
needs-substance-use-support = Vil du gerne have støtte i forhold til alkohol, stoffer eller medicin?
needs-substance-use-support-hint = Kvinder bliver nogle gange tvunget til at tage stoffer, så de kan kontrolleres. Spørg uden at dømme.

## Sprog, rettigheder og opholdsstatus

needs-interpreter = Har du brug for en tolk, og vil du helst have en kvindelig tolk?
needs-interpreter-hint = Tjek, at tolken ikke har nogen forbindelse til hendes miljø eller til bagmændene.
needs-information-on-rights = Vil du gerne have information om dine rettigheder og dine muligheder?
needs-information-on-rights-hint = Også om hendes ret til støtte, uanset om hun taler med politiet eller ej.
needs-support-in-proceedings = Hvis du deltager i en politisag eller en retssag, vil du så gerne have en advokat eller en, der er med dig?
needs-support-in-proceedings-hint = Støtten afhænger ikke af, at hun siger ja til at vidne.
needs-reflection-period = Vil du gerne høre om refleksionsperioden, en tid til at komme dig og tænke dig om?
needs-reflection-period-hint = En periode på mindst 30 dage til at hvile og beslutte sig uden pres. Længden afhænger af landet; tjek, hvad der gælder nu.
needs-residence-permit = Har du brug for hjælp til en tilladelse til at blive her?
needs-identity-papers = Har du brug for hjælp til at få dit pas eller ID tilbage eller få et nyt?
needs-identity-papers-hint = Bagmændene kan have taget eller ødelagt hendes papirer.

## Penge og hverdag

needs-money-for-now = Har du brug for penge til det daglige lige nu?
needs-compensation = Vil du gerne vide, om du kan kræve erstatning eller den løn, du ikke har fået?
needs-compensation-hint = Erstatning kan komme fra gerningspersonen eller fra staten, afhængigt af landet.
needs-debts = Har du gæld, som du har brug for hjælp til?
needs-debts-hint = Også gæld, som bagmændene siger, hun skylder. Den er ofte ikke lovlig.
needs-everyday-essentials = Har du brug for tøj, mad, toiletartikler eller andre ting til hverdagen?
needs-contact-person = Vil du gerne have én person, der hjælper dig med at holde styr på al støtten?
needs-contact-person-hint = Med én kontaktperson slipper hun for at fortælle sin historie igen og igen.
needs-self-care = Vil du gerne have hjælp til hverdagsting, som hvile, faste rutiner og at passe på dig selv?
needs-support-person = Vil du gerne have en støtteperson, der kan gå med dig og stå ved din side?
needs-support-person-hint = En støtteperson er kun på hendes side og er ikke politiet eller en myndighed.
needs-help-with-authorities = Har du brug for hjælp til kontakten med myndigheder eller til at udfylde skemaer?

## Familie

needs-care-for-children = Har dine børn brug for omsorg eller støtte?
needs-family-support = Vil du eller din familie gerne have støtte eller rådgivning, for eksempel om kontakt eller sikkerhed?
needs-family-support-hint = Familien kan være en støtte, men kan også være involveret i det, der skete. Lad hende styre.

## Fremtiden

needs-language-learning = Vil du gerne lære sproget her?
needs-training-or-education = Vil du gerne tage et kursus eller en uddannelse?
needs-finding-work = Vil du gerne have hjælp til at finde arbejde?
needs-settling-here = Vil du gerne have hjælp til at falde til her, hvis du beslutter dig for at blive?
needs-settling-here-hint = Støtte til integration er for kvinder, der vælger at blive.
needs-safe-return = Vil du gerne have hjælp til at planlægge en sikker tilbagevenden?
needs-safe-return-hint = En tilbagevenden bør være hendes eget ønske og planlægges sammen med et tilbud i hendes land. Risikovurderingen tjekker betingelserne.
needs-reintegration = Vil du gerne have støtte til at starte forfra derhjemme efter en tilbagevenden?

## Støtteområder

needs-domain-safety = Sikkerhed og beskyttelse
needs-domain-shelter = Indkvartering og bolig
needs-domain-medical = Sundhedsbehandling
needs-domain-psychological = Psykologisk støtte
needs-domain-interpretation = Tolkning
needs-domain-legal-advice = Juridisk rådgivning
needs-domain-residence = Opholdsstatus og refleksionsperiode
needs-domain-financial = Økonomisk hjælp og erstatning
needs-domain-social-support = Social støtte
needs-domain-support-person = Støtteperson
needs-domain-authorities = Hjælp i kontakten med myndigheder
needs-domain-family = Familie
needs-domain-substance-use = Misbrugsbehandling
needs-domain-training-work = Uddannelse og arbejde
needs-domain-integration = Integration
needs-domain-return = Frivillig tilbagevenden og reintegration

## Typer af tilbud at henvise til

needs-service-police-protection = Politibeskyttelse
needs-service-safety-planning = Sikkerhedsplanlægning
needs-service-secure-shelter = Sikker indkvartering
needs-service-confidential-flat = Lejlighed med hemmelig adresse
needs-service-supported-housing = Bolig med støtte
needs-service-emergency-medical-care = Akut lægehjælp
needs-service-general-health-care = Almen sundhedsbehandling
needs-service-sexual-reproductive-health = Seksuel og reproduktiv sundhed
needs-service-crisis-counselling = Krisesamtaler
needs-service-trauma-therapy = Traumebehandling
needs-service-legal-counselling = Juridisk rådgivning
needs-service-victim-lawyer = Bistandsadvokat
needs-service-migration-counselling = Rådgivning om migration og ophold
needs-service-case-worker = Sagsbehandler
needs-service-peer-support = Peerstøtte
needs-service-self-care-training = Støtte til egenomsorg og hverdagsliv
needs-service-financial-aid = Økonomisk hjælp
needs-service-compensation-claim = Hjælp til et erstatningskrav
needs-service-debt-counselling = Gældsrådgivning
needs-service-interpreter = Tolk
needs-service-support-person = Støtteperson
needs-service-accompaniment = Ledsagelse til myndigheder
needs-service-family-counselling = Familierådgivning
needs-service-childcare = Børnepasning og støtte til børn
needs-service-addiction-care = Misbrugsbehandling
needs-service-language-course = Sprogkursus
needs-service-vocational-training = Erhvervsuddannelse
needs-service-job-placement = Hjælp til at finde arbejde
needs-service-integration-programme = Integrationsprogram
needs-service-return-programme = Program for frivillig tilbagevenden
needs-service-receiving-organisation = Modtagende organisation i det land, hun vender tilbage til

## Hvor meget det haster, og hvor det står

needs-urgency-immediate = Straks (inden for 1 til 3 dage)
needs-urgency-short-term = På kort sigt
needs-urgency-long-term = På lang sigt
needs-urgency-none = Intet behov nu
needs-status-identified = Afdækket
needs-status-referred = Henvist
needs-status-in-progress = I gang
needs-status-met = Dækket
needs-status-declined-by-her = Hun ønsker det ikke nu
needs-status-not-applicable = Gælder ikke

## Resultat

needs-care-plan = Handleplan
needs-referrals = Mangler at blive henvist
needs-open-needs = Ikke talt om endnu
needs-service-types = Hvor hun kan henvises til
needs-result-disclaimer = Denne plan viser, hvad du har aftalt med hende. Gennemgå den med hende ved hver kontakt; hendes ønsker kan ændre sig.
