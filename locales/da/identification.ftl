## Identifikation: indikatorer på menneskehandel med henblik på seksuel udnyttelse (ILO/EC's operationelle indikatorer).
## Spørgsmål mærket "Spørg hende" stilles til kvinden; de andre er dine egne iagttagelser.
## Hun kan altid sige, at hun ikke ved det, eller at hun helst ikke vil svare.

identification-title = Identifikation

## Dele

identification-context = Hendes situation
identification-deceptive-recruitment = Hvordan hun blev rekrutteret: løfter og virkelighed
identification-coercive-recruitment = Hvordan hun blev rekrutteret: tvang og pres
identification-vulnerability-recruitment = Hendes situation, før hun rejste
identification-exploitation = Forholdene, hvor hun var
identification-coercion-destination = Kontrol og pres, hvor hun var
identification-vulnerability-destination = Det, der holdt hende fast

## Hendes situation (tæller ikke med)

identification-came-from-abroad = Kom du til dette land fra et andet land?
identification-came-from-abroad-hint = Nogle spørgsmål er kun relevante efter en rejse over en grænse; svaret fortæller appen, hvilke der skal vises.
identification-someone-arranged = Var det en anden, der sørgede for dit arbejde, din rejse eller hvor du skulle bo?
identification-someone-arranged-hint = Hjælper dig med at følge hendes fortælling; det tæller ikke med i nogen konklusion.
identification-interpreter-present = Deltager der en tolk i denne samtale?

## Dimension 1: rekruttering ved vildledning

identification-deceived-about-work = Var det arbejde, du endte med at lave, et andet end det, du havde fået at vide?
identification-deceived-about-work-hint = At blive vildledt om, hvad arbejdet skulle være, er et af de tydeligste tegn. Spørg nænsomt: mange kvinder bebrejder sig selv, at de troede på tilbuddet.
identification-deceived-about-earnings = Tjente du meget mindre, end du var blevet lovet?
identification-deceived-about-conditions = Var arbejdsforholdene meget anderledes end det, du havde fået at vide?
identification-deceived-about-contract = Blev en kontrakt eller aftale, du havde fået, ikke overholdt, eller ændret, efter du kom?
identification-deceived-about-contract-hint = En kontrakt kan have været skriftlig eller kun mundtlig. Begge dele tæller.
identification-deceived-about-housing = Var stedet, hvor du boede, anderledes end det, du var blevet lovet?
identification-deceived-about-papers = Fik du forkerte oplysninger om dine papirer, dit visum eller din ret til at være her?
identification-deceived-about-papers-hint = Forkerte oplysninger om papirer gør ofte en kvinde bange for myndighederne.
identification-deceived-about-journey = Blev du vildledt om rejsen, hvad den kostede, eller hvad du ville skylde for den?
identification-deceived-about-journey-hint = Skjulte eller voksende rejseudgifter er en almindelig måde at skabe gæld på.
identification-false-promise-of-relationship = Lovede nogen dig ægteskab, et forhold eller at få din familie hertil, for at få dig til at komme?
identification-false-promise-of-relationship-hint = Nogle gange er det en kæreste eller partner, der rekrutterer. Spørg uden at dømme forholdet.
identification-deceived-about-education = Blev du lovet en mulighed for at studere eller tage en uddannelse, som aldrig blev til noget?

## Dimension 2: rekruttering ved tvang

identification-violence-at-recruitment = Var der nogen, der gjorde dig fysisk eller seksuelt fortræd før eller under rejsen?
identification-violence-hint = Hun vil måske ikke beskrive, hvad der skete. Et ja eller nej er nok; detaljer kan vente eller aldrig komme.
identification-threats-at-recruitment = Var der nogen, der truede med at gøre dig fortræd før eller under rejsen?
identification-taken-or-sold = Blev du taget mod din vilje, tvunget til at gifte dig, eller solgt eller overdraget til nogen?
identification-taken-or-sold-hint = Det er alvorlige former for tvang. Lad hende svare med sine egne ord og i sit eget tempo.
identification-debt-at-recruitment = Fik du en gæld for rejsen eller jobbet, som du skulle betale tilbage ved at arbejde?
identification-debt-hint = En gæld, der aldrig kan betales tilbage, holder en kvinde under kontrol. Beløbet er ikke vigtigt her.
identification-papers-taken-at-recruitment = Var der nogen, der tog dit pas eller ID og beholdt det, før eller under rejsen?
identification-papers-taken-hint = Uden sine papirer kan hun ikke tage væk eller vise, hvem hun er.
identification-confined-at-recruitment = Blev du låst inde, holdt væk fra andre eller overvåget hele tiden, før eller under rejsen?
identification-threat-of-authorities-at-recruitment = Truede nogen med at melde dig til politiet eller udlændingemyndighederne, før du rejste?
identification-threat-to-tell-family-at-recruitment = Truede nogen med at fortælle din familie eller folk omkring dig ting om dig, før du rejste?
identification-threat-to-tell-hint = Trusler om skam kan være lige så stærke som trusler om vold.
identification-family-threatened-at-recruitment = Var der nogen, der gjorde din familie fortræd eller truede den, før du rejste?
identification-money-withheld-at-recruitment = Var der nogen, der beholdt penge, som var dine, før du rejste?

## Dimension 3: udnyttelse af sårbarhed ved rekrutteringen

identification-hard-family-situation = Var du i en meget svær familiesituation eller personlig situation, før du rejste?
identification-vulnerability-hint = Svære kår er ikke hendes skyld; folk, der udnytter andre, leder efter dem og bruger dem.
identification-irregular-status-before = Havde du dengang ingen gyldige papirer eller tilladelse til det land, du skulle til?
identification-language-or-schooling-barrier = Ser det ud til, at hun har gået kort tid i skole, eller taler hun ikke sproget i det land, hun blev bragt til?
identification-lacked-information = Vidste du kun lidt om det land, du skulle til, eller om dine rettigheder der, da du rejste?
identification-controlled-before-leaving = Var der allerede nogen, der styrede dit liv eller dine beslutninger, før du rejste?
identification-economic-hardship-before = Havde du eller din familie meget få penge at leve for, før du rejste?
identification-false-promises-about-law = Fik du ting at vide om loven eller myndighederne her, som viste sig ikke at være sande?
identification-emotional-dependency-before = Var du følelsesmæssigt afhængig af den person, der sørgede for, at du rejste?
identification-emotional-dependency-before-hint = Kærlighed eller loyalitet over for den, der rekrutterede, er almindelig og kan gøre det svært at tale om vedkommende.
identification-hardship-earlier-in-life = Har du tidligere i livet været igennem noget meget svært, for eksempel vold eller at miste dit hjem?
identification-hardship-earlier-in-life-hint = Spørg kun, hvis hun er klar. Tidligere svære oplevelser bliver udnyttet af bagmænd; de gør aldrig hende ansvarlig.
identification-could-not-arrange-journey = Ville det have været svært for dig at rejse på egen hånd, uden dem, der sørgede for rejsen?
identification-beliefs-used-against-her = Blev din tro eller dine traditioner, for eksempel en ed eller et ritual, brugt til at få dig til at gå med til det?
identification-beliefs-used-against-her-hint = Eder og ritualer kan binde en kvinde gennem frygt. Respektér hendes tro, når du spørger.
identification-hard-general-situation = Var livet, der hvor du boede, generelt meget hårdt, for eksempel på grund af fattigdom, konflikt eller uro?

## Dimension 4: udnyttende forhold

identification-excessive-hours = Skulle du arbejde meget lange dage eller være til rådighed dag og nat?
identification-excessive-hours-hint = Lange dage uden fridage er et tegn på udnyttelse, uanset hvilket arbejde det er.
identification-little-or-no-pay = Fik du kun lidt eller ingen betaling for dit arbejde?
identification-pay-manipulated = Blev dine penge taget til bøder, husleje eller "udgifter", som du ikke havde sagt ja til?
identification-pay-manipulated-hint = Fradrag kan sørge for, at en kvinde aldrig har sine egne penge.
identification-poor-living-conditions = Var forholdene, der hvor du boede, meget dårlige, for eksempel trange, beskidte eller uden mad nok?
identification-dangerous-conditions = Var du i fare i arbejdet, for eksempel på grund af voldelige kunder eller usikre steder?
identification-health-unprotected = Blev du forhindret i at passe på dit helbred, for eksempel i at bruge kondom eller gå til læge?
identification-health-unprotected-hint = Det siger også noget om helbredsmæssige behov; notér dem til behovsvurderingen.
identification-no-access-to-education = Blev du holdt væk fra at lære sproget eller fra enhver form for uddannelse?

## Dimension 5: tvang på destinationen

identification-papers-taken = Var der nogen, der tog dit pas eller ID og beholdt det?
identification-debt-bondage = Havde du en gæld, som du blev tvunget til at arbejde af, og som aldrig så ud til at blive mindre?
identification-confined-or-watched = Blev du låst inde, overvåget hele tiden eller forhindret i at gå ud alene?
identification-confined-or-watched-hint = Kontrol kan også ske via telefon, kameraer eller andre kvinder, der bliver tvunget til at holde øje.
identification-violence-at-destination = Var der nogen, der gjorde dig fysisk eller seksuelt fortræd, mens du var der?
identification-forced-clients-or-acts = Blev du tvunget til at tage imod kunder eller til at gøre ting, du ikke ville?
identification-forced-clients-or-acts-hint = Ikke at kunne sige nej til kunder eller handlinger er et stærkt tegn på seksuel udnyttelse. Hun behøver ikke at give detaljer.
identification-threats-at-destination = Var der nogen, der truede med at gøre dig fortræd, mens du var der?
identification-forced-into-crime = Blev du tvunget til at gøre ting, der er ulovlige, for eksempel at bære narkotika?
identification-forced-into-crime-hint = Lovovertrædelser, hun blev tvunget til, kan blive behandlet anderledes efter loven; notér det til den juridiske rådgivning.
identification-controlled-by-others = Ser det ud til, at hun er under stærk indflydelse af nogen, for eksempel at hun kigger hen på en anden, før hun svarer?
identification-controlled-by-others-hint = Læg mærke til, om nogen svarer for hende, har hendes telefon eller venter i nærheden.
identification-told-what-to-say = Fik du at vide, hvad du skulle sige til politiet, til myndigheder eller til din familie?
identification-told-what-to-say-hint = En indøvet historie kan forklare svar, der ikke ser ud til at passe sammen. Det er ikke en grund til at tvivle på hende.
identification-threat-of-authorities = Truede nogen med at melde dig til politiet eller udlændingemyndighederne?
identification-threat-of-worse-conditions = Fik du at vide, at det ville blive værre for dig, hvis du ikke adlød?
identification-family-threatened = Var der nogen, der gjorde din familie fortræd eller truede den, mens du var der?
identification-earnings-withheld = Var der nogen, der beholdt de penge, du tjente?
identification-threat-to-tell-family = Truede nogen med at fortælle din familie eller folk omkring dig om det arbejde, du blev tvunget til at lave?

## Dimension 6: udnyttelse af sårbarhed på destinationen

identification-depends-on-exploiters = Var du afhængig af dem, der kontrollerede dig, for at få mad, et sted at sove eller andet, du havde brug for?
identification-depends-on-exploiters-hint = Afhængighed kan få det til at føles umuligt at tage væk, også uden låste døre.
identification-isolated-in-unknown-place = Blev du holdt et sted, du ikke kendte, uden at vide, hvordan du kunne få hjælp?
identification-economic-hardship-now = Følte du, at du ikke kunne tage væk, fordi du slet ingen penge havde?
identification-family-situation-used = Blev din families situation, for eksempel at de manglede penge, brugt til at holde dig der?
identification-status-used-against-her = Blev det, at du ikke havde papirer eller tilladelse, brugt til at holde dig der?
identification-status-used-against-her-hint = Frygten for udvisning er en af de stærkeste måder at holde en kvinde tavs på.
identification-earlier-hardship-used = Blev noget svært fra din fortid brugt imod dig?
identification-personal-situation-used = Ser det ud til, at noget i hendes situation er blevet brugt imod hende, for eksempel en sygdom, et handicap, en graviditet eller hendes alder?
identification-personal-situation-used-hint = Notér, hvad du ser, uden at tage noget for givet; hun kan rette dig.

## Resultat

identification-dimension-deceptive-recruitment = Rekruttering ved vildledning
identification-dimension-coercive-recruitment = Rekruttering ved tvang
identification-dimension-vulnerability-recruitment = Rekruttering ved udnyttelse af sårbarhed
identification-dimension-exploitation = Udnyttende forhold
identification-dimension-coercion-destination = Tvang på destinationen
identification-dimension-vulnerability-destination = Udnyttelse af sårbarhed på destinationen
identification-dimension-met = Indikatorer set
identification-dimension-could-be-met = Kunne være set, hvis ukendte svar var ja
identification-dimension-not-met = Ikke set i svarene indtil nu
identification-strength-strong = Stærk indikator
identification-strength-medium = Middelstærk indikator
identification-strength-weak = Svag indikator
identification-outcome-supports-reasonable-grounds = De indikatorer, der er set, giver rimelig grund til at antage, at hun kan have været udsat for menneskehandel.
identification-outcome-insufficient-information = Der vides ikke nok endnu: de svar, der stadig mangler, kan ændre billedet.
identification-outcome-does-not-yet-support = Svarene indtil nu giver endnu ikke rimelig grund til at antage menneskehandel. Nye oplysninger kan ændre dette når som helst.
identification-result-disclaimer = Denne opsummering støtter din faglige vurdering. Den er ikke en afgørelse af, om hun er offer, og den erstatter ikke den nationale identifikationsprocedure.
identification-unknown-count = { $count ->
    [one] Én indikator har endnu ikke noget svar.
   *[other] { $count } indikatorer har endnu ikke noget svar.
}
identification-declined-count = { $count ->
    [one] Hun ville helst ikke svare på ét spørgsmål.
   *[other] Hun ville helst ikke svare på { $count } spørgsmål.
}
