## Identifisering: indikatorer på menneskehandel for seksuell utnytting (ILO/EC sine operative indikatorer).
## Spørsmål merket «Spør henne» stilles til kvinnen; de andre er dine egne observasjoner.
## Hun kan alltid si at hun ikke vet, eller at hun helst ikke vil svare.

identification-title = Identifisering

## Deler

identification-context = Situasjonen hennes
identification-deceptive-recruitment = Hvordan hun ble rekruttert: løfter og virkelighet
identification-coercive-recruitment = Hvordan hun ble rekruttert: tvang og press
identification-vulnerability-recruitment = Situasjonen hennes før hun reiste
identification-exploitation = Forholdene der hun var
identification-coercion-destination = Kontroll og press der hun var
identification-vulnerability-destination = Det som holdt henne der

## Situasjonen hennes (teller ikke med)

identification-came-from-abroad = Kom du til dette landet fra et annet land?
identification-came-from-abroad-hint = Noen spørsmål er bare aktuelle etter en reise over en grense; svaret forteller appen hvilke som skal vises.
identification-someone-arranged = Var det noen andre som ordnet jobben din, reisen din eller hvor du skulle bo?
identification-someone-arranged-hint = Hjelper deg å følge historien; det teller ikke med i noen konklusjon.
identification-interpreter-present = Er det en tolk med i denne samtalen?

## Dimensjon 1: rekruttering ved villedning

identification-deceived-about-work = Var arbeidet du endte opp med å gjøre, et annet enn det du hadde fått høre om?
identification-deceived-about-work-hint = Å bli villedet om hva arbeidet skulle være, er et av de tydeligste tegnene. Spør varsomt: mange kvinner klandrer seg selv for at de trodde på tilbudet.
identification-deceived-about-earnings = Tjente du mye mindre enn du hadde blitt lovet?
identification-deceived-about-conditions = Var arbeidsforholdene helt annerledes enn det du hadde fått høre?
identification-deceived-about-contract = Ble en kontrakt eller avtale du hadde fått, ikke fulgt, eller endret etter at du kom?
identification-deceived-about-contract-hint = En kontrakt kan ha vært skriftlig eller bare muntlig. Begge deler teller.
identification-deceived-about-housing = Var stedet du bodde, annerledes enn det du hadde blitt lovet?
identification-deceived-about-papers = Fikk du høre ting som ikke stemte, om papirene dine, visumet ditt eller retten din til å være her?
identification-deceived-about-papers-hint = Feil informasjon om papirer gjør ofte at en kvinne er redd for myndighetene.
identification-deceived-about-journey = Ble du villedet om reisen, hva den kostet, eller hva du skulle skylde for den?
identification-deceived-about-journey-hint = Skjulte eller voksende reisekostnader er en vanlig måte å skape gjeld på.
identification-false-promise-of-relationship = Lovet noen deg ekteskap, et forhold eller å få familien din hit, for å få deg til å komme?
identification-false-promise-of-relationship-hint = Noen ganger er det en kjæreste eller partner som rekrutterer. Spør uten å dømme forholdet.
identification-deceived-about-education = Ble du lovet en mulighet til å studere eller ta opplæring som aldri ble noe av?

## Dimensjon 2: rekruttering ved tvang

identification-violence-at-recruitment = Var det noen som skadet deg fysisk eller seksuelt før eller under reisen?
identification-violence-hint = Hun vil kanskje ikke beskrive hva som skjedde. Et ja eller nei er nok; detaljer kan vente, eller aldri komme.
identification-threats-at-recruitment = Var det noen som truet med å skade deg før eller under reisen?
identification-taken-or-sold = Ble du tatt mot din vilje, tvunget til å gifte deg, eller solgt eller overlatt til noen?
identification-taken-or-sold-hint = Dette er alvorlige former for tvang. La henne svare med egne ord og i sitt eget tempo.
identification-debt-at-recruitment = Fikk du en gjeld for reisen eller jobben som du måtte betale tilbake ved å jobbe?
identification-debt-hint = En gjeld som aldri kan nedbetales, holder en kvinne under kontroll. Beløpet spiller ingen rolle her.
identification-papers-taken-at-recruitment = Var det noen som tok passet eller ID-en din og beholdt det, før eller under reisen?
identification-papers-taken-hint = Uten papirene sine kan hun ikke dra eller vise hvem hun er.
identification-confined-at-recruitment = Ble du stengt inne, holdt borte fra andre eller overvåket hele tiden, før eller under reisen?
identification-threat-of-authorities-at-recruitment = Før du reiste, truet noen med å melde deg til politiet eller utlendingsmyndighetene?
identification-threat-to-tell-family-at-recruitment = Før du reiste, truet noen med å fortelle ting om deg til familien din eller folk rundt deg?
identification-threat-to-tell-hint = Trusler om skam kan være like sterke som trusler om vold.
identification-family-threatened-at-recruitment = Før du reiste, var det noen som skadet eller truet familien din?
identification-money-withheld-at-recruitment = Før du reiste, var det noen som holdt tilbake penger som var dine?

## Dimensjon 3: utnytting av sårbarhet ved rekrutteringen

identification-hard-family-situation = Før du reiste, var du i en svært vanskelig familiesituasjon eller personlig situasjon?
identification-vulnerability-hint = Vanskeligheter er ikke hennes feil; de som utnytter andre, ser etter dem og bruker dem.
identification-irregular-status-before = Manglet du da gyldige papirer eller tillatelse for landet du skulle til?
identification-language-or-schooling-barrier = Virker det som hun har gått lite på skole, eller snakker hun ikke språket i landet hun ble tatt med til?
identification-lacked-information = Da du reiste, visste du lite om landet du skulle til eller om rettighetene dine der?
identification-controlled-before-leaving = Før du reiste, var det allerede noen som styrte livet ditt eller valgene dine?
identification-economic-hardship-before = Før du reiste, hadde du eller familien din svært lite penger å leve av?
identification-false-promises-about-law = Fikk du høre ting om loven eller myndighetene her som viste seg ikke å stemme?
identification-emotional-dependency-before = Var du følelsesmessig avhengig av personen som ordnet reisen din?
identification-emotional-dependency-before-hint = Kjærlighet eller lojalitet til den som rekrutterte, er vanlig og kan gjøre det vanskelig å snakke om vedkommende.
identification-hardship-earlier-in-life = Har du tidligere i livet opplevd noe svært vanskelig, for eksempel vold eller å miste hjemmet ditt?
identification-hardship-earlier-in-life-hint = Spør bare hvis hun er klar. Tidligere vanskeligheter blir utnyttet av bakmenn; de gjør henne aldri ansvarlig.
identification-could-not-arrange-journey = Ville det ha vært vanskelig for deg å reise på egen hånd, uten dem som ordnet reisen?
identification-beliefs-used-against-her = Ble troen eller tradisjonene dine, for eksempel en ed eller et ritual, brukt for å få deg til å bli med?
identification-beliefs-used-against-her-hint = Eder og ritualer kan binde en kvinne gjennom frykt. Vis respekt for troen hennes når du spør.
identification-hard-general-situation = Var livet der du bodde, generelt svært vanskelig, for eksempel på grunn av fattigdom, konflikt eller uro?

## Dimensjon 4: utnyttende forhold

identification-excessive-hours = Måtte du jobbe svært lange dager eller være tilgjengelig dag og natt?
identification-excessive-hours-hint = Lange dager uten fridager er et tegn på utnytting, uansett hva slags arbeid det er.
identification-little-or-no-pay = Fikk du lite eller ingenting betalt for arbeidet ditt?
identification-pay-manipulated = Ble pengene dine tatt til bøter, husleie eller «kostnader» som du ikke hadde gått med på?
identification-pay-manipulated-hint = Trekk kan sørge for at en kvinne aldri har egne penger.
identification-poor-living-conditions = Var forholdene der du bodde, svært dårlige, for eksempel trangt, skittent eller uten nok mat?
identification-dangerous-conditions = Var du i fare i arbeidet, for eksempel på grunn av voldelige kunder eller utrygge steder?
identification-health-unprotected = Ble du hindret i å beskytte helsen din, for eksempel å bruke kondom eller gå til lege?
identification-health-unprotected-hint = Dette sier også noe om helsebehov; noter dem til behovskartleggingen.
identification-no-access-to-education = Ble du hindret i å lære språket eller i å ta utdanning?

## Dimensjon 5: tvang på bestemmelsesstedet

identification-papers-taken = Var det noen som tok passet eller ID-en din og beholdt det?
identification-debt-bondage = Hadde du en gjeld som du ble tvunget til å jobbe ned, og som aldri så ut til å bli mindre?
identification-confined-or-watched = Ble du stengt inne, overvåket hele tiden eller hindret i å gå ut alene?
identification-confined-or-watched-hint = Kontroll kan også skje via telefon, kameraer eller andre kvinner som blir tvunget til å holde øye.
identification-violence-at-destination = Var det noen som skadet deg fysisk eller seksuelt mens du var der?
identification-forced-clients-or-acts = Ble du tvunget til å ta imot kunder eller gjøre ting du ikke ville?
identification-forced-clients-or-acts-hint = Å ikke kunne si nei til kunder eller handlinger er et sterkt tegn på seksuell utnytting. Hun trenger ikke fortelle detaljer.
identification-threats-at-destination = Var det noen som truet med å skade deg mens du var der?
identification-forced-into-crime = Ble du tvunget til å gjøre ting som er ulovlige, for eksempel å frakte narkotika?
identification-forced-into-crime-hint = Lovbrudd hun ble tvunget til, kan bli behandlet annerledes etter loven; noter dette til den juridiske rådgivningen.
identification-controlled-by-others = Virker det som hun er under sterk påvirkning av noen, for eksempel ser hun på noen andre før hun svarer?
identification-controlled-by-others-hint = Se etter om noen svarer for henne, har telefonen hennes eller venter i nærheten.
identification-told-what-to-say = Fikk du beskjed om hva du skulle si til politiet, til myndigheter eller til familien din?
identification-told-what-to-say-hint = En innøvd historie kan forklare svar som ikke ser ut til å henge sammen. Det er ingen grunn til å tvile på henne.
identification-threat-of-authorities = Truet noen med å melde deg til politiet eller utlendingsmyndighetene?
identification-threat-of-worse-conditions = Fikk du høre at det ville bli verre for deg hvis du ikke adlød?
identification-family-threatened = Var det noen som skadet eller truet familien din mens du var der?
identification-earnings-withheld = Var det noen som holdt tilbake pengene du tjente?
identification-threat-to-tell-family = Truet noen med å fortelle familien din eller folk rundt deg om arbeidet du ble tvunget til å gjøre?

## Dimensjon 6: utnytting av sårbarhet på bestemmelsesstedet

identification-depends-on-exploiters = Var du avhengig av dem som kontrollerte deg, for mat, et sted å sove eller annet du trengte?
identification-depends-on-exploiters-hint = Avhengighet kan få det til å føles umulig å dra, selv uten låste dører.
identification-isolated-in-unknown-place = Ble du holdt på et sted du ikke kjente, uten å vite hvordan du kunne få hjelp?
identification-economic-hardship-now = Følte du at du ikke kunne dra fordi du ikke hadde noen penger i det hele tatt?
identification-family-situation-used = Ble situasjonen til familien din, for eksempel at de trengte penger, brukt for å holde deg der?
identification-status-used-against-her = Ble det at du manglet papirer eller tillatelse, brukt for å holde deg der?
identification-status-used-against-her-hint = Frykt for utsendelse er en av de sterkeste måtene å holde en kvinne taus på.
identification-earlier-hardship-used = Ble noe vanskelig fra fortiden din brukt mot deg?
identification-personal-situation-used = Virker det som noe i situasjonen hennes er blitt brukt mot henne, for eksempel en sykdom, en funksjonsnedsettelse, graviditet eller alderen hennes?
identification-personal-situation-used-hint = Noter det du ser, uten å ta noe for gitt; hun kan rette deg.

## Resultat

identification-dimension-deceptive-recruitment = Rekruttering ved villedning
identification-dimension-coercive-recruitment = Rekruttering ved tvang
identification-dimension-vulnerability-recruitment = Rekruttering ved utnytting av sårbarhet
identification-dimension-exploitation = Utnyttende forhold
identification-dimension-coercion-destination = Tvang på bestemmelsesstedet
identification-dimension-vulnerability-destination = Utnytting av sårbarhet på bestemmelsesstedet
identification-dimension-met = Indikatorer sett
identification-dimension-could-be-met = Kunne vært sett, hvis ukjente svar var ja
identification-dimension-not-met = Ikke sett i svarene så langt
identification-strength-strong = Sterk indikator
identification-strength-medium = Middels sterk indikator
identification-strength-weak = Svak indikator
identification-outcome-supports-reasonable-grounds = Indikatorene som er sett, gir rimelig grunn til å tro at hun kan ha vært utsatt for menneskehandel.
identification-outcome-insufficient-information = Det er ikke nok kjent ennå: svarene som fortsatt mangler, kan endre dette bildet.
identification-outcome-does-not-yet-support = Svarene så langt gir ennå ikke rimelig grunn til å tro at det er menneskehandel. Ny informasjon kan endre dette når som helst.
identification-result-disclaimer = Denne oppsummeringen er en hjelp til ditt faglige skjønn. Den er ingen avgjørelse om hvorvidt hun er et offer, og den erstatter ikke den nasjonale identifiseringsprosessen.
identification-unknown-count = { $count ->
    [one] Én indikator har ikke svar ennå.
   *[other] { $count } indikatorer har ikke svar ennå.
}
identification-declined-count = { $count ->
    [one] Hun ville helst ikke svare på ett spørsmål.
   *[other] Hun ville helst ikke svare på { $count } spørsmål.
}
