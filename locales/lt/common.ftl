## Shared by all three instruments: answer choices, answer states, who answers.

choice-yes = Taip
choice-no = Ne
answer-not-asked = Dar neklausta
answer-dont-know = Nežino
answer-declined = Nenori atsakyti
answer-declined-self = Norėčiau neatsakyti
answer-not-relevant = Netaikoma
answer-answered = Atsakyta
answer-invalid = Atsakymą reikia patikrinti
asked-interview = Paklauskite jos
asked-observation = Jūsų pastebėjimas
