## Shared by all three instruments: answer choices, answer states, who answers.

choice-yes = Jā
choice-no = Nē
answer-not-asked = Vēl nav jautāts
answer-dont-know = Nezina
answer-declined = Nevēlas atbildēt
answer-declined-self = Es labāk neatbildētu
answer-not-relevant = Neattiecas
answer-answered = Atbildēts
answer-invalid = Atbilde jāpārbauda
asked-interview = Jautājiet viņai
asked-observation = Jūsu novērojums
