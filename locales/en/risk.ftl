## Risk: immediate danger, risk of being trafficked again, what protects her, and whether a
## return can be planned safely. Ask about immediate danger first, at every contact.

risk-title = Risk and safety

## Sections

risk-immediate-danger = Danger now
risk-re-trafficking = Risk of being exploited again
risk-protective = What helps her stay safe
risk-return-plans = Plans to return
risk-return-conditions = Conditions for a safe return

## Danger now

risk-urgent-medical-need = Do you need medical help right now?
risk-urgent-medical-need-hint = Urgent health needs come before any other question.
risk-thoughts-of-self-harm = Have you had thoughts of hurting yourself or of not wanting to live?
risk-thoughts-of-self-harm-hint = Asking about this does not put the idea in her head. If she says yes, stay with her and get crisis support today.
risk-afraid-of-serious-harm = Are you afraid that someone will seriously hurt you?
risk-afraid-of-serious-harm-hint = Her own fear is one of the best guides to danger. Take it seriously even without other signs.
risk-exploiters-nearby = Are people linked to the exploitation here or close by now, for example waiting outside or calling her?
risk-exploiters-nearby-hint = If so, her safety and yours come first: move somewhere safe before going on.
risk-threatened-recently = In the last few days, has anyone threatened you or someone close to you?
risk-hurt-recently = In the last few weeks, has anyone hurt you?
risk-exploiters-know-where = Do the people who exploited you know where you are staying?
risk-being-looked-for = Is anyone looking for you or trying to make you come back?
risk-family-in-danger = Is anyone close to you, such as your children or family, in danger now?
risk-family-in-danger-hint = Threats against family are a common way to pressure a woman.
risk-no-safe-place-tonight = Do you have nowhere safe to stay tonight?
risk-worker-sees-danger = Do you see other signs of danger now that the questions above do not cover?
risk-worker-sees-danger-hint = Your own professional concern counts. Write down what you see in the note.

## Risk of being exploited again

risk-exploiters-in-contact = Are the people who exploited you still contacting you, watching you, or threatening you?
risk-exploiters-in-contact-hint = Continued contact is one of the factors most often seen before a woman is trafficked again.
risk-trafficked-before = Has something like this happened to you before?
risk-first-exploited-under-18 = Were you under 18 the first time this happened?
risk-first-exploited-under-18-hint = Being exploited first as a child is linked to a higher risk later. Ask with care.
risk-family-involved = Was anyone in your family involved in sending you or arranging the journey?
risk-family-involved-hint = If so, going back to the family may not be safe. Ask without judging her family.
risk-owes-debt = Do you owe money to anyone, or does someone say you do?
risk-group-discriminated = At home, are people of your group treated badly or shut out?
risk-group-discriminated-hint = Discrimination limits work and support at home, which raises the risk of being exploited again.
risk-conflict-at-home = Is there war, armed conflict or serious unrest where you come from?
risk-struggling-emotionally = Are you finding it very hard to cope with your feelings?
risk-struggling-emotionally-hint = Distress is a normal reaction. It also makes new offers harder to judge, so support matters.
risk-distrusts-help = Does she seem to distrust support services or the authorities?
risk-distrusts-help-hint = Distrust is understandable after what happened. It can keep her from help, so build trust slowly.
risk-left-exploitation-recently = Did you get away from the exploitation less than two years ago?
risk-left-exploitation-recently-hint = Most women who are trafficked again are trafficked within about two years.
risk-no-way-to-support-herself = Do you have no way to support yourself at the moment?
risk-pressure-to-send-money = Are you under pressure to send money home?

## What helps her stay safe

risk-has-trusted-person = Is there someone you trust who you can turn to?
risk-has-trusted-person-hint = One trusted person can make a real difference to safety.
risk-supportive-family = Does your family support you?
risk-safe-housing = Do you have a safe place to live?
risk-in-touch-with-support = Is she in regular contact with a support service?
risk-own-income = Do you have an income of your own?
risk-secure-residence = Do you have a secure right to stay where you are?
risk-knows-where-to-get-help = Do you know where to get help if you are in danger?
risk-own-plans = Do you have plans or hopes for the future that matter to you?
risk-own-plans-hint = Her own goals are a strength to build the plan on.

## Return

risk-return-considered = Is a return to your home country, or a move to another country, being considered?
risk-return-considered-hint = Answer yes only if a return or move is being discussed; the conditions for a safe return follow.
risk-return-her-own-wish = Is returning your own wish?
risk-return-her-own-wish-hint = A return must be voluntary. Pressure from anyone, including authorities, means this condition is not met.
risk-receiving-service-identified = Has a support service in the country of return agreed to receive her?
risk-receiving-service-identified-hint = The return should be planned together with that service.
risk-return-risk-assessed = Has the risk she would face after the return been assessed?
risk-return-risk-assessed-hint = Consider the risk at home, not only here: family involvement, debts, the exploiters' reach.
risk-return-needs-assessed = Has a needs assessment been done for her return?
risk-return-financed = Is the return itself paid for?
risk-return-financed-hint = The costs of a safe return should be covered by the country where she was exploited, not by her.
risk-financial-assistance-arranged = Is financial support for her after the return arranged?
risk-financial-assistance-arranged-hint = Money to live on after a return helps prevent her being exploited again.

## Result

risk-category-immediate-danger = Danger now
risk-category-re-trafficking = Risk of being exploited again
risk-category-protective = Protective factor
risk-category-return = Return condition
risk-level-low = Lower risk
risk-level-medium = Medium risk
risk-level-high = High risk
risk-red-flag = Red flag: this alone makes the risk high
risk-unknown-red-flags = Red-flag questions not answered yet: ask these first
risk-unknown-count = { $count ->
    [one] One question has no answer yet.
   *[other] { $count } questions have no answer yet.
}
risk-override-raised = You raised the level by professional judgement
risk-override-rejected = Professional judgement can raise the level but not lower it, so the calculated level stays
risk-safety-plan = Safety plan to agree with her
risk-result-disclaimer = This level supports your professional judgement; it does not predict what will happen. Reassess at every contact, and raise the level whenever you are concerned.

## Safety plan

risk-plan-medical-care-today = Arrange medical care today.
risk-plan-crisis-support-today = Get crisis support today and do not leave her alone while she is at risk.
risk-plan-safe-place-tonight = Find a safe place for her to stay tonight.
risk-plan-leave-safely-now = Move to a safe place now, away from the people linked to the exploitation.
risk-plan-emergency-numbers = Agree which emergency numbers to call, and how to keep them where others will not find them.
risk-plan-signal-for-help = Agree a word or signal she can use to tell you she is in danger.
risk-plan-phone-safety = Check whether her phone can be tracked, and plan a safe way to stay in contact.
risk-plan-routes-and-places = Plan how to avoid places and routes the exploiters know.
risk-plan-family-safety = Plan together how to protect her children or family.
risk-plan-police-option = Talk with her about whether and how to involve the police; the choice is hers unless a life is in danger.
risk-plan-trusted-person = Find together a person she trusts whom she can contact.
risk-plan-debt-advice = Arrange advice on the debt, including whether it is lawful at all.
risk-plan-regular-contact = Agree how often and how you will stay in contact.
risk-plan-reassess-next-contact = Reassess the risk at your next contact.

## Return check

risk-return-condition-voluntary = The return is her own wish
risk-return-condition-receiving-service = A receiving service in the country of return is identified
risk-return-condition-risk-assessed = The risk after return has been assessed
risk-return-condition-needs-assessed = Her needs for the return have been assessed
risk-return-condition-financed = The return is financed
risk-return-condition-financial-assistance = Financial support after the return is arranged
risk-return-holds = In place
risk-return-does-not-hold = Not in place
risk-return-unknown = Not known yet
risk-return-safe-to-plan = A return is safe to plan: every condition is in place.
risk-return-not-yet = A return is not yet safe to plan. Conditions still missing:
risk-return-not-considered = No return is being considered.
