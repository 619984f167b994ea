## Risiko: fare lige nu, risiko for at blive udsat for menneskehandel igen, hvad der beskytter hende, og om
## en tilbagevenden kan planlægges sikkert. Spørg om akut fare først, ved hver kontakt.

risk-title = Risiko og sikkerhed

## Dele

risk-immediate-danger = Fare lige nu
risk-re-trafficking = Risiko for at blive udnyttet igen
risk-protective = Det, der hjælper hende med at være i sikkerhed
risk-return-plans = Planer om at vende tilbage
risk-return-conditions = Betingelser for en sikker tilbagevenden

## Fare lige nu

risk-urgent-medical-need = Har du brug for lægehjælp lige nu?
risk-urgent-medical-need-hint = Akutte helbredsbehov går forud for alle andre spørgsmål.
risk-thoughts-of-self-harm = Har du haft tanker om at gøre skade på dig selv eller om ikke at ville leve?
risk-thoughts-of-self-harm-hint = At spørge om det giver hende ikke tanken. Hvis hun svarer ja, så bliv hos hende, og skaf krisehjælp i dag.
risk-afraid-of-serious-harm = Er du bange for, at nogen vil gøre dig alvorlig fortræd?
risk-afraid-of-serious-harm-hint = Hendes egen frygt er en af de bedste pejlemærker for fare. Tag den alvorligt, også uden andre tegn.
risk-exploiters-nearby = Er personer med forbindelse til udnyttelsen her eller tæt på nu, for eksempel venter de udenfor eller ringer til hende?
risk-exploiters-nearby-hint = I så fald kommer hendes og din sikkerhed først: kom et sikkert sted hen, før I fortsætter.
risk-threatened-recently = Har nogen truet dig eller en, der står dig nær, inden for de sidste par dage?
risk-hurt-recently = Har nogen gjort dig fortræd inden for de sidste par uger?
risk-exploiters-know-where = Ved de personer, der udnyttede dig, hvor du bor nu?
risk-being-looked-for = Er der nogen, der leder efter dig eller prøver at få dig til at komme tilbage?
risk-family-in-danger = Er nogen, der står dig nær, for eksempel dine børn eller din familie, i fare nu?
risk-family-in-danger-hint = Trusler mod familien er en almindelig måde at lægge pres på en kvinde.
risk-no-safe-place-tonight = Mangler du et sikkert sted at være i nat?
risk-worker-sees-danger = Ser du andre tegn på fare nu, som spørgsmålene ovenfor ikke dækker?
risk-worker-sees-danger-hint = Din egen faglige bekymring tæller. Skriv det, du ser, i noten.

## Risiko for at blive udnyttet igen

risk-exploiters-in-contact = Bliver de personer, der udnyttede dig, ved med at kontakte dig, holde øje med dig eller true dig?
risk-exploiters-in-contact-hint = Fortsat kontakt er en af de faktorer, der oftest ses, før en kvinde bliver udsat for menneskehandel igen.
risk-trafficked-before = Er noget lignende sket for dig før?
risk-first-exploited-under-18 = Var du under 18 år første gang, det skete?
risk-first-exploited-under-18-hint = At blive udnyttet første gang som barn hænger sammen med en højere risiko senere. Spørg nænsomt.
risk-family-involved = Var nogen i din familie med til at sende dig af sted eller sørge for rejsen?
risk-family-involved-hint = I så fald er det måske ikke sikkert at vende tilbage til familien. Spørg uden at dømme hendes familie.
risk-owes-debt = Skylder du nogen penge, eller siger nogen, at du gør?
risk-group-discriminated = Bliver folk fra din gruppe behandlet dårligt eller holdt udenfor der, hvor du kommer fra?
risk-group-discriminated-hint = Diskrimination begrænser arbejde og støtte i hjemlandet, og det øger risikoen for at blive udnyttet igen.
risk-conflict-at-home = Er der krig, væbnet konflikt eller alvorlig uro der, hvor du kommer fra?
risk-struggling-emotionally = Har du meget svært ved at håndtere dine følelser?
risk-struggling-emotionally-hint = At have det svært er en normal reaktion. Det gør det også sværere at vurdere nye tilbud, så støtte er vigtig.
risk-distrusts-help = Ser det ud til, at hun har mistillid til støttetilbud eller myndigheder?
risk-distrusts-help-hint = Mistillid er forståelig efter det, der er sket. Den kan holde hende væk fra hjælp, så opbyg tillid i roligt tempo.
risk-left-exploitation-recently = Er det mindre end to år siden, du kom væk fra udnyttelsen?
risk-left-exploitation-recently-hint = De fleste kvinder, der bliver udsat for menneskehandel igen, bliver det inden for omkring to år.
risk-no-way-to-support-herself = Har du ingen måde at forsørge dig selv på lige nu?
risk-pressure-to-send-money = Bliver du presset til at sende penge hjem?

## Det, der hjælper hende med at være i sikkerhed

risk-has-trusted-person = Er der nogen, du stoler på, som du kan gå til?
risk-has-trusted-person-hint = Én person, hun stoler på, kan gøre en virkelig forskel for hendes sikkerhed.
risk-supportive-family = Støtter din familie dig?
risk-safe-housing = Har du et sikkert sted at bo?
risk-in-touch-with-support = Er hun i jævnlig kontakt med et støttetilbud?
risk-own-income = Har du din egen indtægt?
risk-secure-residence = Har du en sikker ret til at blive, hvor du er?
risk-knows-where-to-get-help = Ved du, hvor du kan få hjælp, hvis du er i fare?
risk-own-plans = Har du planer eller håb for fremtiden, som betyder noget for dig?
risk-own-plans-hint = Hendes egne mål er en styrke at bygge planen på.

## Tilbagevenden

risk-return-considered = Overvejes det, at du vender tilbage til dit hjemland eller flytter til et andet land?
risk-return-considered-hint = Svar kun ja, hvis en tilbagevenden eller flytning bliver drøftet; derefter følger betingelserne for en sikker tilbagevenden.
risk-return-her-own-wish = Er det dit eget ønske at vende tilbage?
risk-return-her-own-wish-hint = En tilbagevenden skal være frivillig. Pres fra nogen, også fra myndigheder, betyder, at denne betingelse ikke er opfyldt.
risk-receiving-service-identified = Har et støttetilbud i det land, hun vender tilbage til, sagt ja til at tage imod hende?
risk-receiving-service-identified-hint = Tilbagevenden bør planlægges sammen med det tilbud.
risk-return-risk-assessed = Er den risiko, hun ville møde efter tilbagevenden, blevet vurderet?
risk-return-risk-assessed-hint = Tænk på risikoen derhjemme, ikke kun her: familiens involvering, gæld, hvor langt bagmændenes rækkevidde går.
risk-return-needs-assessed = Er der lavet en behovsvurdering for hendes tilbagevenden?
risk-return-financed = Er selve rejsen tilbage betalt?
risk-return-financed-hint = Udgifterne til en sikker tilbagevenden bør dækkes af det land, hvor hun blev udnyttet, ikke af hende.
risk-financial-assistance-arranged = Er der sørget for økonomisk støtte til hende efter tilbagevenden?
risk-financial-assistance-arranged-hint = Penge at leve for efter en tilbagevenden hjælper med at forhindre, at hun bliver udnyttet igen.

## Resultat

risk-category-immediate-danger = Fare lige nu
risk-category-re-trafficking = Risiko for at blive udnyttet igen
risk-category-protective = Beskyttende faktor
risk-category-return = Betingelse for tilbagevenden
risk-level-low = Lavere risiko
risk-level-medium = Middel risiko
risk-level-high = Høj risiko
risk-red-flag = Rødt flag: dette alene gør risikoen høj
risk-unknown-red-flags = Spørgsmål med rødt flag, der ikke er besvaret endnu: stil dem først
risk-unknown-count = { $count ->
    [one] Ét spørgsmål har endnu ikke noget svar.
   *[other] { $count } spørgsmål har endnu ikke noget svar.
}
risk-override-raised = Du hævede niveauet ud fra faglig vurdering
risk-override-rejected = En faglig vurdering kan hæve niveauet, men ikke sænke det, så det beregnede niveau står ved magt
risk-safety-plan = Sikkerhedsplan, der skal aftales med hende
risk-result-disclaimer = Dette niveau støtter din faglige vurdering; det forudsiger ikke, hvad der vil ske. Vurdér igen ved hver kontakt, og hæv niveauet, når du er bekymret.

## Sikkerhedsplan

risk-plan-medical-care-today = Sørg for lægehjælp i dag.
risk-plan-crisis-support-today = Skaf krisehjælp i dag, og lad hende ikke være alene, så længe hun er i fare.
risk-plan-safe-place-tonight = Find et sikkert sted, hvor hun kan være i nat.
risk-plan-leave-safely-now = Kom et sikkert sted hen nu, væk fra de personer, der har forbindelse til udnyttelsen.
risk-plan-emergency-numbers = Aftal, hvilke nødnumre hun skal ringe til, og hvordan hun kan opbevare dem, så andre ikke finder dem.
risk-plan-signal-for-help = Aftal et ord eller et tegn, hun kan bruge til at fortælle dig, at hun er i fare.
risk-plan-phone-safety = Tjek, om hendes telefon kan spores, og planlæg en sikker måde at holde kontakten på.
risk-plan-routes-and-places = Planlæg, hvordan hun kan undgå steder og veje, som bagmændene kender.
risk-plan-family-safety = Planlæg sammen, hvordan hendes børn eller familie kan beskyttes.
risk-plan-police-option = Tal med hende om, hvorvidt og hvordan politiet skal inddrages; valget er hendes, medmindre et liv er i fare.
risk-plan-trusted-person = Find sammen en person, hun stoler på og kan kontakte.
risk-plan-debt-advice = Sørg for rådgivning om gælden, også om den overhovedet er lovlig.
risk-plan-regular-contact = Aftal, hvor ofte og hvordan I holder kontakten.
risk-plan-reassess-next-contact = Vurdér risikoen igen ved næste kontakt.

## Tjek før tilbagevenden

risk-return-condition-voluntary = Tilbagevenden er hendes eget ønske
risk-return-condition-receiving-service = Et modtagende tilbud i det land, hun vender tilbage til, er fundet
risk-return-condition-risk-assessed = Risikoen efter tilbagevenden er vurderet
risk-return-condition-needs-assessed = Hendes behov i forbindelse med tilbagevenden er vurderet
risk-return-condition-financed = Tilbagevenden er finansieret
risk-return-condition-financial-assistance = Der er sørget for økonomisk støtte efter tilbagevenden
risk-return-holds = På plads
risk-return-does-not-hold = Ikke på plads
risk-return-unknown = Ikke kendt endnu
risk-return-safe-to-plan = En tilbagevenden kan planlægges sikkert: alle betingelser er på plads.
risk-return-not-yet = En tilbagevenden kan endnu ikke planlægges sikkert. Betingelser, der stadig mangler:
risk-return-not-considered = Ingen tilbagevenden overvejes.
