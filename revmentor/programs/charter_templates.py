"""Ready-made program charters, one per goal type, in English and Dutch.

A template fills in every question a charter must answer before recruitment opens: why the program
exists, confidentiality, who may take part, how pairs are matched, the time budget and rhythm, the
meeting formats, what is expected of mentor and mentee, the topics and measurable objectives. They
are starting points: the program manager adapts them to the organisation.

The texts are our own content, not interface strings, so they live here in both languages rather
than in the gettext catalogues. This module imports nothing from Django so that it can be read and
tested on its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

GOAL_TYPES: tuple[str, ...] = (
    "digital_fluency",
    "young_customers",
    "retention",
    "diversity_inclusion",
    "junior_leadership",
    "change_communication",
    "behavioural_feedback",
)
FORMATS: tuple[str, ...] = ("conversation", "shadowing", "remote")
POPULATIONS: tuple[str, ...] = ("internal", "external", "both")
MATCHING_METHODS: tuple[str, ...] = ("algorithmic", "shortlist", "manual")
GRADE_MIN = 1
GRADE_MAX = 10

_SLUG = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$")


@dataclass(frozen=True)
class Text:
    """A text written by us in both languages."""

    en: str
    nl: str

    def in_language(self, code: str) -> str:
        """Return the Dutch text for "nl" (also "nl-be", "nl_NL"), the English text otherwise."""
        primary = code.replace("_", "-").split("-", 1)[0].lower()
        return self.nl if primary == "nl" else self.en


@dataclass(frozen=True)
class TemplateTopic:
    key: str
    name: Text
    description: Text


@dataclass(frozen=True)
class TemplateObjective:
    description: Text
    target: Text
    measurement: Text


@dataclass(frozen=True)
class CharterTemplate:
    key: str
    goal_type: str
    external_mentors: bool
    name: Text
    summary: Text
    purpose: Text
    confidentiality_rules: Text
    mentor_population: str
    mentee_population: str
    mentor_grade_max: int | None
    mentee_grade_min: int | None
    matching_method: str
    hours_per_month: int
    meeting_every_weeks: int
    meeting_minutes: int
    duration_months: int
    formats: tuple[str, ...]
    mentor_responsibilities: Text
    mentor_expected_behaviour: Text
    mentor_unwanted_behaviour: Text
    mentee_responsibilities: Text
    mentee_expected_behaviour: Text
    mentee_unwanted_behaviour: Text
    topics: tuple[TemplateTopic, ...]
    objectives: tuple[TemplateObjective, ...]

    def __post_init__(self) -> None:
        # A broken template should fail at import, not when a program manager picks it.
        problems: list[str] = []
        if not _SLUG.match(self.key):
            problems.append("key is not a slug")
        if self.goal_type not in GOAL_TYPES:
            problems.append(f"unknown goal type {self.goal_type!r}")
        if self.mentor_population not in POPULATIONS:
            problems.append(f"unknown mentor population {self.mentor_population!r}")
        if self.mentee_population not in POPULATIONS:
            problems.append(f"unknown mentee population {self.mentee_population!r}")
        if self.external_mentors != (self.mentor_population != "internal"):
            problems.append("external_mentors does not agree with mentor_population")
        if self.matching_method not in MATCHING_METHODS:
            problems.append(f"unknown matching method {self.matching_method!r}")
        if not self.formats or not set(self.formats) <= set(FORMATS):
            problems.append(f"formats must be a non-empty subset of {FORMATS}")
        for grade in (self.mentor_grade_max, self.mentee_grade_min):
            if grade is not None and not GRADE_MIN <= grade <= GRADE_MAX:
                problems.append(f"grade {grade} is outside {GRADE_MIN}..{GRADE_MAX}")
        for number in (
            self.hours_per_month,
            self.meeting_every_weeks,
            self.meeting_minutes,
            self.duration_months,
        ):
            if number <= 0:
                problems.append("time budget, rhythm and duration must be positive")
        if not 5 <= len(self.topics) <= 8:
            problems.append("a template has 5 to 8 topics")
        if len({topic.key for topic in self.topics}) != len(self.topics):
            problems.append("topic keys repeat")
        if not 2 <= len(self.objectives) <= 4:
            problems.append("a template has 2 to 4 objectives")
        if problems:
            raise ValueError(f"charter template {self.key!r}: " + "; ".join(problems))


def _lines(*parts: Text) -> Text:
    """Join blocks of "- ..." lines into one text, language by language."""
    return Text(en="\n".join(p.en for p in parts), nl="\n".join(p.nl for p in parts))


# --- Building blocks shared by every template ------------------------------------------------

_CONFIDENTIALITY_CORE = Text(
    en=(
        "- What is said in the pair stays in the pair: neither mentor nor mentee passes on what"
        " was discussed, opinions or personal information without the other's explicit consent.\n"
        "- Private notes in revmentor are visible to their author only; shared notes are visible"
        " to the pair only.\n"
        "- The program manager sees metadata only: that a meeting was planned or held and"
        " attendance at training sessions, and that a pair may need attention when check-ins"
        " from at least two different meetings or months show the same pattern. Never a"
        " check-in answer or who gave it, never the content of conversations or notes, unless"
        " a participant chooses to share it.\n"
        "- Reports to the sponsor contain aggregated figures only, and never about groups of fewer"
        " than 5 people.\n"
        "- Nothing from the mentorship is used in performance reviews, assessments or decisions"
        " about promotion, pay or contract of either participant.\n"
        "- Confidentiality may be broken only when someone's safety is at risk or a serious"
        " integrity issue comes up (such as fraud, harassment or a breach of the law). Where"
        " possible, tell the other person first; then go to the program manager or the"
        " confidential adviser through the regular reporting procedure.\n"
        "- These rules continue to apply after the program has ended."
    ),
    nl=(
        "- Wat in het duo besproken wordt, blijft in het duo: mentor en mentee geven geen inhoud,"
        " meningen of persoonlijke informatie door zonder uitdrukkelijke toestemming van de ander.\n"
        "- Privénotities in revmentor zijn alleen zichtbaar voor wie ze schrijft; gedeelde"
        " notities alleen voor het duo.\n"
        "- De programmamanager ziet alleen metagegevens: dat een gesprek gepland of gehouden is"
        " en de deelname aan trainingen, en dat een duo misschien aandacht nodig heeft als"
        " check-ins van minstens twee verschillende gesprekken of maanden hetzelfde patroon"
        " laten zien. Nooit een antwoord op een check-in of wie het gaf, nooit de inhoud van"
        " gesprekken of notities, tenzij een deelnemer die zelf deelt.\n"
        "- Rapportages aan de sponsor bevatten alleen totaalcijfers, en nooit over groepen van"
        " minder dan 5 personen.\n"
        "- Niets uit het mentortraject wordt gebruikt in beoordelingsgesprekken, assessments of"
        " besluiten over promotie, beloning of contract van een van beiden.\n"
        "- De vertrouwelijkheid mag alleen worden doorbroken als iemands veiligheid in het geding"
        " is of als er een ernstige integriteitskwestie speelt (zoals fraude, intimidatie of een"
        " wetsovertreding). Vertel dat waar mogelijk eerst aan de ander en ga daarna via de gewone"
        " meldprocedure naar de programmamanager of de vertrouwenspersoon.\n"
        "- Deze afspraken blijven gelden als het programma is afgelopen."
    ),
)

_SHADOWING_CONFIDENTIALITY = Text(
    en=(
        "- Everything the mentor sees and hears as an observer in meetings falls under the same"
        " confidentiality as the meeting itself. The mentee tells the other attendees beforehand"
        " why the mentor is there, and the mentor discusses observations with the mentee only."
    ),
    nl=(
        "- Alles wat de mentor als toehoorder in overleggen ziet en hoort, valt onder dezelfde"
        " vertrouwelijkheid als het overleg zelf. De mentee vertelt de andere deelnemers vooraf"
        " waarom de mentor aanwezig is, en de mentor bespreekt observaties alleen met de mentee."
    ),
)

_MENTOR_RESPONSIBILITIES_CORE = Text(
    en=(
        "- Prepare each meeting and send a proposed agenda at least two working days in advance.\n"
        "- Lead the meeting with the step plan from the mentor training: check-in, topic, trying"
        " it out, agreements.\n"
        "- Fill in the short check-in in revmentor after every meeting.\n"
        "- Take part in the mentor training and in at least three peer circles with other"
        " mentors.\n"
        "- Tell the program manager when the mentorship stalls, for example after two cancelled"
        " meetings in a row."
    ),
    nl=(
        "- Bereid elk gesprek voor en stuur uiterlijk twee werkdagen vooraf een voorstel voor de"
        " agenda.\n"
        "- Leid het gesprek aan de hand van het stappenplan uit de mentortraining: check-in,"
        " onderwerp, zelf uitproberen, afspraken.\n"
        "- Vul na elk gesprek de korte check-in in revmentor in.\n"
        "- Volg de mentortraining en neem deel aan minstens drie intervisiebijeenkomsten met"
        " andere mentoren.\n"
        "- Laat het de programmamanager weten als het traject stokt, bijvoorbeeld na twee"
        " afgezegde gesprekken op rij."
    ),
)

_MENTOR_EXPECTED_CORE = Text(
    en=(
        "- Be open, honest and respectful, also when the message is uncomfortable.\n"
        "- Ask before you explain: find out what the mentee already knows.\n"
        "- Explain without jargon and check whether it has landed.\n"
        "- Keep the lead in the conversation, also when the mentee starts to take over."
    ),
    nl=(
        "- Wees open, eerlijk en respectvol, ook als de boodschap ongemakkelijk is.\n"
        "- Vraag voordat je uitlegt: ontdek eerst wat de mentee al weet.\n"
        "- Leg uit zonder jargon en check of het is overgekomen.\n"
        "- Houd de regie over het gesprek, ook als de mentee die naar zich toe trekt."
    ),
)

_MENTOR_UNWANTED_CORE = Text(
    en=(
        "- Passing on anything from the conversations without the mentee's consent.\n"
        "- Lecturing or showing off knowledge instead of helping the mentee learn.\n"
        "- Using the mentorship to lobby for your own career, team or project.\n"
        "- Cancelling meetings at the last minute or not rescheduling them."
    ),
    nl=(
        "- Iets uit de gesprekken doorvertellen zonder toestemming van de mentee.\n"
        "- Doceren of met kennis pronken in plaats van de mentee te helpen leren.\n"
        "- Het traject gebruiken om te lobbyen voor je eigen loopbaan, team of project.\n"
        "- Gesprekken op het laatste moment afzeggen of niet opnieuw inplannen."
    ),
)

_MENTEE_RESPONSIBILITIES_CORE = Text(
    en=(
        "- Formulate two or three concrete learning goals before the contract conversation and"
        " review them halfway.\n"
        "- Block all meetings in your calendar for the whole program and treat them as fixed"
        " appointments; if you really must cancel, reschedule within the same week.\n"
        "- Try out what you learn between meetings and report back on how it went.\n"
        "- Fill in the short check-in in revmentor after every meeting.\n"
        "- Use the one-to-one support talks with the HR manager who supports the program."
    ),
    nl=(
        "- Formuleer vóór het contractgesprek twee of drie concrete leerdoelen en kijk er"
        " halverwege opnieuw naar.\n"
        "- Zet alle gesprekken voor de hele looptijd in je agenda en behandel ze als vaste"
        " afspraken; moet je toch afzeggen, plan dan in dezelfde week een nieuwe afspraak.\n"
        "- Probeer tussen de gesprekken uit wat je leert en vertel de volgende keer hoe het"
        " ging.\n"
        "- Vul na elk gesprek de korte check-in in revmentor in.\n"
        "- Maak gebruik van de één-op-ééngesprekken met de HR-manager die het programma"
        " ondersteunt."
    ),
)

_MENTEE_EXPECTED_CORE = Text(
    en=(
        "- Be curious and willing to be led by someone younger or more junior than you.\n"
        "- Admit what you do not know yet; that is where learning starts.\n"
        "- Let the mentor lead the conversation and follow the agreed agenda.\n"
        "- Give your mentor honest feedback on what helps you and what does not."
    ),
    nl=(
        "- Wees nieuwsgierig en bereid je te laten leiden door iemand die jonger of minder senior"
        " is dan jij.\n"
        "- Geef toe wat je nog niet weet; daar begint het leren.\n"
        "- Laat de mentor het gesprek leiden en houd je aan de afgesproken agenda.\n"
        "- Geef je mentor eerlijke feedback over wat je helpt en wat niet."
    ),
)

_MENTEE_UNWANTED_CORE = Text(
    en=(
        "- Taking over the conversation or falling back into your usual role as a manager.\n"
        "- Cancelling or postponing meetings repeatedly: after a few cancelled sessions the"
        " momentum is gone."
    ),
    nl=(
        "- Het gesprek overnemen of terugvallen in je gewone rol als leidinggevende.\n"
        "- Gesprekken herhaaldelijk afzeggen of verzetten: na een paar afgezegde sessies is het"
        " momentum weg."
    ),
)

# Only for colleagues as mentors: an external student has no team or manager here.
_MENTEE_UNWANTED_INTERNAL = Text(
    en=(
        "- Sounding out the mentor about colleagues, their team or their manager.\n"
        "- Assessing the mentor's work, or discussing the mentor with their manager without their"
        " consent."
    ),
    nl=(
        "- De mentor uithoren over collega's, het eigen team of de eigen leidinggevende.\n"
        "- Het werk van de mentor beoordelen, of zonder toestemming met de leidinggevende van de"
        " mentor over de mentor praten."
    ),
)

_MEETINGS_HELD = TemplateObjective(
    description=Text(
        en="Pairs keep a steady rhythm of meetings.",
        nl="De duo's houden een vast ritme van gesprekken aan.",
    ),
    target=Text(
        en="At least 80% of the planned meetings take place.",
        nl="Minstens 80% van de geplande gesprekken vindt plaats.",
    ),
    measurement=Text(
        en=(
            "Meeting metadata in revmentor (held or cancelled), reviewed monthly by the program"
            " manager; no content is used."
        ),
        nl=(
            "Metagegevens van de gesprekken in revmentor (gehouden of afgezegd), maandelijks"
            " bekeken door de programmamanager; de inhoud wordt niet gebruikt."
        ),
    ),
)

_TOPIC_SOCIAL_MEDIA = TemplateTopic(
    key="social_media",
    name=Text(en="Social media", nl="Sociale media"),
    description=Text(
        en=(
            "How LinkedIn, Instagram and TikTok work, what a leader can post and what better not,"
            " and how to respond to reactions."
        ),
        nl=(
            "Hoe LinkedIn, Instagram en TikTok werken, wat je als leidinggevende kunt posten en"
            " wat beter niet, en hoe je op reacties ingaat."
        ),
    ),
)

_TOPIC_AI_TOOLS = TemplateTopic(
    key="ai_tools",
    name=Text(en="AI tools", nl="AI-tools"),
    description=Text(
        en=(
            "Using AI assistants in daily work: what they are good at, where they go wrong, and"
            " which data may and may not go into them."
        ),
        nl=(
            "AI-assistenten gebruiken in je dagelijkse werk: waar ze goed in zijn, waar ze de"
            " mist in gaan en welke gegevens je er wel en niet in mag stoppen."
        ),
    ),
)


# --- Digital fluency ----------------------------------------------------------------------------

_DIGITAL_TOPICS: tuple[TemplateTopic, ...] = (
    _TOPIC_SOCIAL_MEDIA,
    _TOPIC_AI_TOOLS,
    TemplateTopic(
        key="online_collaboration",
        name=Text(en="Online collaboration", nl="Online samenwerken"),
        description=Text(
            en=(
                "Chat channels, shared documents and working asynchronously: how teams already"
                " work, and how a leader joins in instead of sending another email."
            ),
            nl=(
                "Chatkanalen, gedeelde documenten en werken op je eigen tijd: hoe teams al"
                " werken, en hoe je als leidinggevende aanhaakt in plaats van nog een mail te"
                " sturen."
            ),
        ),
    ),
    TemplateTopic(
        key="mobile_apps",
        name=Text(en="Mobile and apps", nl="Mobiel en apps"),
        description=Text(
            en=(
                "The apps the mentor uses every day for news, banking, shopping and travel, and"
                " what that means for our own services."
            ),
            nl=(
                "De apps die de mentor dagelijks gebruikt voor nieuws, bankzaken, winkelen en"
                " reizen, en wat dat betekent voor onze eigen dienstverlening."
            ),
        ),
    ),
    TemplateTopic(
        key="cloud_data",
        name=Text(en="Cloud and data", nl="Cloud en data"),
        description=Text(
            en=(
                "What moving to the cloud means in practice, reading a dashboard, and asking good"
                " questions about data behind a proposal."
            ),
            nl=(
                "Wat de overstap naar de cloud in de praktijk betekent, een dashboard lezen en"
                " goede vragen stellen over de data achter een voorstel."
            ),
        ),
    ),
    TemplateTopic(
        key="online_security",
        name=Text(en="Security and privacy online", nl="Veiligheid en privacy online"),
        description=Text(
            en=(
                "Recognising phishing, using a password manager and two-step verification, and"
                " setting privacy options on your own accounts."
            ),
            nl=(
                "Phishing herkennen, een wachtwoordmanager en tweestapsverificatie gebruiken en"
                " de privacyinstellingen van je eigen accounts goed zetten."
            ),
        ),
    ),
    TemplateTopic(
        key="digital_customer_journey",
        name=Text(en="The digital customer journey", nl="De digitale klantreis"),
        description=Text(
            en=(
                "How customers find, compare and buy online, walked through live on our own"
                " website and app."
            ),
            nl=(
                "Hoe klanten online zoeken, vergelijken en kopen, live doorlopen op onze eigen"
                " website en app."
            ),
        ),
    ),
)

_DIGITAL_CONFIDENCE = TemplateObjective(
    description=Text(
        en="Mentees use digital tools with confidence in their own work.",
        nl="Mentees gebruiken digitale tools met vertrouwen in hun eigen werk.",
    ),
    target=Text(
        en=(
            "At least 75% of mentees rate their confidence on their chosen topics at least one"
            " point higher (on a 5-point scale) at the end than at the start."
        ),
        nl=(
            "Minstens 75% van de mentees beoordeelt aan het eind het eigen zelfvertrouwen op de"
            " gekozen onderwerpen minstens één punt hoger (op een 5-puntsschaal) dan bij de start."
        ),
    ),
    measurement=Text(
        en=(
            "Self-assessment per topic in the intake and in the end survey, reported as an"
            " aggregate."
        ),
        nl=(
            "Zelfbeoordeling per onderwerp bij de intake en in de eindevaluatie, gerapporteerd"
            " als totaalcijfer."
        ),
    ),
)

DIGITAL_FLUENCY = CharterTemplate(
    key="digital_fluency",
    goal_type="digital_fluency",
    external_mentors=False,
    name=Text(
        en="Digital fluency for leaders",
        nl="Digitale vaardigheid voor leidinggevenden",
    ),
    summary=Text(
        en=(
            "Junior colleagues help senior managers get hands-on with social media, AI tools and"
            " new ways of working."
        ),
        nl=(
            "Junior collega's helpen senior managers zelf aan de slag te gaan met sociale media,"
            " AI-tools en nieuwe manieren van werken."
        ),
    ),
    purpose=Text(
        en=(
            "Our senior managers make decisions every day about digital channels, tools and"
            " investments they rarely use themselves. That gap slows decisions down and makes it"
            " harder to lead teams that already work digitally. In this program, junior colleagues"
            " who use these tools every day mentor senior managers on the topics that matter for"
            " their role: social media, AI tools, online collaboration, mobile and data. The aim is"
            " not to turn managers into specialists, but to give them enough hands-on experience"
            " to ask the right questions, judge proposals and set an example. Reverse mentoring is"
            " the means; digital fluency at the top is the goal."
        ),
        nl=(
            "Onze senior managers nemen dagelijks beslissingen over digitale kanalen, tools en"
            " investeringen waar ze zelf nauwelijks mee werken. Dat gat vertraagt besluiten en"
            " maakt het lastiger om teams aan te sturen die allang digitaal werken. In dit"
            " programma worden senior managers gementord door jongere collega's die deze tools"
            " elke dag gebruiken, op de onderwerpen die voor hun functie ertoe doen: sociale"
            " media, AI-tools, online samenwerken, mobiel en data. Het doel is niet om van"
            " managers specialisten te maken, maar om ze genoeg praktijkervaring te geven om de"
            " juiste vragen te stellen, voorstellen op waarde te schatten en het goede voorbeeld"
            " te geven. Reverse mentoring is het middel; digitale vaardigheid aan de top is het"
            " doel."
        ),
    ),
    confidentiality_rules=_lines(
        _CONFIDENTIALITY_CORE,
        Text(
            en=(
                "- What the mentee does not know yet stays between the two of you; nobody needs"
                " to hear where the mentee started.\n"
                "- The mentor never logs in to the mentee's accounts and never asks for"
                " passwords; exercises use the mentee's own device with the mentee at the"
                " keyboard, or a test account."
            ),
            nl=(
                "- Wat de mentee nog niet weet, blijft tussen jullie tweeën; niemand hoeft te"
                " horen waar de mentee begon.\n"
                "- De mentor logt nooit in op accounts van de mentee en vraagt nooit om"
                " wachtwoorden; oefeningen doe je op het eigen apparaat van de mentee, met de"
                " mentee achter het toetsenbord, of met een testaccount."
            ),
        ),
    ),
    mentor_population="internal",
    mentee_population="internal",
    mentor_grade_max=5,
    mentee_grade_min=8,
    matching_method="algorithmic",
    hours_per_month=2,
    meeting_every_weeks=3,
    meeting_minutes=60,
    duration_months=6,
    formats=("conversation", "remote"),
    mentor_responsibilities=_lines(
        Text(
            en=(
                "- Prepare one hands-on exercise per meeting, so the mentee works with the tool"
                " instead of hearing about it.\n"
                "- Send the mentee one relevant article, video or example between meetings."
            ),
            nl=(
                "- Bereid per gesprek een praktijkoefening voor, zodat de mentee zelf met de tool"
                " werkt in plaats van erover te horen.\n"
                "- Stuur de mentee tussen de gesprekken door één relevant artikel, filmpje of"
                " voorbeeld."
            ),
        ),
        _MENTOR_RESPONSIBILITIES_CORE,
    ),
    mentor_expected_behaviour=_lines(
        _MENTOR_EXPECTED_CORE,
        Text(
            en="- Let the mentee do it: the mentee's hands on the keyboard, not yours.",
            nl="- Laat de mentee het zelf doen: de mentee achter het toetsenbord, niet jij.",
        ),
    ),
    mentor_unwanted_behaviour=_lines(
        _MENTOR_UNWANTED_CORE,
        Text(
            en=(
                "- Taking over tasks, such as managing the mentee's accounts or writing their"
                " posts.\n"
                "- Logging in to the mentee's accounts or asking for passwords."
            ),
            nl=(
                "- Taken overnemen, zoals de accounts van de mentee beheren of posts voor de"
                " mentee schrijven.\n"
                "- Inloggen op accounts van de mentee of om wachtwoorden vragen."
            ),
        ),
    ),
    mentee_responsibilities=_lines(
        Text(
            en="- Choose topics you will actually need in your role in the coming months.",
            nl="- Kies onderwerpen die je de komende maanden echt nodig hebt in je functie.",
        ),
        _MENTEE_RESPONSIBILITIES_CORE,
    ),
    mentee_expected_behaviour=_lines(
        _MENTEE_EXPECTED_CORE,
        Text(
            en="- Practise yourself, also when it feels clumsy at first.",
            nl="- Oefen zelf, ook als dat in het begin onhandig voelt.",
        ),
    ),
    mentee_unwanted_behaviour=_lines(
        _MENTEE_UNWANTED_CORE,
        _MENTEE_UNWANTED_INTERNAL,
        Text(
            en="- Treating the mentor as a personal IT helpdesk.",
            nl="- De mentor behandelen als persoonlijke IT-helpdesk.",
        ),
    ),
    topics=_DIGITAL_TOPICS,
    objectives=(
        _DIGITAL_CONFIDENCE,
        TemplateObjective(
            description=Text(
                en="Mentees apply what they learn in how they work and lead.",
                nl="Mentees passen wat ze leren toe in hoe ze werken en leidinggeven.",
            ),
            target=Text(
                en=(
                    "At least 80% of mentees name two or more concrete changes in how they work,"
                    " such as using a collaboration tool with their team or posting on LinkedIn."
                ),
                nl=(
                    "Minstens 80% van de mentees noemt twee of meer concrete veranderingen in hoe"
                    " ze werken, zoals een samenwerkingstool met hun team gebruiken of posten op"
                    " LinkedIn."
                ),
            ),
            measurement=Text(
                en="Open question in the end survey, counted by the program manager.",
                nl="Open vraag in de eindevaluatie, geteld door de programmamanager.",
            ),
        ),
        _MEETINGS_HELD,
    ),
)


DIGITAL_FLUENCY_STUDENTS = CharterTemplate(
    key="digital_fluency_students",
    goal_type="digital_fluency",
    external_mentors=True,
    name=Text(
        en="Digital fluency with student mentors",
        nl="Digitale vaardigheid met studenten als mentor",
    ),
    summary=Text(
        en=(
            "Students selected for their experience with modern media mentor senior managers on"
            " how young audiences create, share and consume content."
        ),
        nl=(
            "Studenten, geselecteerd op hun ervaring met moderne media, mentoren senior managers"
            " over hoe jonge doelgroepen content maken, delen en gebruiken."
        ),
    ),
    purpose=Text(
        en=(
            "Some digital know-how is hard to find inside our own organisation: the people who"
            " grow up with new media often do not work here yet. Following media companies that"
            " paired senior managers with students, this program brings in students selected for"
            " their passion for and proven experience with modern media, such as an active blog,"
            " a YouTube or TikTok channel or a podcast, and the reach these have. They mentor"
            " senior managers on how young audiences create, share and consume content, and what"
            " that means for our business. For the organisation it also opens a door to a"
            " generation of future colleagues."
        ),
        nl=(
            "Sommige digitale kennis vind je lastig binnen de eigen organisatie: de mensen die"
            " opgroeien met nieuwe media werken vaak nog niet bij ons. Naar het voorbeeld van"
            " mediabedrijven die senior managers aan studenten koppelden, haalt dit programma"
            " studenten binnen die geselecteerd zijn op hun passie voor en aantoonbare ervaring"
            " met moderne media, zoals een actieve blog, een YouTube- of TikTok-kanaal of een"
            " podcast, en het bereik daarvan. Zij mentoren senior managers over hoe jonge"
            " doelgroepen content maken, delen en gebruiken, en wat dat betekent voor ons werk."
            " Tegelijk opent het programma de deur naar een generatie toekomstige collega's."
        ),
    ),
    confidentiality_rules=_lines(
        _CONFIDENTIALITY_CORE,
        Text(
            en=(
                "- Student mentors sign a confidentiality agreement before the contract"
                " conversation; it covers everything they learn about the organisation.\n"
                "- Nothing about the mentee or the organisation is published on a blog, channel"
                " or social media without the written consent of the mentee and the"
                " communications department. This also applies to photos and screenshots.\n"
                "- The mentor never logs in to the mentee's accounts or internal systems and never"
                " asks for passwords."
            ),
            nl=(
                "- Studenten tekenen vóór het contractgesprek een geheimhoudingsverklaring; die"
                " geldt voor alles wat ze over de organisatie te weten komen.\n"
                "- Over de mentee of de organisatie wordt niets gepubliceerd op een blog, kanaal"
                " of sociale media zonder schriftelijke toestemming van de mentee en de afdeling"
                " communicatie. Dat geldt ook voor foto's en screenshots.\n"
                "- De mentor logt nooit in op accounts of interne systemen van de mentee en vraagt"
                " nooit om wachtwoorden."
            ),
        ),
    ),
    mentor_population="external",
    mentee_population="internal",
    mentor_grade_max=None,
    mentee_grade_min=8,
    matching_method="manual",
    hours_per_month=3,
    meeting_every_weeks=3,
    meeting_minutes=60,
    duration_months=6,
    formats=("conversation", "remote"),
    mentor_responsibilities=_lines(
        Text(
            en=(
                "- Sign the confidentiality agreement before the contract conversation.\n"
                "- Prepare one hands-on exercise per meeting, based on your own channels and"
                " content.\n"
                "- Share one current example from your own media use between meetings."
            ),
            nl=(
                "- Teken de geheimhoudingsverklaring vóór het contractgesprek.\n"
                "- Bereid per gesprek een praktijkoefening voor op basis van je eigen kanalen en"
                " content.\n"
                "- Deel tussen de gesprekken door één actueel voorbeeld uit je eigen"
                " mediagebruik."
            ),
        ),
        _MENTOR_RESPONSIBILITIES_CORE,
    ),
    mentor_expected_behaviour=_lines(
        _MENTOR_EXPECTED_CORE,
        Text(
            en=(
                "- Be yourself: your view as a student and maker is exactly what the mentee is"
                " looking for.\n"
                "- Let the mentee do it: the mentee's hands on the keyboard, not yours."
            ),
            nl=(
                "- Wees jezelf: jouw blik als student en maker is precies wat de mentee zoekt.\n"
                "- Laat de mentee het zelf doen: de mentee achter het toetsenbord, niet jij."
            ),
        ),
    ),
    mentor_unwanted_behaviour=_lines(
        _MENTOR_UNWANTED_CORE,
        Text(
            en=(
                "- Posting, blogging or vlogging about the mentee or the organisation without"
                " written consent.\n"
                "- Logging in to the mentee's accounts or asking for passwords."
            ),
            nl=(
                "- Zonder schriftelijke toestemming posten, bloggen of vloggen over de mentee of"
                " de organisatie.\n"
                "- Inloggen op accounts van de mentee of om wachtwoorden vragen."
            ),
        ),
    ),
    mentee_responsibilities=_lines(
        Text(
            en=(
                "- Arrange access to the building and, where needed, a guest account for video"
                " calls.\n"
                "- Choose topics you will actually need in your role in the coming months."
            ),
            nl=(
                "- Regel toegang tot het gebouw en waar nodig een gastaccount voor"
                " videogesprekken.\n"
                "- Kies onderwerpen die je de komende maanden echt nodig hebt in je functie."
            ),
        ),
        _MENTEE_RESPONSIBILITIES_CORE,
    ),
    mentee_expected_behaviour=_lines(
        _MENTEE_EXPECTED_CORE,
        Text(
            en=(
                "- Treat the student as a professional adviser, not as an intern.\n"
                "- Practise yourself, also when it feels clumsy at first."
            ),
            nl=(
                "- Behandel de student als professionele adviseur, niet als stagiair.\n"
                "- Oefen zelf, ook als dat in het begin onhandig voelt."
            ),
        ),
    ),
    mentee_unwanted_behaviour=_lines(
        _MENTEE_UNWANTED_CORE,
        Text(
            en=(
                "- Treating the mentor as a personal IT helpdesk or as free labour for the"
                " marketing department.\n"
                "- Offering the student a job or internship outside the normal recruitment"
                " procedure."
            ),
            nl=(
                "- De mentor behandelen als persoonlijke IT-helpdesk of als gratis kracht voor de"
                " marketingafdeling.\n"
                "- De student een baan of stage aanbieden buiten de gewone wervingsprocedure om."
            ),
        ),
    ),
    topics=(
        _TOPIC_SOCIAL_MEDIA,
        TemplateTopic(
            key="online_video",
            name=Text(en="Online video", nl="Onlinevideo"),
            description=Text(
                en=(
                    "YouTube, TikTok and short video: what makes content reach people, and making"
                    " a short video yourself."
                ),
                nl=(
                    "YouTube, TikTok en korte video: waardoor content mensen bereikt, en zelf een"
                    " korte video maken."
                ),
            ),
        ),
        TemplateTopic(
            key="blogs_podcasts",
            name=Text(en="Blogs, podcasts and newsletters", nl="Blogs, podcasts en nieuwsbrieven"),
            description=Text(
                en=(
                    "Long-form content: how a blog, podcast or newsletter builds a loyal audience,"
                    " and how to follow sources with RSS or apps."
                ),
                nl=(
                    "Langere content: hoe een blog, podcast of nieuwsbrief een trouw publiek"
                    " opbouwt, en hoe je bronnen volgt met RSS of apps."
                ),
            ),
        ),
        TemplateTopic(
            key="creators_influencers",
            name=Text(en="Creators and influencers", nl="Makers en influencers"),
            description=Text(
                en=(
                    "Whom young audiences follow and trust, how creators earn money, and what"
                    " works and backfires in influencer marketing."
                ),
                nl=(
                    "Wie jonge doelgroepen volgen en vertrouwen, hoe makers geld verdienen en wat"
                    " wel en niet werkt in influencermarketing."
                ),
            ),
        ),
        _TOPIC_AI_TOOLS,
        TemplateTopic(
            key="online_reputation",
            name=Text(en="Personal brand and reputation", nl="Personal branding en reputatie"),
            description=Text(
                en=(
                    "What people find when they search for you, building a professional profile,"
                    " and handling criticism online."
                ),
                nl=(
                    "Wat mensen vinden als ze je opzoeken, een professioneel profiel opbouwen en"
                    " omgaan met kritiek online."
                ),
            ),
        ),
        TemplateTopic(
            key="student_perspective",
            name=Text(en="Through a student's eyes", nl="Door de ogen van een student"),
            description=Text(
                en=(
                    "How students study, look for work and choose an employer, and what our"
                    " organisation looks like to them online."
                ),
                nl=(
                    "Hoe studenten studeren, werk zoeken en een werkgever kiezen, en hoe onze"
                    " organisatie er online voor hen uitziet."
                ),
            ),
        ),
    ),
    objectives=(
        _DIGITAL_CONFIDENCE,
        TemplateObjective(
            description=Text(
                en="Mentees understand how young audiences use media and what it means for us.",
                nl="Mentees begrijpen hoe jonge doelgroepen media gebruiken en wat dat voor ons"
                " betekent.",
            ),
            target=Text(
                en=(
                    "At least 80% of mentees name three or more concrete implications for the"
                    " products or communication of their own unit."
                ),
                nl=(
                    "Minstens 80% van de mentees noemt drie of meer concrete gevolgen voor de"
                    " producten of communicatie van hun eigen afdeling."
                ),
            ),
            measurement=Text(
                en="Open question in the end survey, counted by the program manager.",
                nl="Open vraag in de eindevaluatie, geteld door de programmamanager.",
            ),
        ),
        TemplateObjective(
            description=Text(
                en="Student mentors value the program and our organisation.",
                nl="Studenten waarderen het programma en onze organisatie.",
            ),
            target=Text(
                en="At least 80% of student mentors would recommend the program to fellow students.",
                nl="Minstens 80% van de studenten zou het programma aanraden aan medestudenten.",
            ),
            measurement=Text(
                en="End survey of the mentors, reported as an aggregate.",
                nl="Eindevaluatie onder de mentoren, gerapporteerd als totaalcijfer.",
            ),
        ),
    ),
)


# --- Insight into young customers ------------------------------------------------------------

YOUNG_CUSTOMERS = CharterTemplate(
    key="young_customers",
    goal_type="young_customers",
    external_mentors=False,
    name=Text(en="Understanding young customers", nl="Jonge klanten beter begrijpen"),
    summary=Text(
        en=(
            "Young colleagues show senior managers how their generation discovers, judges and"
            " buys, and look at our own offering through young eyes."
        ),
        nl=(
            "Jonge collega's laten senior managers zien hoe hun generatie producten ontdekt,"
            " beoordeelt en koopt, en bekijken ons eigen aanbod door jonge ogen."
        ),
    ),
    purpose=Text(
        en=(
            "Our customers are getting younger, but the people who decide on our products,"
            " services and campaigns mostly are not. Market research tells us what young"
            " customers do; it rarely tells us why, or how it feels to be one of them. In this"
            " program, young colleagues mentor senior managers on how their generation discovers,"
            " judges and buys products and services, and what makes them trust a brand or drop it."
            " Pairs look at our own offering through young eyes: the website, the app, the store"
            " and customer service. The ambition: decisions about young customers are made with"
            " them, not only about them."
        ),
        nl=(
            "Onze klanten worden jonger, maar de mensen die over onze producten, diensten en"
            " campagnes beslissen meestal niet. Marktonderzoek vertelt ons wat jonge klanten doen,"
            " maar zelden waarom, of hoe het voelt om een van hen te zijn. In dit programma"
            " mentoren jonge collega's senior managers over hoe hun generatie producten en"
            " diensten ontdekt, beoordeelt en koopt, en waardoor ze een merk gaan vertrouwen of"
            " juist laten vallen. Samen bekijken de duo's ons eigen aanbod door jonge ogen: de"
            " website, de app, de winkel en de klantenservice. De ambitie: beslissingen over"
            " jonge klanten nemen we mét hen, niet alleen over hen."
        ),
    ),
    confidentiality_rules=_lines(
        _CONFIDENTIALITY_CORE,
        _SHADOWING_CONFIDENTIALITY,
        Text(
            en=(
                "- Unpublished product plans, campaigns and customer data fall under the"
                " organisation's normal confidentiality; the mentor does not test them with"
                " friends or online.\n"
                "- Examples the mentor brings from friends and peers are shared without names or"
                " anything that identifies them."
            ),
            nl=(
                "- Niet-gepubliceerde productplannen, campagnes en klantgegevens vallen onder de"
                " gewone geheimhouding van de organisatie; de mentor toetst ze niet bij vrienden"
                " of online.\n"
                "- Voorbeelden uit de eigen vriendenkring deelt de mentor zonder namen of andere"
                " herkenbare details."
            ),
        ),
    ),
    mentor_population="internal",
    mentee_population="internal",
    mentor_grade_max=4,
    mentee_grade_min=7,
    matching_method="shortlist",
    hours_per_month=3,
    meeting_every_weeks=4,
    meeting_minutes=60,
    duration_months=6,
    formats=("conversation", "shadowing", "remote"),
    mentor_responsibilities=_lines(
        Text(
            en=(
                "- Bring examples from your own buying behaviour and that of your peers to every"
                " meeting.\n"
                "- Walk through at least one of our own customer journeys live with the mentee.\n"
                "- When you join a product or marketing meeting as an observer, share your view"
                " as a young customer afterwards."
            ),
            nl=(
                "- Neem naar elk gesprek voorbeelden mee uit je eigen koopgedrag en dat van"
                " leeftijdgenoten.\n"
                "- Doorloop minstens één klantreis van ons eigen aanbod live samen met de"
                " mentee.\n"
                "- Schuif je als toehoorder aan bij een product- of marketingoverleg, geef dan na"
                " afloop je blik als jonge klant."
            ),
        ),
        _MENTOR_RESPONSIBILITIES_CORE,
    ),
    mentor_expected_behaviour=_lines(
        _MENTOR_EXPECTED_CORE,
        Text(
            en="- Make clear what is your own opinion and what you see among your peers.",
            nl="- Maak duidelijk wat je eigen mening is en wat je bij leeftijdgenoten ziet.",
        ),
    ),
    mentor_unwanted_behaviour=_lines(
        _MENTOR_UNWANTED_CORE,
        Text(
            en="- Presenting your personal taste as the voice of a whole generation.",
            nl="- Je persoonlijke smaak brengen als de stem van een hele generatie.",
        ),
    ),
    mentee_responsibilities=_lines(
        Text(
            en=(
                "- Bring a current question from your own area (a product, campaign or service)"
                " to test with your mentor."
            ),
            nl=(
                "- Neem een actuele vraag uit je eigen vakgebied mee (een product, campagne of"
                " dienst) om met je mentor te toetsen."
            ),
        ),
        _MENTEE_RESPONSIBILITIES_CORE,
    ),
    mentee_expected_behaviour=_lines(
        _MENTEE_EXPECTED_CORE,
        Text(
            en=(
                "- Listen to views that differ from your own taste or from the market figures,"
                " without explaining them away."
            ),
            nl=(
                "- Luister naar meningen die afwijken van je eigen smaak of van de marktcijfers,"
                " zonder ze meteen weg te redeneren."
            ),
        ),
    ),
    mentee_unwanted_behaviour=_lines(
        _MENTEE_UNWANTED_CORE,
        _MENTEE_UNWANTED_INTERNAL,
        Text(
            en="- Asking the mentor to run surveys or recruit friends for market research.",
            nl="- De mentor vragen enquêtes te houden of vrienden te werven voor marktonderzoek.",
        ),
    ),
    topics=(
        TemplateTopic(
            key="buying_behaviour",
            name=Text(en="How young customers buy", nl="Hoe jonge klanten kopen"),
            description=Text(
                en=(
                    "From first discovery to purchase: searching on social media, comparing,"
                    " reviews, and buying in an app or in a store."
                ),
                nl=(
                    "Van eerste ontdekking tot aankoop: zoeken via sociale media, vergelijken,"
                    " reviews, en kopen in een app of in de winkel."
                ),
            ),
        ),
        TemplateTopic(
            key="brand_trust",
            name=Text(en="Trust in brands", nl="Vertrouwen in merken"),
            description=Text(
                en=(
                    "What makes a brand credible or fake to young customers, and what makes them"
                    " leave for good."
                ),
                nl=(
                    "Waardoor een merk voor jonge klanten geloofwaardig of nep overkomt, en"
                    " waardoor ze voorgoed afhaken."
                ),
            ),
        ),
        TemplateTopic(
            key="influencers_creators",
            name=Text(en="Influencers and creators", nl="Influencers en makers"),
            description=Text(
                en="Whose recommendations count, and when a paid partnership puts people off.",
                nl="Wiens aanbevelingen tellen, en wanneer een betaalde samenwerking mensen"
                " afschrikt.",
            ),
        ),
        TemplateTopic(
            key="service_channels",
            name=Text(en="Customer service channels", nl="Kanalen voor klantenservice"),
            description=Text(
                en=(
                    "Chat, messaging apps and self-service instead of the phone: what young"
                    " customers expect when something goes wrong."
                ),
                nl=(
                    "Chat, berichtenapps en selfservice in plaats van de telefoon: wat jonge"
                    " klanten verwachten als er iets misgaat."
                ),
            ),
        ),
        TemplateTopic(
            key="payment_habits",
            name=Text(en="Paying and subscriptions", nl="Betalen en abonnementen"),
            description=Text(
                en=(
                    "Mobile payments, payment requests among friends, buy now pay later, and"
                    " subscriptions instead of ownership."
                ),
                nl=(
                    "Mobiel betalen, betaalverzoekjes onder vrienden, achteraf betalen, en"
                    " abonnementen in plaats van bezit."
                ),
            ),
        ),
        TemplateTopic(
            key="sustainability_values",
            name=Text(en="Sustainability and values", nl="Duurzaamheid en waarden"),
            description=Text(
                en=(
                    "How much sustainability, fair production and a brand's stance really weigh"
                    " in a purchase."
                ),
                nl=(
                    "Hoe zwaar duurzaamheid, eerlijke productie en de opstelling van een merk"
                    " echt wegen bij een aankoop."
                ),
            ),
        ),
        TemplateTopic(
            key="our_offering",
            name=Text(en="Our offering through young eyes", nl="Ons aanbod door jonge ogen"),
            description=Text(
                en=(
                    "The mentor tries one of our products, services or campaigns live and says"
                    " out loud what they notice."
                ),
                nl=(
                    "De mentor probeert live een van onze producten, diensten of campagnes uit en"
                    " zegt hardop wat opvalt."
                ),
            ),
        ),
    ),
    objectives=(
        TemplateObjective(
            description=Text(
                en="Mentees understand young customers better.",
                nl="Mentees begrijpen jonge klanten beter.",
            ),
            target=Text(
                en=(
                    "At least 80% of mentees rate their understanding of young customers 4 or 5"
                    " out of 5 at the end, and higher than at the start."
                ),
                nl=(
                    "Minstens 80% van de mentees beoordeelt aan het eind hun begrip van jonge"
                    " klanten met een 4 of 5 (op 5), en hoger dan bij de start."
                ),
            ),
            measurement=Text(
                en="Self-assessment in the intake and the end survey, reported as an aggregate.",
                nl=(
                    "Zelfbeoordeling bij de intake en in de eindevaluatie, gerapporteerd als"
                    " totaalcijfer."
                ),
            ),
        ),
        TemplateObjective(
            description=Text(
                en="Insights from the pairs find their way into decisions.",
                nl="Inzichten uit de duo's komen terecht in besluiten.",
            ),
            target=Text(
                en=(
                    "Every mentee brings at least one insight into a decision, product review or"
                    " campaign in their own area during the program."
                ),
                nl=(
                    "Elke mentee brengt tijdens het programma minstens één inzicht in bij een"
                    " besluit, productevaluatie of campagne in het eigen vakgebied."
                ),
            ),
            measurement=Text(
                en=(
                    "End survey, with a short example the mentee may choose to share in the"
                    " closing session."
                ),
                nl=(
                    "Eindevaluatie, met een kort voorbeeld dat de mentee desgewenst deelt in de"
                    " slotbijeenkomst."
                ),
            ),
        ),
        _MEETINGS_HELD,
    ),
)


# --- Retention and engagement ----------------------------------------------------------------

RETENTION = CharterTemplate(
    key="retention",
    goal_type="retention",
    external_mentors=False,
    name=Text(en="Retaining young talent", nl="Jong talent behouden"),
    summary=Text(
        en=(
            "Young professionals mentor senior managers on what makes young talent stay, and"
            " gain visibility and a senior network themselves."
        ),
        nl=(
            "Jonge professionals mentoren senior managers over wat jong talent doet blijven, en"
            " bouwen zelf zichtbaarheid en een senior netwerk op."
        ),
    ),
    purpose=Text(
        en=(
            "Too many young professionals leave us within their first three years, often for"
            " reasons their managers never hear: too little perspective, too little feedback, too"
            " little sense of being seen. This program makes young professionals the mentor of a"
            " senior manager from another part of the organisation. The senior learns first-hand"
            " what makes young talent stay or go and can act on it in their own area; the mentor"
            " gains visibility, a senior network and the experience that their view counts. Both"
            " sides gain, and the organisation learns where to improve. We measure the effect on"
            " retention and engagement, not only on satisfaction."
        ),
        nl=(
            "Te veel jonge professionals vertrekken binnen hun eerste drie jaar, vaak om redenen"
            " die hun leidinggevende nooit hoort: te weinig perspectief, te weinig feedback, te"
            " weinig het gevoel gezien te worden. In dit programma worden jonge professionals"
            " mentor van een senior manager uit een ander deel van de organisatie. De senior hoort"
            " uit de eerste hand waardoor jong talent blijft of vertrekt en kan daar in het eigen"
            " domein mee aan de slag; de mentor krijgt zichtbaarheid, een senior netwerk en de"
            " ervaring dat de eigen mening telt. Beide kanten winnen erbij, en de organisatie"
            " leert waar ze moet verbeteren. We meten het effect op behoud en betrokkenheid, niet"
            " alleen op tevredenheid."
        ),
    ),
    confidentiality_rules=_lines(
        _CONFIDENTIALITY_CORE,
        _SHADOWING_CONFIDENTIALITY,
        Text(
            en=(
                "- What the mentor says about their own career plans, including any thought of"
                " leaving, is never passed on to their manager or to HR.\n"
                "- Retention is measured with HR data for the whole group only, never per person"
                " or per pair."
            ),
            nl=(
                "- Wat de mentor vertelt over de eigen loopbaanplannen, ook over een mogelijk"
                " vertrek, gaat nooit naar de eigen leidinggevende of naar HR.\n"
                "- Behoud meten we met HR-gegevens over de hele groep, nooit per persoon of per"
                " duo."
            ),
        ),
    ),
    mentor_population="internal",
    mentee_population="internal",
    mentor_grade_max=4,
    mentee_grade_min=7,
    matching_method="shortlist",
    hours_per_month=2,
    meeting_every_weeks=4,
    meeting_minutes=60,
    duration_months=12,
    formats=("conversation", "shadowing", "remote"),
    mentor_responsibilities=_lines(
        Text(
            en=(
                "- Share honestly what makes you and people of your generation stay or leave,"
                " without naming individual colleagues.\n"
                "- Decide at the start what you want to get out of the program for your own"
                " development."
            ),
            nl=(
                "- Vertel eerlijk wat jou en generatiegenoten doet blijven of vertrekken, zonder"
                " individuele collega's te noemen.\n"
                "- Bepaal bij de start wat je zelf uit het programma wilt halen voor je eigen"
                " ontwikkeling."
            ),
        ),
        _MENTOR_RESPONSIBILITIES_CORE,
    ),
    mentor_expected_behaviour=_lines(
        _MENTOR_EXPECTED_CORE,
        Text(
            en="- Name what could be better, and bring ideas, not only complaints.",
            nl="- Benoem wat beter kan en kom ook met ideeën, niet alleen met klachten.",
        ),
    ),
    mentor_unwanted_behaviour=_lines(
        _MENTOR_UNWANTED_CORE,
        Text(
            en="- Using the mentee as a way around your own manager for complaints.",
            nl="- De mentee gebruiken als omweg voor klachten over je eigen leidinggevende.",
        ),
    ),
    mentee_responsibilities=_lines(
        Text(
            en=(
                "- Turn at least one insight into a concrete action in your own area, and tell"
                " your mentor what you did.\n"
                "- Take your mentor along to at least one meeting that shows how decisions are"
                " made at your level, and discuss it afterwards."
            ),
            nl=(
                "- Vertaal minstens één inzicht naar een concrete actie in je eigen domein en"
                " vertel je mentor wat je ermee hebt gedaan.\n"
                "- Neem je mentor mee naar minstens één overleg waar je laat zien hoe op jouw"
                " niveau besluiten vallen, en bespreek het na."
            ),
        ),
        _MENTEE_RESPONSIBILITIES_CORE,
    ),
    mentee_expected_behaviour=_lines(
        _MENTEE_EXPECTED_CORE,
        Text(
            en="- Listen without defending the organisation straight away.",
            nl="- Luister zonder meteen de organisatie te verdedigen.",
        ),
    ),
    mentee_unwanted_behaviour=_lines(
        _MENTEE_UNWANTED_CORE,
        _MENTEE_UNWANTED_INTERNAL,
        Text(
            en="- Making promises about the mentor's career or pay.",
            nl="- Beloftes doen over de loopbaan of het salaris van de mentor.",
        ),
    ),
    topics=(
        TemplateTopic(
            key="career_paths",
            name=Text(en="Career paths", nl="Loopbaanpaden"),
            description=Text(
                en=(
                    "How young professionals see their career here: growth, moving sideways, and"
                    " what makes them look elsewhere."
                ),
                nl=(
                    "Hoe jonge professionals hun loopbaan hier zien: doorgroeien, zijstappen, en"
                    " waardoor ze elders gaan kijken."
                ),
            ),
        ),
        TemplateTopic(
            key="first_years",
            name=Text(en="The first years", nl="De eerste jaren"),
            description=Text(
                en=(
                    "Onboarding and the first two years through the mentor's eyes: what helped,"
                    " what was missing."
                ),
                nl=(
                    "Onboarding en de eerste twee jaar door de ogen van de mentor: wat hielp en"
                    " wat ontbrak."
                ),
            ),
        ),
        TemplateTopic(
            key="feedback_recognition",
            name=Text(en="Feedback and recognition", nl="Feedback en waardering"),
            description=Text(
                en=(
                    "How often young colleagues hear how they are doing, and what recognition"
                    " means to them."
                ),
                nl=(
                    "Hoe vaak jonge collega's horen hoe ze het doen, en wat waardering voor hen"
                    " betekent."
                ),
            ),
        ),
        TemplateTopic(
            key="hybrid_work",
            name=Text(en="Flexible and hybrid work", nl="Flexibel en hybride werken"),
            description=Text(
                en=(
                    "Working from home and at the office, working hours, and the freedom young"
                    " professionals expect."
                ),
                nl=(
                    "Thuis en op kantoor werken, werktijden, en de vrijheid die jonge"
                    " professionals verwachten."
                ),
            ),
        ),
        TemplateTopic(
            key="learning_development",
            name=Text(en="Learning and development", nl="Leren en ontwikkelen"),
            description=Text(
                en=(
                    "Which training, projects and assignments help young talent grow, and where"
                    " they get stuck."
                ),
                nl=(
                    "Welke opleidingen, projecten en opdrachten jong talent laten groeien, en"
                    " waar ze vastlopen."
                ),
            ),
        ),
        TemplateTopic(
            key="purpose_values",
            name=Text(en="Meaning and values", nl="Zingeving en waarden"),
            description=Text(
                en=(
                    "Whether young colleagues see the point of their work and recognise"
                    " themselves in what the organisation stands for."
                ),
                nl=(
                    "Of jonge collega's de zin van hun werk zien en zich herkennen in waar de"
                    " organisatie voor staat."
                ),
            ),
        ),
        TemplateTopic(
            key="wellbeing_workload",
            name=Text(en="Workload and wellbeing", nl="Werkdruk en welzijn"),
            description=Text(
                en="Pressure, boundaries and asking for help: what is said and what is not.",
                nl="Druk, grenzen en om hulp vragen: wat wordt er gezegd en wat niet.",
            ),
        ),
    ),
    objectives=(
        TemplateObjective(
            description=Text(
                en="Mentors stay with the organisation.",
                nl="Mentoren blijven bij de organisatie.",
            ),
            target=Text(
                en=(
                    "Retention of mentors 12 months after the start is at least 10 percentage"
                    " points higher than in a comparable group that did not take part."
                ),
                nl=(
                    "Het behoud van mentoren 12 maanden na de start ligt minstens 10"
                    " procentpunten hoger dan in een vergelijkbare groep die niet meedeed."
                ),
            ),
            measurement=Text(
                en=(
                    "HR data 12 months after the start, compared with young professionals of the"
                    " same grades; group figures only."
                ),
                nl=(
                    "HR-gegevens 12 maanden na de start, vergeleken met jonge professionals in"
                    " dezelfde schalen; alleen groepscijfers."
                ),
            ),
        ),
        TemplateObjective(
            description=Text(
                en="Mentors feel more engaged and see a future here.",
                nl="Mentoren voelen zich meer betrokken en zien hier een toekomst.",
            ),
            target=Text(
                en=(
                    "The mentors' average score on 'I see a future for myself in this"
                    " organisation' rises by at least 0.5 on a 5-point scale."
                ),
                nl=(
                    "De gemiddelde score van mentoren op 'Ik zie voor mezelf een toekomst in deze"
                    " organisatie' stijgt minstens 0,5 punt op een 5-puntsschaal."
                ),
            ),
            measurement=Text(
                en="Short survey of the mentors at the start and at the end.",
                nl="Korte vragenlijst onder de mentoren bij de start en aan het eind.",
            ),
        ),
        TemplateObjective(
            description=Text(
                en="Mentees act on what they learn about young talent.",
                nl="Mentees doen iets met wat ze leren over jong talent.",
            ),
            target=Text(
                en=(
                    "Every mentee takes at least one concrete action in their own area, such as a"
                    " change in onboarding, feedback or working arrangements."
                ),
                nl=(
                    "Elke mentee onderneemt minstens één concrete actie in het eigen domein, zoals een"
                    " aanpassing in onboarding, feedback of werkafspraken."
                ),
            ),
            measurement=Text(
                en="End survey of the mentees.",
                nl="Eindevaluatie onder de mentees.",
            ),
        ),
    ),
)


# --- Diversity, inclusion and culture --------------------------------------------------------

DIVERSITY_INCLUSION = CharterTemplate(
    key="diversity_inclusion",
    goal_type="diversity_inclusion",
    external_mentors=False,
    name=Text(
        en="Inclusive leadership (mentoring up)",
        nl="Inclusief leiderschap (mentoring up)",
    ),
    summary=Text(
        en=(
            "Colleagues from underrepresented groups mentor senior managers on what it is like to"
            " work here, so that leaders see barriers and remove them."
        ),
        nl=(
            "Collega's uit ondervertegenwoordigde groepen mentoren senior managers over hoe het"
            " is om hier te werken, zodat leidinggevenden drempels zien en wegnemen."
        ),
    ),
    purpose=Text(
        en=(
            "Our leadership is less diverse than our workforce and our customers, and senior"
            " managers often do not see the barriers that colleagues with a different background,"
            " gender, age, disability or orientation run into. In this program, modelled on"
            " 'mentoring up' at large consumer companies, colleagues from underrepresented groups"
            " mentor senior managers on what it is like to work here. The mentor decides what to"
            " share. The senior listens, looks at their own blind spots and changes something in"
            " how they lead, hire, promote and sponsor. The goal is a culture in which everyone"
            " can contribute fully, and visible steps by leaders towards it."
        ),
        nl=(
            "Ons leiderschap is minder divers dan onze medewerkers en klanten, en senior managers"
            " zien vaak niet tegen welke drempels collega's met een andere achtergrond, gender,"
            " leeftijd, beperking of geaardheid aanlopen. In dit programma, naar het voorbeeld van"
            " 'mentoring up' bij grote consumentenbedrijven, mentoren collega's uit"
            " ondervertegenwoordigde groepen senior managers over hoe het is om hier te werken. De"
            " mentor bepaalt zelf wat er gedeeld wordt. De senior luistert, onderzoekt de eigen"
            " blinde vlekken en verandert iets in de manier van leidinggeven, werven, bevorderen"
            " en sponsoren. Het doel is een cultuur waarin iedereen volledig kan bijdragen, en"
            " zichtbare stappen van leidinggevenden in die richting."
        ),
    ),
    confidentiality_rules=_lines(
        _CONFIDENTIALITY_CORE,
        _SHADOWING_CONFIDENTIALITY,
        Text(
            en=(
                "- Personal experiences the mentor shares about identity, background or"
                " discrimination are never passed on, not even anonymised, without the mentor's"
                " consent.\n"
                "- The program records no data on ethnicity, religion, sexual orientation or"
                " health; participants decide for themselves what they tell each other.\n"
                "- If the mentor reports discrimination or harassment, the mentee points out the"
                " confidential adviser and the reporting procedure, but takes no steps on the"
                " mentor's behalf without consent, unless someone's safety is at risk."
            ),
            nl=(
                "- Persoonlijke ervaringen die de mentor deelt over identiteit, achtergrond of"
                " discriminatie worden nooit doorverteld, ook niet geanonimiseerd, zonder"
                " toestemming van de mentor.\n"
                "- Het programma legt geen gegevens vast over afkomst, religie, seksuele"
                " geaardheid of gezondheid; deelnemers bepalen zelf wat ze elkaar vertellen.\n"
                "- Meldt de mentor discriminatie of intimidatie, dan wijst de mentee op de"
                " vertrouwenspersoon en de meldprocedure, maar onderneemt zonder toestemming geen"
                " stappen namens de mentor, tenzij iemands veiligheid in het geding is."
            ),
        ),
    ),
    mentor_population="internal",
    mentee_population="internal",
    mentor_grade_max=6,
    mentee_grade_min=8,
    matching_method="shortlist",
    hours_per_month=2,
    meeting_every_weeks=4,
    meeting_minutes=60,
    duration_months=9,
    formats=("conversation", "shadowing", "remote"),
    mentor_responsibilities=_lines(
        Text(
            en=(
                "- Decide for yourself which experiences you share; nobody expects you to speak"
                " for a whole group.\n"
                "- Bring concrete situations (meetings, selection procedures, remarks at work)"
                " that make barriers tangible.\n"
                "- When you join a meeting as an observer, pay attention to who gets the floor"
                " and who does not, and discuss it afterwards."
            ),
            nl=(
                "- Bepaal zelf welke ervaringen je deelt; niemand verwacht dat je namens een hele"
                " groep spreekt.\n"
                "- Breng concrete situaties in (overleggen, selectieprocedures, opmerkingen op het"
                " werk) die drempels tastbaar maken.\n"
                "- Schuif je als toehoorder aan bij een overleg, let dan op wie het woord krijgt"
                " en wie niet, en bespreek dat na afloop."
            ),
        ),
        _MENTOR_RESPONSIBILITIES_CORE,
    ),
    mentor_expected_behaviour=_lines(
        _MENTOR_EXPECTED_CORE,
        Text(
            en=(
                "- Speak from your own experience ('I notice that...') rather than in general"
                " terms.\n"
                "- Indicate your own boundaries: you may always say that you do not want to go"
                " into something."
            ),
            nl=(
                "- Spreek vanuit je eigen ervaring ('ik merk dat...') in plaats van in"
                " algemeenheden.\n"
                "- Geef je eigen grenzen aan: je mag altijd zeggen dat je ergens niet op in wilt"
                " gaan."
            ),
        ),
    ),
    mentor_unwanted_behaviour=_lines(
        _MENTOR_UNWANTED_CORE,
        Text(
            en="- Naming colleagues or exposing them in the examples you share.",
            nl="- Collega's bij naam noemen of te kijk zetten in de voorbeelden die je deelt.",
        ),
    ),
    mentee_responsibilities=_lines(
        Text(
            en=(
                "- Choose at least one change in your own leadership practice, carry it out and"
                " report on it at the end."
            ),
            nl=(
                "- Kies minstens één verandering in je eigen manier van leidinggeven, voer die"
                " uit en vertel er aan het eind over."
            ),
        ),
        _MENTEE_RESPONSIBILITIES_CORE,
    ),
    mentee_expected_behaviour=_lines(
        _MENTEE_EXPECTED_CORE,
        Text(
            en="- Listen to understand, not to respond or to put things into perspective.",
            nl="- Luister om te begrijpen, niet om te reageren of te relativeren.",
        ),
    ),
    mentee_unwanted_behaviour=_lines(
        _MENTEE_UNWANTED_CORE,
        _MENTEE_UNWANTED_INTERNAL,
        Text(
            en=(
                "- Expecting the mentor to explain everything to you or to speak for a whole"
                " group.\n"
                "- Questioning or playing down the mentor's experiences."
            ),
            nl=(
                "- Verwachten dat de mentor je alles uitlegt of namens een hele groep spreekt.\n"
                "- De ervaringen van de mentor in twijfel trekken of bagatelliseren."
            ),
        ),
    ),
    topics=(
        TemplateTopic(
            key="lived_experience",
            name=Text(en="Working here as yourself", nl="Hier werken als jezelf"),
            description=Text(
                en=(
                    "What it is like to work here when you do not fit the majority profile, as far"
                    " as the mentor wants to share it."
                ),
                nl=(
                    "Hoe het is om hier te werken als je niet in het meerderheidsprofiel past,"
                    " voor zover de mentor dat wil delen."
                ),
            ),
        ),
        TemplateTopic(
            key="inclusive_meetings",
            name=Text(en="Inclusive meetings", nl="Inclusief vergaderen"),
            description=Text(
                en=(
                    "Who gets the floor, whose ideas are picked up, and how a chair makes room"
                    " for other voices."
                ),
                nl=(
                    "Wie het woord krijgt, wiens ideeën worden opgepakt, en hoe een voorzitter"
                    " ruimte maakt voor andere stemmen."
                ),
            ),
        ),
        TemplateTopic(
            key="recruitment_promotion",
            name=Text(en="Recruitment and promotion", nl="Werving en bevordering"),
            description=Text(
                en=(
                    "Where bias creeps into vacancy texts, selection interviews, assessments and"
                    " promotion decisions."
                ),
                nl=(
                    "Waar vooroordelen insluipen in vacatureteksten, selectiegesprekken,"
                    " beoordelingen en promotiebesluiten."
                ),
            ),
        ),
        TemplateTopic(
            key="everyday_language",
            name=Text(en="Everyday language and humour", nl="Taal en humor op de werkvloer"),
            description=Text(
                en=(
                    "Jokes, remarks and small exclusions that seem harmless but add up, and how"
                    " to respond to them."
                ),
                nl=(
                    "Grappen, opmerkingen en kleine uitsluitingen die onschuldig lijken maar zich"
                    " opstapelen, en hoe je erop reageert."
                ),
            ),
        ),
        TemplateTopic(
            key="networks_sponsorship",
            name=Text(en="Networks and sponsorship", nl="Netwerken en sponsorschap"),
            description=Text(
                en=(
                    "Access to informal networks and to senior people who speak up for you when"
                    " you are not in the room."
                ),
                nl=(
                    "Toegang tot informele netwerken en tot senior mensen die voor je opkomen als"
                    " je zelf niet aan tafel zit."
                ),
            ),
        ),
        TemplateTopic(
            key="inclusive_leadership",
            name=Text(en="Inclusive leadership", nl="Inclusief leidinggeven"),
            description=Text(
                en=(
                    "What an inclusive leader does differently, and which blind spots the mentee"
                    " discovers in themselves."
                ),
                nl=(
                    "Wat een inclusieve leidinggevende anders doet, en welke blinde vlekken de"
                    " mentee bij zichzelf ontdekt."
                ),
            ),
        ),
        TemplateTopic(
            key="life_and_work",
            name=Text(en="Life and work", nl="Leven en werk"),
            description=Text(
                en=(
                    "Holidays, faith, care for family and accessibility: which arrangements help"
                    " and which get in the way."
                ),
                nl=(
                    "Feestdagen, geloof, mantelzorg en toegankelijkheid: welke regelingen helpen"
                    " en welke in de weg zitten."
                ),
            ),
        ),
    ),
    objectives=(
        TemplateObjective(
            description=Text(
                en="Mentees see the barriers colleagues run into.",
                nl="Mentees zien tegen welke drempels collega's aanlopen.",
            ),
            target=Text(
                en=(
                    "At least 80% of mentees can name two concrete barriers in our organisation"
                    " and one blind spot of their own."
                ),
                nl=(
                    "Minstens 80% van de mentees kan twee concrete drempels in onze organisatie"
                    " noemen en één eigen blinde vlek."
                ),
            ),
            measurement=Text(
                en="Open questions in the end survey of the mentees, counted by the program manager.",
                nl=(
                    "Open vragen in de eindevaluatie onder de mentees, geteld door de"
                    " programmamanager."
                ),
            ),
        ),
        TemplateObjective(
            description=Text(
                en="Mentees change something visible in how they lead.",
                nl="Mentees veranderen iets zichtbaars in hoe ze leidinggeven.",
            ),
            target=Text(
                en=(
                    "Every mentee carries out at least one change in how they run meetings, hire,"
                    " promote or sponsor."
                ),
                nl=(
                    "Elke mentee voert minstens één verandering door in de manier van vergaderen,"
                    " werven, bevorderen of sponsoren."
                ),
            ),
            measurement=Text(
                en=(
                    "Agreed in the pair halfway, reported by the mentee in the end survey and"
                    " confirmed by the mentor."
                ),
                nl=(
                    "Halverwege in het duo afgesproken, aan het eind door de mentee gemeld in de"
                    " eindevaluatie en door de mentor bevestigd."
                ),
            ),
        ),
        TemplateObjective(
            description=Text(
                en="Mentors feel safe to speak freely.",
                nl="Mentoren voelen zich veilig om vrijuit te spreken.",
            ),
            target=Text(
                en="At least 80% of mentors score 4 or 5 out of 5 on feeling safe to speak freely.",
                nl=(
                    "Minstens 80% van de mentoren geeft een 4 of 5 (op 5) op de vraag of ze"
                    " vrijuit konden spreken."
                ),
            ),
            measurement=Text(
                en="Check-in scores and end survey, reported only for groups of 5 or more.",
                nl=(
                    "Scores uit de check-ins en de eindevaluatie, alleen gerapporteerd voor"
                    " groepen van 5 of meer."
                ),
            ),
        ),
    ),
)


# --- Leadership development of juniors -------------------------------------------------------

JUNIOR_LEADERSHIP = CharterTemplate(
    key="junior_leadership",
    goal_type="junior_leadership",
    external_mentors=False,
    name=Text(
        en="Leadership development for young talent",
        nl="Leiderschapsontwikkeling voor jong talent",
    ),
    summary=Text(
        en=(
            "High-potential juniors practise leadership by mentoring a senior manager, and see how"
            " decisions are made at the top."
        ),
        nl=(
            "Talentvolle junioren oefenen met leiderschap door een senior manager te mentoren, en"
            " zien hoe aan de top besluiten vallen."
        ),
    ),
    purpose=Text(
        en=(
            "We want to develop our next generation of leaders earlier and more deliberately. In"
            " this program, high-potential juniors mentor a senior manager on a subject they know"
            " well, such as digital tools or how their generation works, and practise leadership"
            " while doing it: preparing and leading a conversation, giving feedback to someone far"
            " more senior, holding their own. Along the way they see how decisions are made at the"
            " top and build a network beyond their own department. It is as much a development"
            " program for the mentor as a learning program for the senior, who gets a fresh"
            " perspective in return."
        ),
        nl=(
            "We willen onze volgende generatie leidinggevenden eerder en bewuster ontwikkelen. In"
            " dit programma mentoren talentvolle junioren een senior manager over een onderwerp"
            " waar ze veel van weten, zoals digitale tools of hoe hun generatie werkt, en oefenen"
            " ze ondertussen met leiderschap: een gesprek voorbereiden en leiden, feedback geven"
            " aan iemand die veel hoger in de organisatie staat, en daarbij stevig blijven staan."
            " Onderweg zien ze hoe aan de top besluiten worden genomen en bouwen ze een netwerk"
            " op buiten de eigen afdeling. Het is evenzeer een ontwikkelprogramma voor de mentor"
            " als een leerprogramma voor de senior, die er een frisse blik voor terugkrijgt."
        ),
    ),
    confidentiality_rules=_lines(
        _CONFIDENTIALITY_CORE,
        _SHADOWING_CONFIDENTIALITY,
        Text(
            en=(
                "- Strategic information the mentor hears stays confidential, also towards the"
                " mentor's own manager and team.\n"
                "- The mentee gives no opinion on the mentor's performance to the mentor's manager"
                " or in talent reviews, unless the mentor asks for it."
            ),
            nl=(
                "- Strategische informatie die de mentor hoort, blijft vertrouwelijk, ook"
                " tegenover de eigen leidinggevende en het eigen team.\n"
                "- De mentee geeft geen oordeel over het functioneren van de mentor aan diens"
                " leidinggevende of in talentreviews, tenzij de mentor daar zelf om vraagt."
            ),
        ),
    ),
    mentor_population="internal",
    mentee_population="internal",
    mentor_grade_max=5,
    mentee_grade_min=8,
    matching_method="shortlist",
    hours_per_month=3,
    meeting_every_weeks=4,
    meeting_minutes=60,
    duration_months=12,
    formats=("conversation", "shadowing"),
    mentor_responsibilities=_lines(
        Text(
            en=(
                "- Choose two or three leadership skills you want to develop and discuss them"
                " with your mentee in the contract conversation.\n"
                "- Ask your mentee for feedback on how you led the meeting at least every other"
                " session."
            ),
            nl=(
                "- Kies twee of drie leiderschapsvaardigheden die je wilt ontwikkelen en bespreek"
                " ze in het contractgesprek met je mentee.\n"
                "- Vraag je mentee minstens elke tweede sessie om feedback op hoe je het gesprek"
                " hebt geleid."
            ),
        ),
        _MENTOR_RESPONSIBILITIES_CORE,
    ),
    mentor_expected_behaviour=_lines(
        _MENTOR_EXPECTED_CORE,
        Text(
            en="- Be curious about how the mentee makes decisions, and ask about the trade-offs.",
            nl="- Wees nieuwsgierig naar hoe de mentee beslist, en vraag door op de afwegingen.",
        ),
    ),
    mentor_unwanted_behaviour=_lines(
        _MENTOR_UNWANTED_CORE,
        Text(
            en="- Asking the mentee to intervene in your promotion or assessment.",
            nl="- De mentee vragen in te grijpen in je promotie of beoordeling.",
        ),
    ),
    mentee_responsibilities=_lines(
        Text(
            en=(
                "- Take your mentor along to at least two meetings where strategic decisions are"
                " made, and discuss them afterwards.\n"
                "- Give your mentor concrete feedback on how they lead the conversation, when"
                " asked."
            ),
            nl=(
                "- Neem je mentor mee naar minstens twee overleggen waar strategische besluiten"
                " vallen, en bespreek ze na.\n"
                "- Geef je mentor desgevraagd concrete feedback op hoe die het gesprek leidt."
            ),
        ),
        _MENTEE_RESPONSIBILITIES_CORE,
    ),
    mentee_expected_behaviour=_lines(
        _MENTEE_EXPECTED_CORE,
        Text(
            en="- Show how you think and decide, including doubts and mistakes.",
            nl="- Laat zien hoe je denkt en beslist, inclusief twijfels en fouten.",
        ),
    ),
    mentee_unwanted_behaviour=_lines(
        _MENTEE_UNWANTED_CORE,
        _MENTEE_UNWANTED_INTERNAL,
        Text(
            en="- Making promises about promotion, or intervening in the mentor's assessment.",
            nl="- Beloftes doen over promotie of ingrijpen in de beoordeling van de mentor.",
        ),
    ),
    topics=(
        TemplateTopic(
            key="strategy_context",
            name=Text(en="Strategy in practice", nl="Strategie in de praktijk"),
            description=Text(
                en=(
                    "How strategy is made, what drives decisions at the top, and what the mentor"
                    " sees of it in shadowed meetings."
                ),
                nl=(
                    "Hoe strategie tot stand komt, wat besluiten aan de top drijft, en wat"
                    " daarvan zichtbaar is in de overleggen die de mentor bijwoont."
                ),
            ),
        ),
        TemplateTopic(
            key="stakeholder_management",
            name=Text(en="Influencing without authority", nl="Invloed zonder hiërarchie"),
            description=Text(
                en=("Getting things done through others: stakeholders, coalitions and timing."),
                nl=(
                    "Dingen voor elkaar krijgen via anderen: belanghebbenden, coalities en timing."
                ),
            ),
        ),
        TemplateTopic(
            key="executive_presence",
            name=Text(
                en="Presenting to senior audiences", nl="Presenteren voor een senior publiek"
            ),
            description=Text(
                en=(
                    "A short, clear story for a board or management team, on paper and in the room."
                ),
                nl=("Een kort en helder verhaal voor een directie of MT, op papier en aan tafel."),
            ),
        ),
        TemplateTopic(
            key="decision_making",
            name=Text(en="Deciding under uncertainty", nl="Beslissen bij onzekerheid"),
            description=Text(
                en=(
                    "How the mentee weighs options with incomplete information, and how the"
                    " mentor would approach the same case."
                ),
                nl=(
                    "Hoe de mentee opties afweegt met onvolledige informatie, en hoe de mentor"
                    " dezelfde casus zou aanpakken."
                ),
            ),
        ),
        TemplateTopic(
            key="upward_feedback",
            name=Text(en="Giving feedback upwards", nl="Feedback geven naar boven"),
            description=Text(
                en=(
                    "Practising with the mentee: saying what you see to someone more senior,"
                    " clearly and respectfully."
                ),
                nl=(
                    "Oefenen met de mentee: zeggen wat je ziet tegen iemand die hoger staat,"
                    " duidelijk en respectvol."
                ),
            ),
        ),
        TemplateTopic(
            key="career_development",
            name=Text(en="Career and network", nl="Loopbaan en netwerk"),
            description=Text(
                en=(
                    "The mentor's development plan, next steps, and building a network beyond"
                    " the own department."
                ),
                nl=(
                    "Het ontwikkelplan van de mentor, volgende stappen, en een netwerk opbouwen"
                    " buiten de eigen afdeling."
                ),
            ),
        ),
    ),
    objectives=(
        TemplateObjective(
            description=Text(
                en="Mentors grow in the leadership skills they chose.",
                nl="Mentoren groeien in de leiderschapsvaardigheden die ze kozen.",
            ),
            target=Text(
                en=(
                    "At least 80% of mentors show progress on two or more of their chosen skills,"
                    " in their own rating and the mentee's."
                ),
                nl=(
                    "Minstens 80% van de mentoren laat vooruitgang zien op twee of meer gekozen"
                    " vaardigheden, volgens henzelf en volgens de mentee."
                ),
            ),
            measurement=Text(
                en=(
                    "Rating per skill by mentor and mentee at the start and at the end (5-point"
                    " scale), reported as an aggregate."
                ),
                nl=(
                    "Score per vaardigheid door mentor en mentee bij de start en aan het eind"
                    " (5-puntsschaal), gerapporteerd als totaalcijfer."
                ),
            ),
        ),
        TemplateObjective(
            description=Text(
                en="Mentors experience real career support from the relationship.",
                nl="Mentoren ervaren echte loopbaansteun uit de relatie.",
            ),
            target=Text(
                en=(
                    "The mentors' average on the career-support scale of the MFQ-9 is 3.5 or"
                    " higher (out of 5)."
                ),
                nl=(
                    "Het gemiddelde van de mentoren op de schaal loopbaansteun van de MFQ-9 is"
                    " 3,5 of hoger (op 5)."
                ),
            ),
            measurement=Text(
                en=(
                    "MFQ-9 questionnaire filled in by the mentors about their mentee at the end;"
                    " subscale means."
                ),
                nl=(
                    "MFQ-9-vragenlijst die de mentoren aan het eind over hun mentee invullen;"
                    " gemiddelde per subschaal."
                ),
            ),
        ),
        TemplateObjective(
            description=Text(
                en="Mentors move on in their careers.",
                nl="Mentoren zetten een volgende stap in hun loopbaan.",
            ),
            target=Text(
                en=(
                    "Within 12 months after the end, more mentors than in a comparable group have"
                    " taken a next step: promotion, a larger role or a lateral move."
                ),
                nl=(
                    "Binnen 12 maanden na afloop heeft een groter deel van de mentoren dan in een"
                    " vergelijkbare groep een volgende stap gezet: promotie, een grotere rol of"
                    " een zijstap."
                ),
            ),
            measurement=Text(
                en="HR data 12 months after the end; group figures only.",
                nl="HR-gegevens 12 maanden na afloop; alleen groepscijfers.",
            ),
        ),
    ),
)


# --- Change and upward communication ---------------------------------------------------------

CHANGE_COMMUNICATION = CharterTemplate(
    key="change_communication",
    goal_type="change_communication",
    external_mentors=False,
    name=Text(
        en="Change and upward communication",
        nl="Verandering laten landen: communicatie van onderop",
    ),
    summary=Text(
        en=(
            "Colleagues from across the organisation tell senior managers how a change really"
            " lands, so that leaders can adjust their approach and their messages."
        ),
        nl=(
            "Collega's uit de hele organisatie vertellen senior managers hoe een verandering echt"
            " landt, zodat leidinggevenden hun aanpak en boodschap kunnen bijsturen."
        ),
    ),
    purpose=Text(
        en=(
            "Our organisation is in the middle of a major change, and the people leading it are"
            " the furthest away from where it has to land. Messages from the top are filtered on"
            " the way down, and signals from the floor rarely make it back up. In this program,"
            " colleagues from across the organisation mentor senior managers on how the change is"
            " actually experienced: do people understand why it is needed, do they want to take"
            " part, can they work in the new way, and what keeps them from falling back? The"
            " structure follows a change model such as ADKAR, so that pairs can pinpoint where the"
            " change stalls."
        ),
        nl=(
            "Onze organisatie zit midden in een grote verandering, en de mensen die haar leiden"
            " staan het verst af van de plek waar ze moet landen. Boodschappen van de top worden"
            " onderweg naar beneden gefilterd, en signalen van de werkvloer komen zelden boven. In"
            " dit programma mentoren collega's uit de hele organisatie senior managers over hoe de"
            " verandering echt wordt beleefd: begrijpen mensen waarom ze nodig is, willen ze"
            " meedoen, kunnen ze op de nieuwe manier werken, en wat voorkomt dat ze terugvallen?"
            " De opzet volgt een verandermodel zoals ADKAR, zodat duo's kunnen aanwijzen waar de"
            " verandering vastloopt."
        ),
    ),
    confidentiality_rules=_lines(
        _CONFIDENTIALITY_CORE,
        Text(
            en=(
                "- Signals about how the change lands may go to the change team only as"
                " anonymised themes that both agree on and that cannot be traced to a person or"
                " a small team.\n"
                "- The mentee never uses what the mentor tells about colleagues or teams to hold"
                " them to account."
            ),
            nl=(
                "- Signalen over hoe de verandering landt, mogen alleen als geanonimiseerde"
                " thema's naar het veranderteam, als beiden het erover eens zijn en ze niet"
                " herleidbaar zijn tot een persoon of een klein team.\n"
                "- De mentee gebruikt wat de mentor vertelt over collega's of teams nooit om"
                " mensen daarop aan te spreken."
            ),
        ),
    ),
    mentor_population="internal",
    mentee_population="internal",
    mentor_grade_max=5,
    mentee_grade_min=7,
    matching_method="algorithmic",
    hours_per_month=2,
    meeting_every_weeks=3,
    meeting_minutes=45,
    duration_months=6,
    formats=("conversation", "remote"),
    mentor_responsibilities=_lines(
        Text(
            en=(
                "- Collect signals about how the change lands in your part of the organisation,"
                " without naming colleagues.\n"
                "- Agree with the mentee which signals may go to the change team as anonymised"
                " themes."
            ),
            nl=(
                "- Verzamel signalen over hoe de verandering landt in jouw deel van de"
                " organisatie, zonder collega's bij naam te noemen.\n"
                "- Spreek met de mentee af welke signalen als geanonimiseerde thema's naar het"
                " veranderteam mogen."
            ),
        ),
        _MENTOR_RESPONSIBILITIES_CORE,
    ),
    mentor_expected_behaviour=_lines(
        _MENTOR_EXPECTED_CORE,
        Text(
            en="- Give the full picture: what goes well too, not only the resistance.",
            nl="- Schets het hele beeld: ook wat goed gaat, niet alleen de weerstand.",
        ),
    ),
    mentor_unwanted_behaviour=_lines(
        _MENTOR_UNWANTED_CORE,
        Text(
            en=(
                "- Presenting rumours as facts, or passing on signals that can be traced to one"
                " person."
            ),
            nl=(
                "- Geruchten als feiten brengen, of signalen doorgeven die tot één persoon te"
                " herleiden zijn."
            ),
        ),
    ),
    mentee_responsibilities=_lines(
        Text(
            en=(
                "- Explain the background of the change openly, as far as you are allowed to.\n"
                "- Act visibly on at least one signal and tell your mentor what you did."
            ),
            nl=(
                "- Licht de achtergrond van de verandering open toe, voor zover dat mag.\n"
                "- Doe zichtbaar iets met minstens één signaal en vertel je mentor wat je hebt"
                " gedaan."
            ),
        ),
        _MENTEE_RESPONSIBILITIES_CORE,
    ),
    mentee_expected_behaviour=_lines(
        _MENTEE_EXPECTED_CORE,
        Text(
            en="- Ask for bad news as well as good news, and thank the mentor for it.",
            nl="- Vraag ook om slecht nieuws, niet alleen om goed nieuws, en bedank de mentor"
            " ervoor.",
        ),
    ),
    mentee_unwanted_behaviour=_lines(
        _MENTEE_UNWANTED_CORE,
        _MENTEE_UNWANTED_INTERNAL,
        Text(
            en=(
                "- Tracing signals back to people or teams, or holding people to account for"
                " them.\n"
                "- Using the conversations to sell the change instead of listening."
            ),
            nl=(
                "- Signalen herleiden naar personen of teams, of mensen erop afrekenen.\n"
                "- De gesprekken gebruiken om de verandering te verkopen in plaats van te"
                " luisteren."
            ),
        ),
    ),
    topics=(
        TemplateTopic(
            key="change_awareness",
            name=Text(en="Understanding why", nl="Het waarom begrijpen"),
            description=Text(
                en=(
                    "Do colleagues know why the change is happening, and in which words do they"
                    " explain it to each other?"
                ),
                nl=(
                    "Weten collega's waarom de verandering nodig is, en in welke woorden leggen ze"
                    " het elkaar uit?"
                ),
            ),
        ),
        TemplateTopic(
            key="change_motivation",
            name=Text(en="Wanting to take part", nl="Willen meedoen"),
            description=Text(
                en=(
                    "What makes people want to join in, what they fear losing, and what would"
                    " win them over."
                ),
                nl=(
                    "Wat mensen zin geeft om mee te doen, wat ze vrezen te verliezen, en wat hen"
                    " over de streep zou trekken."
                ),
            ),
        ),
        TemplateTopic(
            key="skills_support",
            name=Text(en="Knowing how and being able to", nl="Weten hoe en kunnen"),
            description=Text(
                en=(
                    "Which knowledge, tools, time and support colleagues need to work in the new"
                    " way."
                ),
                nl=(
                    "Welke kennis, hulpmiddelen, tijd en ondersteuning collega's nodig hebben om"
                    " op de nieuwe manier te werken."
                ),
            ),
        ),
        TemplateTopic(
            key="reinforcement",
            name=Text(en="Making it stick", nl="Vasthouden"),
            description=Text(
                en="What keeps the new way going, and what makes people fall back into old habits.",
                nl="Wat de nieuwe manier overeind houdt, en waardoor mensen terugvallen in oude"
                " gewoonten.",
            ),
        ),
        TemplateTopic(
            key="communication_channels",
            name=Text(en="Channels that reach people", nl="Kanalen die mensen bereiken"),
            description=Text(
                en=(
                    "Intranet, town halls, team leaders, chat groups: which messages arrive, and"
                    " how they come across."
                ),
                nl=(
                    "Intranet, plenaire bijeenkomsten, teamleiders, appgroepen: welke boodschappen"
                    " aankomen, en hoe ze overkomen."
                ),
            ),
        ),
        TemplateTopic(
            key="leader_visibility",
            name=Text(en="Leaders as an example", nl="Leidinggevenden als voorbeeld"),
            description=Text(
                en=(
                    "How the behaviour and words of senior managers are seen on the floor, and"
                    " where they contradict each other."
                ),
                nl=(
                    "Hoe gedrag en woorden van senior managers op de werkvloer worden gezien, en"
                    " waar ze elkaar tegenspreken."
                ),
            ),
        ),
    ),
    objectives=(
        TemplateObjective(
            description=Text(
                en="Mentees adjust their approach and messages based on what they hear.",
                nl="Mentees sturen hun aanpak en boodschap bij op basis van wat ze horen.",
            ),
            target=Text(
                en=(
                    "At least 75% of mentees name at least one message or intervention they"
                    " changed because of their mentor's input."
                ),
                nl=(
                    "Minstens 75% van de mentees noemt minstens één boodschap of interventie die"
                    " ze hebben aangepast door de inbreng van hun mentor."
                ),
            ),
            measurement=Text(
                en="End survey of the mentees.",
                nl="Eindevaluatie onder de mentees.",
            ),
        ),
        TemplateObjective(
            description=Text(
                en="Mentors understand the change and can explain it to colleagues.",
                nl="Mentoren begrijpen de verandering en kunnen die uitleggen aan collega's.",
            ),
            target=Text(
                en=(
                    "At least 80% of mentors rate their understanding of why the change is needed"
                    " 4 or 5 out of 5."
                ),
                nl=(
                    "Minstens 80% van de mentoren beoordeelt hun begrip van waarom de verandering"
                    " nodig is met een 4 of 5 (op 5)."
                ),
            ),
            measurement=Text(
                en="Short survey of the mentors at the start and at the end.",
                nl="Korte vragenlijst onder de mentoren bij de start en aan het eind.",
            ),
        ),
        TemplateObjective(
            description=Text(
                en="Signals from the floor reach the change team regularly.",
                nl="Signalen van de werkvloer bereiken het veranderteam regelmatig.",
            ),
            target=Text(
                en="The change team receives a round of anonymised themes at least once a quarter.",
                nl=(
                    "Het veranderteam krijgt minstens één keer per kwartaal een ronde"
                    " geanonimiseerde thema's."
                ),
            ),
            measurement=Text(
                en=(
                    "Themes the pairs agree to share, collected by the program manager each"
                    " quarter; the number of rounds is recorded."
                ),
                nl=(
                    "Thema's die de duo's willen delen, elk kwartaal verzameld door de"
                    " programmamanager; het aantal rondes wordt bijgehouden."
                ),
            ),
        ),
    ),
)


# --- Behavioural feedback for leaders --------------------------------------------------------

BEHAVIOURAL_FEEDBACK = CharterTemplate(
    key="behavioural_feedback",
    goal_type="behavioural_feedback",
    external_mentors=False,
    name=Text(
        en="Behavioural feedback for leaders",
        nl="Gedragsfeedback voor leidinggevenden",
    ),
    summary=Text(
        en=(
            "A mentor observes the senior's management-team meetings and gives direct feedback on"
            " behaviour afterwards."
        ),
        nl=(
            "Een mentor woont als toehoorder het MT-overleg van de senior bij en geeft na afloop"
            " directe feedback op gedrag."
        ),
    ),
    purpose=Text(
        en=(
            "The higher managers rise, the less honest feedback they receive: the people who"
            " report to them are careful, and peers have their own interests. Yet the behaviour of"
            " leaders in meetings sets the tone for the whole organisation. In this program, a"
            " mentor from elsewhere in the organisation joins the senior's management-team"
            " meetings as an observer and afterwards gives direct, specific feedback on behaviour:"
            " how the meeting is chaired, who gets the floor, how decisions are made and how"
            " dissent is handled. The mentor has no stake in the team and sees what insiders no"
            " longer notice. The goal is visible change in two or three behaviours the senior"
            " chooses."
        ),
        nl=(
            "Hoe hoger je in de organisatie komt, hoe minder eerlijke feedback je krijgt:"
            " medewerkers zijn voorzichtig en collega's hebben hun eigen belangen. Toch zet het"
            " gedrag van leidinggevenden in overleggen de toon voor de hele organisatie. In dit"
            " programma schuift een mentor van elders uit de organisatie als toehoorder aan bij"
            " het MT-overleg van de senior en geeft na afloop directe, concrete feedback op"
            " gedrag: hoe het overleg wordt voorgezeten, wie het woord krijgt, hoe besluiten tot"
            " stand komen en hoe er met tegengeluid wordt omgegaan. De mentor heeft geen belang"
            " in het team en ziet wat insiders niet meer opvalt. Het doel is zichtbare"
            " verandering in twee of drie gedragingen die de senior zelf kiest."
        ),
    ),
    confidentiality_rules=_lines(
        _CONFIDENTIALITY_CORE,
        _SHADOWING_CONFIDENTIALITY,
        Text(
            en=(
                "- Feedback on the mentee's behaviour is for the mentee only. It does not go to"
                " the mentee's manager, the board or a 360-degree review, unless the mentee"
                " chooses to share it.\n"
                "- The mentor gives no feedback on other members of the management team and"
                " writes no notes about them."
            ),
            nl=(
                "- Feedback op het gedrag van de mentee is alleen voor de mentee. Die gaat niet"
                " naar de leidinggevende van de mentee, de directie of een 360-gradenfeedback,"
                " tenzij de mentee die zelf deelt.\n"
                "- De mentor geeft geen feedback over andere MT-leden en maakt geen notities over"
                " hen."
            ),
        ),
    ),
    mentor_population="internal",
    mentee_population="internal",
    mentor_grade_max=6,
    mentee_grade_min=9,
    matching_method="manual",
    hours_per_month=4,
    meeting_every_weeks=4,
    meeting_minutes=60,
    duration_months=9,
    formats=("shadowing", "conversation"),
    mentor_responsibilities=_lines(
        Text(
            en=(
                "- Attend at least one management-team meeting a month as an observer and note"
                " concrete observations: what happened, when, and with what effect.\n"
                "- Give feedback within a week of each meeting, in the structure from the"
                " training: observation, effect, question."
            ),
            nl=(
                "- Woon minstens één MT-overleg per maand bij als toehoorder en noteer concrete"
                " observaties: wat gebeurde er, wanneer, en met welk effect.\n"
                "- Geef binnen een week na elk overleg feedback, in de opbouw uit de training:"
                " observatie, effect, vraag."
            ),
        ),
        _MENTOR_RESPONSIBILITIES_CORE,
    ),
    mentor_expected_behaviour=_lines(
        _MENTOR_EXPECTED_CORE,
        Text(
            en=(
                "- Describe behaviour you observed, not personality: 'you interrupted twice', not"
                " 'you are dominant'.\n"
                "- Name what works as well as what could be better."
            ),
            nl=(
                "- Beschrijf waargenomen gedrag, geen persoonlijkheid: 'je onderbrak twee keer',"
                " niet 'je bent dominant'.\n"
                "- Benoem wat werkt, en ook wat beter kan."
            ),
        ),
    ),
    mentor_unwanted_behaviour=_lines(
        _MENTOR_UNWANTED_CORE,
        Text(
            en=(
                "- Joining the discussion in the management-team meeting, or reacting to it"
                " during the meeting.\n"
                "- Judging the content of the mentee's decisions: the feedback is about"
                " behaviour."
            ),
            nl=(
                "- Meepraten in het MT-overleg of er tijdens het overleg op reageren.\n"
                "- Inhoudelijk oordelen over besluiten van de mentee: de feedback gaat over"
                " gedrag."
            ),
        ),
    ),
    mentee_responsibilities=_lines(
        Text(
            en=(
                "- Choose two or three behaviours you want feedback on, and tell your management"
                " team why the mentor attends.\n"
                "- Schedule the debrief within a week of each observed meeting."
            ),
            nl=(
                "- Kies twee of drie gedragingen waarop je feedback wilt, en vertel je MT waarom"
                " de mentor aanwezig is.\n"
                "- Plan het nagesprek binnen een week na elk bijgewoond overleg."
            ),
        ),
        _MENTEE_RESPONSIBILITIES_CORE,
    ),
    mentee_expected_behaviour=_lines(
        _MENTEE_EXPECTED_CORE,
        Text(
            en=("- Receive feedback without explaining it away; ask questions to understand it."),
            nl="- Neem feedback aan zonder die weg te verklaren; stel vragen om die te begrijpen.",
        ),
    ),
    mentee_unwanted_behaviour=_lines(
        _MENTEE_UNWANTED_CORE,
        _MENTEE_UNWANTED_INTERNAL,
        Text(
            en=(
                "- Asking the mentor to report on other members of the management team.\n"
                "- Putting on a show for the observer instead of behaving as usual."
            ),
            nl=(
                "- De mentor vragen om te rapporteren over andere MT-leden.\n"
                "- Toneelspelen voor de toehoorder in plaats van je gewone gedrag te laten zien."
            ),
        ),
    ),
    topics=(
        TemplateTopic(
            key="chairing_meetings",
            name=Text(en="Chairing meetings", nl="Voorzitten"),
            description=Text(
                en="Structure, time and focus: how the mentee leads the meeting to decisions.",
                nl="Structuur, tijd en focus: hoe de mentee het overleg naar besluiten leidt.",
            ),
        ),
        TemplateTopic(
            key="listening_questions",
            name=Text(en="Listening and asking", nl="Luisteren en vragen stellen"),
            description=Text(
                en=(
                    "How much the mentee talks and how much they listen, and which questions open"
                    " up the discussion."
                ),
                nl=(
                    "Hoeveel de mentee zelf praat en hoeveel luistert, en welke vragen het gesprek"
                    " openen."
                ),
            ),
        ),
        TemplateTopic(
            key="presence_nonverbal",
            name=Text(en="Presence and body language", nl="Aanwezigheid en lichaamstaal"),
            description=Text(
                en=(
                    "Tone, posture, attention, and what a laptop or phone on the table says to"
                    " others."
                ),
                nl=(
                    "Toon, houding, aandacht, en wat een laptop of telefoon op tafel zegt tegen"
                    " anderen."
                ),
            ),
        ),
        TemplateTopic(
            key="decision_clarity",
            name=Text(en="Clear decisions", nl="Heldere besluiten"),
            description=Text(
                en=("Whether everyone leaves knowing what was decided, who does what and by when."),
                nl="Of iedereen weet wat er besloten is, wie wat doet en wanneer.",
            ),
        ),
        TemplateTopic(
            key="room_for_dissent",
            name=Text(en="Room for dissent", nl="Ruimte voor tegengeluid"),
            description=Text(
                en=(
                    "How the mentee reacts to criticism, mistakes and bad news, and whether"
                    " others dare to disagree."
                ),
                nl=(
                    "Hoe de mentee reageert op kritiek, fouten en slecht nieuws, en of anderen"
                    " het oneens durven te zijn."
                ),
            ),
        ),
        TemplateTopic(
            key="team_dynamics",
            name=Text(en="Team dynamics", nl="Teamdynamiek"),
            description=Text(
                en=(
                    "Turn-taking, alliances and tensions in the team, and the mentee's part in"
                    " them."
                ),
                nl=(
                    "Wie wanneer aan het woord is, bondgenootschappen en spanningen in het team,"
                    " en de rol van de mentee daarin."
                ),
            ),
        ),
        TemplateTopic(
            key="large_audiences",
            name=Text(en="Speaking to large groups", nl="Spreken voor grote groepen"),
            description=Text(
                en=(
                    "How the mentee comes across in town halls and presentations, observed and"
                    " discussed in the same way."
                ),
                nl=(
                    "Hoe de mentee overkomt in plenaire bijeenkomsten en presentaties, op"
                    " dezelfde manier geobserveerd en besproken."
                ),
            ),
        ),
    ),
    objectives=(
        TemplateObjective(
            description=Text(
                en="Mentees receive feedback regularly.",
                nl="Mentees krijgen regelmatig feedback.",
            ),
            target=Text(
                en="Every mentee is observed and debriefed after at least 6 meetings.",
                nl="Elke mentee wordt bij minstens 6 overleggen geobserveerd en nabesproken.",
            ),
            measurement=Text(
                en=(
                    "Meeting metadata in revmentor: shadowing sessions and debriefs held; no"
                    " content is used."
                ),
                nl=(
                    "Metagegevens in revmentor: gehouden meeloopmomenten en nagesprekken; de"
                    " inhoud wordt niet gebruikt."
                ),
            ),
        ),
        TemplateObjective(
            description=Text(
                en="Mentees make progress on the behaviours they chose.",
                nl="Mentees boeken vooruitgang op de gedragingen die ze kozen.",
            ),
            target=Text(
                en=(
                    "At least 75% of mentees improve by one point or more (5-point scale) on each"
                    " chosen behaviour."
                ),
                nl=(
                    "Minstens 75% van de mentees gaat op elk gekozen gedrag één punt of meer"
                    " vooruit (5-puntsschaal)."
                ),
            ),
            measurement=Text(
                en=(
                    "Joint rating by mentor and mentee at the start, halfway and at the end; only"
                    " the average change is reported."
                ),
                nl=(
                    "Gezamenlijke score van mentor en mentee bij de start, halverwege en aan het"
                    " eind; alleen de gemiddelde verandering wordt gerapporteerd."
                ),
            ),
        ),
        TemplateObjective(
            description=Text(
                en="The management team notices the change.",
                nl="Het MT merkt de verandering.",
            ),
            target=Text(
                en=(
                    "The team's average score on two or three agreed items about the mentee's"
                    " behaviour rises by at least 0.5 on a 5-point scale."
                ),
                nl=(
                    "De gemiddelde score van het team op twee of drie afgesproken vragen over het"
                    " gedrag van de mentee stijgt minstens 0,5 punt op een 5-puntsschaal."
                ),
            ),
            measurement=Text(
                en=(
                    "Short anonymous pulse survey among the management team at the start and the"
                    " end; only for teams of 5 or more."
                ),
                nl=(
                    "Korte anonieme pulsmeting onder het MT bij de start en aan het eind; alleen"
                    " bij teams van 5 of meer."
                ),
            ),
        ),
    ),
)


TEMPLATES: tuple[CharterTemplate, ...] = (
    DIGITAL_FLUENCY,
    DIGITAL_FLUENCY_STUDENTS,
    YOUNG_CUSTOMERS,
    RETENTION,
    DIVERSITY_INCLUSION,
    JUNIOR_LEADERSHIP,
    CHANGE_COMMUNICATION,
    BEHAVIOURAL_FEEDBACK,
)

_BY_KEY: dict[str, CharterTemplate] = {template.key: template for template in TEMPLATES}
if len(_BY_KEY) != len(TEMPLATES):  # pragma: no cover - guards against a copy-paste slip
    raise ValueError("charter template keys repeat")


def get_template(key: str) -> CharterTemplate:
    """Return the template with this key; raise KeyError for an unknown key."""
    try:
        return _BY_KEY[key]
    except KeyError:
        raise KeyError(f"unknown charter template {key!r}") from None


def template_choices() -> list[tuple[str, Text]]:
    """(key, name) for every template, in the order the template picker shows them."""
    return [(template.key, template.name) for template in TEMPLATES]
