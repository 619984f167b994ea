## Gemensamt för alla tre instrumenten: svarsalternativ, svarslägen, vem som svarar.

choice-yes = Ja
choice-no = Nej
answer-not-asked = Inte ställd än
answer-dont-know = Vet inte
answer-declined = Vill helst inte svara
answer-declined-self = Det vill jag helst inte säga
answer-not-relevant = Gäller inte
answer-answered = Besvarad
answer-invalid = Svaret behöver kontrolleras
asked-interview = Fråga henne
asked-observation = Din iakttagelse
