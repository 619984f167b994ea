## Risk: immediate danger, risk of being trafficked again, what protects her, and whether a
## return can be planned safely. Ask about immediate danger first, at every contact.

risk-title = Risks un drošība

## Sections

risk-immediate-danger = Briesmas tagad
risk-re-trafficking = Risks atkārtoti tikt ekspluatētai
risk-protective = Kas viņai palīdz būt drošībā
risk-return-plans = Atgriešanās plāni
risk-return-conditions = Drošas atgriešanās nosacījumi

## Danger now

risk-urgent-medical-need = Vai tev tieši tagad vajadzīga medicīniskā palīdzība?
risk-urgent-medical-need-hint = Steidzamas veselības vajadzības ir svarīgākas par jebkuru citu jautājumu.
risk-thoughts-of-self-harm = Vai tev ir bijušas domas sev nodarīt pāri vai ka tu negribi dzīvot?
risk-thoughts-of-self-harm-hint = Jautājums par to neiedod viņai šo domu. Ja viņa atbild „jā”, palieciet kopā ar viņu un vēl šodien sazinieties ar krīzes palīdzību.
risk-afraid-of-serious-harm = Vai tu baidies, ka kāds tev nodarīs nopietnu pāri?
risk-afraid-of-serious-harm-hint = Viņas pašas bailes ir viens no labākajiem briesmu rādītājiem. Uztveriet tās nopietni arī tad, ja citu pazīmju nav.
risk-exploiters-nearby = Vai ar ekspluatāciju saistīti cilvēki tagad ir šeit vai tuvumā, piemēram, gaida ārā vai zvana viņai?
risk-exploiters-nearby-hint = Ja tā, viņas un jūsu drošība ir pirmajā vietā: pirms turpināt, dodieties uz drošu vietu.
risk-threatened-recently = Vai pēdējo dienu laikā kāds ir draudējis tev vai kādam tev tuvam cilvēkam?
risk-hurt-recently = Vai pēdējo nedēļu laikā kāds tev ir nodarījis pāri?
risk-exploiters-know-where = Vai cilvēki, kas tevi ekspluatēja, zina, kur tu tagad uzturies?
risk-being-looked-for = Vai kāds tevi meklē vai mēģina panākt, lai tu atgrieztos?
risk-family-in-danger = Vai kāds tev tuvs cilvēks, piemēram, tavi bērni vai ģimene, tagad ir briesmās?
risk-family-in-danger-hint = Draudi ģimenei ir izplatīts veids, kā izdarīt spiedienu uz sievieti.
risk-no-safe-place-tonight = Vai tu šonakt esi bez drošas vietas, kur palikt?
risk-worker-sees-danger = Vai jūs tagad redzat citas briesmu pazīmes, ko iepriekšējie jautājumi neaptver?
risk-worker-sees-danger-hint = Jūsu profesionālās bažas ir svarīgas. Pierakstiet piezīmē, ko redzat.

## Risk of being exploited again

risk-exploiters-in-contact = Vai cilvēki, kas tevi ekspluatēja, joprojām ar tevi sazinās, tevi novēro vai draud tev?
risk-exploiters-in-contact-hint = Turpināts kontakts ir viens no faktoriem, ko visbiežāk novēro, pirms sieviete atkal kļūst par cilvēku tirdzniecības upuri.
risk-trafficked-before = Vai kaut kas līdzīgs ar tevi ir noticis jau agrāk?
risk-first-exploited-under-18 = Vai tev bija mazāk par 18 gadiem, kad tas notika pirmo reizi?
risk-first-exploited-under-18-hint = Ekspluatācija bērnībā ir saistīta ar augstāku risku vēlāk. Jautājiet uzmanīgi.
risk-family-involved = Vai kāds no tavas ģimenes bija iesaistīts tavā aizsūtīšanā vai ceļa organizēšanā?
risk-family-involved-hint = Ja tā, atgriešanās pie ģimenes var nebūt droša. Jautājiet, nenosodot viņas ģimeni.
risk-owes-debt = Vai tu esi kādam parādā naudu, vai kāds apgalvo, ka esi?
risk-group-discriminated = Vai tavā dzimtenē pret tavas grupas cilvēkiem izturas slikti vai viņus atstumj?
risk-group-discriminated-hint = Diskriminācija ierobežo darba un atbalsta iespējas dzimtenē, un tas palielina risku atkārtoti tikt ekspluatētai.
risk-conflict-at-home = Vai tur, no kurienes tu nāc, ir karš, bruņots konflikts vai nopietni nemieri?
risk-struggling-emotionally = Vai tev ir ļoti grūti tikt galā ar savām jūtām?
risk-struggling-emotionally-hint = Satraukums ir normāla reakcija. Tas arī apgrūtina jaunu piedāvājumu izvērtēšanu, tāpēc atbalsts ir svarīgs.
risk-distrusts-help = Vai šķiet, ka viņa neuzticas atbalsta dienestiem vai iestādēm?
risk-distrusts-help-hint = Neuzticēšanās pēc notikušā ir saprotama. Tā var atturēt viņu no palīdzības, tāpēc veidojiet uzticēšanos pamazām.
risk-left-exploitation-recently = Vai tu izkļuvi no ekspluatācijas mazāk nekā pirms diviem gadiem?
risk-left-exploitation-recently-hint = Lielākā daļa sieviešu, kuras atkārtoti kļūst par cilvēku tirdzniecības upuriem, par tādām kļūst aptuveni divu gadu laikā.
risk-no-way-to-support-herself = Vai tu pašlaik esi bez iztikas līdzekļiem?
risk-pressure-to-send-money = Vai uz tevi izdara spiedienu sūtīt naudu uz mājām?

## What helps her stay safe

risk-has-trusted-person = Vai tev ir kāds, kam tu uzticies un pie kura vari vērsties?
risk-has-trusted-person-hint = Pat viens uzticams cilvēks var būtiski uzlabot drošību.
risk-supportive-family = Vai tava ģimene tevi atbalsta?
risk-safe-housing = Vai tev ir droša dzīvesvieta?
risk-in-touch-with-support = Vai viņa regulāri sazinās ar kādu atbalsta dienestu?
risk-own-income = Vai tev ir savi ienākumi?
risk-secure-residence = Vai tev ir drošas tiesības uzturēties tur, kur tu tagad esi?
risk-knows-where-to-get-help = Vai tu zini, kur saņemt palīdzību, ja tev draud briesmas?
risk-own-plans = Vai tev ir nākotnes plāni vai cerības, kas tev ir svarīgas?
risk-own-plans-hint = Viņas pašas mērķi ir stiprā puse, uz kuras veidot plānu.

## Return

risk-return-considered = Vai tiek apsvērta tava atgriešanās dzimtenē vai pārcelšanās uz citu valsti?
risk-return-considered-hint = Atbildiet „jā” tikai tad, ja atgriešanās vai pārcelšanās tiek pārrunāta; tālāk seko drošas atgriešanās nosacījumi.
risk-return-her-own-wish = Vai atgriešanās ir tava pašas vēlme?
risk-return-her-own-wish-hint = Atgriešanās drīkst notikt tikai brīvprātīgi. Ja kāds, arī iestādes, izdara spiedienu, šis nosacījums nav izpildīts.
risk-receiving-service-identified = Vai atgriešanās valstī kāds atbalsta dienests ir piekritis viņu uzņemt?
risk-receiving-service-identified-hint = Atgriešanās būtu jāplāno kopā ar šo dienestu.
risk-return-risk-assessed = Vai ir izvērtēts risks, ar kuru viņa saskartos pēc atgriešanās?
risk-return-risk-assessed-hint = Ņemiet vērā risku dzimtenē, ne tikai šeit: ģimenes iesaisti, parādus, ekspluatētāju ietekmi.
risk-return-needs-assessed = Vai ir veikts vajadzību izvērtējums viņas atgriešanās plānošanai?
risk-return-financed = Vai pati atgriešanās ir apmaksāta?
risk-return-financed-hint = Drošas atgriešanās izmaksas būtu jāsedz valstij, kurā viņa tika ekspluatēta, nevis viņai pašai.
risk-financial-assistance-arranged = Vai viņai ir noorganizēts finansiāls atbalsts pēc atgriešanās?
risk-financial-assistance-arranged-hint = Nauda iztikai pēc atgriešanās palīdz novērst atkārtotu ekspluatāciju.

## Result

risk-category-immediate-danger = Briesmas tagad
risk-category-re-trafficking = Risks atkārtoti tikt ekspluatētai
risk-category-protective = Aizsargājošs faktors
risk-category-return = Atgriešanās nosacījums
risk-level-low = Zemāks risks
risk-level-medium = Vidējs risks
risk-level-high = Augsts risks
risk-red-flag = Brīdinājuma zīme: jau tā viena pati padara risku augstu
risk-unknown-red-flags = Uz brīdinājuma zīmju jautājumiem vēl nav atbildēts: uzdodiet tos vispirms
risk-unknown-count = { $count ->
    [zero] { $count } jautājumi vēl ir bez atbildes.
    [one] { $count } jautājums vēl ir bez atbildes.
   *[other] { $count } jautājumi vēl ir bez atbildes.
}
risk-override-raised = Jūs paaugstinājāt līmeni, pamatojoties uz profesionālo vērtējumu
risk-override-rejected = Ar profesionālo vērtējumu līmeni var paaugstināt, bet ne pazemināt, tāpēc paliek aprēķinātais līmenis
risk-safety-plan = Drošības plāns, par ko vienoties ar viņu
risk-result-disclaimer = Šis līmenis atbalsta jūsu profesionālo vērtējumu; tas neparedz, kas notiks. Izvērtējiet atkārtoti katrā tikšanās reizē un paaugstiniet līmeni ikreiz, kad jums ir bažas.

## Safety plan

risk-plan-medical-care-today = Noorganizējiet medicīnisko palīdzību šodien.
risk-plan-crisis-support-today = Vēl šodien nodrošiniet krīzes atbalstu un neatstājiet viņu vienu, kamēr viņai draud briesmas.
risk-plan-safe-place-tonight = Atrodiet viņai drošu vietu, kur palikt šonakt.
risk-plan-leave-safely-now = Tagad dodieties uz drošu vietu, prom no cilvēkiem, kas saistīti ar ekspluatāciju.
risk-plan-emergency-numbers = Vienojieties, uz kādiem ārkārtas numuriem zvanīt un kā tos glabāt tā, lai citi tos neatrastu.
risk-plan-signal-for-help = Vienojieties par vārdu vai zīmi, ar ko viņa var jums paziņot, ka viņai draud briesmas.
risk-plan-phone-safety = Pārbaudiet, vai viņas telefonu var izsekot, un izplānojiet drošu saziņas veidu.
risk-plan-routes-and-places = Izplānojiet, kā izvairīties no vietām un maršrutiem, ko zina ekspluatētāji.
risk-plan-family-safety = Kopīgi izplānojiet, kā aizsargāt viņas bērnus vai ģimeni.
risk-plan-police-option = Pārrunājiet ar viņu, vai un kā iesaistīt policiju; izvēle ir viņas, ja vien nav apdraudēta kāda dzīvība.
risk-plan-trusted-person = Kopā atrodiet cilvēku, kuram viņa uzticas un ar kuru var sazināties.
risk-plan-debt-advice = Noorganizējiet konsultāciju par parādu, arī par to, vai tas vispār ir likumīgs.
risk-plan-regular-contact = Vienojieties, cik bieži un kā jūs uzturēsiet saziņu.
risk-plan-reassess-next-contact = Nākamajā tikšanās reizē izvērtējiet risku atkārtoti.

## Return check

risk-return-condition-voluntary = Atgriešanās ir viņas pašas vēlme
risk-return-condition-receiving-service = Atgriešanās valstī ir atrasts uzņemošais dienests
risk-return-condition-risk-assessed = Risks pēc atgriešanās ir izvērtēts
risk-return-condition-needs-assessed = Viņas vajadzības saistībā ar atgriešanos ir izvērtētas
risk-return-condition-financed = Atgriešanās ir finansēta
risk-return-condition-financial-assistance = Finansiālais atbalsts pēc atgriešanās ir noorganizēts
risk-return-holds = Izpildīts
risk-return-does-not-hold = Nav izpildīts
risk-return-unknown = Vēl nav zināms
risk-return-safe-to-plan = Atgriešanos var droši plānot: visi nosacījumi ir izpildīti.
risk-return-not-yet = Atgriešanos vēl nevar droši plānot. Trūkstošie nosacījumi:
risk-return-not-considered = Atgriešanās netiek apsvērta.
