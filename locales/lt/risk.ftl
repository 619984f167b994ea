## Risk: immediate danger, risk of being trafficked again, what protects her, and whether a
## return can be planned safely. Ask about immediate danger first, at every contact.

risk-title = Rizika ir saugumas

## Sections

risk-immediate-danger = Pavojus dabar
risk-re-trafficking = Rizika vėl būti išnaudotai
risk-protective = Kas padeda jai būti saugiai
risk-return-plans = Grįžimo planai
risk-return-conditions = Saugaus grįžimo sąlygos

## Danger now

risk-urgent-medical-need = Ar tau šiuo metu reikia medicinos pagalbos?
risk-urgent-medical-need-hint = Skubūs sveikatos poreikiai svarbesni už bet kokį kitą klausimą.
risk-thoughts-of-self-harm = Ar tau kilo minčių susižaloti ar kad nebenori gyventi?
risk-thoughts-of-self-harm-hint = Klausimas apie tai neįpiršia jai šios minties. Jei ji atsako „taip“, likite su ja ir dar šiandien kreipkitės krizių pagalbos.
risk-afraid-of-serious-harm = Ar bijai, kad kas nors tau rimtai pakenks?
risk-afraid-of-serious-harm-hint = Jos pačios baimė yra vienas geriausių pavojaus rodiklių. Vertinkite ją rimtai net ir nesant kitų požymių.
risk-exploiters-nearby = Ar su išnaudojimu susiję žmonės dabar yra čia ar netoliese, pavyzdžiui, laukia lauke ar jai skambina?
risk-exploiters-nearby-hint = Jei taip, jos ir jūsų saugumas svarbiausias: prieš tęsdami persikelkite į saugią vietą.
risk-threatened-recently = Ar per pastarąsias kelias dienas kas nors grasino tau ar tau artimam žmogui?
risk-hurt-recently = Ar per pastarąsias kelias savaites kas nors tave skriaudė?
risk-exploiters-know-where = Ar tave išnaudoję žmonės žino, kur dabar gyveni?
risk-being-looked-for = Ar kas nors tavęs ieško ar bando priversti tave grįžti?
risk-family-in-danger = Ar kuriam nors tau artimam žmogui, pavyzdžiui, tavo vaikams ar šeimai, dabar gresia pavojus?
risk-family-in-danger-hint = Grasinimai šeimai yra dažnas būdas daryti spaudimą moteriai.
risk-no-safe-place-tonight = Ar šiąnakt esi be saugios vietos apsistoti?
risk-worker-sees-danger = Ar dabar matote kitų pavojaus ženklų, kurių neapima ankstesni klausimai?
risk-worker-sees-danger-hint = Jūsų pačių profesinis susirūpinimas yra svarbus. Pastaboje užrašykite, ką matote.

## Risk of being exploited again

risk-exploiters-in-contact = Ar tave išnaudoję žmonės vis dar su tavimi susisiekia, tave stebi ar tau grasina?
risk-exploiters-in-contact-hint = Besitęsiantis ryšys yra vienas iš veiksnių, dažniausiai pastebimų prieš moteriai vėl tampant prekybos žmonėmis auka.
risk-trafficked-before = Ar kas nors panašaus tau yra nutikę anksčiau?
risk-first-exploited-under-18 = Ar tau buvo mažiau nei 18 metų, kai tai nutiko pirmą kartą?
risk-first-exploited-under-18-hint = Išnaudojimas vaikystėje siejamas su didesne rizika vėliau. Klauskite jautriai.
risk-family-involved = Ar kas nors iš tavo šeimos dalyvavo tave išsiunčiant ar organizuojant kelionę?
risk-family-involved-hint = Jei taip, grįžti pas šeimą gali būti nesaugu. Klauskite nesmerkdami jos šeimos.
risk-owes-debt = Ar esi kam nors skolinga pinigų, ar kas nors teigia, kad esi?
risk-group-discriminated = Ar tavo šalyje su tavo grupės žmonėmis elgiamasi blogai ar jie atstumiami?
risk-group-discriminated-hint = Diskriminacija riboja darbo ir pagalbos galimybes namuose, o tai didina riziką vėl būti išnaudotai.
risk-conflict-at-home = Ar ten, iš kur esi kilusi, vyksta karas, ginkluotas konfliktas ar rimti neramumai?
risk-struggling-emotionally = Ar tau labai sunku susitvarkyti su savo jausmais?
risk-struggling-emotionally-hint = Emocinė įtampa yra normali reakcija. Ji taip pat apsunkina naujų pasiūlymų įvertinimą, todėl pagalba svarbi.
risk-distrusts-help = Ar atrodo, kad ji nepasitiki pagalbos tarnybomis ar institucijomis?
risk-distrusts-help-hint = Nepasitikėjimas po to, kas nutiko, yra suprantamas. Jis gali trukdyti jai gauti pagalbą, todėl pasitikėjimą kurkite palaipsniui.
risk-left-exploitation-recently = Ar ištrūkai iš išnaudojimo mažiau nei prieš dvejus metus?
risk-left-exploitation-recently-hint = Dauguma moterų, kurios vėl tampa prekybos žmonėmis aukomis, tokiomis tampa maždaug per dvejus metus.
risk-no-way-to-support-herself = Ar šiuo metu esi be jokio pragyvenimo šaltinio?
risk-pressure-to-send-money = Ar tau daromas spaudimas siųsti pinigų namo?

## What helps her stay safe

risk-has-trusted-person = Ar turi žmogų, kuriuo pasitiki ir į kurį gali kreiptis?
risk-has-trusted-person-hint = Net vienas patikimas žmogus gali labai padidinti saugumą.
risk-supportive-family = Ar tavo šeima tave palaiko?
risk-safe-housing = Ar turi saugią vietą gyventi?
risk-in-touch-with-support = Ar ji reguliariai palaiko ryšį su kuria nors pagalbos tarnyba?
risk-own-income = Ar turi savų pajamų?
risk-secure-residence = Ar turi tvirtą teisę gyventi ten, kur dabar esi?
risk-knows-where-to-get-help = Ar žinai, kur kreiptis pagalbos, jei tau gresia pavojus?
risk-own-plans = Ar turi ateities planų ar vilčių, kurie tau svarbūs?
risk-own-plans-hint = Jos pačios tikslai yra stiprybė, kuria galima remtis kuriant planą.

## Return

risk-return-considered = Ar svarstomas tavo grįžimas į savo šalį ar persikėlimas į kitą šalį?
risk-return-considered-hint = Atsakykite „taip“ tik tada, jei grįžimas ar persikėlimas aptariamas; toliau pateikiamos saugaus grįžimo sąlygos.
risk-return-her-own-wish = Ar grįžti yra tavo pačios noras?
risk-return-her-own-wish-hint = Grįžimas turi būti savanoriškas. Jei kas nors, įskaitant institucijas, daro spaudimą, ši sąlyga neįvykdyta.
risk-receiving-service-identified = Ar grįžimo šalyje kuri nors pagalbos tarnyba sutiko ją priimti?
risk-receiving-service-identified-hint = Grįžimą reikėtų planuoti kartu su ta tarnyba.
risk-return-risk-assessed = Ar įvertinta rizika, su kuria ji susidurtų po grįžimo?
risk-return-risk-assessed-hint = Atsižvelkite į riziką namuose, ne tik čia: šeimos dalyvavimą, skolas, išnaudotojų įtaką.
risk-return-needs-assessed = Ar jos grįžimui atliktas poreikių vertinimas?
risk-return-financed = Ar pats grįžimas apmokėtas?
risk-return-financed-hint = Saugaus grįžimo išlaidas turėtų padengti šalis, kurioje ji buvo išnaudojama, o ne ji pati.
risk-financial-assistance-arranged = Ar jai suorganizuota finansinė parama po grįžimo?
risk-financial-assistance-arranged-hint = Pinigai pragyvenimui po grįžimo padeda išvengti to, kad ji vėl būtų išnaudota.

## Result

risk-category-immediate-danger = Pavojus dabar
risk-category-re-trafficking = Rizika vėl būti išnaudotai
risk-category-protective = Apsauginis veiksnys
risk-category-return = Grįžimo sąlyga
risk-level-low = Mažesnė rizika
risk-level-medium = Vidutinė rizika
risk-level-high = Didelė rizika
risk-red-flag = Pavojaus ženklas: vien dėl jo rizika yra didelė
risk-unknown-red-flags = Į pavojaus ženklų klausimus dar neatsakyta: užduokite juos pirmiausia
risk-unknown-count = { $count ->
    [one] { $count } klausimas dar be atsakymo.
    [few] { $count } klausimai dar be atsakymo.
    [many] { $count } klausimo dar be atsakymo.
   *[other] { $count } klausimų dar be atsakymo.
}
risk-override-raised = Padidinote lygį remdamiesi profesiniu vertinimu
risk-override-rejected = Profesiniu vertinimu lygį galima padidinti, bet ne sumažinti, todėl lieka apskaičiuotas lygis
risk-safety-plan = Saugumo planas, kurį reikia suderinti su ja
risk-result-disclaimer = Šis lygis padeda jūsų profesiniam vertinimui; jis nenuspėja, kas nutiks. Iš naujo vertinkite kiekvieno susitikimo metu ir padidinkite lygį, kai tik jaučiate nerimą.

## Safety plan

risk-plan-medical-care-today = Šiandien suorganizuokite medicinos pagalbą.
risk-plan-crisis-support-today = Dar šiandien suorganizuokite krizių pagalbą ir nepalikite jos vienos, kol jai gresia pavojus.
risk-plan-safe-place-tonight = Raskite jai saugią vietą nakvoti šiąnakt.
risk-plan-leave-safely-now = Dabar persikelkite į saugią vietą, toliau nuo su išnaudojimu susijusių žmonių.
risk-plan-emergency-numbers = Susitarkite, kuriais pagalbos numeriais skambinti ir kaip juos laikyti, kad kiti jų nerastų.
risk-plan-signal-for-help = Susitarkite dėl žodžio ar ženklo, kuriuo ji galėtų jums pranešti, kad jai gresia pavojus.
risk-plan-phone-safety = Patikrinkite, ar jos telefonas gali būti sekamas, ir suplanuokite saugų būdą palaikyti ryšį.
risk-plan-routes-and-places = Suplanuokite, kaip išvengti išnaudotojams žinomų vietų ir maršrutų.
risk-plan-family-safety = Kartu suplanuokite, kaip apsaugoti jos vaikus ar šeimą.
risk-plan-police-option = Aptarkite su ja, ar ir kaip įtraukti policiją; sprendimas yra jos, nebent kyla pavojus kieno nors gyvybei.
risk-plan-trusted-person = Kartu raskite žmogų, kuriuo ji pasitiki ir su kuriuo gali susisiekti.
risk-plan-debt-advice = Suorganizuokite konsultaciją dėl skolos, taip pat dėl to, ar ji apskritai teisėta.
risk-plan-regular-contact = Susitarkite, kaip dažnai ir kaip palaikysite ryšį.
risk-plan-reassess-next-contact = Per kitą susitikimą iš naujo įvertinkite riziką.

## Return check

risk-return-condition-voluntary = Grįžti yra jos pačios noras
risk-return-condition-receiving-service = Grįžimo šalyje rasta priimanti tarnyba
risk-return-condition-risk-assessed = Rizika po grįžimo įvertinta
risk-return-condition-needs-assessed = Jos poreikiai grįžimui įvertinti
risk-return-condition-financed = Grįžimas finansuotas
risk-return-condition-financial-assistance = Finansinė parama po grįžimo suorganizuota
risk-return-holds = Įvykdyta
risk-return-does-not-hold = Neįvykdyta
risk-return-unknown = Dar nežinoma
risk-return-safe-to-plan = Grįžimą galima saugiai planuoti: visos sąlygos įvykdytos.
risk-return-not-yet = Grįžimo dar negalima saugiai planuoti. Trūkstamos sąlygos:
risk-return-not-considered = Grįžimas nesvarstomas.
