"""Default mentor training: five short modules with a self-check, in English and Dutch.

The content follows the founding document's third principle (support): junior mentors get a
step plan for the conversation, basic didactics and the confidence to lead a senior manager,
and everyone knows what stays inside the pair. Each module's body is plain text: paragraphs
separated by a blank line, lines starting with "- " are bullets and lines starting with "## " are
subheadings. This module is pure data and does not import Django.
"""

from __future__ import annotations

from dataclasses import dataclass
from inspect import cleandoc

__all__ = ["DEFAULT_MODULES", "CheckQuestion", "ModuleContent", "Text"]


@dataclass(frozen=True)
class Text:
    """A user-facing text in English and Dutch."""

    en: str
    nl: str

    def in_language(self, code: str) -> str:
        """The text for a language code: Dutch for any "nl…" code, English otherwise."""
        return self.nl if code.lower().startswith("nl") else self.en


@dataclass(frozen=True)
class CheckQuestion:
    """A multiple-choice question that checks understanding of a module."""

    question: Text
    options: tuple[Text, ...]
    correct: int
    explanation: Text


@dataclass(frozen=True)
class ModuleContent:
    """One training module for mentors."""

    key: str
    title: Text
    minutes: int
    required_before_first_meeting: bool
    body: Text
    self_check: tuple[CheckQuestion, ...]


def _t(en: str, nl: str) -> Text:
    return Text(en=cleandoc(en), nl=cleandoc(nl))


ROLE = ModuleContent(
    key="role",
    title=_t("Your role as a reverse mentor", "Jouw rol als reverse mentor"),
    minutes=15,
    required_before_first_meeting=True,
    body=_t(
        """
        In reverse mentoring the usual direction is turned around: you, the younger or less senior colleague, are the mentor, and a senior manager is your mentee. You were not chosen because you know everything. You were chosen because you see things the senior does not see every day: how you and your friends use apps and social media, what younger customers expect, and how new tools really work in practice.

        ## What you bring

        - Knowledge from daily use: you know why people scroll past an ad in half a second, and which channels your generation actually reads.
        - A fresh look at the organisation: you notice things that have become invisible to someone who has worked here for twenty years.
        - Honest questions. "Why do we do it this way?" is one of the most valuable things you can ask.

        You do not need to be an expert or a teacher. "I don't know, let's find out together" is a perfectly good answer.

        ## What your role is, and what it is not

        You lead the meetings. You propose the agenda, keep an eye on the time and make sure the senior actually tries things instead of only hearing about them. The senior brings the questions and the learning goals you agreed in your contract conversation; you help them get there.

        You are not an IT helpdesk and not a personal assistant. When your senior asks "can you just do it for me?", for instance setting up a LinkedIn post or a dashboard, the friendly answer is: "I'll show you once, then you do it while I watch." Doing it for them feels helpful today, but next week they still cannot do it themselves.

        You are not being assessed either. Your senior is not your manager and is never in your reporting line, so you can speak freely. What you discuss stays between the two of you (see the module on confidentiality).

        ## Learning in two directions

        Most pairs find that the senior learns about digital skills while the mentor learns about leadership, strategy and how decisions are really made. That is a welcome bonus, and many mentors say afterwards it was the part they valued most. Still, keep the senior's learning goals first: the program exists to remove a concrete bottleneck, and your meetings are where that happens.

        ## A realistic start

        The first meetings may feel a bit strange. A senior may be nervous about looking clumsy with a phone, and you may be nervous about telling a director something they do not know. That is normal, on both sides. What helps:

        - Start with something the senior already uses, such as their own LinkedIn profile, rather than the most advanced tool.
        - Ask about their world: what is on their agenda this month, and where would digital skills make a difference?
        - Agree on small, concrete actions at the end of every meeting, and put the next date in both calendars.

        If something does not work, you are not on your own: your peer circle with other mentors and the program manager are there to help you.
        """,
        """
        Bij reverse mentoring draai je de gebruikelijke richting om: jij, de jongere of minder ervaren collega, bent de mentor en een senior manager is jouw mentee. Je bent niet gekozen omdat je alles weet. Je bent gekozen omdat je dingen ziet die de senior niet elke dag ziet: hoe jij en je vrienden apps en social media gebruiken, wat jongere klanten verwachten en hoe nieuwe tools in de praktijk écht werken.

        ## Wat jij meebrengt

        - Kennis uit dagelijks gebruik: je weet waarom mensen in een halve seconde langs een advertentie scrollen en welke kanalen jouw generatie echt leest.
        - Een frisse blik op de organisatie: je ziet dingen die onzichtbaar zijn geworden voor iemand die hier al twintig jaar werkt.
        - Eerlijke vragen. "Waarom doen we dit eigenlijk zo?" is een van de waardevolste vragen die je kunt stellen.

        Je hoeft geen expert of docent te zijn. "Dat weet ik niet, laten we het samen uitzoeken" is een prima antwoord.

        ## Wat je rol wel is, en wat niet

        Jij leidt de gesprekken. Jij stelt de agenda voor, houdt de tijd in de gaten en zorgt dat de senior dingen zelf probeert in plaats van er alleen over te horen. De senior komt met de vragen en met de leerdoelen die jullie in het contractgesprek hebben afgesproken; jij helpt om daar te komen.

        Je bent geen IT-helpdesk en geen persoonlijke assistent. Vraagt je senior "kun je het niet even voor me doen?", bijvoorbeeld een LinkedIn-post klaarzetten of een dashboard inrichten, dan is het vriendelijke antwoord: "Ik laat het één keer zien, daarna doe jij het en kijk ik mee." Het overnemen voelt vandaag behulpzaam, maar volgende week kan je senior het nog steeds niet zelf.

        Je wordt ook niet beoordeeld. Je senior is niet je leidinggevende en zit nooit in jouw hiërarchische lijn, dus je kunt vrijuit praten. Wat jullie bespreken, blijft tussen jullie twee (zie de module over vertrouwelijkheid).

        ## Leren in twee richtingen

        De meeste duo's merken dat de senior leert over digitale vaardigheden en de mentor over leiderschap, strategie en hoe besluiten echt tot stand komen. Mooi meegenomen, en veel mentoren noemen dat achteraf het waardevolste deel. Houd toch de leerdoelen van je senior voorop: het programma bestaat om een concreet knelpunt op te lossen, en dat gebeurt in jullie gesprekken.

        ## Een realistische start

        De eerste gesprekken kunnen wat onwennig voelen. Een senior kan bang zijn om onhandig over te komen met een telefoon, en jij vindt het misschien spannend om een directeur iets te vertellen wat die nog niet weet. Dat is normaal, aan beide kanten. Dit helpt:

        - Begin met iets wat je senior al gebruikt, zoals het eigen LinkedIn-profiel, in plaats van met de meest geavanceerde tool.
        - Vraag naar de wereld van je senior: wat staat er deze maand op de agenda, en waar zouden digitale vaardigheden echt verschil maken?
        - Spreek aan het eind van elk gesprek kleine, concrete acties af en zet de volgende afspraak meteen in beide agenda's.

        Loopt iets niet lekker, dan sta je er niet alleen voor: je intervisiegroep met andere mentoren en de programmamanager helpen je verder.
        """,
    ),
    self_check=(
        CheckQuestion(
            question=_t(
                'Your senior says: "I\'m swamped this week. Can you just set up this LinkedIn post for me?" What fits your role best?',
                'Je senior zegt: "Ik zit deze week helemaal vol. Kun jij die LinkedIn-post niet even voor me klaarzetten?" Wat past het best bij jouw rol?',
            ),
            options=(
                _t(
                    "Do it quickly: it builds goodwill and saves the senior time.",
                    "Doe het snel: dat levert goodwill op en scheelt je senior tijd.",
                ),
                _t(
                    "Show it once, then let the senior do it while you watch.",
                    "Laat het één keer zien en laat je senior het daarna zelf doen terwijl jij meekijkt.",
                ),
                _t(
                    "Refuse, because tasks like this are not part of the program.",
                    "Weiger, want dit soort taken hoort niet bij het programma.",
                ),
                _t(
                    "Ask the program manager whether you are allowed to help.",
                    "Vraag de programmamanager of je mag helpen.",
                ),
            ),
            correct=1,
            explanation=_t(
                'You are a mentor, not an assistant: the senior only learns by doing it themselves. A friendly "I\'ll show you, then you try" keeps the goodwill and builds the skill. Refusing outright misses a good learning moment.',
                'Je bent mentor, geen assistent: je senior leert het alleen door het zelf te doen. Een vriendelijk "ik laat het zien, daarna probeer jij het" houdt de sfeer goed én bouwt de vaardigheid op. Botweg weigeren laat een mooi leermoment liggen.',
            ),
        ),
        CheckQuestion(
            question=_t(
                "Who proposes the agenda for your meetings?",
                "Wie stelt de agenda van jullie gesprekken voor?",
            ),
            options=(
                _t(
                    "The senior, because they have more experience with meetings.",
                    "De senior, want die heeft meer ervaring met vergaderen.",
                ),
                _t(
                    "You, based on the senior's questions and the learning goals from the contract conversation.",
                    "Jij, op basis van de vragen van je senior en de leerdoelen uit het contractgesprek.",
                ),
                _t(
                    "The program manager, for every meeting.",
                    "De programmamanager, voor elk gesprek.",
                ),
            ),
            correct=1,
            explanation=_t(
                "You lead the meeting, but the content comes from the senior's goals. That combination keeps the meeting useful for the senior without letting them slip back into chairing it.",
                "Jij leidt het gesprek, maar de inhoud komt uit de doelen van je senior. Zo blijft het gesprek nuttig voor je senior, zonder dat die weer vanzelf de voorzittersrol pakt.",
            ),
        ),
        CheckQuestion(
            question=_t(
                "Your senior asks you something about a tool you have never used. What is the best response?",
                "Je senior vraagt iets over een tool die jij nog nooit hebt gebruikt. Wat is de beste reactie?",
            ),
            options=(
                _t(
                    "Improvise an answer so the senior keeps confidence in you.",
                    "Improviseer een antwoord, zodat je senior vertrouwen in je houdt.",
                ),
                _t(
                    "Change the subject to something you know well.",
                    "Stap snel over op een onderwerp waar je veel van weet.",
                ),
                _t(
                    "Say you don't know and suggest exploring it together, now or next time.",
                    "Zeg dat je het niet weet en stel voor het samen uit te zoeken, nu of de volgende keer.",
                ),
            ),
            correct=2,
            explanation=_t(
                "You were chosen for your perspective, not for knowing everything. Being honest builds trust, and finding something out together is itself a good way for the senior to learn.",
                "Je bent gekozen om je kijk op de wereld, niet omdat je alles weet. Eerlijk zijn bouwt vertrouwen op, en samen iets uitzoeken is voor je senior zelf al een goede manier van leren.",
            ),
        ),
    ),
)


STEP_PLAN = ModuleContent(
    key="step_plan",
    title=_t(
        "Leading a conversation with the step plan",
        "Een gesprek leiden met het stappenplan",
    ),
    minutes=20,
    required_before_first_meeting=True,
    body=_t(
        """
        A good reverse mentoring meeting does not happen by itself. Seniors are used to chairing meetings, and without a clear structure the conversation drifts back to what they already know. The step plan gives you something to hold on to. Walk through it with your senior in the contract conversation, so it becomes "our way of working" rather than something you suddenly impose.

        ## The seven steps

        The times below fit a one-hour meeting. With 30 or 45 minutes, shorten the demo and the reflection, never the try-out.

        - Check-in and last actions (5 min): how are you both doing, and what happened with last time's actions? "Did you manage to post that update?" Keep it light; "I didn't get to it" is information, not failure.
        - The senior's question (5 min): what does your senior want to learn today? Let them put it in their own words. If they hesitate, offer the topic you agreed last time.
        - Your input or demo (10 min): you show or explain. For example, you open the TikTok analytics screen of a brand account and show what "average watch time" tells you about whether a video works.
        - Hands-on try-out (15 min): the senior does it on their own phone or laptop. Your hands stay off the keyboard.
        - What it means for the senior's role (10 min): "What does this mean for your team, your customers, the campaign you approve next month?" This is where learning turns into change.
        - The senior's advice (5 to 10 min): now you may ask for advice on your own question or career. It is time-boxed and comes last on purpose.
        - Actions, next topic and date (5 min): each of you names one action, you pick the next topic and you put the next date in both calendars before you leave.

        ## Why the senior's advice comes last

        Seniors enjoy giving advice and are good at it. If it comes early, it easily fills the whole hour, and the senior is back in the familiar role of the one who knows. By placing it at the end with a clear time box ("we have ten minutes for my question, then we wrap up"), you get real value from their experience without losing your meeting.

        ## When the conversation drifts

        A classic: the senior who keeps answering his own question. You ask "What would you like to learn about Instagram?" and he says: "Well, I suppose we should post more, probably daily, and marketing should really..." Bring it back kindly: "Interesting, let's test that. Shall we look at what your competitors post and which posts actually get reactions?" Then move straight to the demo or the try-out.

        Another one: "I get it, we can skip the trying." Answer with a smile: "Humour me, two minutes. You do it, I'll keep quiet." Most seniors discover they did not quite get it yet, and that is exactly the point.

        Finally, never end without a date. Cancelled and unplanned meetings are the biggest threat to any mentoring program; once two sessions are skipped, momentum quickly disappears.
        """,
        """
        Een goed mentorgesprek gaat niet vanzelf. Seniors zijn gewend om vergaderingen voor te zitten, en zonder duidelijke structuur glijdt het gesprek terug naar wat zij al weten. Het stappenplan geeft je houvast. Loop het in het contractgesprek samen met je senior door, dan wordt het "onze manier van werken" en niet iets wat jij ineens oplegt.

        ## De zeven stappen

        De tijden hieronder gaan uit van een gesprek van een uur. Heb je 30 of 45 minuten, kort dan de demo en de vertaalslag in, maar nooit het zelf proberen.

        - Check-in en acties van vorige keer (5 min): hoe gaat het met jullie, en wat is er gebeurd met de afgesproken acties? "Is het gelukt om die update te posten?" Houd het luchtig; "ik ben er niet aan toegekomen" is informatie, geen falen.
        - De vraag van je senior (5 min): wat wil je senior vandaag leren? Laat je senior het in eigen woorden zeggen. Twijfelt je senior, stel dan het onderwerp voor dat jullie vorige keer hebben afgesproken.
        - Jouw inbreng of demo (10 min): jij laat iets zien of legt iets uit. Je opent bijvoorbeeld het TikTok-analyticsscherm van een merkaccount en laat zien wat de "gemiddelde kijktijd" zegt over of een video aanslaat.
        - Zelf proberen (15 min): je senior gaat zelf aan de slag, op de eigen telefoon of laptop. Jouw handen blijven van het toetsenbord.
        - Wat betekent dit voor de rol van je senior (10 min): "Wat betekent dit voor je team, je klanten, de campagne die je volgende maand goedkeurt?" Hier vertaalt je senior wat er geleerd is naar het eigen werk.
        - Het advies van je senior (5 tot 10 min): nu mag jij om advies vragen, over je eigen vraag of je loopbaan. Dit blok heeft bewust een vaste tijd en komt bewust als laatste.
        - Acties, volgend onderwerp en datum (5 min): jullie noemen allebei één actie, kiezen het volgende onderwerp en zetten de volgende afspraak in beide agenda's voordat je opstaat.

        ## Waarom het advies van je senior als laatste komt

        Seniors geven graag advies en zijn daar goed in. Komt het vroeg in het gesprek, dan vult het zo het hele uur en zit je senior weer in de vertrouwde rol van degene die het weet. Door het aan het eind te zetten, met een duidelijke grens ("we hebben tien minuten voor mijn vraag, dan ronden we af"), heb je echt iets aan die ervaring zonder dat je je gesprek kwijtraakt.

        ## Als het gesprek afdwaalt

        Een klassieker: de senior die steeds zijn eigen vraag beantwoordt. Jij vraagt "Wat wil je leren over Instagram?" en hij zegt: "Nou, we moeten gewoon meer posten, dagelijks waarschijnlijk, en marketing zou eigenlijk..." Haal het vriendelijk terug: "Interessant, laten we dat toetsen. Zullen we kijken wat je concurrenten posten en welke posts echt reacties krijgen?" Ga daarna meteen door naar de demo of het zelf proberen.

        Nog een: "Ik snap het, dat proberen kunnen we overslaan." Antwoord met een glimlach: "Doe me een plezier, twee minuutjes. Jij doet het, ik zeg niks." De meeste seniors ontdekken dan dat ze het toch nog niet helemaal snapten, en dat is precies de bedoeling.

        Tot slot: sluit nooit af zonder datum. Afgezegde en niet-ingeplande gesprekken zijn de grootste bedreiging voor elk mentorprogramma; zodra er twee keer iets uitvalt, is het momentum snel weg.
        """,
    ),
    self_check=(
        CheckQuestion(
            question=_t(
                "Why is the senior's advice time-boxed and placed at the end of the meeting?",
                "Waarom heeft het advies van je senior een vaste tijd en staat het aan het eind van het gesprek?",
            ),
            options=(
                _t(
                    "Because it is the least important part of the meeting.",
                    "Omdat het het minst belangrijke deel van het gesprek is.",
                ),
                _t(
                    "So that it cannot take over the meeting and pull the senior back into leading it.",
                    "Zodat het het gesprek niet kan overnemen en je senior niet terugvalt in de leidende rol.",
                ),
                _t(
                    "Because the program manager reads the advice afterwards.",
                    "Omdat de programmamanager het advies achteraf leest.",
                ),
                _t(
                    "Because seniors are usually tired of learning by then.",
                    "Omdat seniors aan het eind meestal geen zin meer hebben om te leren.",
                ),
            ),
            correct=1,
            explanation=_t(
                "The advice is valuable, but seniors naturally fall back into leading. Putting it last, with a fixed time, protects the learning part of the meeting.",
                "Het advies is waardevol, maar seniors vallen makkelijk terug in de leidende rol. Door het als laatste te doen, met een vaste tijd, bescherm je het leerdeel van het gesprek.",
            ),
        ),
        CheckQuestion(
            question=_t(
                'After your demo the senior says: "I understand, we can skip the try-out." What do you do?',
                'Na je demo zegt je senior: "Ik snap het, dat proberen kunnen we overslaan." Wat doe je?',
            ),
            options=(
                _t(
                    "Skip it, out of respect for the senior's time.",
                    "Overslaan, uit respect voor de tijd van je senior.",
                ),
                _t(
                    "Do the demo again, more slowly.",
                    "De demo nog een keer doen, maar langzamer.",
                ),
                _t(
                    "Kindly insist on a short try-out: doing it is where the learning sticks.",
                    "Vriendelijk vasthouden aan een korte oefening: pas door het zelf te doen blijft het hangen.",
                ),
                _t(
                    "Give it as homework and move on.",
                    "Het meegeven als huiswerk en doorgaan.",
                ),
            ),
            correct=2,
            explanation=_t(
                "Watching feels like understanding, but only trying shows what is still unclear. Two minutes of hands-on practice is worth more than a second demo.",
                "Kijken voelt als begrijpen, maar pas bij het zelf proberen merk je wat nog onduidelijk is. Twee minuten zelf doen is meer waard dan een tweede demo.",
            ),
        ),
        CheckQuestion(
            question=_t(
                "When is the best moment to plan your next meeting?",
                "Wanneer plan je het volgende gesprek het best in?",
            ),
            options=(
                _t(
                    "At the end of this meeting, before you leave.",
                    "Aan het eind van dit gesprek, voordat jullie opstaan.",
                ),
                _t(
                    "By e-mail later in the week, when you both know your schedules.",
                    "Later in de week per mail, als jullie allebei je agenda kennen.",
                ),
                _t(
                    "As soon as the senior has a new question.",
                    "Zodra je senior een nieuwe vraag heeft.",
                ),
            ),
            correct=0,
            explanation=_t(
                "Meetings that are not in the calendar tend not to happen, and lost momentum is the most common reason programs fail. Fix the date while you are still together.",
                "Gesprekken die niet in de agenda staan, gaan vaak niet door, en verloren momentum is de meest voorkomende reden dat programma's mislukken. Leg de datum vast nu jullie nog samen zijn.",
            ),
        ),
    ),
)


EXPLAINING = ModuleContent(
    key="explaining",
    title=_t(
        "Explaining without jargon: show, try, reflect",
        "Uitleggen zonder jargon: laten zien, proberen, terugblikken",
    ),
    minutes=15,
    required_before_first_meeting=False,
    body=_t(
        """
        Words you use every day, such as algorithm, engagement, feed, story, reel or "for you page", can be a wall for your senior. And seniors rarely say they do not understand: they nod. Good explaining is less about knowing a lot and more about making it easy to follow.

        ## Drop the jargon

        - Translate to their world. Engagement rate is "how many people actually respond, compared to how many saw it; like the difference between a full room and a room where people ask questions."
        - Introduce one new word at a time, and let the senior write it down in their own words.
        - Be precise. "Just swipe up" is not an instruction if your senior does not know where to start. Say where to tap and what will appear.
        - Never say "it's super easy". If your senior then struggles, they feel stupid. Say "this confuses a lot of people at first" instead.
        - Check understanding with an open question. "Is that clear?" always gets a yes. "How would you explain this to your team?" tells you whether it landed.

        ## Show, try, reflect

        This simple rhythm works for almost any topic.

        - Show: a short demo of a few minutes at most. Say what you do and why. For example, on a TikTok analytics screen: "This graph shows when people stopped watching. See the drop at second three? That's why the first seconds of a video matter so much."
        - Try: the senior does it, on their own device and preferably their own account. Keep your hands to yourself, even when it is slow. Give hints as questions: "Where do you usually find settings in other apps?" Struggling a little is part of learning.
        - Reflect: "What surprised you? What would you do differently? Where could you use this next week?" Reflection connects the skill to their work, which is what makes it stick.

        ## Prepare in ten minutes

        You do not need a slide deck. Before each meeting, answer three questions for yourself:

        - What is the one thing my senior should be able to do after this meeting?
        - Which example from their own work, department or customers can I use?
        - Will it work on their device? Think of logins, app updates, a test account and the company Wi-Fi.

        ## Common pitfalls

        Trying to cover too much is the most common one: one skill per meeting is plenty. Taking over the mouse or phone "just for a second" is the second; it feels helpful, but the senior learns nothing. And watch out for explaining the whole platform when your senior only asked how to reply to a comment. Answer the question first, then offer more if there is time and interest.

        Finally, be patient with repetition. Needing the same explanation twice is normal, not a sign that you failed as a mentor.
        """,
        """
        Woorden die jij elke dag gebruikt, zoals algoritme, engagement, feed, story, reel of "voor jou-pagina", kunnen voor je senior een muur zijn. En seniors zeggen zelden dat ze iets niet snappen: ze knikken. Goed uitleggen draait minder om veel weten en meer om het makkelijk te volgen maken.

        ## Laat het jargon los

        - Vertaal naar hun wereld. Engagement rate is "hoeveel mensen echt reageren, vergeleken met hoeveel het zagen; zoals het verschil tussen een volle zaal en een zaal waarin mensen vragen stellen."
        - Introduceer één nieuw woord tegelijk en laat je senior het in eigen woorden opschrijven.
        - Wees precies. "Gewoon even omhoog swipen" is geen instructie als je senior niet weet waar te beginnen. Zeg waar je tikt en wat er dan verschijnt.
        - Zeg nooit "dit is supermakkelijk". Lukt het je senior dan niet, dan voelt dat dom. Zeg liever: "hier lopen veel mensen in het begin op vast."
        - Check of het is aangekomen met een open vraag. Op "Is het duidelijk?" krijg je altijd ja. "Hoe zou je dit aan je team uitleggen?" vertelt je of het echt is geland.

        ## Laten zien, proberen, terugblikken

        Dit eenvoudige ritme werkt voor bijna elk onderwerp.

        - Laten zien: een korte demo van hooguit een paar minuten. Vertel wat je doet en waarom. Bijvoorbeeld bij een TikTok-analyticsscherm: "Deze grafiek laat zien wanneer mensen afhaakten. Zie je die dip bij seconde drie? Daarom zijn de eerste seconden van een video zo belangrijk."
        - Proberen: je senior doet het zelf, op het eigen apparaat en liefst met het eigen account. Houd je handen thuis, ook als het traag gaat. Geef hints in de vorm van een vraag: "Waar vind je in andere apps meestal de instellingen?" Een beetje worstelen hoort bij leren.
        - Terugblikken: "Wat verraste je? Wat zou je anders doen? Waar kun je dit volgende week gebruiken?" Door terug te blikken koppelt je senior de vaardigheid aan het eigen werk, en daardoor blijft het hangen.

        ## Voorbereiden in tien minuten

        Je hebt geen presentatie nodig. Beantwoord voor elk gesprek drie vragen voor jezelf:

        - Wat is het ene ding dat mijn senior na dit gesprek zelf moet kunnen?
        - Welk voorbeeld uit het eigen werk, de eigen afdeling of de eigen klanten kan ik gebruiken?
        - Werkt het op het apparaat van mijn senior? Denk aan inloggegevens, app-updates, een testaccount en de wifi op kantoor.

        ## Veelvoorkomende valkuilen

        Te veel willen behandelen is de bekendste: één vaardigheid per gesprek is ruim genoeg. De tweede is "heel even" de muis of telefoon overnemen; dat voelt behulpzaam, maar je senior leert er niets van. En pas op dat je niet het hele platform uitlegt terwijl je senior alleen wilde weten hoe je op een reactie antwoordt. Beantwoord eerst de vraag en bied daarna meer aan als er tijd en interesse is.

        Heb tot slot geduld met herhaling. Dat iemand dezelfde uitleg twee keer nodig heeft, is normaal en geen teken dat je als mentor tekortschiet.
        """,
    ),
    self_check=(
        CheckQuestion(
            question=_t(
                'You have explained "engagement rate" and your senior nods. What is the best way to check whether it landed?',
                'Je hebt "engagement rate" uitgelegd en je senior knikt. Hoe check je het best of het is aangekomen?',
            ),
            options=(
                _t(
                    'Ask: "Is that clear?"',
                    'Vragen: "Is het duidelijk?"',
                ),
                _t(
                    "Ask the senior to explain it in their own words, using a post from their own team.",
                    "Je senior vragen het in eigen woorden uit te leggen, aan de hand van een post van het eigen team.",
                ),
                _t(
                    "Repeat the explanation once more, more slowly.",
                    "De uitleg nog een keer herhalen, maar langzamer.",
                ),
                _t(
                    "Send an article about it after the meeting.",
                    "Na het gesprek een artikel erover sturen.",
                ),
            ),
            correct=1,
            explanation=_t(
                'A nod or a "yes" says little. When the senior explains or applies it in their own words, you both see whether it is understood.',
                'Een knik of een "ja" zegt weinig. Als je senior het in eigen woorden uitlegt of toepast, zien jullie allebei of het echt begrepen is.',
            ),
        ),
        CheckQuestion(
            question=_t(
                "During the try-out your senior has been searching for a setting for a while. What do you do?",
                "Tijdens het proberen zoekt je senior al een tijdje naar een instelling. Wat doe je?",
            ),
            options=(
                _t(
                    "Take the phone and do it quickly, so you don't lose time.",
                    "De telefoon overnemen en het even snel doen, zodat jullie geen tijd verliezen.",
                ),
                _t(
                    "Say it's really easy, to encourage them.",
                    "Zeggen dat het echt heel makkelijk is, om je senior aan te moedigen.",
                ),
                _t(
                    "Give a hint as a question, such as where settings usually are in other apps.",
                    "Een hint geven in de vorm van een vraag, bijvoorbeeld waar instellingen in andere apps meestal zitten.",
                ),
            ),
            correct=2,
            explanation=_t(
                'A hint as a question keeps the senior in control and helps them find the pattern themselves. Taking over teaches nothing, and "it\'s easy" makes struggling feel like failing.',
                'Een hint als vraag houdt je senior aan het stuur en helpt het patroon zelf te ontdekken. Overnemen leert niets, en "het is makkelijk" laat worstelen voelen als falen.',
            ),
        ),
        CheckQuestion(
            question=_t(
                'What is the main purpose of the "reflect" step?',
                'Wat is het belangrijkste doel van de stap "terugblikken"?',
            ),
            options=(
                _t(
                    "To find out whether you did a good job as a mentor.",
                    "Nagaan of jij het als mentor goed hebt gedaan.",
                ),
                _t(
                    "To connect what the senior just did to their own work, so it sticks.",
                    "Wat je senior net deed koppelen aan het eigen werk, zodat het blijft hangen.",
                ),
                _t(
                    "To fill any time that is left at the end.",
                    "De tijd vullen die aan het eind nog over is.",
                ),
                _t(
                    "To collect feedback on the program for the program manager.",
                    "Feedback over het programma verzamelen voor de programmamanager.",
                ),
            ),
            correct=1,
            explanation=_t(
                "Reflection turns a trick into a skill: by naming what surprised them and where they will use it, the senior links the new knowledge to their daily work.",
                "Terugblikken maakt van een trucje een vaardigheid: door te benoemen wat verraste en waar je senior het gaat gebruiken, wordt de nieuwe kennis gekoppeld aan het dagelijkse werk.",
            ),
        ),
    ),
)


FEEDBACK_UPWARD = ModuleContent(
    key="feedback_upward",
    title=_t(
        "Giving feedback upward with confidence",
        "Met zelfvertrouwen feedback geven aan een senior",
    ),
    minutes=20,
    required_before_first_meeting=False,
    body=_t(
        """
        Feeling a bit intimidated by a senior manager is completely normal. They have a big title, years of experience and a way of speaking that fills a room. But remember why you are here: your senior signed up to learn from you, and together you agreed in the contract conversation how you would work. Those agreements are your anchor.

        ## When the senior takes the lead

        Seniors are used to being in charge, so they often slip back into it without noticing. Signs: they set the topic, talk about strategy for fifteen minutes, start coaching you, check their e-mail during the try-out or keep moving the meeting. It is rarely bad intent; it is habit. Polite ways to keep the lead:

        - Point to the structure: "Let me bring us back to the plan. We have twenty minutes left and I'd like you to try it yourself."
        - Use your agreements: "In our first meeting we agreed that I would lead our sessions. Shall we stick to that?"
        - Park it: "Good point. Let's keep that for the advice slot at the end."
        - Ask permission: "Can I give you an honest observation?" Almost every senior says yes, and then they are ready to listen.

        ## Observation, effect, question

        Feedback lands best when it is concrete and about behaviour, not personality. Use three steps: what you saw, what effect it has, and an open question.

        - Example on social media: "In your post, the first three lines are about the annual results. Most people my age scroll on after one line if it isn't about them. What would happen if you started with the customer story?"
        - Example after shadowing a management-team meeting: "I noticed you spoke for most of the first twenty minutes, and the youngest person at the table said nothing. How do you see that?"

        Present it as your perspective: "from where I sit" or "what I see in my generation". That is exactly the view your senior cannot get from their usual advisers.

        ## When it gets difficult

        If your senior reacts defensively, do not take it all back. Acknowledge it and stay calm: "I understand that's not nice to hear. I'm mentioning it because I think your team would respond to it." Then give them time; many seniors come back to it next meeting.

        If meetings keep being cancelled, raise it directly: "We've moved our last two sessions. Is the timing still right for you, or shall we change the frequency?" Give an honest score in your check-in as well, so the program manager can help without needing to know what you discussed.

        You do not have to find the right words alone. Practise a difficult sentence in your peer circle, and know that your senior can get support from an HR manager in their own 1:1 talks.
        """,
        """
        Het is heel normaal dat je een senior manager een beetje intimiderend vindt. Een grote titel, jaren ervaring en een manier van praten die een hele zaal vult. Maar bedenk waarom je er zit: je senior heeft zich aangemeld om van jóu te leren, en in het contractgesprek hebben jullie samen afgesproken hoe jullie werken. Die afspraken zijn je anker.

        ## Als je senior de leiding pakt

        Seniors zijn gewend de leiding te hebben en vallen daar vaak ongemerkt in terug. Signalen: ze bepalen het onderwerp, praten een kwartier over strategie, gaan jóu coachen, checken hun mail tijdens het oefenen of verzetten het gesprek steeds. Meestal is dat geen onwil maar gewoonte. Zo houd je beleefd de regie:

        - Wijs op de structuur: "Ik haal ons even terug naar het plan. We hebben nog twintig minuten en ik wil graag dat je het zelf probeert."
        - Gebruik je afspraken: "In ons eerste gesprek spraken we af dat ik onze sessies leid. Zullen we ons daaraan houden?"
        - Parkeer het: "Goed punt. Laten we dat bewaren voor het adviesblok aan het eind."
        - Vraag toestemming: "Mag ik je een eerlijke observatie geven?" Bijna elke senior zegt ja, en dan staat je senior ook open om te luisteren.

        ## Observatie, effect, vraag

        Feedback komt het best aan als die concreet is en over gedrag gaat, niet over iemands persoonlijkheid. Gebruik drie stappen: wat je zag, welk effect het heeft en een open vraag.

        - Voorbeeld over social media: "In je post gaan de eerste drie regels over de jaarcijfers. De meeste mensen van mijn leeftijd scrollen na één regel door als het niet over hen gaat. Wat gebeurt er als je begint met het verhaal van de klant?"
        - Voorbeeld na het meelopen met een MT-vergadering: "Het viel me op dat jij de eerste twintig minuten het meest aan het woord was, en dat de jongste aan tafel niets zei. Hoe kijk jij daartegenaan?"

        Breng het als jouw blik: "vanaf mijn plek gezien" of "wat ik in mijn generatie zie". Dat is precies het perspectief dat je senior van de gebruikelijke adviseurs niet krijgt.

        ## Als het lastig wordt

        Reageert je senior defensief, trek dan niet meteen alles terug. Erken het en blijf rustig: "Ik snap dat dit niet leuk is om te horen. Ik zeg het omdat ik denk dat je team erop zou reageren." Geef het daarna even tijd; veel seniors komen er het volgende gesprek zelf op terug.

        Worden gesprekken steeds afgezegd, benoem het dan gewoon: "We hebben de laatste twee sessies verzet. Past dit moment nog wel, of zullen we de frequentie aanpassen?" Geef ook in je check-in een eerlijke score, zodat de programmamanager kan helpen zonder te hoeven weten wat jullie bespreken.

        Je hoeft de juiste woorden niet alleen te vinden. Oefen een lastige zin in je intervisiegroep, en weet dat je senior zelf ondersteuning kan krijgen van een HR-manager in eigen één-op-ééngesprekken.
        """,
    ),
    self_check=(
        CheckQuestion(
            question=_t(
                "During the demo slot your senior spends fifteen minutes telling you how you should plan your career. What is the best move?",
                "Tijdens het demoblok vertelt je senior al een kwartier hoe jij je loopbaan moet aanpakken. Wat doe je het best?",
            ),
            options=(
                _t(
                    "Let it run: advice from a senior is valuable, and interrupting is rude.",
                    "Laten lopen: advies van een senior is waardevol, en onderbreken is onbeleefd.",
                ),
                _t(
                    "Thank them, park it for the advice slot at the end and return to the demo.",
                    "Bedanken, het parkeren voor het adviesblok aan het eind en teruggaan naar de demo.",
                ),
                _t(
                    "End the meeting early and report it to the program manager.",
                    "Het gesprek eerder afsluiten en het melden bij de programmamanager.",
                ),
            ),
            correct=1,
            explanation=_t(
                "Parking keeps the advice and your lead. It is polite, it points to the structure you agreed on, and the learning part of the meeting still happens.",
                "Door te parkeren houd je het advies én de regie. Het is beleefd, het verwijst naar de structuur die jullie hebben afgesproken, en het leerdeel van het gesprek gaat gewoon door.",
            ),
        ),
        CheckQuestion(
            question=_t(
                "Which piece of feedback is most likely to help your senior?",
                "Welke feedback helpt je senior waarschijnlijk het meest?",
            ),
            options=(
                _t(
                    '"Your posts are a bit boring, to be honest."',
                    '"Je posts zijn eerlijk gezegd een beetje saai."',
                ),
                _t(
                    '"Maybe you could perhaps try something different some time?"',
                    '"Misschien zou je eventueel een keer iets anders kunnen proberen?"',
                ),
                _t(
                    '"Your last post opens with annual figures; people my age scroll on after one line. What if you opened with the customer story?"',
                    '"Je laatste post begint met jaarcijfers; mensen van mijn leeftijd scrollen na één regel door. Wat als je opent met het verhaal van de klant?"',
                ),
                _t(
                    '"Everyone on my team thinks your LinkedIn is outdated."',
                    '"Iedereen in mijn team vindt je LinkedIn achterhaald."',
                ),
            ),
            correct=2,
            explanation=_t(
                'Good feedback names a concrete observation, its effect and an open question. The others are vague, judge the person, or hide behind what "everyone" thinks.',
                'Goede feedback benoemt een concrete observatie, het effect ervan en een open vraag. De andere opties zijn vaag, oordelen over de persoon of verschuilen zich achter wat "iedereen" vindt.',
            ),
        ),
        CheckQuestion(
            question=_t(
                "Why does it help to refer to the agreements from your contract conversation?",
                "Waarom helpt het om te verwijzen naar de afspraken uit jullie contractgesprek?",
            ),
            options=(
                _t(
                    "They are a formal contract you can enforce if the senior breaks them.",
                    "Het is een formeel contract dat je kunt afdwingen als je senior zich er niet aan houdt.",
                ),
                _t(
                    "They give you a shared, neutral reference point, so you are not correcting the senior personally.",
                    "Ze geven jullie een gedeeld, neutraal vertrekpunt, zodat je je senior niet persoonlijk hoeft te corrigeren.",
                ),
                _t(
                    "The program manager checks whether pairs stick to them.",
                    "De programmamanager controleert of duo's zich eraan houden.",
                ),
            ),
            correct=1,
            explanation=_t(
                "Pointing to what you both agreed turns a correction into a reminder of a shared plan. That is much easier to say, and much easier for a senior to hear.",
                "Als je verwijst naar wat jullie samen hebben afgesproken, wordt een correctie een herinnering aan een gezamenlijk plan. Dat is veel makkelijker om te zeggen, en voor een senior veel makkelijker om te horen.",
            ),
        ),
    ),
)


CONFIDENTIALITY = ModuleContent(
    key="confidentiality",
    title=_t(
        "Confidentiality: what stays between you",
        "Vertrouwelijkheid: wat tussen jullie blijft",
    ),
    minutes=15,
    required_before_first_meeting=True,
    body=_t(
        """
        Reverse mentoring only works if both of you can be open. Your senior has to admit not knowing something, and you may share honest views about the organisation. That takes trust, and trust starts with knowing what stays between you.

        ## What stays in the pair

        - Everything said in your meetings, including what your senior tells you about strategy, colleagues, plans or doubts.
        - What you see when shadowing. A management-team meeting you attended is not a story for the coffee machine; even "guess what I heard in the MT today" is a breach.
        - Your senior's learning. No screenshots of clumsy first attempts and no funny stories to friends or online, however kindly meant.

        You may share your own learning in your peer circle, in general terms and without names or recognisable details. "My senior tends to take over the conversation" is fine. "The finance director told me the reorganisation will..." is not.

        ## Notes in revmentor

        - Private notes are visible to you only. Use them to prepare and to reflect.
        - Shared notes are visible to you and your senior only. Use them for actions, topics and useful links, and write them knowing your senior reads them.
        - The program manager sees metadata only: whether and when a meeting was held, check-in scores, and totals for groups of at least five people. Never the content, unless you or your senior explicitly choose to share something.

        This lets the program manager notice that a pair has not met for two months, or that scores are dropping, and offer help without reading along.

        ## When confidentiality may be broken

        Confidentiality is strong, but not absolute. There are two rare exceptions: someone's safety is at risk (threats, harassment, signs that someone may harm themselves), or there is a serious integrity issue (fraud, abuse of power, something illegal). In those cases go to the confidential adviser, who listens in confidence and helps you decide the next step. Where it is safe, tell your senior that you are doing so.

        Not a reason to break confidentiality: disagreeing with a strategy, being irritated by your senior's opinions, or a rumour about a reorganisation. If you are in doubt, you can first ask the confidential adviser for advice without naming anyone.

        ## Make it explicit

        Discuss confidentiality in your contract conversation, so neither of you has to guess. Agree, for example, what you may tell colleagues ("we are working on LinkedIn" is usually fine), how you handle sensitive topics, and where you meet: a busy café is not the place to discuss a team the whole building knows.
        """,
        """
        Reverse mentoring werkt alleen als jullie allebei open kunnen zijn. Je senior moet durven toegeven iets niet te weten, en jij deelt misschien je eerlijke kijk op de organisatie. Dat vraagt vertrouwen, en vertrouwen begint met weten wat er tussen jullie blijft.

        ## Wat tussen jullie blijft

        - Alles wat in jullie gesprekken wordt gezegd, ook wat je senior vertelt over strategie, collega's, plannen of twijfels.
        - Wat je ziet als je meeloopt. Een MT-vergadering waar je bij was, is geen verhaal voor bij de koffieautomaat; zelfs "raad eens wat ik vandaag in het MT hoorde" is al een schending.
        - Het leerproces van je senior. Geen screenshots van onhandige eerste pogingen en geen grappige verhalen aan vrienden of online, hoe goed bedoeld ook.

        Je eigen leerervaringen mag je delen in je intervisiegroep, in algemene termen en zonder namen of herkenbare details. "Mijn senior neemt het gesprek vaak over" kan prima. "De financieel directeur vertelde me dat de reorganisatie..." kan niet.

        ## Notities in revmentor

        - Privénotities zie alleen jij. Gebruik ze om je voor te bereiden en om te reflecteren.
        - Gedeelde notities zien alleen jij en je senior. Gebruik ze voor acties, onderwerpen en handige links, en schrijf ze in het besef dat je senior meeleest.
        - De programmamanager ziet alleen metagegevens: of en wanneer een gesprek heeft plaatsgevonden, scores van check-ins en totalen over groepen van minstens vijf mensen. Nooit de inhoud, tenzij jij of je senior er zelf bewust voor kiest iets te delen.

        Zo kan de programmamanager zien dat een duo al twee maanden niet heeft afgesproken of dat de scores dalen, en hulp aanbieden zonder mee te lezen.

        ## Wanneer je de vertrouwelijkheid mag doorbreken

        Vertrouwelijkheid is sterk, maar niet absoluut. Er zijn twee zeldzame uitzonderingen: iemands veiligheid is in gevaar (bedreiging, intimidatie, signalen dat iemand zichzelf iets aandoet), of er speelt een ernstige integriteitskwestie (fraude, machtsmisbruik, iets illegaals). Ga in die gevallen naar de vertrouwenspersoon, die vertrouwelijk met je meedenkt over de volgende stap. Vertel het je senior als dat veilig kan.

        Geen reden om de vertrouwelijkheid te doorbreken: het oneens zijn met een strategie, je ergeren aan de meningen van je senior of een gerucht over een reorganisatie. Twijfel je, dan kun je de vertrouwenspersoon eerst om raad vragen zonder namen te noemen.

        ## Maak het bespreekbaar

        Bespreek vertrouwelijkheid in jullie contractgesprek, zodat niemand hoeft te raden. Spreek bijvoorbeeld af wat je aan collega's mag vertellen ("we werken aan LinkedIn" is meestal prima), hoe jullie omgaan met gevoelige onderwerpen en waar jullie afspreken: een druk café is niet de plek om een team te bespreken dat het hele gebouw kent.
        """,
    ),
    self_check=(
        CheckQuestion(
            question=_t(
                "The program manager asks what you discussed last time, because your senior's department is under pressure. What do you do?",
                "De programmamanager vraagt wat jullie vorige keer hebben besproken, omdat de afdeling van je senior onder druk staat. Wat doe je?",
            ),
            options=(
                _t(
                    "Give a short summary: the program manager runs the program, so that is fine.",
                    "Een korte samenvatting geven: de programmamanager leidt het programma, dus dat mag.",
                ),
                _t(
                    "Explain kindly that the content stays in the pair, and suggest asking your senior directly.",
                    "Vriendelijk uitleggen dat de inhoud tussen jullie blijft en voorstellen het je senior zelf te vragen.",
                ),
                _t(
                    "Forward your private notes, so nothing gets lost in translation.",
                    "Je privénotities doorsturen, zodat er niets verkeerd overkomt.",
                ),
                _t(
                    "Say nothing and cancel your next meeting to be safe.",
                    "Niets zeggen en voor de zekerheid het volgende gesprek afzeggen.",
                ),
            ),
            correct=1,
            explanation=_t(
                "The program manager sees metadata, not content. Only you or your senior can choose to share something, and your senior is the right person to ask about their own department.",
                "De programmamanager ziet metagegevens, geen inhoud. Alleen jij of je senior kan ervoor kiezen iets te delen, en je senior is de aangewezen persoon om iets over de eigen afdeling te vragen.",
            ),
        ),
        CheckQuestion(
            question=_t(
                "In your peer circle you want to talk about your senior always taking over the conversation. How do you do that?",
                "In je intervisiegroep wil je bespreken dat je senior het gesprek steeds overneemt. Hoe pak je dat aan?",
            ),
            options=(
                _t(
                    "Describe the pattern without names or recognisable details.",
                    "Het patroon beschrijven zonder namen of herkenbare details.",
                ),
                _t(
                    "Name your senior, so the others can give targeted advice.",
                    "Je senior bij naam noemen, zodat de anderen gericht advies kunnen geven.",
                ),
                _t(
                    "Don't bring it up at all: everything about your pair is confidential.",
                    "Er helemaal niet over beginnen: alles over jullie duo is vertrouwelijk.",
                ),
            ),
            correct=0,
            explanation=_t(
                "Peer circles exist to share experiences, and your own learning is yours to share. Keep it general so nobody can tell who your senior is or what they told you.",
                "De intervisiegroep is er juist om ervaringen te delen, en je eigen leerervaring mag je delen. Houd het algemeen, zodat niemand kan herleiden wie je senior is of wat die je vertelde.",
            ),
        ),
        CheckQuestion(
            question=_t(
                "When may you break the confidentiality of your meetings?",
                "Wanneer mag je de vertrouwelijkheid van jullie gesprekken doorbreken?",
            ),
            options=(
                _t(
                    "When you strongly disagree with a plan your senior shared.",
                    "Als je het sterk oneens bent met een plan dat je senior vertelde.",
                ),
                _t(
                    "When the program manager asks for it.",
                    "Als de programmamanager erom vraagt.",
                ),
                _t(
                    "When someone's safety is at risk or there is a serious integrity issue, via the confidential adviser.",
                    "Als iemands veiligheid in gevaar is of er een ernstige integriteitskwestie speelt, via de vertrouwenspersoon.",
                ),
                _t(
                    "Never, under any circumstances.",
                    "Nooit, onder geen enkele omstandigheid.",
                ),
            ),
            correct=2,
            explanation=_t(
                "Confidentiality is strong but not absolute. Safety and serious integrity issues go to the confidential adviser, who helps you take the next step with care. Disagreement or curiosity are never a reason.",
                "Vertrouwelijkheid is sterk, maar niet absoluut. Bij veiligheid en ernstige integriteitskwesties ga je naar de vertrouwenspersoon, die je helpt zorgvuldig de volgende stap te zetten. Onenigheid of nieuwsgierigheid zijn nooit een reden.",
            ),
        ),
    ),
)


DEFAULT_MODULES: tuple[ModuleContent, ...] = (
    ROLE,
    STEP_PLAN,
    EXPLAINING,
    FEEDBACK_UPWARD,
    CONFIDENTIALITY,
)
