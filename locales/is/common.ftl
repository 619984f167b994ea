## Sameiginlegt öllum þremur matstækjunum: svarmöguleikar, staða svara, hver svarar.

choice-yes = Já
choice-no = Nei
answer-not-asked = Ekki spurt enn
answer-dont-know = Veit ekki
answer-declined = Vill helst ekki svara
answer-declined-self = Ég vil helst ekki svara
answer-not-relevant = Á ekki við
answer-answered = Svarað
answer-invalid = Athuga þarf svarið
asked-interview = Spyrðu hana
asked-observation = Athugun þín
