"""Every phrase list, threshold and weight the rules use: data in one place, easy to extend.

Read by `core.text`, `core.spelling`, `core.timing`, `core.rules` and `core.scoring`; holds no logic.
"""

from __future__ import annotations

# --------------------------------------------------------------------------- scoring
#: Weight of a rule by severity (RULES.md: error 3, warning 2, suggestion 1).
WEIGHTS: dict[str, int] = {"error": 3, "warning": 2, "suggestion": 1}

# --------------------------------------------------------------------------- timing
#: The whole window for a thank-you email, counted from the interview's end.
DEADLINE_HOURS = 24
#: timing.deadline warns when fewer than this many hours remain.
DEADLINE_SOON_HOURS = 6
#: timing.same-day: a morning interview (ending before this hour) ...
SAME_DAY_MORNING_BEFORE_HOUR = 12
#: ... should be answered before this hour of the same day (the interview's own offset).
SAME_DAY_EVENING_HOUR = 18

# --------------------------------------------------------------------------- thresholds
SUBJECT_MAX_CHARS = 70
SUBJECT_SHOUT_MIN_LETTERS = 4
CLARIFY_MAX_WORDS = 45
CLARIFY_MAX_SENTENCES = 1
BODY_MIN_WORDS = 50
BODY_MAX_WORDS = 200
REJECTION_BODY_MAX_WORDS = 120
#: roster.too-similar: two drafts more alike than this (0-1, on word tokens, names blanked).
SIMILARITY_MAX = 0.85
#: Drafts shorter than this many words are not compared for similarity.
SIMILARITY_MIN_WORDS = 12
#: Quoted user text in a finding's message is cut to this many characters (one line, always).
DETAIL_MAX_CHARS = 60
#: proof.interviewer-name / proof.company-name: edits that make a near-miss.
NAME_MAX_EDITS = 2
#: A company name longer than this many words is not matched as a whole (no real one is).
COMPANY_MAX_WORDS = 8
#: ... one edit only for names this short or shorter.
SHORT_NAME_LETTERS = 4
SHORT_NAME_MAX_EDITS = 1
#: A word the dictionary has seen at least this often is an ordinary word, never a name slip.
ORDINARY_WORD_MIN_COUNT = 20_000
#: Spelling skips ALL-CAPS tokens up to this many letters (acronyms: SQL, GCSE, NHS).
ACRONYM_MAX_LETTERS = 6
#: At least this share of a topic's content words must appear for it to count as referenced.
TOPIC_MATCH_SHARE = 0.5

# --------------------------------------------------------------------------- words
STOPWORDS: frozenset[str] = frozenset(
    """
    a about above after again against all also am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further had has
    have having he her here hers herself him himself his how i if in into is it its itself just me more
    most my myself no nor not now of off on once only or other our ours ourselves out over own same she
    should so some such than that the their theirs them themselves then there these they this those
    through to too under until up very was we were what when where which while who whom why will with
    would you your yours yourself yourselves us via per etc new one two three many much well really
    my our i'm i've we're you're it's that's thing things way ways lot
    """.split()
)

#: Ordinary English words that are never taken for a slip of a name (used when no dictionary is loaded).
COMMON_WORDS: frozenset[str] = frozenset(
    """
    a about after again all also always am an and any are as ask at away back be been before best
    better big both but by call came can case come could day days dear did do does done down during
    each early end even every feel few field find first for from full get give glad go good got great
    had hard has have he hear held help her here hi high him his hope how i if in into is it its job
    just keep kind know last late later learn left let like little long look lot made make many may
    me mean meet met more most much must my name need never new next nice no not note now of off often
    old on once one only open or other our out over own part past people place plan point put rather
    read real really right role run said same saw say see seen send sent set she should show side
    since so some soon start still such sure take talk team tell than thank thanks that the their them
    then there these they thing think this those though time to today told too took true try turn two
    under up us use very want was way we week well went were what when where which while who why will
    wish with work would year yes yet you your data date deal dean mark park lead read rose grace hope
    will price king river
    """.split()
)

#: Contractions and their relatives that are correct although no dictionary lists them.
CONTRACTIONS: frozenset[str] = frozenset(
    """
    i'm i've i'd i'll you're you've you'd you'll we're we've we'd we'll they're they've they'd they'll
    he's she's it's that's there's here's what's who's let's don't doesn't didn't can't couldn't won't
    wouldn't shouldn't isn't aren't wasn't weren't haven't hasn't hadn't mustn't needn't o'clock
    """.split()
)

#: Everyday words of working life that pyspellchecker's list lacks.
EXTRA_WORDS: frozenset[str] = frozenset(
    """
    onboarding walkthrough learnings email emails teammate teammates analytics dataset datasets
    workflow workflows stakeholder stakeholders upskilling roadmap roadmaps timeline timelines
    backend frontend fullstack startup startups offboarding headcount skillset skillsets
    cybersecurity multidisciplinary maths programme
    """.split()
)

#: Honorifics dropped before taking a first and last name ("Dr. Sam Okafor").
HONORIFICS: frozenset[str] = frozenset("dr dr. mr mr. mrs mrs. ms ms. mx mx. prof prof. professor sir dame".split())

#: Words ending in "." that do not end a sentence.
ABBREVIATIONS: frozenset[str] = frozenset(
    "e.g i.e etc vs dr mr mrs ms mx prof st jr sr inc ltd co no approx dept".split()
)

# --------------------------------------------------------------------------- subject
#: subject.thanks: any of these words or phrases (case-insensitive, on word boundaries).
THANKS_IN_SUBJECT: tuple[str, ...] = ("thank you", "thanks", "thank-you", "thankyou", "thank")
#: subject.shouting: punctuation that shouts.
SHOUTING_MARKS: tuple[str, ...] = ("!!", "??", "?!", "!?")

# --------------------------------------------------------------------------- greeting
GENERIC_SALUTATIONS: tuple[str, ...] = (
    "to whom it may concern",
    "dear sir or madam",
    "dear sir/madam",
    "dear sir / madam",
    "dear madam or sir",
    "dear sirs",
    "dear hiring manager",
    "dear hiring team",
    "dear recruiter",
    "dear interviewer",
    "hi there",
    "hello there",
    "hey there",
    "hello all",
    "hi all",
    "hey all",
    "hello everyone",
    "hi everyone",
    "dear all",
)
#: roster.one-recipient: salutations that greet a group.
GROUP_SALUTATIONS: tuple[str, ...] = (
    "all",
    "everyone",
    "everybody",
    "team",
    "panel",
    "both",
    "folks",
    "guys",
    "colleagues",
    "y'all",
)
#: Words that may open a greeting before the group word ("Hi all", "Dear team").
GREETING_OPENERS: tuple[str, ...] = ("dear", "hi", "hello", "hey", "good morning", "good afternoon", "greetings")

# --------------------------------------------------------------------------- gratitude
#: gratitude.thanks and rejection.appreciation: word stems that thank.
THANKS_STEMS: tuple[str, ...] = ("thank", "grateful", "gratitude", "appreciat")

# --------------------------------------------------------------------------- interest
ENTHUSIASM_PHRASES: tuple[str, ...] = (
    "excited",
    "exciting",
    "excitement",
    "enthusiastic",
    "enthusiasm",
    "eager",
    "eagerly",
    "interested",
    "keen",
    "thrilled",
    "look forward",
    "looking forward",
    "delighted",
)
#: interest.enthusiasm: words that name the role or the organisation besides the title and the company.
ORGANISATION_WORDS: tuple[str, ...] = (
    "team",
    "mission",
    "role",
    "position",
    "organisation",
    "organization",
    "company",
    "school",
    "practice",
    "department",
    "ward",
)

# --------------------------------------------------------------------------- clarification
APOLOGETIC_PHRASES: tuple[str, ...] = (
    "sorry",
    "apologise",
    "apologize",
    "apologies",
    "apologised",
    "apologized",
    "apology",
    "messed up",
    "blanked",
    "my bad",
    "i panicked",
    "panicked",
    "nervous",
    "bombed",
    "screwed up",
    "froze",
    "botched",
)

# --------------------------------------------------------------------------- closing
NEXT_STEP_PHRASES: tuple[str, ...] = (
    "look forward",
    "looking forward",
    "next step",
    "next steps",
    "hearing from you",
    "hear from you",
    "hearing back",
    "the process",
    "future conversation",
    "further conversation",
    "speaking again",
    "talking again",
    "continuing the conversation",
    "continuing our conversation",
)
#: closing.no-pressure: demanding or impatient phrases.
PRESSURE_PHRASES: tuple[str, ...] = (
    "asap",
    "a.s.a.p",
    "as soon as possible",
    "need to know",
    "needs to know",
    "please respond",
    "please reply",
    "respond by",
    "reply by",
    "haven't heard",
    "haven’t heard",
    "have not heard",
    "other offers",
    "other offer",
    "another offer",
    "competing offer",
    "deadline",
    "when will i hear",
    "when can i expect",
    "i expect to hear",
)
#: "by" + one of these is a demanded date ("by Friday", "by tomorrow", "by 3 March").
WEEKDAYS: tuple[str, ...] = (
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun",
)
MONTHS: tuple[str, ...] = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
)
DATE_WORDS: tuple[str, ...] = ("tomorrow", "tonight", "today", "end of day", "end of the day", "end of the week", "end of week", "eod", "eow", "close of business", "cob", "next week")

# --------------------------------------------------------------------------- sign-off
FORMAL_SIGNOFFS: tuple[str, ...] = (
    "sincerely",
    "yours sincerely",
    "best regards",
    "kind regards",
    "kindest regards",
    "warm regards",
    "warmest regards",
    "regards",
    "best wishes",
    "best",
    "yours truly",
    "yours faithfully",
    "thank you",
    "with thanks",
    "with gratitude",
    "with appreciation",
    "respectfully",
    "many thanks",
)
CASUAL_SIGNOFFS: tuple[str, ...] = ("cheers", "thx", "later", "laters", "xo", "xoxo", "xx", "love", "ttyl", "peace", "ta")

# --------------------------------------------------------------------------- proofreading
#: proof.placeholder: regular expressions for template leftovers.
PLACEHOLDER_PATTERNS: tuple[str, ...] = (
    r"\[[^\[\]\n]{0,60}\]",  # [Your Name], [Job Title], [...]
    r"\{\{.*?\}\}",  # {{ name }}
    r"\{\{|\}\}",  # a lone {{ or }}
    r"<[A-Za-z][A-Za-z _\-]{0,30}>",  # <name>
    # \bXXX+\b, \bTODO\b, \bTBD\b, \bTK\b and _{3,}, written to start with a plain character (the word
    # boundary as a lookbehind after it): with every pattern so, `re` skips ahead to a candidate character
    r"X(?<!\wX)XX+\b",
    r"T(?<!\wT)ODO\b",
    r"T(?<!\wT)BD\b",
    r"T(?<!\wT)K\b",
    r"__{2,}",
)
#: Substrings one of which every placeholder contains (a quick test before the patterns run).
PLACEHOLDER_MARKS: tuple[str, ...] = ("[", "]", "{{", "}}", "<", "XXX", "TODO", "TBD", "TK", "___")
#: proof.repeated-word: doubles that are correct English.
ALLOWED_REPEATS: frozenset[str] = frozenset({"had", "that", "is"})

# --------------------------------------------------------------------------- roster
#: roster.one-recipient: joins two names in one greeting ("Dana and Sam", "Dana & Sam").
NAME_JOINERS: tuple[str, ...] = ("and", "&", ",", "+")

# --------------------------------------------------------------------------- rejection
OPPORTUNITY_WORDS: tuple[str, ...] = ("opportunity", "opportunities", "time", "consideration", "considering", "chance")
WELL_WISH_PHRASES: tuple[str, ...] = (
    "success",
    "successful",
    "best of luck",
    "good luck",
    "all the best",
    "every success",
    "the very best",
)
#: "wish" followed within a few words by "well" ("I wish you and the team well").
WISH_WELL_PATTERN = r"\bwish(?:es|ing)?\b(?:\W+\w+){0,6}?\W+well\b"
DOOR_OPEN_PHRASES: tuple[str, ...] = (
    "future",
    "stay in touch",
    "keep in touch",
    "staying in touch",
    "keeping in touch",
    "connected",
    "other opportunities",
    "future opportunities",
    "future openings",
    "future roles",
    "cross paths",
)
PUSHBACK_PHRASES: tuple[str, ...] = (
    "reconsider",
    "reconsideration",
    "unfair",
    "not fair",
    "mistake",
    "change your mind",
    "disappointed in your decision",
    "disappointed with your decision",
    "disagree with your decision",
    "disagree with the decision",
    "why was i not",
    "why wasn't i",
    "why was i rejected",
    "wrong decision",
    "appeal the decision",
)

# --- starters (core/render.py): how a result from the setup form is worded in a sentence -------------------
#: Past-tense verbs a result may start with ("rebuilt the nightly ETL as streaming"): such a result reads
#: "I rebuilt ..."; one that starts otherwise is a noun phrase ("churn dashboard that cut ...": "my churn ...").
#: Regular "-ed" verbs are recognised by their ending; these are the irregular ones.
STARTER_IRREGULAR_VERBS: frozenset[str] = frozenset(
    """
    built rebuilt led ran cut made grew won wrote rewrote taught drove set began brought bought caught chose
    did drew found fought gave got held kept knew laid lent lost met paid put quit read rode rose saw sold
    sent shot shut sang sat slept spent spoke split spread stood stole struck swam took tore threw told
    thought understood undertook upheld went withdrew overcame oversaw overtook shipped mentored
    """.split()
)
#: Words that already begin a noun phrase: no "my" in front of them.
STARTER_DETERMINERS: frozenset[str] = frozenset("a an the my our this that these those one two three".split())
#: Words that start a concern which takes no "the" in front ("how I would ...", "why I left ...").
STARTER_NO_ARTICLE: frozenset[str] = frozenset("how why what when where whether which who whom my our your their".split())
