## Needs: what support she wants and needs. For each item, record with her how urgent it is
## and where it stands. Her wishes lead; she can decline any support.

needs-title = Needs and care plan

## Sections

needs-about-her = About her situation
needs-safety-and-shelter = Safety and a place to stay
needs-health = Health and well-being
needs-language-and-rights = Language, rights and legal status
needs-money-and-daily-life = Money and daily life
needs-family = Family
needs-future = The future

## About her situation (not part of the plan)

needs-came-from-abroad = Did you come to this country from another country?
needs-has-children = Do you have children?
needs-has-children-hint = Children may be with her, at home, or in someone else's care. Their safety is often her first worry.
needs-thinking-of-return = Are you thinking about going back to your home country?
needs-thinking-of-return-hint = There is no right answer. Returning, staying, or not knowing yet are all fine.

## Safety and a place to stay

needs-protection-from-exploiters = Do you need help to be safe from the people who exploited you?
needs-protection-from-exploiters-hint = Safety comes first. The risk assessment looks at danger in more detail.
needs-safety-plan = A safety plan agreed with her
needs-safe-phone = Do you need a safe phone, or a safe way to keep in contact?
needs-safe-phone-hint = A phone given by the exploiters may be tracked.
needs-place-tonight = Do you need a safe place to sleep tonight?
needs-longer-term-housing = Do you need help to find somewhere to live for longer?

## Health and well-being

needs-urgent-medical-care = Do you need to see a doctor or nurse now, because of pain, an injury or illness?
needs-urgent-medical-care-hint = Emergency health care is her right, whatever her status.
needs-sexual-health = Would you like a check-up or advice about sexual health, contraception or pregnancy?
needs-sexual-health-hint = Offer this as a choice. She decides whether and when.
needs-ongoing-health-care = Do you need ongoing health care or medicines?
needs-someone-to-talk-to = Would you like someone to talk to about how you are feeling?
needs-someone-to-talk-to-hint = Many women feel numb, anxious or unable to sleep. This is a normal reaction to what happened.
needs-trauma-support = Would you like longer-term support from a therapist?
needs-substance-use-support = Would you like support with alcohol, drugs or medicines?
needs-substance-use-support-hint = Substances are sometimes forced on women to control them. Ask without judgement.

## Language, rights and legal status

needs-interpreter = Do you need an interpreter, and would you prefer a woman?
needs-interpreter-hint = Check that the interpreter has no link to her community or to the exploiters.
needs-information-on-rights = Would you like information about your rights and your options?
needs-information-on-rights-hint = Including her right to support whether or not she speaks to the police.
needs-support-in-proceedings = If you take part in a police case or a trial, would you like a lawyer or someone with you?
needs-support-in-proceedings-hint = Support does not depend on her agreeing to be a witness.
needs-reflection-period = Would you like to know about the recovery and reflection period?
needs-reflection-period-hint = A period of at least 30 days to rest and decide without pressure. Its length depends on the country; check the current rule.
needs-residence-permit = Do you need help with a permit to stay?
needs-identity-papers = Do you need help to get a passport or ID back or replaced?
needs-identity-papers-hint = Papers may have been taken or destroyed by the exploiters.

## Money and daily life

needs-money-for-now = Do you need money for daily needs right now?
needs-compensation = Would you like to know whether you can claim compensation or unpaid earnings?
needs-compensation-hint = Compensation can come from the offender or from a state fund, depending on the country.
needs-debts = Do you have debts you need help with?
needs-debts-hint = Including debts the exploiters say she owes. These are often not lawful.
needs-everyday-essentials = Do you need clothes, food, toiletries or other everyday things?
needs-contact-person = Would you like one person who helps you keep track of all the support?
needs-contact-person-hint = One contact person avoids telling her story again and again.
needs-self-care = Would you like help with everyday things, such as rest, routines and looking after yourself?
needs-support-person = Would you like a support person who can go with you and stand by you?
needs-support-person-hint = A support person is on her side only, and is not the police or an authority.
needs-help-with-authorities = Do you need help dealing with authorities or filling in forms?

## Family

needs-care-for-children = Do your children need care or support?
needs-family-support = Would you or your family like support or advice, for example about contact or safety?
needs-family-support-hint = Family can be a support, but may also be involved in what happened. Let her lead.

## The future

needs-language-learning = Would you like to learn the language here?
needs-training-or-education = Would you like training or education?
needs-finding-work = Would you like help to find work?
needs-settling-here = Would you like help to settle here, if you decide to stay?
needs-settling-here-hint = Integration support is for women who choose to stay.
needs-safe-return = Would you like help to plan a safe return?
needs-safe-return-hint = A return should be her own wish and planned with a service in her country. The risk assessment checks the conditions.
needs-reintegration = After a return, would you like support to start again at home?

## Care domains

needs-domain-safety = Safety and protection
needs-domain-shelter = Shelter and housing
needs-domain-medical = Medical care
needs-domain-psychological = Psychological support
needs-domain-interpretation = Interpretation
needs-domain-legal-advice = Legal advice
needs-domain-residence = Residence status and reflection period
needs-domain-financial = Financial assistance and compensation
needs-domain-social-support = Social support
needs-domain-support-person = Support person
needs-domain-authorities = Help with authorities
needs-domain-family = Family
needs-domain-substance-use = Substance-use care
needs-domain-training-work = Training and work
needs-domain-integration = Integration
needs-domain-return = Voluntary return and reintegration

## Service types to refer to

needs-service-police-protection = Police protection
needs-service-safety-planning = Safety planning
needs-service-secure-shelter = Secure shelter
needs-service-confidential-flat = Confidential flat
needs-service-supported-housing = Supported housing
needs-service-emergency-medical-care = Emergency medical care
needs-service-general-health-care = General health care
needs-service-sexual-reproductive-health = Sexual and reproductive health care
needs-service-crisis-counselling = Crisis counselling
needs-service-trauma-therapy = Trauma therapy
needs-service-legal-counselling = Legal counselling
needs-service-victim-lawyer = Lawyer for victims of crime
needs-service-migration-counselling = Migration and residence counselling
needs-service-case-worker = Case worker
needs-service-peer-support = Peer support
needs-service-self-care-training = Self-care and daily-living support
needs-service-financial-aid = Financial aid
needs-service-compensation-claim = Help with a compensation claim
needs-service-debt-counselling = Debt counselling
needs-service-interpreter = Interpreter
needs-service-support-person = Support person
needs-service-accompaniment = Accompaniment to authorities
needs-service-family-counselling = Family counselling
needs-service-childcare = Childcare and child support
needs-service-addiction-care = Substance-use care
needs-service-language-course = Language course
needs-service-vocational-training = Vocational training
needs-service-job-placement = Help to find work
needs-service-integration-programme = Integration programme
needs-service-return-programme = Voluntary return programme
needs-service-receiving-organisation = Receiving organisation in the country of return

## Urgency and status

needs-urgency-immediate = Immediate (within 1 to 3 days)
needs-urgency-short-term = Short term
needs-urgency-long-term = Long term
needs-urgency-none = No need now
needs-status-identified = Identified
needs-status-referred = Referred
needs-status-in-progress = In progress
needs-status-met = Met
needs-status-declined-by-her = She does not want this now
needs-status-not-applicable = Does not apply

## Result

needs-care-plan = Care plan
needs-referrals = Still to refer
needs-open-needs = Not yet talked about
needs-service-types = Where to refer
needs-result-disclaimer = This plan records what you agreed with her. Review it with her at every contact; her wishes may change.
