## Identification: indicators of trafficking for sexual exploitation (ILO/EC operational indicators).
## Questions marked "Ask her" are put to the woman; the others are the worker's own observations.
## She can always say she does not know, or prefer not to answer.

identification-title = Identification

## Sections

identification-context = Her situation
identification-deceptive-recruitment = How she was recruited: promises and reality
identification-coercive-recruitment = How she was recruited: force and pressure
identification-vulnerability-recruitment = Her situation before she left
identification-exploitation = Conditions where she was
identification-coercion-destination = Control and pressure where she was
identification-vulnerability-destination = What kept her there

## Her situation (not scored)

identification-came-from-abroad = Did you come to this country from another country?
identification-came-from-abroad-hint = Some questions only matter after a journey across a border; this tells the app which ones to show.
identification-someone-arranged = Did someone else arrange your job, your travel or where you would stay?
identification-someone-arranged-hint = Helps you follow the story; it does not count towards any conclusion.
identification-interpreter-present = Is an interpreter taking part in this conversation?

## Dimension 1: deceptive recruitment

identification-deceived-about-work = Was the work you ended up doing different from the work you were told about?
identification-deceived-about-work-hint = Being misled about what the work would be is one of the clearest signs. Ask gently: many women blame themselves for having believed the offer.
identification-deceived-about-earnings = Did you earn much less than you were promised?
identification-deceived-about-conditions = Were the working conditions very different from what you were told?
identification-deceived-about-contract = Was a contract or agreement you were given not respected, or changed after you arrived?
identification-deceived-about-contract-hint = A contract may have been written or only spoken. Either counts.
identification-deceived-about-housing = Was the place you lived different from what you had been promised?
identification-deceived-about-papers = Were you told wrong things about your papers, visa or right to stay here?
identification-deceived-about-papers-hint = False information about papers often keeps a woman afraid of the authorities.
identification-deceived-about-journey = Were you misled about the journey, its cost, or what you would owe for it?
identification-deceived-about-journey-hint = Hidden or growing travel costs are a common way to create a debt.
identification-false-promise-of-relationship = Did someone promise you marriage, a relationship, or to bring your family here, to get you to come?
identification-false-promise-of-relationship-hint = A boyfriend or partner is sometimes the recruiter. Ask without judging the relationship.
identification-deceived-about-education = Were you promised a chance to study or train that never happened?

## Dimension 2: coercive recruitment

identification-violence-at-recruitment = Before or during the journey, did anyone hurt you physically or sexually?
identification-violence-hint = She may not want to describe what happened. A yes or no is enough; details can wait or never come.
identification-threats-at-recruitment = Before or during the journey, did anyone threaten to hurt you?
identification-taken-or-sold = Were you taken against your will, made to marry, or sold or handed over to someone?
identification-taken-or-sold-hint = These are serious forms of coercion. Let her answer in her own words and pace.
identification-debt-at-recruitment = Were you given a debt for the journey or the job that you had to pay back by working?
identification-debt-hint = A debt that can never be paid off keeps a woman under control. The amount does not matter here.
identification-papers-taken-at-recruitment = Before or during the journey, did someone take your passport or ID and keep it?
identification-papers-taken-hint = Without her papers she cannot leave or prove who she is.
identification-confined-at-recruitment = Before or during the journey, were you locked in, kept away from others, or watched all the time?
identification-threat-of-authorities-at-recruitment = Before you left, did anyone threaten to report you to the police or immigration?
identification-threat-to-tell-family-at-recruitment = Before you left, did anyone threaten to tell your family or community things about you?
identification-threat-to-tell-hint = Threats of shame can be as strong as threats of violence.
identification-family-threatened-at-recruitment = Before you left, did anyone hurt or threaten your family?
identification-money-withheld-at-recruitment = Before you left, did anyone keep money that was yours?

## Dimension 3: abuse of vulnerability at recruitment

identification-hard-family-situation = Before you left, were you in a very difficult family or personal situation?
identification-vulnerability-hint = Hardship is not her fault; people who exploit others look for it and use it.
identification-irregular-status-before = At the time, did you have no valid papers or permit for the country you were going to?
identification-language-or-schooling-barrier = Does she seem to have had little schooling, or does she not speak the language of the country she was taken to?
identification-lacked-information = When you left, did you know little about the country you were going to or about your rights there?
identification-controlled-before-leaving = Before you left, was someone already controlling your life or decisions?
identification-economic-hardship-before = Before you left, did you or your family have very little money to live on?
identification-false-promises-about-law = Were you told things about the law or the authorities here that turned out to be untrue?
identification-emotional-dependency-before = Did you depend emotionally on the person who arranged for you to go?
identification-emotional-dependency-before-hint = Love or loyalty towards the recruiter is common and can make it hard to speak about them.
identification-hardship-earlier-in-life = Earlier in your life, did you go through something very hard, such as violence or losing your home?
identification-hardship-earlier-in-life-hint = Ask only if she is ready. Earlier hardship is used by exploiters; it never makes her responsible.
identification-could-not-arrange-journey = Would it have been hard for you to travel on your own, without the people who arranged it?
identification-beliefs-used-against-her = Were your beliefs or traditions, such as an oath or a ritual, used to make you go along?
identification-beliefs-used-against-her-hint = Oaths and rituals can bind a woman through fear. Respect her beliefs while asking.
identification-hard-general-situation = Was life where you lived generally very hard, for example because of poverty, conflict or unrest?

## Dimension 4: exploitative conditions

identification-excessive-hours = Did you have to work very long hours or be available day and night?
identification-excessive-hours-hint = Long hours and no rest days are a sign of exploitation, whatever the work.
identification-little-or-no-pay = Were you paid little or nothing for your work?
identification-pay-manipulated = Was your money taken for fines, rent, or "costs" you did not agree to?
identification-pay-manipulated-hint = Deductions can make sure a woman never has money of her own.
identification-poor-living-conditions = Were the conditions where you lived very poor, such as crowded, dirty, or without enough food?
identification-dangerous-conditions = Were you in danger at work, for example from violent clients or unsafe places?
identification-health-unprotected = Were you stopped from protecting your health, such as using condoms or seeing a doctor?
identification-health-unprotected-hint = This also tells you about medical needs; note them for the needs assessment.
identification-no-access-to-education = Were you kept from learning the language or from any education?

## Dimension 5: coercion at destination

identification-papers-taken = Did someone take your passport or ID and keep it?
identification-debt-bondage = Did you have a debt that you were made to work off, and that never seemed to get smaller?
identification-confined-or-watched = Were you locked in, watched all the time, or kept from going out alone?
identification-confined-or-watched-hint = Control can also be by phone, cameras or other women made to watch.
identification-violence-at-destination = Did anyone hurt you physically or sexually while you were there?
identification-forced-clients-or-acts = Were you made to see clients or to do things you did not want to do?
identification-forced-clients-or-acts-hint = Being unable to refuse clients or acts is a strong sign of sexual exploitation. She does not need to give details.
identification-threats-at-destination = Did anyone threaten to hurt you while you were there?
identification-forced-into-crime = Were you made to do things that are against the law, such as carrying drugs?
identification-forced-into-crime-hint = Offences she was forced into may be treated differently by the law; note this for legal advice.
identification-controlled-by-others = Does she seem to be under someone's strong influence, for example looking to someone else before answering?
identification-controlled-by-others-hint = Watch for someone answering for her, holding her phone, or waiting nearby.
identification-told-what-to-say = Were you told what to say to the police, to officials or to your family?
identification-told-what-to-say-hint = A prepared story can explain answers that do not seem to fit. It is not a reason to doubt her.
identification-threat-of-authorities = Did anyone threaten to report you to the police or immigration?
identification-threat-of-worse-conditions = Were you told things would get worse for you if you did not obey?
identification-family-threatened = Did anyone hurt or threaten your family while you were there?
identification-earnings-withheld = Did someone keep the money you earned?
identification-threat-to-tell-family = Did anyone threaten to tell your family or community about the work you were made to do?

## Dimension 6: abuse of vulnerability at destination

identification-depends-on-exploiters = Did you depend on the people who controlled you for food, a place to sleep, or anything else you needed?
identification-depends-on-exploiters-hint = Dependence can make leaving feel impossible, even without locked doors.
identification-isolated-in-unknown-place = Were you kept in a place you did not know, without knowing how to get help?
identification-economic-hardship-now = Did you feel you could not leave because you had no money at all?
identification-family-situation-used = Was your family's situation, for example their need for money, used to keep you there?
identification-status-used-against-her = Was your lack of papers or permit used to keep you there?
identification-status-used-against-her-hint = Fear of deportation is one of the strongest ways to keep a woman silent.
identification-earlier-hardship-used = Was something hard from your past used against you?
identification-personal-situation-used = Does something in her situation seem to have been used against her, for example an illness, a disability, pregnancy or her age?
identification-personal-situation-used-hint = Note what you see, without assuming; she can correct you.

## Result

identification-dimension-deceptive-recruitment = Deceptive recruitment
identification-dimension-coercive-recruitment = Coercive recruitment
identification-dimension-vulnerability-recruitment = Recruitment by abuse of vulnerability
identification-dimension-exploitation = Exploitative conditions
identification-dimension-coercion-destination = Coercion at destination
identification-dimension-vulnerability-destination = Abuse of vulnerability at destination
identification-dimension-met = Indicators seen
identification-dimension-could-be-met = Could be seen, if unknown answers were yes
identification-dimension-not-met = Not seen in the answers so far
identification-strength-strong = Strong indicator
identification-strength-medium = Medium indicator
identification-strength-weak = Weak indicator
identification-outcome-supports-reasonable-grounds = The indicators seen support reasonable grounds to believe she may have been trafficked.
identification-outcome-insufficient-information = Not enough is known yet: the answers still missing could change this picture.
identification-outcome-does-not-yet-support = The answers so far do not yet support reasonable grounds. New information can change this at any time.
identification-result-disclaimer = This summary helps your professional judgement. It is not a decision about whether she is a victim, and it does not replace the national identification procedure.
identification-unknown-count = { $count ->
    [one] One indicator has no answer yet.
   *[other] { $count } indicators have no answer yet.
}
identification-declined-count = { $count ->
    [one] She preferred not to answer one question.
   *[other] She preferred not to answer { $count } questions.
}
