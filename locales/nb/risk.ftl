## Risiko: fare nå, risiko for å bli utsatt for menneskehandel igjen, hva som beskytter henne, og om
## en retur kan planlegges trygt. Spør om akutt fare først, ved hver kontakt.

risk-title = Risiko og sikkerhet

## Deler

risk-immediate-danger = Fare nå
risk-re-trafficking = Risiko for å bli utnyttet igjen
risk-protective = Det som hjelper henne å være trygg
risk-return-plans = Planer om retur
risk-return-conditions = Vilkår for en trygg retur

## Fare nå

risk-urgent-medical-need = Trenger du helsehjelp akkurat nå?
risk-urgent-medical-need-hint = Akutte helsebehov kommer foran alle andre spørsmål.
risk-thoughts-of-self-harm = Har du hatt tanker om å skade deg selv eller om at du ikke vil leve?
risk-thoughts-of-self-harm-hint = Å spørre om dette gir henne ikke ideen. Hvis hun svarer ja, bli hos henne og skaff krisehjelp i dag.
risk-afraid-of-serious-harm = Er du redd for at noen skal skade deg alvorlig?
risk-afraid-of-serious-harm-hint = Hennes egen frykt er en av de beste veiviserne til fare. Ta den på alvor, også uten andre tegn.
risk-exploiters-nearby = Er personer med tilknytning til utnyttingen her eller i nærheten nå, for eksempel venter de utenfor eller ringer henne?
risk-exploiters-nearby-hint = I så fall kommer hennes og din sikkerhet først: kom dere til et trygt sted før dere fortsetter.
risk-threatened-recently = Har noen truet deg eller noen som står deg nær, de siste dagene?
risk-hurt-recently = Har noen skadet deg de siste ukene?
risk-exploiters-know-where = Vet de som utnyttet deg, hvor du bor nå?
risk-being-looked-for = Er det noen som leter etter deg eller prøver å få deg til å komme tilbake?
risk-family-in-danger = Er noen som står deg nær, for eksempel barna eller familien din, i fare nå?
risk-family-in-danger-hint = Trusler mot familien er en vanlig måte å presse en kvinne på.
risk-no-safe-place-tonight = Mangler du et trygt sted å være i natt?
risk-worker-sees-danger = Ser du andre tegn på fare nå som spørsmålene over ikke dekker?
risk-worker-sees-danger-hint = Din egen faglige bekymring teller. Skriv ned det du ser, i notatet.

## Risiko for å bli utnyttet igjen

risk-exploiters-in-contact = Fortsetter de som utnyttet deg, å kontakte deg, holde øye med deg eller true deg?
risk-exploiters-in-contact-hint = Fortsatt kontakt er en av faktorene som oftest ses før en kvinne blir utsatt for menneskehandel igjen.
risk-trafficked-before = Har noe lignende skjedd med deg før?
risk-first-exploited-under-18 = Var du under 18 år første gang dette skjedde?
risk-first-exploited-under-18-hint = Å bli utnyttet første gang som barn henger sammen med høyere risiko senere. Spør varsomt.
risk-family-involved = Var noen i familien din med på å sende deg av sted eller ordne reisen?
risk-family-involved-hint = I så fall er det kanskje ikke trygt å vende tilbake til familien. Spør uten å dømme familien hennes.
risk-owes-debt = Skylder du noen penger, eller sier noen at du gjør det?
risk-group-discriminated = Der du kommer fra, blir folk fra din gruppe behandlet dårlig eller holdt utenfor?
risk-group-discriminated-hint = Diskriminering begrenser arbeid og støtte i hjemlandet, og det øker risikoen for å bli utnyttet igjen.
risk-conflict-at-home = Er det krig, væpnet konflikt eller alvorlig uro der du kommer fra?
risk-struggling-emotionally = Synes du det er svært vanskelig å takle følelsene dine?
risk-struggling-emotionally-hint = Å ha det vondt er en normal reaksjon. Det gjør det også vanskeligere å vurdere nye tilbud, så støtte er viktig.
risk-distrusts-help = Virker det som hun mistror hjelpetilbud eller myndigheter?
risk-distrusts-help-hint = Mistillit er forståelig etter det som har skjedd. Den kan holde henne borte fra hjelp, så bygg tillit i rolig tempo.
risk-left-exploitation-recently = Er det mindre enn to år siden du kom deg ut av utnyttingen?
risk-left-exploitation-recently-hint = De fleste kvinner som blir utsatt for menneskehandel igjen, blir det innen omtrent to år.
risk-no-way-to-support-herself = Har du ingen måte å forsørge deg selv på akkurat nå?
risk-pressure-to-send-money = Blir du presset til å sende penger hjem?

## Det som hjelper henne å være trygg

risk-has-trusted-person = Er det noen du stoler på som du kan gå til?
risk-has-trusted-person-hint = Én person hun stoler på, kan gjøre en stor forskjell for sikkerheten hennes.
risk-supportive-family = Støtter familien din deg?
risk-safe-housing = Har du et trygt sted å bo?
risk-in-touch-with-support = Har hun jevnlig kontakt med et hjelpetilbud?
risk-own-income = Har du egen inntekt?
risk-secure-residence = Har du en sikker rett til å bli der du er?
risk-knows-where-to-get-help = Vet du hvor du kan få hjelp hvis du er i fare?
risk-own-plans = Har du planer eller håp for fremtiden som betyr noe for deg?
risk-own-plans-hint = Hennes egne mål er en styrke å bygge planen på.

## Retur

risk-return-considered = Er det aktuelt med retur til hjemlandet ditt, eller flytting til et annet land?
risk-return-considered-hint = Svar ja bare hvis en retur eller flytting blir diskutert; deretter følger vilkårene for en trygg retur.
risk-return-her-own-wish = Er det ditt eget ønske å reise tilbake?
risk-return-her-own-wish-hint = En retur må være frivillig. Press fra noen, også fra myndigheter, betyr at dette vilkåret ikke er oppfylt.
risk-receiving-service-identified = Har et hjelpetilbud i returlandet sagt ja til å ta imot henne?
risk-receiving-service-identified-hint = Returen bør planlegges sammen med det hjelpetilbudet.
risk-return-risk-assessed = Er risikoen hun ville møte etter returen, vurdert?
risk-return-risk-assessed-hint = Tenk på risikoen hjemme, ikke bare her: familiens involvering, gjeld, hvor langt bakmennene rekker.
risk-return-needs-assessed = Er det gjort en behovskartlegging før returen hennes?
risk-return-financed = Er selve returen betalt?
risk-return-financed-hint = Kostnadene ved en trygg retur bør dekkes av landet der hun ble utnyttet, ikke av henne.
risk-financial-assistance-arranged = Er økonomisk støtte til henne etter returen ordnet?
risk-financial-assistance-arranged-hint = Penger å leve av etter en retur hjelper til å hindre at hun blir utnyttet igjen.

## Resultat

risk-category-immediate-danger = Fare nå
risk-category-re-trafficking = Risiko for å bli utnyttet igjen
risk-category-protective = Beskyttende faktor
risk-category-return = Vilkår for retur
risk-level-low = Lavere risiko
risk-level-medium = Middels risiko
risk-level-high = Høy risiko
risk-red-flag = Rødt flagg: dette alene gjør risikoen høy
risk-unknown-red-flags = Spørsmål med rødt flagg som ikke er besvart ennå: still dem først
risk-unknown-count = { $count ->
    [one] Ett spørsmål har ikke svar ennå.
   *[other] { $count } spørsmål har ikke svar ennå.
}
risk-override-raised = Du hevet nivået ut fra faglig skjønn
risk-override-rejected = Faglig skjønn kan heve nivået, men ikke senke det, så det beregnede nivået blir stående
risk-safety-plan = Sikkerhetsplan som skal avtales med henne
risk-result-disclaimer = Dette nivået er en støtte for ditt faglige skjønn; det forutsier ikke hva som vil skje. Vurder på nytt ved hver kontakt, og hev nivået når du er bekymret.

## Sikkerhetsplan

risk-plan-medical-care-today = Ordne helsehjelp i dag.
risk-plan-crisis-support-today = Skaff krisehjelp i dag, og ikke la henne være alene mens hun er i fare.
risk-plan-safe-place-tonight = Finn et trygt sted hun kan være i natt.
risk-plan-leave-safely-now = Kom dere til et trygt sted nå, bort fra personene med tilknytning til utnyttingen.
risk-plan-emergency-numbers = Avtal hvilke nødnumre hun skal ringe, og hvordan hun kan oppbevare dem så andre ikke finner dem.
risk-plan-signal-for-help = Avtal et ord eller et tegn hun kan bruke for å si fra til deg at hun er i fare.
risk-plan-phone-safety = Sjekk om telefonen hennes kan spores, og planlegg en trygg måte å holde kontakten på.
risk-plan-routes-and-places = Planlegg hvordan hun kan unngå steder og veier som bakmennene kjenner.
risk-plan-family-safety = Planlegg sammen hvordan barna eller familien hennes kan beskyttes.
risk-plan-police-option = Snakk med henne om hvorvidt og hvordan politiet skal involveres; valget er hennes, med mindre et liv er i fare.
risk-plan-trusted-person = Finn sammen en person hun stoler på og kan kontakte.
risk-plan-debt-advice = Ordne rådgivning om gjelden, også om den i det hele tatt er lovlig.
risk-plan-regular-contact = Avtal hvor ofte og hvordan dere skal holde kontakten.
risk-plan-reassess-next-contact = Vurder risikoen på nytt ved neste kontakt.

## Sjekk før retur

risk-return-condition-voluntary = Returen er hennes eget ønske
risk-return-condition-receiving-service = Et mottakende hjelpetilbud i returlandet er funnet
risk-return-condition-risk-assessed = Risikoen etter returen er vurdert
risk-return-condition-needs-assessed = Behovene hennes ved returen er kartlagt
risk-return-condition-financed = Returen er finansiert
risk-return-condition-financial-assistance = Økonomisk støtte etter returen er ordnet
risk-return-holds = På plass
risk-return-does-not-hold = Ikke på plass
risk-return-unknown = Ikke kjent ennå
risk-return-safe-to-plan = En retur kan planlegges trygt: alle vilkår er på plass.
risk-return-not-yet = En retur kan ennå ikke planlegges trygt. Vilkår som fortsatt mangler:
risk-return-not-considered = Ingen retur er aktuell.
