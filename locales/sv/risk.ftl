## Risk: fara just nu, risk att utsättas för människohandel igen, vad som skyddar henne, och om
## ett återvändande kan planeras tryggt. Fråga om omedelbar fara först, vid varje kontakt.

risk-title = Risk och säkerhet

## Delar

risk-immediate-danger = Fara just nu
risk-re-trafficking = Risk att utnyttjas igen
risk-protective = Det som hjälper henne att vara trygg
risk-return-plans = Planer på att återvända
risk-return-conditions = Villkor för ett tryggt återvändande

## Fara just nu

risk-urgent-medical-need = Behöver du medicinsk hjälp just nu?
risk-urgent-medical-need-hint = Akuta vårdbehov går före alla andra frågor.
risk-thoughts-of-self-harm = Har du haft tankar på att skada dig själv eller på att inte vilja leva?
risk-thoughts-of-self-harm-hint = Att fråga om detta väcker inte tanken hos henne. Om hon svarar ja: stanna hos henne och ordna krisstöd i dag.
risk-afraid-of-serious-harm = Är du rädd att någon ska skada dig allvarligt?
risk-afraid-of-serious-harm-hint = Hennes egen rädsla är en av de bästa vägvisarna till fara. Ta den på allvar, även utan andra tecken.
risk-exploiters-nearby = Finns personer med koppling till exploateringen här eller i närheten nu, till exempel väntar de utanför eller ringer henne?
risk-exploiters-nearby-hint = I så fall går hennes och din säkerhet först: ta er till en säker plats innan ni fortsätter.
risk-threatened-recently = Har någon hotat dig eller någon som står dig nära de senaste dagarna?
risk-hurt-recently = Har någon gjort dig illa de senaste veckorna?
risk-exploiters-know-where = Vet de som utnyttjade dig var du bor nu?
risk-being-looked-for = Är det någon som letar efter dig eller försöker få dig att komma tillbaka?
risk-family-in-danger = Är någon som står dig nära, till exempel dina barn eller din familj, i fara nu?
risk-family-in-danger-hint = Hot mot familjen är ett vanligt sätt att sätta press på en kvinna.
risk-no-safe-place-tonight = Saknar du ett tryggt ställe att sova på i natt?
risk-worker-sees-danger = Ser du andra tecken på fara nu som frågorna ovan inte täcker?
risk-worker-sees-danger-hint = Din egen professionella oro räknas. Skriv ner vad du ser i anteckningen.

## Risk att utnyttjas igen

risk-exploiters-in-contact = Fortsätter de som utnyttjade dig att kontakta dig, hålla koll på dig eller hota dig?
risk-exploiters-in-contact-hint = Fortsatt kontakt är en av de faktorer som oftast ses innan en kvinna utsätts för människohandel igen.
risk-trafficked-before = Har något liknande hänt dig tidigare?
risk-first-exploited-under-18 = Var du under 18 år första gången det hände?
risk-first-exploited-under-18-hint = Att först ha utnyttjats som barn hänger ihop med en högre risk senare. Fråga varsamt.
risk-family-involved = Var någon i din familj inblandad i att skicka iväg dig eller ordna resan?
risk-family-involved-hint = I så fall är det kanske inte tryggt att återvända till familjen. Fråga utan att döma hennes familj.
risk-owes-debt = Är du skyldig någon pengar, eller säger någon att du är det?
risk-group-discriminated = Där du kommer ifrån, blir människor från din grupp illa behandlade eller utestängda?
risk-group-discriminated-hint = Diskriminering begränsar arbete och stöd i hemlandet, vilket ökar risken att utnyttjas igen.
risk-conflict-at-home = Finns det krig, väpnad konflikt eller allvarliga oroligheter där du kommer ifrån?
risk-struggling-emotionally = Har du väldigt svårt att hantera dina känslor?
risk-struggling-emotionally-hint = Att må dåligt är en normal reaktion. Det gör det också svårare att bedöma nya erbjudanden, så stödet är viktigt.
risk-distrusts-help = Verkar hon misstro stödverksamheter eller myndigheter?
risk-distrusts-help-hint = Misstro är begriplig efter det som hänt. Den kan hålla henne borta från hjälp, så bygg förtroende i lugn takt.
risk-left-exploitation-recently = Är det mindre än två år sedan du kom bort från exploateringen?
risk-left-exploitation-recently-hint = De flesta kvinnor som utsätts för människohandel igen utsätts inom ungefär två år.
risk-no-way-to-support-herself = Saknar du just nu möjlighet att försörja dig?
risk-pressure-to-send-money = Känner du press att skicka pengar hem?

## Det som hjälper henne att vara trygg

risk-has-trusted-person = Finns det någon du litar på som du kan vända dig till?
risk-has-trusted-person-hint = En enda person som hon litar på kan göra verklig skillnad för hennes säkerhet.
risk-supportive-family = Stöttar din familj dig?
risk-safe-housing = Har du ett tryggt ställe att bo på?
risk-in-touch-with-support = Har hon regelbunden kontakt med en stödverksamhet?
risk-own-income = Har du en egen inkomst?
risk-secure-residence = Har du en säker rätt att stanna där du är?
risk-knows-where-to-get-help = Vet du vart du kan vända dig för att få hjälp om du är i fara?
risk-own-plans = Har du planer eller förhoppningar om framtiden som är viktiga för dig?
risk-own-plans-hint = Hennes egna mål är en styrka att bygga planen på.

## Återvändande

risk-return-considered = Är ett återvändande till ditt hemland, eller en flytt till ett annat land, aktuellt?
risk-return-considered-hint = Svara ja bara om ett återvändande eller en flytt diskuteras; därefter följer villkoren för ett tryggt återvändande.
risk-return-her-own-wish = Är det din egen önskan att återvända?
risk-return-her-own-wish-hint = Ett återvändande måste vara frivilligt. Om någon sätter press på henne, även myndigheter, är villkoret inte uppfyllt.
risk-receiving-service-identified = Har en stödverksamhet i landet dit hon återvänder gått med på att ta emot henne?
risk-receiving-service-identified-hint = Återvändandet bör planeras tillsammans med den verksamheten.
risk-return-risk-assessed = Har risken som hon skulle möta efter återvändandet bedömts?
risk-return-risk-assessed-hint = Tänk på risken i hemlandet, inte bara här: familjens inblandning, skulder, hur långt förövarnas makt når.
risk-return-needs-assessed = Har en behovsbedömning gjorts inför hennes återvändande?
risk-return-financed = Är själva återvändandet betalt?
risk-return-financed-hint = Kostnaderna för ett tryggt återvändande bör betalas av landet där hon utnyttjades, inte av henne.
risk-financial-assistance-arranged = Är ekonomiskt stöd till henne efter återvändandet ordnat?
risk-financial-assistance-arranged-hint = Pengar att leva på efter ett återvändande hjälper till att förhindra att hon utnyttjas igen.

## Resultat

risk-category-immediate-danger = Fara just nu
risk-category-re-trafficking = Risk att utnyttjas igen
risk-category-protective = Skyddande faktor
risk-category-return = Villkor för återvändande
risk-level-low = Lägre risk
risk-level-medium = Medelhög risk
risk-level-high = Hög risk
risk-red-flag = Röd flagga: enbart detta gör risken hög
risk-unknown-red-flags = Frågor med röd flagga som inte är besvarade än: ställ dem först
risk-unknown-count = { $count ->
    [one] En fråga saknar svar än.
   *[other] { $count } frågor saknar svar än.
}
risk-override-raised = Du höjde nivån utifrån professionell bedömning
risk-override-rejected = En professionell bedömning kan höja nivån men inte sänka den, så den beräknade nivån står kvar
risk-safety-plan = Säkerhetsplan att komma överens om med henne
risk-result-disclaimer = Nivån är ett stöd för din professionella bedömning; den förutsäger inte vad som kommer att hända. Gör en ny bedömning vid varje kontakt, och höj nivån så fort du är orolig.

## Säkerhetsplan

risk-plan-medical-care-today = Ordna medicinsk vård i dag.
risk-plan-crisis-support-today = Ordna krisstöd i dag, och lämna henne inte ensam så länge hon är i fara.
risk-plan-safe-place-tonight = Hitta ett tryggt ställe där hon kan vara i natt.
risk-plan-leave-safely-now = Ta er till en säker plats nu, bort från personerna med koppling till exploateringen.
risk-plan-emergency-numbers = Kom överens om vilka nödnummer hon ska ringa, och hur hon kan förvara dem så att andra inte hittar dem.
risk-plan-signal-for-help = Kom överens om ett ord eller en signal som hon kan använda för att visa dig att hon är i fara.
risk-plan-phone-safety = Kontrollera om hennes telefon kan spåras, och planera ett säkert sätt att hålla kontakten.
risk-plan-routes-and-places = Planera hur hon kan undvika platser och vägar som förövarna känner till.
risk-plan-family-safety = Planera tillsammans hur hennes barn eller familj kan skyddas.
risk-plan-police-option = Prata med henne om huruvida och hur polisen ska kopplas in; valet är hennes, utom när ett liv är i fara.
risk-plan-trusted-person = Hitta tillsammans en person som hon litar på och kan kontakta.
risk-plan-debt-advice = Ordna rådgivning om skulden, också om huruvida den över huvud taget är laglig.
risk-plan-regular-contact = Kom överens om hur ofta och hur ni ska hålla kontakten.
risk-plan-reassess-next-contact = Bedöm risken på nytt vid nästa kontakt.

## Kontroll inför återvändande

risk-return-condition-voluntary = Återvändandet är hennes egen önskan
risk-return-condition-receiving-service = En mottagande verksamhet i landet dit hon återvänder är identifierad
risk-return-condition-risk-assessed = Risken efter återvändandet har bedömts
risk-return-condition-needs-assessed = Hennes behov inför återvändandet har bedömts
risk-return-condition-financed = Återvändandet är finansierat
risk-return-condition-financial-assistance = Ekonomiskt stöd efter återvändandet är ordnat
risk-return-holds = Uppfyllt
risk-return-does-not-hold = Inte uppfyllt
risk-return-unknown = Inte känt än
risk-return-safe-to-plan = Ett återvändande kan planeras tryggt: alla villkor är uppfyllda.
risk-return-not-yet = Ett återvändande kan ännu inte planeras tryggt. Villkor som fortfarande saknas:
risk-return-not-considered = Inget återvändande är aktuellt.
