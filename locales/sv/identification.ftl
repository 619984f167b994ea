## Identifiering: indikatorer på människohandel för sexuella ändamål (ILO/EC:s operativa indikatorer).
## Frågor märkta "Fråga henne" ställs till kvinnan; de övriga är dina egna iakttagelser.
## Hon kan alltid säga att hon inte vet, eller att hon helst inte vill svara.

identification-title = Identifiering

## Delar

identification-context = Hennes situation
identification-deceptive-recruitment = Hur hon rekryterades: löften och verklighet
identification-coercive-recruitment = Hur hon rekryterades: tvång och påtryckningar
identification-vulnerability-recruitment = Hennes situation innan hon reste
identification-exploitation = Förhållandena där hon var
identification-coercion-destination = Kontroll och påtryckningar där hon var
identification-vulnerability-destination = Det som höll henne kvar

## Hennes situation (räknas inte)

identification-came-from-abroad = Kom du till det här landet från ett annat land?
identification-came-from-abroad-hint = Vissa frågor spelar bara roll efter en resa över en gräns; svaret talar om för appen vilka som ska visas.
identification-someone-arranged = Var det någon annan som ordnade ditt arbete, din resa eller var du skulle bo?
identification-someone-arranged-hint = Hjälper dig att följa berättelsen; det räknas inte in i någon slutsats.
identification-interpreter-present = Deltar en tolk i det här samtalet?

## Dimension 1: rekrytering genom vilseledning

identification-deceived-about-work = Var arbetet du till slut fick göra ett annat än det du hade fått höra om?
identification-deceived-about-work-hint = Att bli vilseledd om vad arbetet skulle vara är ett av de tydligaste tecknen. Fråga varsamt: många kvinnor klandrar sig själva för att de trodde på erbjudandet.
identification-deceived-about-earnings = Tjänade du mycket mindre än du hade blivit lovad?
identification-deceived-about-conditions = Var arbetsvillkoren helt andra än vad du hade fått höra?
identification-deceived-about-contract = Blev ett avtal eller en överenskommelse du hade fått inte följt, eller ändrat efter att du kom hit?
identification-deceived-about-contract-hint = Avtalet kan ha varit skriftligt eller bara muntligt. Båda räknas.
identification-deceived-about-housing = Var stället där du bodde annorlunda än vad du hade blivit lovad?
identification-deceived-about-papers = Fick du felaktiga uppgifter om dina papper, ditt visum eller din rätt att vara här?
identification-deceived-about-papers-hint = Felaktiga uppgifter om papper gör ofta att en kvinna är rädd för myndigheterna.
identification-deceived-about-journey = Blev du vilseledd om resan, vad den kostade eller vad du skulle vara skyldig för den?
identification-deceived-about-journey-hint = Dolda eller växande resekostnader är ett vanligt sätt att skapa en skuld.
identification-false-promise-of-relationship = Lovade någon dig äktenskap, ett förhållande eller att ta hit din familj, för att få dig att komma?
identification-false-promise-of-relationship-hint = Ibland är det en pojkvän eller partner som rekryterar. Fråga utan att döma relationen.
identification-deceived-about-education = Blev du lovad en möjlighet att studera eller utbilda dig som aldrig blev av?

## Dimension 2: rekrytering genom tvång

identification-violence-at-recruitment = Var det någon som gjorde dig illa fysiskt eller sexuellt före eller under resan?
identification-violence-hint = Hon kanske inte vill beskriva vad som hände. Ett ja eller nej räcker; detaljer kan vänta, eller aldrig komma.
identification-threats-at-recruitment = Var det någon som hotade att göra dig illa före eller under resan?
identification-taken-or-sold = Blev du tagen mot din vilja, tvingad att gifta dig, eller såld eller överlämnad till någon?
identification-taken-or-sold-hint = Det här är allvarliga former av tvång. Låt henne svara med egna ord och i egen takt.
identification-debt-at-recruitment = Fick du en skuld för resan eller jobbet som du måste betala tillbaka genom att arbeta?
identification-debt-hint = En skuld som aldrig går att betala av håller en kvinna under kontroll. Beloppet spelar ingen roll här.
identification-papers-taken-at-recruitment = Var det någon som tog ditt pass eller din id-handling och behöll den, före eller under resan?
identification-papers-taken-hint = Utan sina papper kan hon inte ta sig därifrån eller visa vem hon är.
identification-confined-at-recruitment = Blev du inlåst, hållen borta från andra eller övervakad hela tiden, före eller under resan?
identification-threat-of-authorities-at-recruitment = Hotade någon att anmäla dig till polisen eller migrationsmyndigheten innan du reste?
identification-threat-to-tell-family-at-recruitment = Hotade någon att berätta saker om dig för din familj eller omgivning innan du reste?
identification-threat-to-tell-hint = Hot om att skämma ut henne kan vara lika starka som hot om våld.
identification-family-threatened-at-recruitment = Var det någon som skadade eller hotade din familj innan du reste?
identification-money-withheld-at-recruitment = Var det någon som behöll pengar som var dina innan du reste?

## Dimension 3: utnyttjande av utsatthet vid rekryteringen

identification-hard-family-situation = Var du i en mycket svår familjesituation eller personlig situation innan du reste?
identification-vulnerability-hint = Svårigheter är inte hennes fel; de som utnyttjar andra letar efter dem och använder dem.
identification-irregular-status-before = Saknade du då giltiga papper eller tillstånd för landet du skulle till?
identification-language-or-schooling-barrier = Verkar hon ha gått i skolan bara kort tid, eller talar hon inte språket i landet hon fördes till?
identification-lacked-information = När du reste, visste du lite om landet du skulle till eller om dina rättigheter där?
identification-controlled-before-leaving = Var det redan någon som styrde ditt liv eller dina beslut innan du reste?
identification-economic-hardship-before = Hade du eller din familj väldigt lite pengar att leva på innan du reste?
identification-false-promises-about-law = Fick du höra saker om lagen eller myndigheterna här som visade sig inte stämma?
identification-emotional-dependency-before = Var du känslomässigt beroende av personen som ordnade din resa?
identification-emotional-dependency-before-hint = Kärlek eller lojalitet mot den som rekryterade är vanligt och kan göra det svårt att prata om den personen.
identification-hardship-earlier-in-life = Har du tidigare i livet varit med om något mycket svårt, till exempel våld eller att förlora ditt hem?
identification-hardship-earlier-in-life-hint = Fråga bara om hon är redo. Tidigare svårigheter utnyttjas av förövare; de gör aldrig henne ansvarig.
identification-could-not-arrange-journey = Hade det varit svårt för dig att resa på egen hand, utan dem som ordnade resan?
identification-beliefs-used-against-her = Användes din tro eller dina traditioner, till exempel en ed eller en ritual, för att få dig att gå med på det?
identification-beliefs-used-against-her-hint = Eder och ritualer kan binda en kvinna genom rädsla. Visa respekt för hennes tro när du frågar.
identification-hard-general-situation = Var livet där du bodde överlag mycket svårt, till exempel på grund av fattigdom, konflikt eller oroligheter?

## Dimension 4: exploaterande förhållanden

identification-excessive-hours = Var du tvungen att arbeta väldigt långa dagar eller vara tillgänglig dag och natt?
identification-excessive-hours-hint = Långa arbetsdagar utan vilodagar är ett tecken på exploatering, oavsett vilket arbete det gäller.
identification-little-or-no-pay = Fick du lite eller ingen betalning för ditt arbete?
identification-pay-manipulated = Togs dina pengar för böter, hyra eller "kostnader" som du inte hade gått med på?
identification-pay-manipulated-hint = Avdrag kan se till att en kvinna aldrig har några egna pengar.
identification-poor-living-conditions = Var förhållandena där du bodde mycket dåliga, till exempel trångt, smutsigt eller utan tillräckligt med mat?
identification-dangerous-conditions = Var du i fara i arbetet, till exempel på grund av våldsamma kunder eller osäkra platser?
identification-health-unprotected = Hindrades du från att skydda din hälsa, till exempel att använda kondom eller att träffa en läkare?
identification-health-unprotected-hint = Det säger också något om medicinska behov; anteckna dem till behovsbedömningen.
identification-no-access-to-education = Hindrades du från att lära dig språket eller från att utbilda dig?

## Dimension 5: tvång på destinationen

identification-papers-taken = Var det någon som tog ditt pass eller din id-handling och behöll den?
identification-debt-bondage = Hade du en skuld som du tvingades arbeta av, och som aldrig verkade bli mindre?
identification-confined-or-watched = Var du inlåst, övervakad hela tiden eller hindrad från att gå ut ensam?
identification-confined-or-watched-hint = Kontrollen kan också ske via telefon, kameror eller andra kvinnor som tvingas hålla uppsikt.
identification-violence-at-destination = Var det någon som gjorde dig illa fysiskt eller sexuellt medan du var där?
identification-forced-clients-or-acts = Tvingades du ta emot kunder eller göra saker som du inte ville göra?
identification-forced-clients-or-acts-hint = Att inte kunna säga nej till kunder eller handlingar är ett starkt tecken på sexuell exploatering. Hon behöver inte berätta några detaljer.
identification-threats-at-destination = Var det någon som hotade att göra dig illa medan du var där?
identification-forced-into-crime = Tvingades du göra saker som är olagliga, till exempel bära narkotika?
identification-forced-into-crime-hint = Brott som hon har tvingats till kan bedömas annorlunda enligt lagen; anteckna detta inför den juridiska rådgivningen.
identification-controlled-by-others = Verkar hon stå under någons starka inflytande, till exempel söka blicken hos någon annan innan hon svarar?
identification-controlled-by-others-hint = Var uppmärksam på om någon svarar åt henne, har hennes telefon eller väntar i närheten.
identification-told-what-to-say = Fick du höra vad du skulle säga till polisen, till myndigheter eller till din familj?
identification-told-what-to-say-hint = En inövad berättelse kan förklara svar som inte verkar stämma. Det är inget skäl att tvivla på henne.
identification-threat-of-authorities = Hotade någon att anmäla dig till polisen eller migrationsmyndigheten?
identification-threat-of-worse-conditions = Fick du höra att det skulle bli värre för dig om du inte lydde?
identification-family-threatened = Var det någon som skadade eller hotade din familj medan du var där?
identification-earnings-withheld = Var det någon som behöll pengarna du tjänade?
identification-threat-to-tell-family = Hotade någon att berätta för din familj eller omgivning om det arbete du tvingades göra?

## Dimension 6: utnyttjande av utsatthet på destinationen

identification-depends-on-exploiters = Var du beroende av dem som kontrollerade dig för mat, en plats att sova på eller annat du behövde?
identification-depends-on-exploiters-hint = Beroendet kan göra att det känns omöjligt att ta sig därifrån, även utan låsta dörrar.
identification-isolated-in-unknown-place = Hölls du kvar på en plats du inte kände till, utan att veta hur du kunde få hjälp?
identification-economic-hardship-now = Kände du att du inte kunde ta dig därifrån eftersom du inte hade några pengar alls?
identification-family-situation-used = Användes din familjs situation, till exempel deras behov av pengar, för att hålla kvar dig där?
identification-status-used-against-her = Användes det mot dig att du saknade papper eller tillstånd, för att hålla kvar dig där?
identification-status-used-against-her-hint = Rädslan för att bli utvisad är ett av de starkaste sätten att tysta en kvinna.
identification-earlier-hardship-used = Användes något svårt från ditt förflutna mot dig?
identification-personal-situation-used = Verkar något i hennes situation ha använts mot henne, till exempel en sjukdom, en funktionsnedsättning, en graviditet eller hennes ålder?
identification-personal-situation-used-hint = Anteckna det du ser, utan att förutsätta något; hon kan rätta dig.

## Resultat

identification-dimension-deceptive-recruitment = Rekrytering genom vilseledning
identification-dimension-coercive-recruitment = Rekrytering genom tvång
identification-dimension-vulnerability-recruitment = Rekrytering genom utnyttjande av utsatthet
identification-dimension-exploitation = Exploaterande förhållanden
identification-dimension-coercion-destination = Tvång på destinationen
identification-dimension-vulnerability-destination = Utnyttjande av utsatthet på destinationen
identification-dimension-met = Indikatorer iakttagna
identification-dimension-could-be-met = Skulle kunna ses, om de okända svaren var ja
identification-dimension-not-met = Inte sett i svaren hittills
identification-strength-strong = Stark indikator
identification-strength-medium = Medelstark indikator
identification-strength-weak = Svag indikator
identification-outcome-supports-reasonable-grounds = De indikatorer som har setts ger rimliga skäl att anta att hon kan ha utsatts för människohandel.
identification-outcome-insufficient-information = Det som är känt räcker inte än: svaren som fortfarande saknas kan ändra den här bilden.
identification-outcome-does-not-yet-support = Svaren hittills ger ännu inte rimliga skäl att anta människohandel. Ny information kan ändra detta när som helst.
identification-result-disclaimer = Sammanfattningen är ett stöd för din professionella bedömning. Den är inget beslut om huruvida hon är ett brottsoffer, och den ersätter inte det nationella identifieringsförfarandet.
identification-unknown-count = { $count ->
    [one] En indikator saknar svar än.
   *[other] { $count } indikatorer saknar svar än.
}
identification-declined-count = { $count ->
    [one] Hon ville helst inte svara på en fråga.
   *[other] Hon ville helst inte svara på { $count } frågor.
}
