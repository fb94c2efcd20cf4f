"""Every phrase list, threshold and weight the rules use: data in one place, easy to extend.

Read by `core.text`, `core.spelling`, `core.timing`, `core.rules` and `core.scoring`; holds no logic.
"""

from __future__ import annotations

# --------------------------------------------------------------------------- scoring
#: What one finding takes off its band's top, by severity, before scaling (RULES.md: error 3, warning 2,
#: suggestion 1). Read through `core.findings.Severity.weight`.
WEIGHTS: dict[str, int] = {"error": 3, "warning": 2, "suggestion": 1}
#: Score bands by the worst severity found (None: nothing found): (floor, top, band name). They never
#: overlap, so a score names its band (RULES.md).
SCORE_BANDS: dict[str | None, tuple[int, int, str]] = {
    "error": (0, 59, "not ready"),
    "warning": (60, 89, "needs work"),
    "suggestion": (90, 99, "polish"),
    None: (100, 100, "ready"),
}
#: The weight that takes any band from its top to its floor: a finding costs weight x band width / this
#: (so ten errors, or fifteen warnings, empty the band they are in).
BAND_FULL_WEIGHT = 30

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
#: Drafts are compared on their first this many words (five times BODY_MAX_WORDS): a comparison costs the
#: product of the two lengths, so 100 drafts of 8,000 words took minutes; one of 1,000 takes 0.1 ms.
SIMILARITY_MAX_WORDS = 1000
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
    cybersecurity multidisciplinary maths programme inbox inboxes voicemail
    """.split()
)

#: Honorifics dropped before taking a first and last name ("Dr. Sam Okafor").
HONORIFICS: frozenset[str] = frozenset("dr dr. mr mr. mrs mrs. ms ms. mx mx. prof prof. professor sir dame".split())
#: Words after a surname that are not the surname ("Jr.", "PhD").
NAME_SUFFIXES: frozenset[str] = frozenset("jr sr ii iii iv phd md esq dds mba cpa".split())

#: Words ending in "." that do not end a sentence.
ABBREVIATIONS: frozenset[str] = frozenset(
    "e.g i.e etc vs dr mr mrs ms mx prof st jr sr inc ltd co no approx dept".split()
)

# --------------------------------------------------------------------------- subject
#: subject.thanks: any of these words or phrases (case-insensitive, on word boundaries).
THANKS_IN_SUBJECT: tuple[str, ...] = ("thank you", "thanks", "thank-you", "thankyou", "thank")
#: subject.shouting: punctuation that shouts.
SHOUTING_MARKS: tuple[str, ...] = ("!!", "??", "?!", "!?")
#: subject.role: words of job titles and their common short forms. Each group is one meaning: a subject
#: that writes any member names the same thing as any other ("Senior PM" = "Senior Product Manager").
ROLE_ABBREVIATIONS: tuple[tuple[str, ...], ...] = (
    ("senior", "sr", "snr"),
    ("junior", "jr", "jnr"),
    ("product manager", "pm"),
    ("project manager", "pm"),
    ("program manager", "programme manager", "pm"),
    ("vice president", "vp"),
    ("senior vice president", "svp"),
    ("executive vice president", "evp"),
    ("engineer", "engineering", "eng", "engr"),
    ("software engineer", "swe"),
    ("software development engineer", "sde"),
    ("developer", "dev"),
    ("manager", "mgr"),
    ("director", "dir"),
    ("assistant", "asst"),
    ("associate", "assoc"),
    ("administrator", "admin"),
    ("executive", "exec"),
    ("representative", "rep"),
    ("coordinator", "co-ordinator", "coord"),
    ("technician", "tech"),
    ("registered nurse", "rn"),
    ("human resources", "hr"),
    ("information technology", "it"),
    ("user experience", "ux"),
    ("user interface", "ui"),
    ("quality assurance", "qa"),
    ("business development", "bd"),
    ("chief executive officer", "ceo"),
    ("chief technology officer", "cto"),
    ("chief financial officer", "cfo"),
    ("chief operating officer", "coo"),
    ("and", "&"),
)

# --------------------------------------------------------------------------- greeting
#: greeting.generic: salutations that name nobody, in the forms used across regions.
GENERIC_SALUTATIONS: tuple[str, ...] = (
    "to whom it may concern",
    "to whomsoever it may concern",
    "dear sir or madam",
    "dear sir",
    "dear madam",
    "dear ma'am",
    "dear sir(s)",
    "respected sir",
    "respected madam",
    "respected ma'am",
    "respected sir or madam",
    "respected sir/madam",
    "respected sirs",
    "hello sir",
    "hi sir",
    "good day sir",
    "dear hiring committee",
    "dear selection committee",
    "dear search committee",
    "dear interview panel",
    "dear interview committee",
    "dear selection panel",
    "dear hiring panel",
    "dear recruitment panel",
    "dear appointment panel",
    "dear appointments panel",
    "dear panel",
    "dear panel members",
    "dear recruitment team",
    "dear recruiting team",
    "dear talent team",
    "dear talent acquisition team",
    "dear hr",
    "dear hr team",
    "dear human resources",
    "dear team",
    "dear colleagues",
    "dear friends",
    "dear hiring manager(s)",
    "dear hiring managers",
    "dear recruiters",
    "dear employer",
    "dear madam/sir",
    "hello team",
    "hi team",
    "hey team",
    "g'day all",
    "g'day everyone",
    "good morning all",
    "good afternoon all",
    "good morning everyone",
    "good afternoon everyone",

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
#: interest.enthusiasm: the start of a word that says renewed interest ("excit" covers excited, exciting,
#: excitement). Gathered from published thank-you emails; matched on word starts, so correcting a slip in
#: a word's ending ("my interested" -> "my interest") never loses the match.
ENTHUSIASM_WORD_STARTS: tuple[str, ...] = (
    "excit", "enthusias", "eager", "interest", "keen", "thrill", "delight", "passion", "honor", "honour",
    "privileg", "drawn", "dream", "love", "lovi", "inspir", "energi", "energis", "motivat", "appeal",
    "attract", "fascinat", "captivat", "enthral", "stoked", "psyched", "pumped", "jazzed", "elated",
    "relish", "yearn",
)
#: ... except these words, which start alike and say something else.
ENTHUSIASM_NOT_WORDS: frozenset[str] = frozenset(
    "interesting interestingly lovely dreamt dreaded keenly-priced attractive attractively".split()
)
#: ... and phrases that say it without one of those words ("the one I most want", "want to join").
ENTHUSIASM_PHRASES: tuple[str, ...] = (
    "most want",
    "really want",
    "truly want",
    "would welcome the opportunity",
    "would welcome the chance",
    "would jump at",
    "right place for me",
    "the right place",
    "perfect match",
    "a great match",
    "perfectly matches my",
    "matches my interests",
    "my desire to",
    "my first choice",
    "top choice",
    "proud to",
    "be proud",
)
#: ... and wanting to join, in its many shapes: a wish ("would very much like", "hope", "can't wait",
#: "look forward") and, within a few words, "to" + joining, working or contributing (regular expressions,
#: case-insensitive, one sentence at a time).
ENTHUSIASM_PATTERNS: tuple[str, ...] = (
    r"\b(?:want|wanted|like|hope|hoping|wish|love|ready|glad|happy|proud|can't\s+wait|cannot\s+wait|"
    r"look(?:ing)?\s+forward)\b(?:\s+[\w'’]+){0,3}?\s+to\s+(?:[\w'’]+\s+){0,3}?(?:join|be(?:ing)?\s+(?:a\s+)?part|"
    r"be(?:ing)?\s+on\s+(?:the|your)|work|contribut|collaborat|start|get\s+started|become|run|lead|manage|serve)",
    r"\b(?:confirmed|reinforced|strengthened|deepened|renewed)\s+(?:my\s+)?(?:wish|desire|hope|conviction)\b",
    # wanting the job itself ("left wanting this job even more", "I really want the role")
    r"\bwant(?:s|ed|ing)?\s+(?:\w+\s+){0,2}?(?:this|the|that|your)\s+(?:job|role|position|post|opportunity|offer)\b",
    # "nothing would make me happier than ...", "it would make me very happy to ..."
    r"\bnothing\s+would\s+(?:make\s+me\s+happier|please\s+me\s+more|suit\s+me\s+better)\b",
    r"\bwould\s+make\s+me\s+(?:so\s+|very\s+|really\s+|truly\s+)?(?:happy|proud)\b",
)
#: Words before an enthusiasm word that undo it ("not interested", "no longer keen").
ENTHUSIASM_NEGATIONS: frozenset[str] = frozenset("not no never longer less hardly nor".split())
#: interest.enthusiasm: what the interest must be about, besides the job title and the company's name
#: (word starts, as above; "join" covers joining).
ENTHUSIASM_TARGET_STARTS: tuple[str, ...] = (
    "team", "mission", "role", "position", "job", "post", "opportunit", "organisation", "organization",
    "company", "firm", "school", "practice", "department", "ward", "unit", "clinic", "hospital", "agency",
    "studio", "group", "office", "join", "contribut", "vision", "work", "career", "chance", "possibilit",
    "opening", "vacancy", "here", "culture", "product", "project", "program", "programme", "store",
    "restaurant", "lab", "charity", "trust", "council", "university", "college", "academy", "business",
    "colleague", "part of", "environment", "family", "place", "collaborat",
)
#: Pronouns that name the candidate (interest.skill-link: the candidate's side of a link).
FIRST_PERSON: frozenset[str] = frozenset("i my me i'm i've i'd i'll myself mine".split())
#: Words that say the candidate did or has something (interest.skill-link), as word starts.
EXPERIENCE_WORD_STARTS: tuple[str, ...] = (
    "experien", "background", "year", "built", "build", "led", "lead", "ran", "run", "manag", "design",
    "creat", "automat", "develop", "wrote", "written", "writ", "taught", "teach", "train", "launch",
    "deliver", "organis", "organiz", "reduc", "cut", "improv", "implement", "migrat", "moved", "handl",
    "worked", "spent", "own", "shipp", "drove", "coordinat", "co-ordinat", "supervis", "mentor",
    "maintain", "redesign", "rewrote", "rewrit", "grew", "grow", "rais", "increas", "decreas", "halv",
    "doubl", "sav", "streamlin", "establish", "introduc", "set up", "started", "founded", "completed",
    "certif", "qualif", "degree", "trained", "studied", "research", "publish", "present", "analys",
    "analyz", "model", "test", "coach", "recruit", "negotiat", "sold", "closed", "won", "achiev",
    "resolv", "fixed", "cared", "nurs", "treat", "support", "co-wrote", "co-led", "skill", "expert",
    "proficien", "fluent", "familiar", "used", "using", "work",
)
#: interest.skill-link: words of a fit claim that name nothing concrete ("my skills and experience make
#: me a strong fit"). A candidate's clause made only of these (and stopwords) is not a link.
GENERIC_FIT_WORDS: frozenset[str] = frozenset(
    """
    believe think feel confident sure certain skill skills experience experiences background backgrounds
    make makes made strong stronger strongest fit fits fitting good great ideal excellent perfect right
    candidate candidates qualified qualification qualifications asset assets valuable value team teams
    role roles position positions job company organisation organization bring brings contribute
    contribution help helps able ability abilities knowledge expertise passion passionate dedication
    dedicated hard working hardworking motivated relevant suitable suited well-suited match matches
    matching align aligns aligned would could will can may might also really truly very much many
    everything anything something what all set skillset skillsets qualities quality attributes traits
    unique proven track record years year professional personal success successful successfully
    work working worked career opportunity chance part need needs needed requirements requirement
    ethic ethics attitude style approach mindset positive serve serves benefit benefits asset
    """.split()
)
#: interest.skill-link: words that put a need of the role beside the candidate's skill.
NEED_WORD_STARTS: tuple[str, ...] = (
    "need", "require", "looking for", "look for", "priorit", "goal", "challeng", "focus", "help",
    "contribut", "bring", "apply", "support", "benefit", "useful", "valuable", "relevant", "match",
    "align", "team", "role", "position", "job", "department", "you ", "your", "here", "want",
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
    "next stage",
    "next round",
    "hearing from you",
    "hear from you",
    "hearing back",
    "hear back",
    "the process",
    "your decision",
    "the decision",
    "future conversation",
    "further conversation",
    "further discussion",
    "speaking again",
    "talking again",
    "speak again",
    "talk again",
    "speak soon",
    "talk soon",
    "meet again",
    "meeting again",
    "continuing the conversation",
    "continuing our conversation",
    "continue the conversation",
    "continue our conversation",
    "follow up",
    "follow-up",
    "following up",
    "be in touch",
    "get in touch",
    "keep in touch",
    "stay in touch",
    "touch base",
    "check in",
    "checking in",
    "await your",
    "awaiting your",
    "moving forward",
    "hope to hear",
    "hoping to hear",
)
#: closing.no-pressure: demanding or impatient phrases (found anywhere in the email).
PRESSURE_PHRASES: tuple[str, ...] = (
    "asap",
    "a.s.a.p",
    "as soon as possible",
    "at the earliest",
    "at your earliest",
    "need to know",
    "needs to know",
    "need an answer",
    "need a decision",
    "need a response",
    "need a reply",
    "need to hear",
    "need your answer",
    "need your decision",
    "i must know",
    "i must have",
    "please respond",
    "please reply",
    "please get back to me",
    "respond by",
    "reply by",
    "haven't heard",
    "haven’t heard",
    "have not heard",
    "still haven't",
    "still have not",
    "still waiting",
    "other offers",
    "other offer",
    "another offer",
    "competing offer",
    "offer on the table",
    "deadline",
    "ultimatum",
    "when will i hear",
    "when can i expect",
    "when will you decide",
    "when will you let me know",
    "i expect to hear",
    "i expect an answer",
    "i expect a decision",
    "i expect a reply",
    "i expect a response",
    "expect to hear from me",
    "take no for an answer",
    "won't take no",
    "will not take no",
    "not taking no",
    "counting the days",
    "counting the hours",
    "counting the minutes",
    "counting down the days",
    "running out of patience",
    "losing patience",
    "getting impatient",
    "i am impatient",
    "i'm impatient",
    "can't wait any longer",
    "cannot wait any longer",
    "can't wait much longer",
    "refresh my inbox",
    "refreshing my inbox",
    "checking my inbox every",
    "waiting by the phone",
    "waiting by my phone",
    "sitting by the phone",
    "chase you",
    "chasing you",
    "keep chasing",
    "don't keep me waiting",
    "do not keep me waiting",
    "the sooner the better",
)
#: closing.no-pressure, insistence: announcing the call that will collect their decision ("I will ring you
#: first thing on Monday to get your decision"); regular expressions, one sentence at a time.
PRESSURE_PATTERNS: tuple[str, ...] = (
    r"\b(?:i(?:'ll|’ll|\s+will|\s+shall|\s+am\s+going\s+to|\s+plan\s+to|\s+intend\s+to))\s+(?:\w+\s+){0,2}?"
    r"(?:call|ring|phone|email|e-mail|text|message|come\s+by|drop\s+by|stop\s+by|come\s+in|visit|chase|contact)"
    r"\b[^.!?]{0,60}?\b(?:to\s+(?:get|hear|find\s+out|learn|collect|know|confirm|have)|for)\s+"
    r"(?:your|the|an?|my)?\s*(?:final\s+)?(?:decision|answer|outcome|result|verdict|offer|response|news)\b",
    r"\b(?:i(?:'ll|’ll|\s+will))\s+(?:\w+\s+){0,2}?(?:call|ring|phone|email|chase|contact)\b[^.!?]{0,60}?\bto\s+"
    r"find\s+out\s+(?:whether|if)\s+i\s+(?:got|have\s+got|am\s+getting)\b",
)
#: closing.no-pressure, insistence: contacting them again and again ("I will call every morning") ...
PRESSURE_REPEAT_VERBS: tuple[str, ...] = (
    "call", "calling", "phone", "phoning", "ring", "ringing", "email", "emailing", "e-mail", "write",
    "writing", "message", "messaging", "text", "texting", "check in", "checking in", "follow up",
    "following up", "chase", "chasing", "contact", "contacting", "nudge", "nudging", "remind", "reminding",
    "hear from me", "stop by", "drop by", "visit", "come by", "show up", "ping", "pinging", "ask", "asking",
    "pester", "pestering", "bug", "bugging", "nag", "nagging", "badger", "badgering",
)
#: ... with one of these for how often or how long.
PRESSURE_REPEAT_TIMES: tuple[str, ...] = (
    r"every\s+(?:single\s+)?(?:day|morning|afternoon|evening|night|hour|week|few\s+(?:days|hours))",
    r"each\s+(?:day|morning|week)", r"every\s+other\s+(?:day|morning|week)",
    r"daily", r"hourly", r"twice\s+a\s+(?:day|week)", r"(?:several|many|a\s+few)\s+times\s+a\s+(?:day|week)",
    r"until\s+(?:i|you|this|it|the\s+decision|a\s+decision|someone)\b", r"till\s+(?:i|you|this|it)\b",
    r"again\s+and\s+again", r"non-?stop", r"as\s+often\s+as",
)
#: closing.no-pressure: words that ask them for an answer; with a time limit in the same sentence
#: ("a decision within the next week", "your answer by Friday") they make a demand.
REPLY_WORDS: tuple[str, ...] = (
    "hear", "hearing", "hear back", "answer", "answers", "respond", "response", "reply", "replies",
    "decision", "decide", "let me know", "get back", "confirm", "confirmation", "outcome", "verdict",
    "an update", "your feedback", "word from you", "back to me", "to know", "yes or no", "wrap this up",
    "wrap it up", "wrap things up", "make up your mind",
)
#: ... but not in a sentence that offers something ("let me know if you need my references by Friday"):
#: a time there is the candidate's, not a demand.
OFFER_MARKERS: tuple[str, ...] = (
    "if you need", "if you'd like", "if you would like", "if it would help", "if it helps",
    "should you need", "should you want", "should you wish", "if there is anything", "if there's anything",
    "if you have any", "happy to send", "glad to send", "happy to share", "glad to share", "can send",
    "will send", "i'll send", "available to start", "able to start", "could start", "can start",
)
#: ... time limits ("by" + a day comes from WEEKDAYS, MONTHS and DATE_WORDS below).
TIME_LIMITS: tuple[str, ...] = (
    r"within\s+(?:the\s+|a\s+|one\s+|two\s+|three\s+|\d+\s+|the\s+next\s+|next\s+|a\s+few\s+|"
    r"a\s+couple\s+(?:of\s+)?)?(?:\w+\s+)?(?:hours?|days?|weeks?|business\s+days?|working\s+days?)",
    r"in\s+the\s+next\s+(?:\w+\s+)?(?:hours?|days?|weeks?)",
    r"no\s+later\s+than",
    r"before\s+(?:the\s+)?(?:end\s+of|close\s+of|weekend|tomorrow|tonight|" + "monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|next\s+week|this\s+week|\d)",
    r"by\s+(?:\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|noon|midday|midnight|return|close\s+of\s+play)",
)
#: ... weaker time words ("today", "quickly"): a demand only with a reply word and a request together.
WEAK_TIME_LIMITS: tuple[str, ...] = (
    "today", "tonight", "tomorrow", "this week", "immediately", "right away", "straight away", "urgently",
    "promptly", "quickly", "without delay", "soon as you can", "shortly", "at once", "fast", "swiftly",
)
#: ... the request that goes with them ("please", "I need", "I would appreciate").
REQUEST_WORDS: tuple[str, ...] = (
    "please", "kindly", "need", "must", "expect", "require", "would appreciate", "i'd appreciate", "want",
    "let me know", "get back to me", "let's", "let us",
)
#: Words that restate the interviewer's own timeline: a date in such a sentence is theirs, not a demand.
RESTATED_TIMELINE: tuple[str, ...] = (
    "as we discussed", "as discussed", "as we agreed", "as agreed", "as you mentioned", "you mentioned",
    "as you said", "you said", "as you noted", "you noted", "you told me", "as you explained",
    "you explained", "as planned", "as you described", "your timeline", "the timeline you", "you expect",
    "you hope", "you plan", "you are planning", "you're planning", "you aim", "you expected",
    "you indicated", "as indicated", "you shared", "as outlined", "you outlined", "per our conversation",
    "as we talked about", "we talked about", "we discussed",
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
#: closing.no-pressure, insistence in any wording, by class (built from the classes below; each wording comes
#: with the words one of which it needs, so an email holding none of them costs a set look-up).
#: ... what they are pressed for: a decision, an answer, a reply, the offer.
DECISION_WORDS: tuple[str, ...] = (
    r"(?:your|the|a|an|their)\s+(?:final\s+|hiring\s+|quick\s+)?(?:decision|answer|verdict|reply|response|offer"
    r"|outcome|news|callback)",
    r"yes\s+or\s+no", r"decide", r"make\s+up\s+(?:your|their)\s+minds?", r"hear\s+back", r"get\s+back\s+to\s+me",
    r"let\s+me\s+know", r"tell\s+me\s+(?:whether|if|your)", r"wrap\s+(?:this|it|things)\s+up", r"my\s+(?:application|candidacy|paperwork)",
)
#: ... urgency that is a demand by itself (unlike "soon" or "today", which need a request: WEAK_TIME_LIMITS).
URGENCY_WORDS: tuple[str, ...] = (
    r"hurry(?:\s+up)?", r"rush", r"speed\s+(?:up|things\s+up|this\s+up|it\s+up)", r"expedite", r"fast-?track",
    r"pronto", r"chop-chop", r"without\s+(?:further\s+|any\s+)?delay", r"no\s+more\s+(?:delays?|waiting|stalling)",
    r"sooner\s+rather\s+than\s+later", r"stop\s+(?:dragging|stalling|delaying|wasting\s+time)",
    r"drag(?:ging)?\s+(?:your|their)\s+feet",
    r"(?:it(?:'s|’s|\s+is)|why\s+is\s+(?:it|this|the\s+\w+)|you(?:'re|’re|\s+are))\s+taking\s+(?:so|this|too|far\s+too"
    r"|way\s+too)\s+long", r"taking\s+forever", r"high\s+time\s+(?:you|the\s+\w+|someone|for\s+a\s+decision)",
    r"already(?=\s*[.!?]|\s*$)",
)
#: ... a sentence that says there is no hurry, or thanks them for a quick reply, presses for nothing.
NOT_URGENT = (
    r"\bno\s+(?:hurry|rush|pressure)\b|\bnot\s+in\s+(?:a|any)\s+(?:hurry|rush)\b|\bin\s+no\s+(?:hurry|rush)\b"
    r"|\b(?:don't|don’t|do\s+not|no\s+need\s+to|never|can't|can’t|cannot)\s+(?:hurry|rush)\b"
    r"|\btake\s+(?:all\s+)?(?:the\s+)?time\s+you\s+need|\btake\s+your\s+time\b"
    r"|\b(?:thank\s+you|thanks)\s+(?:\w+\s+){0,2}?for\s+(?:your|the|such\s+a)\s+(?:very\s+)?(?:quick|prompt|fast|speedy|swift"
    r"|rapid|timely|immediate)|\bappreciated\s+(?:how\s+|the\s+|your\s+)(?:quick|prompt|fast|speed|swift)"
    r"|\b(?:can|could|may)\s+(?:i\s+)?help\b|\banything\s+(?:else\s+)?i\s+(?:can|could)\b"
)
_DECISION = "(?:" + "|".join(DECISION_WORDS) + ")"
_URGENCY = "(?:" + "|".join(URGENCY_WORDS) + ")"
#: ... a bare imperative demanding the decision ("Decide soon", "Hire me now", "Send me the offer").
_IMPERATIVE_RARE = (
    r"(?:just\s+|please\s+|now\s+)?(?:"
    r"(?:decide|make\s+(?:a|the|your)\s+(?:final\s+)?decision|respond(?:\s+to\s+me)?|reply(?:\s+to\s+me)?|answer\s+me)"
    r"(?=\s*(?:[.!?,;]|$)|\s+(?:to\s+(?:me|this)|by|within|soon|now|today|already|asap|please|quickly|promptly"
    r"|immediately|right|so|or|before|as))"
    r"|make\s+up\s+your\s+minds?|hire\s+me|pick\s+me|choose\s+me)\b"
)
_IMPERATIVE = (
    r"(?:just\s+|please\s+|now\s+)?(?:" + _IMPERATIVE_RARE
    + r"|give\s+me\s+(?:an?|the|your|my)\s+(?:answer|decision|offer|reply|response|job|role|position|verdict|yes)|send\s+(?:me\s+)?(?:the|an?|your|my)\s+(?:offer|contract|decision|answer)"
    r"|tell\s+me\s+(?:now|today|already|right\s+away|yes\s+or\s+no|your\s+decision"
    r"|what\s+you(?:'ve|’ve|\s+have)?\s+decided|whether\s+i(?:'m|’m|\s+am|\s+got|\s+have\s+got)))\b"
)
#: ... the wordings: (words one of which must be in the email, pattern).
INSISTENCE_PATTERNS: tuple[tuple[str, str], ...] = (
    # a decision word next to urgency, either way round
    ("hurry rush speed expedite fast-track fasttrack pronto chop-chop delay delays waiting stalling sooner stop "
     "dragging drag long forever high already",
     r"\b" + _URGENCY + r"\b[^.!?]{0,60}?\b" + _DECISION + r"\b|\b" + _DECISION + r"\b[^.!?]{0,60}?\b" + _URGENCY),
    # persistence: not stopping until they decide, pestering, waiting no longer
    ("won't wont not refuse never",
     r"\b(?:won't|won’t|will\s+not|wont|not\s+going\s+to|refuse\s+to|(?:do|don't|don’t)\s+(?:not\s+)?intend\s+to|never)\s+"
     r"(?:stop|quit|give\s+up|let\s+(?:this|it)\s+go|go\s+away|back\s+down|rest)\b[^.!?]{0,60}?\b(?:until|till|unless|before)\s+"
     r"(?:you|i\s+(?:get|have|hear|receive|am\s+hired)|i(?:'m|’m)\s+hired|there\s+is\s+an?|a\s+decision|the\s+decision"
     r"|an?\s+(?:answer|offer|decision|yes)|the\s+(?:answer|offer|job|role|position)|someone)\b"),
    ("keep",
     r"\bkeep\s+(?:on\s+)?(?:asking|calling|ringing|phoning|emailing|e-mailing|writing\s+to|texting|messaging|checking\s+in\s+with"
     r"|following\s+up\s+with|chasing|pinging|bugging|pestering|nagging|pushing|pressing|badgering|hounding|nudging"
     r"|reminding|bothering)\s+(?:you|your|the\s+(?:team|recruiter|office|panel|hiring))\b"),
    ("wait waiting",
     r"\b(?:can't|can’t|cannot|can\s+not|won't|won’t|will\s+not|refuse\s+to)\s+(?:keep\s+)?wait(?:ing)?\s+(?:forever"
     r"|indefinitely|much\s+longer|any\s+longer|around|like\s+this)\b"),
    ("now",
     r"\b(?:decided|answered|replied|responded|got\s+back\s+to\s+me|gotten\s+back\s+to\s+me|made\s+(?:a|your|the)\s+decision"
     r"|have\s+an\s+answer)\s+by\s+now\b"),
    ("expect expecting",
     r"\bexpect(?:ing)?\s+(?:more\s+|regular\s+|daily\s+|frequent\s+)?(?:my|more)\s+(?:calls|emails|messages|follow-ups"
     r"|reminders|visits)\b|\bexpecting\s+(?:your|an?|the)\s+(?:\w+\s+)?(?:decision|answer|reply|response|call|offer"
     r"|verdict)\b"),
    ("refresh refreshing",
     r"\brefresh(?:ing)?\s+my\s+(?:inbox|email|e-mail|phone|mail|voicemail)\b"),
    ("posted updated informed update updates",
     r"\b(?:keep\s+me\s+(?:posted|updated|informed)|update\s+me|send\s+me\s+(?:an?\s+)?updates?)\s+(?:\w+\s+){0,2}?"
     r"(?:daily|every\s+(?:day|morning|evening|few\s+days|other\s+day)|each\s+day|hourly|twice\s+a\s+(?:day|week))\b"),
    # bare imperatives demanding the decision: at the start of a sentence (one try: cheap), or after a comma,
    # "so", "now", "just" or "please" (only the rarer verbs: this one is tried at every position)
    ("decide decision mind hire pick choose give send tell answer respond reply",
     r"^\s*(?:so\s+|now\s+|kindly\s+|simply\s+)?" + _IMPERATIVE),
    ("decide mind hire pick choose",
     r"(?:[,;:—–]\s*|\b(?:so|now|just|please|kindly|simply)\s+)(?:just\s+|please\s+|now\s+)?(?:decide(?=\s*(?:[.!?,;]|$)"
     r"|\s+(?:by|within|soon|now|today|already|asap|please|quickly|promptly|immediately|right|so|or|before|as))"
     r"|make\s+up\s+your\s+minds?|hire\s+me|pick\s+me|choose\s+me)\b"),
)

# --------------------------------------------------------------------------- sign-off
FORMAL_SIGNOFFS: tuple[str, ...] = (
    "yours",
    "sincerely",
    "sincerely yours",
    "yours sincerely",
    "thanking you",
    "thanks again",
    "thank you again",
    "thank you kindly",
    "all the best",
    "all the very best",
    "cordially",
    "yours cordially",
    "respectfully yours",
    "yours respectfully",
    "gratefully",
    "gratefully yours",
    "warmly",
    "with kind regards",
    "with best regards",
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
#: signoff.formal: a closing built as [with] [modifiers] head ("With all good wishes", "Warmest regards").
FORMAL_SIGNOFF_HEADS: tuple[str, ...] = ("regards", "wishes", "thanks", "gratitude", "appreciation", "respect")
FORMAL_SIGNOFF_MODIFIERS: tuple[str, ...] = (
    "thanks", "thank you", "with", "my", "all", "the", "very", "good", "best", "kind", "kindest", "warm", "warmest", "sincere",
    "sincerest", "many", "heartfelt", "cordial", "respectful", "humble", "deepest", "deep", "high", "highest",
    "every", "and",
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

# --------------------------------------------------------------------------- rejection
#: rejection.appreciation: words that value something besides THANKS_STEMS ("I really valued the chance").
APPRECIATION_STARTS: tuple[str, ...] = ("valued", "privilege", "pleasure", "honour", "honor")
#: rejection.appreciation: what the thanks must be for (in the same sentence): the chance, not the letter.
OPPORTUNITY_WORDS: tuple[str, ...] = (
    "opportunity", "opportunities", "time", "consideration", "considering", "considered", "chance",
    "conversation", "conversations", "interview", "interviews", "interviewing", "meeting", "meet", "met",
    "speaking", "speak", "talking", "talk", "discussion", "discussions", "insight", "insights", "process",
    "getting to know", "hospitality", "welcome", "tour", "experience", "feedback", "advice",
)
WELL_WISH_PHRASES: tuple[str, ...] = (
    "success",
    "successful",
    "best of luck",
    "good luck",
    "all the best",
    "every success",
    "the very best",
    "continued success",
    "works out",
    "work out",
    "goes well",
    "go well",
    "good fortune",
    "best wishes",
    "well wishes",
    "thrive",
    "flourish",
    "thrives",
    "thriving",
    "flourishes",
    "flourishing",
    "succeeds",
    "all success",
    "congratulations",
    "congrats",
)
#: rejection.well-wishes: a wish with one of these after it in the same sentence is sarcasm, not a wish.
SARCASTIC_WISH_MARKERS: tuple[str, ...] = (
    "with whoever", "whoever you picked", "whoever you ended up", "you'll need it", "you will need it", "need all the luck", "regret", "as good as me",
    "as qualified as me", "better than me", "finding someone", "find someone", "worth it", "good riddance",
    "if you can", "you deserve", "with that salary", "they'll need", "they will need", "without me",
)
#: "wish" followed within a few words by "well" ("I wish you and the team well").
WISH_WELL_PATTERN = r"\bwish(?:es|ing)?\b(?:\W+\w+){0,6}?\W+well\b"
#: ... and hoping that something of theirs goes well ("I hope the Ashford extension goes smoothly").
HOPE_IT_GOES_WELL_PATTERN = (
    r"\bhop(?:e|es|ing)\b[^.!?]{0,80}?\b(?:go(?:es)?|turn(?:s)?\s+out|work(?:s)?\s+out|run(?:s)?|settle(?:s)?\s+in|"
    r"come(?:s)?\s+together|be(?:comes)?)\s+(?:really\s+|very\s+)?(?:well|smoothly|to\s+plan|brilliantly|great|"
    r"a\s+(?:great\s+|huge\s+)?success|successful)\b"
)
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
    "paths cross",
    "in touch",
    "keep me in mind",
    "keep me in consideration",
    "bear me in mind",
    "considered again",
    "consider me again",
    "consider me for",
    "be considered for",
    "apply again",
    "reapply",
    "first choice",
    "next time",
    "down the road",
    "down the line",
    "reach out",
    "hear of anything",
    "anything else comes up",
    "something else comes up",
    "opening comes up",
    "openings come up",
    "linkedin",
    "meet again",
    "work together",
    "come up",
    "comes up",
    "another role",
    "another opening",
    "another position",
    "another vacancy",
    "similar role",
    "similar roles",
    "similar position",
    "similar positions",
    "other roles",
    "other openings",
    "other vacancies",
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
    "appeal your decision",
    "cannot accept",
    "can't accept",
    "can not accept",
    "do not accept",
    "don't accept",
    "will not accept",
    "won't accept",
    "refuse to accept",
    "refuse your decision",
    "refuse the decision",
    "not accepting",
    "overturn",
    "think again",
    "second look at my application",
    "look at my application again",
    "deserved the job",
    "deserve the job",
    "deserved this job",
    "deserve this role",
    "deserved the role",
    "more qualified than",
    "better qualified than",
    "why not me",
)
#: rejection.no-pushback, in shapes a phrase list cannot hold (regular expressions, case-insensitive):
PUSHBACK_PATTERNS: tuple[str, ...] = (
    # turning up to start anyway ("I will be at the office on Monday regardless")
    r"\b(?:start|starting|show\s+up|turn\s+up|come\s+in|be\s+at|be\s+in|be\s+there|report\s+for|begin|"
    r"arrive)\b[^.!?]{0,60}?\b(?:anyway|regardless|all\s+the\s+same|no\s+matter\s+what)\b",
    # saying they got it wrong ("the panel got this one wrong", "you made the wrong call")
    r"\b(?:got|get|have\s+got|had)\s+(?:this|it|that|me)(?:\s+one)?\s+(?:all\s+)?wrong\b",
    r"\b(?:wrong|bad|poor)\s+(?:call|choice|decision)\b",
    # asking for another look ("look at my portfolio again", "review my application once more")
    r"\b(?:look|looking)\s+(?:at\s+)?(?:my|the)\s+(?:[\w'’\-]+\s+){0,2}?(?:again|once\s+more)\b",
    r"\b(?:another|a\s+second|a\s+fresh|one\s+more)\s+look\s+at\s+my\b",
    r"\b(?:review|reassess|re-?evaluate|re-?examine|revisit|rethink|reverse)\s+(?:my|the|your|this)\s+"
    r"(?:[\w'’\-]+\s+){0,2}?(?:application|candidacy|decision|outcome|portfolio|cv|résumé|resume)\b",
    # refusing it ("I am not prepared to accept this outcome", "I won't be accepting that")
    r"\b(?:not|never|n't|n’t)\s+(?:\w+\s+){0,2}?accept(?:ing)?\s+(?:this|that|it|the|your)\b",
    # taking it further ("I will be taking it up with your HR department", "escalate this")
    r"\btak(?:e|ing)\s+(?:it|this|that|the\s+matter|this\s+matter|my\s+case)\s+(?:up|further|higher)\b",
    r"\bescalat(?:e|ing)\s+(?:it|this|that|the\s+matter|this\s+matter|my\s+case)\b",
    r"\b(?:file|filing|lodge|lodging|make|making|raise|raising|submit|submitting)\s+(?:a\s+)?(?:formal\s+)?"
    r"(?:complaint|grievance|appeal)\b",
    r"\b(?:legal\s+action|my\s+lawyer|my\s+solicitor|my\s+attorney)\b",
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
#: Words that start a concern written as a whole statement ("I have not used Looker yet"): it becomes
#: "my point that I have not used Looker yet".
STARTER_CLAUSE_STARTS: frozenset[str] = frozenset(
    "i i'm i've i'd i'll we we're we've we'd you you're they there it it's".split()
)

# =========================================================================== tone, draft and proofreading
# (helper A: tone.*, draft.*, proof.other-company, proof.capitalization, proof.grammar). Regular expressions
# here are data: each line is one wording; they run case-insensitively on one sentence at a time.

#: tone.gift: offering the interviewer a gift or payment.
GIFT_PATTERNS: tuple[str, ...] = (
    # a gift card or voucher on offer (not one the candidate built a checkout for)
    r"[$£€₹]\s?\d+[\w\s\-]{0,20}\b(?:gift\s*(?:card|certificate|voucher)|voucher|card)\b",
    r"\b(?:attached|attaching|enclosed|enclosing|sent|send|sending|included|including|here\s+is|here's|"
    r"here’s|accept|enjoy|emailed|emailing|mailed|for\s+you\s+is)\b.{0,40}\b(?:(?:e-?)?gift\s*(?:card|"
    r"certificate|voucher|basket|box|hamper)|voucher)s?\b",
    r"\b(?:(?:e-?)?gift\s*(?:card|certificate|voucher|basket|box|hamper)|voucher)s?\b.{0,40}\b(?:for\s+you|"
    r"to\s+you|your\s+way|is\s+attached|is\s+enclosed|in\s+this\s+(?:email|note|message))\b",
    r"\b(?:amazon|starbucks|itunes|visa|uber\s+eats)\s+(?:card|credit)\b",
    r"\b(?:enjoy|accept|open)\s+(?:this|the|my|a|our)\s+(?:small\s+|little\s+)?(?:gift|present)\b",
    r"\b(?:a|this|my|the)\s+(?:small\s+|little\s+)?(?:gift|present)\s+(?:for|to)\s+you\b",
    r"\btoken\s+of\s+(?:my\s+|our\s+)?(?:appreciation|gratitude|thanks)\b.{0,80}\b(?:gift|flowers|bouquet|"
    r"gift\s+card|chocolates?|sweets|treats|wine|basket|hamper|coffee|voucher|bottle|cookies|cake|box\s+of|"
    r"present)\b",
    r"\b(?:gift|flowers|bouquet|chocolates?|sweets|treats|wine|basket|hamper|voucher|bottle|cookies|cake|"
    r"present)\b.{0,80}\btoken\s+of\s+(?:my\s+|our\s+)?(?:appreciation|gratitude|thanks)\b",
    r"\b(?:left|leaving|bought)\s+(?:a|an|some|two|the)\s+(?:[\w\-]+\s+){0,2}?(?:flowers|bouquet|chocolates|"
    r"sweets|bottle|hamper|cake|box|basket|gift|tickets)\b.{0,30}\b(?:for\s+you|at\s+reception|"
    r"at\s+the\s+front\s+desk|for\s+the\s+(?:panel|team))\b",
    r"\b(?:send|sent|sending|arranged|arranging|organised|organized|organising|organizing|ordered|"
    r"drop\s+off|dropping\s+off|dropped\s+off|mailed|couriered|had\s+delivered|"
    r"having\s+delivered)\b.{0,40}\b(?:flowers|bouquet|chocolates|sweets|a\s+bottle\s+of|gift|"
    r"(?:fruit\s+|gift\s+)?basket|hamper|cake|box\s+of|voucher|tickets)\b",
    r"\b(?:would\s+love|would\s+like|'d\s+love|’d\s+love|want|wanted)\s+(?:for\s+)?you\s+to\s+have\s+"
    r"(?:them|it|these|this|one)\b",
    r"\bspare\s+tickets\b",
    r"\ba\s+(?:little|small)\s+(?:something|surprise|token|treat)\b.{0,30}\b(?:for\s+you|at\s+reception|"
    r"your\s+way|in\s+the\s+post|on\s+(?:its|the)\s+way)\b",
    r"\b(?:left|leaving|dropped\s+off)\b.{0,40}\bfor\s+you\b.{0,20}\bat\s+(?:reception|the\s+front\s+desk|"
    r"your\s+desk|the\s+office|the\s+front)\b",
    r"\b(?:flowers|a\s+bouquet|chocolates|sweets|a\s+(?:fruit\s+|gift\s+)?basket|a\s+hamper|a\s+cake|"
    r"a\s+gift)\b.{0,40}\b(?:delivered|sent|on\s+(?:its|their|the)\s+way)\s+to\s+(?:you|your)\b",
    r"\b(?:coffee|lunch|dinner|breakfast|drinks|a\s+drink|a\s+beer|the\s+next\s+round|the\s+first\s+round|"
    r"the\s+meal|the\s+bill)(?:\s+is|\s+are|\s+will\s+be|'s|’s)?\s+on\s+me\b",
    r"\bmy\s+treat\b",
    r"\b(?:buy|treat)\s+you\s+(?:to\s+)?(?:a\s+|an\s+)?(?:coffee|lunch|dinner|breakfast|drink|drinks|beer|meal|"
    r"cup\s+of)\b",
    r"\b(?:venmo|paypal|zelle)(?:ed)?\b",
    r"\b(?:pay|paid|compensate|reimburse)\s+you\s+for\s+your\s+time\b",
    r"\b(?:attached|enclosed|included)\s+(?:is\s+|are\s+|you\s+will\s+find\s+)?(?:a\s+)?(?:small\s+)?"
    r"(?:gift|voucher|cheque|check|payment)\b",
)

#: tone.apology: wordings besides the clarification's list (`APOLOGETIC_PHRASES`) that apologise.
APOLOGY_EXTRA_PHRASES: tuple[str, ...] = (
    "forgive me",
    "please forgive",
    "forgive the",
    "forgive my",
    "pardon the",
    "pardon my",
    "excuse the delay",
    "excuse my",
    "i regret the delay",
)
#: ... and sentences that use those words without apologising (sympathy, regret at the news, anatomy).
NOT_APOLOGY_PATTERNS: tuple[str, ...] = (
    r"\bsorry\s+to\s+(?:hear|see|learn|read)\b",
    r"\bsorry\s+(?:that\s+)?(?:i|it)\s+(?:was|wasn't|was\s+not|didn't|did\s+not)\s+(?:not\s+)?(?:selected|chosen|"
    r"successful|work\s+out|a\s+fit|the\s+right\s+fit|meant\s+to\s+be)\b",
    r"\bsorry\s+not\s+to\s+(?:be|have\s+been|get|hear)\b",
    r"\bsorry\s+(?:that\s+|about\s+)?(?:the|this|your)\s+(?:news|decision|outcome|loss|role|position)\b",
    r"\bnervous\s+system\b",
    r"\b(?:no|without)\s+apolog",
)

#: tone.unprofessional, four kinds; each pattern is one wording family.
PROFANITY_PATTERNS: tuple[str, ...] = (
    r"\b(?:damn|damned|dammit|goddamn|crap|crappy|shit|shitty|bullshit|fuck\w*|f\*+k\w*|sh\*t|"
    r"piss|pissed|bitch\w*|bastard\w*|asshole\w*|arse|arsehole|dumbass|badass|kick-?ass|jackass|wtf|"
    r"freaking|frickin\w*|effing|bloody|hella|sucks)\b",
    r"\b(?:a|the|one)\s+hell\s+of\b",
    r"\bwhat\s+the\s+(?:hell|heck)\b",
    r"\bas\s+hell\b",
)
DISPARAGING_PATTERNS: tuple[str, ...] = (
    # comparing oneself with the people already there or with other candidates
    r"\b(?:far|much|way|a\s+lot|so\s+much|miles)\s+better\s+(?:[\w\-]+\s+){0,2}?than\s+(?:the\s+|your\s+|"
    r"any\s+of\s+(?:the\s+|your\s+)?|most\s+of\s+(?:the\s+|your\s+)?)?(?:people|staff|team|agents|employees|"
    r"engineers|analysts|nurses|developers|person|candidates|applicants|folks|contractors?|consultants?|"
    r"predecessor)\b",
    r"\bbetter\s+(?:[\w\-]+\s+){0,2}?than\s+(?:the|your|their|whoever)\s+(?:people|staff|agents|employees|"
    r"person|candidates|applicants|contractors?|consultants?|predecessor|vendor|agency|guy|guys|"
    r"(?:current|existing|previous|last|former|old)\s+(?:people|staff|team|agents?|employees?|engineers?|"
    r"analysts?|hire|person|lead|manager|coordinator|contractors?|guy|developers?|nurses?|editors?))\b",
    # blaming the person before ("the last coordinator let things slide", "a real mess to clean up")
    r"\b(?:the|your|my|their)\s+(?:last|previous|former|old|outgoing)\s+(?:[\w\-]+\s+){0,2}?(?:coordinator|"
    r"manager|lead|person|guy|hire|incumbent|team|contractor|agency|developer|engineer|analyst|director|"
    r"editor|nurse|teacher|chef|supervisor)s?\b.{0,60}\b(?:let\s+things\s+slide|dropped\s+the\s+ball|"
    r"a\s+mess|messed\s+up|screwed\s+up|incompetent|useless|lazy|clueless|ruined|sloppy|failed|"
    r"couldn't\s+handle|could\s+not\s+handle|wasn't\s+up\s+to|was\s+not\s+up\s+to)\b",
    r"\bmy\s+predecessor\b.{0,60}\b(?:let\s+things\s+slide|dropped\s+the\s+ball|a\s+mess|messed\s+up|"
    r"incompetent|useless|lazy|clueless|ruined|sloppy)\b",
    r"\ba\s+(?:real\s+|total\s+|complete\s+|huge\s+|big\s+)?mess\s+to\s+clean\s+up\b",
    r"\bclean\s+up\s+(?:their|his|her|the\s+(?:last|previous|old)\s+\w+(?:'s|’s)?)\s+mess\b",
    r"\bunlike\s+(?:the\s+|some\s+of\s+the\s+|most\s+of\s+the\s+|most\s+|all\s+the\s+)?other\s+(?:candidates|"
    r"applicants|interviewees|people\s+(?:you|who)\s+(?:interviewed|applied))\b",
    r"\bother\s+(?:candidates|applicants|interviewees)\b.{0,40}\b(?:unprepared|clueless|weak|sloppy|lazy|"
    r"incompetent|amateurs?|no\s+chance|not\s+even\s+close|nervous\s+wrecks|a\s+joke|hopeless)\b",
    # calling the company's people or work names
    r"\byour\s+(?:[\w'’\-]+\s+){0,3}?(?:team|staff|agents|employees|manager|managers|colleagues|engineers|"
    r"people|department|company|website|site|app|product|process|office|receptionist|recruiters?|hr|"
    r"leadership|management|code|codebase|system|systems)\s+(?:is|are|was|were|seems?|seemed|looks?|looked)\s+"
    r"(?:so\s+|really\s+|totally\s+|completely\s+|pretty\s+|very\s+|quite\s+|frankly\s+|honestly\s+|"
    r"kind\s+of\s+|a\s+bit\s+)?(?:incompetent|clueless|useless|lazy|rude|terrible|awful|hopeless|pathetic|"
    r"a\s+mess|a\s+joke|a\s+disaster|amateurish|dysfunctional|unprofessional|garbage|rubbish|laughable|"
    r"embarrassing|junk|a\s+dumpster\s+fire|stupid|dumb|idiots)\b",
    r"\b(?:the|their|its)\s+(?:[\w'’\-]+\s+){0,2}?(?:staff|agents|employees|receptionist|recruiters?|"
    r"managers?|team|leadership|management|people|hr)\s+(?:is|are|was|were|seems?|seemed|looks?|looked)\s+"
    r"(?:so\s+|really\s+|totally\s+|completely\s+|pretty\s+|very\s+|quite\s+|frankly\s+|honestly\s+)?"
    r"(?:incompetent|clueless|useless|lazy|rude|hopeless|pathetic|a\s+joke|unprofessional|idiots|stupid|dumb)\b",
    r"\b(?:idiots|morons|clowns|incompetents|dinosaurs)\b",
    r"\b(?:incompetent|clueless|useless|lazy|rude)\s+(?:staff|agents|employees|people|team|manager|managers|"
    r"colleagues|engineers|recruiters?|receptionist|leadership|management)\b",
)
PRESUMING_PATTERNS: tuple[str, ...] = (
    r"\bsee\s+you\s+(?:on|at|in)\s+(?:my\s+|the\s+)?(?:first\s+day|first\s+week|orientation|onboarding|"
    r"start\s+date|induction)\b",
    r"\bsee\s+you\s+(?:on\s+)?monday\s+morning\b",
    r"\b(?:thanks|thank\s+you)\s+in\s+advance\s+for\s+(?:the|your|this|an?)\s+(?:job\s+|formal\s+|written\s+)?"
    r"offer\b",
    r"\b(?:happy|glad|delighted|pleased|ready)\s+to\s+accept\s+(?:the|your)\s+(?:job\s+)?offer\b",
    r"\bi\s+(?:hereby\s+)?accept\s+(?:the|your)\s+(?:job\s+)?offer\b",
    r"\b(?:discuss|discussing|finalise|finalize|finalising|finalizing|confirm|confirming|sort\s+out|agree|"
    r"agreeing)\s+my\s+(?:start\s+date|starting\s+date|salary|contract|onboarding|relocation|first\s+day)\b",
    r"\bwhen\s+(?:do|should|can|shall)\s+i\s+start\b",
    r"\b(?:when|once|after)\s+(?:you\s+hire\s+me|i(?:'m|’m|\s+am)\s+hired|i\s+get\s+the\s+(?:job|offer))\b",
    r"\b(?:the\s+job|the\s+role|the\s+position)\s+is\s+(?:already\s+)?mine\b",
    r"\bi\s+(?:know|am\s+sure|'m\s+sure|’m\s+sure|am\s+certain)\s+(?:that\s+)?i\s+(?:got|have\s+got|landed)\s+"
    r"(?:the\s+)?(?:job|role|position|offer)\b",
    r"\bi(?:'ve|’ve|\s+have)\s+(?:already\s+)?(?:given|handed\s+in|handed|put\s+in)\s+(?:in\s+)?(?:my\s+)?"
    r"notice\b",
    r"\b(?:when|once)\s+i\s+start\b",
    r"\bmy\s+new\s+(?:desk|office|colleagues|teammates|team|boss|manager|workplace|employer|coworkers|"
    r"co-workers)\b",
    r"\bwelcome\s+me\s+aboard\b",
)
SARCASM_PATTERNS: tuple[str, ...] = (
    r"\b(?:thanks|thank\s+you)(?:\s+so\s+much|\s+very\s+much|\s+again)?\s+for\s+(?:\w+\s+){0,2}?(?:keeping\s+me\s+"
    r"waiting|making\s+me\s+wait|wasting\s+my\s+time|the\s+(?:long\s+)?wait|the\s+runaround|nothing|ghosting|"
    r"ignoring\s+my|cancel+ing\s+(?:twice|again|three)|rescheduling\s+(?:twice|again|three))\b",
    r"\ba\s+real\s+treat\s+to\b",
    r"\b(?:really|clearly|certainly)\s+show(?:s|ed)?\s+(?:me\s+)?how\s+much\s+(?:\S+\s+){1,3}?values?\b",
    r"\b(?:show(?:s|ed)?|told|tells|preview|taste|glimpse|lesson|reminder|example)\s+(?:me\s+)?(?:of\s+)?how\s+"
    r"(?:much\s+)?(?:\S+\s+){0,3}?values?\s+(?:\S+\s+)?time\b",
    r"\bthank(?:s|\s+you)\s+(?:\w+\s+)?for\s+finally\b",
    r"\b(?:good|best\s+of)\s+luck\s+(?:\w+\s+){0,2}?finding\s+(?:someone|anyone|somebody)\s+(?:willing|"
    r"who\s+will|who'll|prepared|desperate)\b",
    r"\bi(?:'m|’m|\s+am)\s+sure\s+(?:they|people|candidates|applicants)(?:'ll|’ll|\s+will)?\s+(?:be\s+)?"
    r"(?:lining\s+up|queuing|queueing|beating\s+down)\b",
    r"\b(?:role|position|job|post)\s+(?:that\s+)?you\s+(?:had\s+)?(?:clearly\s+|obviously\s+)?already\s+"
    r"(?:filled|decided|given|promised)\b",
    r"\b(?:thrilled|happy|delighted)\s+with\s+that\s+salary\b",
    r"\bwhat\s+a\s+(?:great|wonderful|fantastic|productive)\s+use\s+of\s+(?:my|our|everyone's)\s+time\b",
    r"\bi(?:'m|’m|\s+am)\s+sure\s+(?:that\s+|it\s+)?(?:was|is)\s+(?:a\s+)?(?:very\s+|totally\s+|perfectly\s+)?"
    r"(?:fair|thorough)\s+(?:process|decision)?\b.{0,20}\b(?:not|hardly)\b",
    r"\b(?:loved|enjoyed)\s+(?:being\s+)?(?:kept\s+waiting|ignored|interrupted|talked\s+over)\b",
)

#: tone.unprofessional by class, not by sentence: the word classes below (one place each: extend a class and
#: every wording built on it follows) combine into the wordings after them.
def _either(*alternatives: str) -> str:
    return "(?:" + "|".join(alternatives) + ")"


#: ... people of theirs (or the other candidates) a remark can be aimed at.
AIMED_AT_PEOPLE: tuple[str, ...] = (
    r"colleagues?", r"co-?workers?", r"(?:hiring\s+)?managers?", r"recruiters?", r"team(?:\s+lead)?", r"teammates",
    r"interviewers?", r"panel", r"panel+ists?", r"staff", r"hr", r"receptionist", r"boss", r"director",
    r"lead", r"ceo", r"founder", r"supervisor", r"engineers?", r"analysts?", r"people", r"employees",
    r"leadership", r"management", r"assistant", r"coordinator", r"other\s+(?:candidates|applicants|interviewees)",
)
#: ... a negative judgement of a person (adjectives first: they also stand before the noun, "that lazy recruiter").
NEGATIVE_ADJECTIVES: tuple[str, ...] = (
    "clueless", "useless", "incompetent", "inept", "rude", "lazy", "arrogant", "condescending", "dismissive",
    "unprepared", "disorganised", "disorganized", "stupid", "dumb", "ignorant", "hopeless", "pathetic",
    "mediocre", "amateurish", "sloppy", "unprofessional", "unqualified", "underqualified", "annoying",
    "obnoxious", "boring", "clumsy", "smug", "patronising", "patronizing", "rubbish", "terrible", "awful",
)
NEGATIVE_JUDGEMENTS: tuple[str, ...] = NEGATIVE_ADJECTIVES + (
    r"out\s+of\s+(?:his|her|their|its)\s+depth", r"a\s+(?:total\s+|complete\s+|bit\s+of\s+a\s+)?(?:joke|mess|disaster|nightmare)",
    r"full\s+of\s+(?:himself|herself|themselves)", r"not\s+(?:very\s+|exactly\s+)?(?:bright|sharp|competent)",
    r"not\s+the\s+sharpest",
)
#: ... not knowing their job ("had no idea what", "doesn't know what she is doing").
NOT_KNOWING: tuple[str, ...] = (
    r"(?:has|had|have)\s+(?:absolutely\s+)?no\s+(?:idea|clue)\s+(?:what|how|about)",
    r"(?:doesn't|doesn’t|didn't|didn’t)\s+(?:seem\s+to\s+|really\s+|even\s+)?"
    r"(?:know|understand)\s+(?:what(?!\s+to\s+make)|how|the\s+first\s+thing|anything)",
)
#: ... what links a person to a judgement ("seemed", "came across as"), and the softeners between.
JUDGED_AS: tuple[str, ...] = (
    r"is", r"are", r"was", r"were", r"seems?", r"seemed", r"looks?", r"looked", r"sounds?", r"sounded",
    r"appears?", r"appeared", r"came\s+across\s+as", r"comes\s+across\s+as", r"struck\s+me\s+as", r"felt",
    r"must\s+be", r"proved(?:\s+to\s+be)?",
)
SOFTENERS: tuple[str, ...] = (
    "so", "really", "totally", "completely", "pretty", "very", "quite", "frankly", "honestly", "clearly",
    "rather", "utterly", "somewhat", r"a\s+bit", r"a\s+little", r"kind\s+of", r"sort\s+of", "just", "simply",
    "absolutely", "fairly", "incredibly", "extremely", "painfully", "obviously", "also", "both",
)
#: ... belittling the other candidates ("didn't stand a chance").
BELITTLING: tuple[str, ...] = (
    r"(?:didn't|didn’t|did\s+not|don't|don’t|do\s+not|won't|won’t|will\s+not|wouldn't|wouldn’t)\s+stand\s+a\s+chance",
    r"no\s+match\s+for\s+me", r"(?:not|nowhere\s+near)\s+(?:in\s+)?my\s+league", r"beneath\s+me",
    r"(?:could|couldn't|couldn’t|could\s+not|can't|can’t|cannot)\s+(?:\w+\s+)?even\b", r"amateurs", r"lightweights",
    r"not\s+even\s+close",
)
_PERSON = (r"\b(?:your|the|that|this|those|these|their)\s+(?:[\w\-]+\s+){0,2}?" + _either(*AIMED_AT_PEOPLE)
           + r"\b(?:\s+[\w'’\-]+){0,4}?\s+")
_OTHER_CANDIDATES = r"\b(?:other|rest\s+of\s+(?:the|your))\s+(?:candidates|applicants|interviewees)\b|\bthe\s+competition\b"

#: ... presuming the outcome: things of one's own that exist only once hired ("my work laptop", "my contract")
#: after a verb that hands them over, and one's first days there as settled ("on my first day" with "I'll").
PROVIDING_VERBS: tuple[str, ...] = (
    "send", "sending", r"sent\s+over", "email", "emailing", "post", "posting", "courier", "prepare", "preparing",
    r"draw\s+up", r"drawing\s+up", "finalise", "finalize", "finalising", "finalizing", "process", "processing",
    "sign", "signing", "countersign", "receive", "receiving", "collect", "collecting", r"pick\s+up", r"picking\s+up",
    "order", "ordering", r"set\s+up", r"setting\s+up", "arrange", "arranging", "issue", "issuing", "ship",
    "shipping", "deliver", "delivering", r"have\s+ready", r"get\s+ready", r"sort\s+out", "book", "booking",
    "reserve", "reserving",
)
OWN_ONCE_HIRED: tuple[str, ...] = (
    r"(?:employment\s+)?contract", r"offer\s+letter", "paperwork", r"onboarding\s+(?:pack|documents|paperwork|forms?)",
    r"welcome\s+(?:pack|kit)", r"start(?:ing)?\s+date", r"(?:id\s+|access\s+|security\s+)?badge",
    "keycard", r"(?:work|company|new)\s+laptop", "desk", "locker",
    r"parking\s+(?:space|spot|pass|permit)", r"payroll\s+details", "uniform", "logins?",
    r"first\s+(?:payslip|paycheck|paycheque|salary)", r"relocation\s+(?:package|allowance)",
)
FIRST_DAYS: tuple[str, ...] = (
    r"(?:very\s+)?first\s+(?:day|week|morning|shift|month)", "onboarding", "induction", "orientation",
    r"start(?:ing)?\s+date",
)
#: ... words that make a sentence about those first days a settled plan.
SETTLED_FUTURE: tuple[str, ...] = (
    r"will", r"i(?:'ll|’ll)", r"shall", r"going\s+to", r"already", r"can(?:'t|’t|not|\s+not)\s+wait", r"ready",
    r"see\s+you", r"bring", r"bringing", r"plan", r"planning", r"planned", r"ordered", r"bought", r"booked",
    r"picked", r"should\s+i", r"do\s+i", r"shall\s+i", r"what\s+time", r"where", r"who\s+will",
    r"look(?:ing)?\s+forward", r"excited\s+for",
)
_FIRST_DAYS = r"\b(?:on|for|before|by|ahead\s+of|until|till|at|from|after|during|about|to)\s+my\s+" + _either(*FIRST_DAYS) \
    + r"\b(?!\s+(?:at|in|with)\s+(?:my|a|an|the)\b)"
_SETTLED = r"\b" + _either(*SETTLED_FUTURE) + r"\b"
#: ... and the wordings of having it already ("I told my parents I got the job", "already resigned").
GOT_IT = r"i(?:'ve|’ve|\s+have)?\s+(?:already\s+|finally\s+)?(?:got|gotten|landed|secured|won|been\s+(?:offered|given|hired))" \
    r"\s+(?:the|this|a|my)\s+(?:new\s+)?(?:job|role|position|offer|post)\b(?!\s+(?:at|with|in)\b)"
ALREADY_DONE: tuple[str, ...] = (
    r"accepted\s+(?:the|your|this)\s+(?:offer|role|position|job|post)", r"said\s+yes", r"resigned", r"quit\s+my\s+(?:job|role|current)",
    r"given\s+(?:in\s+)?(?:my\s+)?notice", r"handed\s+in", r"turned\s+down\s+(?:the\s+)?(?:other|another|all)",
    r"declined\s+(?:the\s+)?(?:other|another|all)", r"withdrawn\s+from", r"withdrew\s+from",
    r"cancell?ed\s+my\s+other", r"updated\s+my\s+(?:linkedin|profile|cv|resume|email\s+signature|bio)",
    r"started\s+(?:packing|house-?hunting|looking\s+for\s+(?:a\s+)?(?:flat|apartment|house)s?)",
    r"cleared\s+my\s+(?:calendar|diary|schedule)",
)
#: A sentence holding one of these is a condition or a hope, not a presumption ("If I were to join, my first
#: project ..."): the presuming wordings of PRESUMING_CLASS_PATTERNS do not count there.
CONDITIONAL_MARKERS = (
    r"\b(?:if|unless|whether|were\s+i|should\s+i\s+(?:be|get|join|receive|land|progress|advance|move|succeed|make)"
    r"|would(?!\s+you)|i(?:'d|’d)|hope|hopefully|hoping|assuming|in\s+the\s+event|potential(?:ly)?|possible|possibly"
    r"|perhaps|maybe|might|chance|opportunity\s+to|were\s+to|should\s+you|successful\s+candidate|whoever|new\s+hire"
    r"|earliest|available|availability|able\s+to|could\s+start|can\s+start|imagine|imagining|picture|envision|dream)\b"
)
#: Each wording below comes with the words one of which it needs (tried only on sections holding one).
PRESUMING_CLASS_PATTERNS: tuple[tuple[str, str], ...] = tuple(zip((
    "contract paperwork onboarding pack kit start starting badge keycard laptop desk locker parking payroll uniform "
    "login logins payslip paycheck paycheque salary relocation letter",
    "first onboarding induction orientation start starting",
    "first onboarding induction orientation start starting",
    "mine", "acceptance", "accept",
    "got gotten landed secured won offered given hired",
    "got gotten landed secured won offered given hired",
    "already",
), (
    r"\b" + _either(*PROVIDING_VERBS) + r"\s+(?:me\s+|over\s+|through\s+|out\s+)?(?:[\w\-]+\s+){0,2}?my\s+(?:new\s+)?"
    + _either(*OWN_ONCE_HIRED) + r"\b",
    # anchored, the rarer part looked for first: one quick try per sentence
    r"^(?=[^.!?]*?\bmy\s+(?:very\s+)?(?:first|onboarding|induction|orientation|start))(?=[^.!?]*?" + _SETTLED
    + r")[^.!?]*?" + _FIRST_DAYS,
    r"\bmy\s+(?:first\s+(?:day|week|shift)|start(?:ing)?\s+date|onboarding|induction|orientation)\s+(?:is|will\s+be|'s|’s"
    r"|starts|begins|falls)\b",
    r"\b(?:desk|laptop|office|seat|badge|job|role|position|post)\s+(?:will\s+be|is\s+going\s+to\s+be)\s+(?:already\s+|all\s+)?mine\b",
    r"\b(?:my|an?)\s+(?:formal\s+|official\s+|written\s+)?acceptance\s+of\s+(?:the|this|your)\b",
    r"\bi\s+(?:hereby\s+|happily\s+|gladly\s+|formally\s+)?accept\s+(?:the|this|your)\s+(?:role|position|job|post)\b",
    r"\b(?:told|telling|tell|informed|announced|announcing|posted|posting|celebrating|celebrated|thrilled|delighted|"
    r"proud|relieved)\b[^.!?]{0,60}?\b(?:that\s+)?" + GOT_IT,
    r"(?:^|[.!?]\s+|[,;:]\s*)" + GOT_IT + r"(?=\s*[.!?,;]|\s*$)",
    r"\b(?:i(?:'ve|’ve|\s+have)\s+|i\s+)?already\s+" + _either(*ALREADY_DONE) + r"\b",
)))

#: ... sarcasm: effusive thanks or praise ...
EFFUSIVE_PRAISE: tuple[str, ...] = (
    r"thanks", r"thank\s+you", r"thank\s+u", r"cheers", r"(?:really\s+|truly\s+|so\s+)?appreciated?",
    r"grateful", r"(?:lovely|kind|nice|sweet|good|great|thoughtful|generous|considerate)\s+of\s+(?:you|them)",
    r"(?:great|nice|good|fantastic|amazing)\s+(?:job|work)", r"well\s+done", r"kudos", r"bravo", r"hats\s+off",
    r"loved", r"love\s+(?:how|that)", r"enjoyed", r"what\s+a\s+(?:treat|pleasure|joy|delight)",
    r"a\s+real\s+(?:treat|pleasure|joy|delight)", r"impressive", r"impressed", r"how\s+(?:kind|thoughtful|considerate|lovely|generous)",
)
#: ... about something bad done to the writer (put off again and again, kept waiting, the CV lost ...).
_COUNT = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|multiple|many|so\s+many|a\s+few|countless|umpteen)"
MISTREATMENT: tuple[str, ...] = (
    r"(?:rescheduling|rescheduled|re-scheduling|cancelling|canceling|cancelled|canceled|postponing|postponed|moving|moved"
    r"|pushing|pushed|bumping|bumped|changing|changed|shifting|shifted)\s+(?:[\w'’\-]+\s+){0,3}?(?:" + _COUNT
    + r"\s+times|twice|repeatedly)\b"
    r"(?!\s+(?:to\s+(?:suit|fit|accommodate|work\s+around|match)|for\s+me|at\s+my\s+request|so\s+(?:that\s+)?i"
    r"|around\s+my|because\s+(?:i|of\s+my)|when\s+i))",
    r"(?:keep|kept|keeping|leave|left|leaving)\s+me\s+(?:\w+\s+)?(?:waiting|hanging|guessing|on\s+hold|in\s+the\s+dark"
    r"|standing|sitting)",
    r"(?:make|made|making)\s+me\s+wait",
    r"(?:losing|lost|misplacing|misplaced|mislaying|mislaid|misfiling|misfiled|deleting|deleted|forgetting|forgot"
    r"|forget|forgotten)\s+(?:about\s+)?(?:my|me|our|the)\s+(?:[\w\-]+\s+)?(?:cv|r\wsum\w|application|file"
    r"|paperwork|portfolio|documents?|references|notes|details|test|form|interview|call|meeting|appointment|name"
    r"|email|slot)\b",
    r"(?:forgetting|forgot|forget)\s+(?:about\s+)?me\b",
    r"(?:ignoring|ignored|ghosting|ghosted)\s+(?:me|my|our)\b",
    r"never\s+(?:once\s+)?(?:replying|responding|answering|calling\s+(?:me\s+)?back|getting\s+back|returning\s+my"
    r"|writing\s+back)",
    r"(?:calling|called|addressing|addressed|sending|sent|giving|gave|directing|directed|pointing|pointed|emailing"
    r"|emailed)\s+me\s+(?:\w+\s+){0,2}?(?:the\s+)?wrong\b",
    r"(?:turning|showing|turned|showed|logging|logged|joining|joined)\s+(?:up|in|on)\s+(?:[\w\-]+\s+){0,2}?late\b",
    r"(?:after|in)\s+(?:only|just|a\s+mere)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several)\s+(?:weeks|months)\b",
)
_DURATION = (r"(?:for\s+)?(?:over\s+|more\s+than\s+|nearly\s+|almost\s+|a\s+good\s+|a\s+full\s+|a\s+whole\s+)?(?:\d+|an|half\s+an"
             r"|twenty|thirty|forty|fifty|sixty|ninety|forty-five|two|three)\s+(?:minutes|mins|hours|hour)\b")
SARCASM_CLASS_PATTERNS: tuple[tuple[str, str], ...] = tuple(zip((
    "times twice repeatedly waiting wait hanging guessing hold dark standing sitting losing lost misplacing misplaced "
    "mislaying mislaid misfiling misfiled deleting deleted forgetting forgot forget forgotten ignoring ignored "
    "ghosting ghosted never wrong late weeks months",
    "minutes mins hour hours",
    "only",
), (
    r"\b" + _either(*EFFUSIVE_PRAISE) + r"\b[^.!?]{0,60}?\b" + _either(*MISTREATMENT),
    r"\b(?:loved|enjoyed|appreciated|relished|adored|savoured|savored)\s+(?:[\w\-]+\s+){0,2}?(?:waiting|sitting|standing"
    r"|being\s+(?:kept|left))\s+(?:around\s+|alone\s+|there\s+|on\s+hold\s+)?(?:in\s+(?:the\s+|your\s+)?[\w\-]+\s+)?" + _DURATION,
    r"\bonly\s+(?:took|takes|taking|needed|required)\s+(?:you|your\s+[\w\-]+|them|the\s+(?:team|recruiter|panel|company"
    r"|process))\s+(?:\w+\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|many)\s+(?:days|weeks"
    r"|months|rounds|reminders|emails|calls)\b",
)))
DISPARAGING_CLASS_PATTERNS: tuple[tuple[str, str], ...] = tuple(zip((
    " ".join(NEGATIVE_ADJECTIVES) + " depth joke mess disaster nightmare himself herself themselves bright sharp "
    "competent sharpest",
    "idea clue doesn't didn't",
    " ".join(NEGATIVE_ADJECTIVES),
    "candidates applicants interviewees competition",
), (
    _PERSON + _either(*JUDGED_AS) + r"(?:\s+" + _either(*SOFTENERS) + r")*\s+" + _either(*NEGATIVE_JUDGEMENTS) + r"\b",
    _PERSON + r"(?:\w+\s+)?" + _either(*NOT_KNOWING) + r"\b",
    r"\b(?:that|the|your|this|those|these|such\s+an?|an?)\s+(?:\w+\s+)?" + _either(*NEGATIVE_ADJECTIVES)
    + r"\s+(?:[\w\-]+\s+)?" + _either(*AIMED_AT_PEOPLE) + r"\b",
    "(?:" + _OTHER_CANDIDATES + r")[^.!?]{0,50}?\b" + _either(*BELITTLING, *NEGATIVE_JUDGEMENTS, *NOT_KNOWING),
)))

#: proof.other-company: words before "at"/"with" that make the name after it the employer on offer.
ROLE_SLOT_WORDS: tuple[str, ...] = (
    "role", "position", "job", "opening", "opportunity", "post", "vacancy", "internship", "posting",
    "team", "offer", "career", "placement", "fellowship", "residency",
)
#: Capitalised words that name a team or a department, never an organisation ("the Platform team").
DEPARTMENT_WORDS: frozenset[str] = frozenset(
    """
    data analytics engineering product design marketing sales finance accounting hr people operations ops
    legal support customer customers success research platform infrastructure security growth editorial
    nursing clinical medical it admissions communications content brand creative strategy partnerships
    business development quality qa testing devops sre mobile web frontend backend frontend api cloud
    machine learning ml ai science platform tools billing payments risk compliance audit tax treasury
    procurement logistics supply chain fleet facilities recruiting recruitment talent acquisition learning
    training education outreach community events programs programmes services service delivery project
    projects program programme management leadership executive board team teams group division unit ward
    emergency pediatric paediatric surgical icu er oncology cardiology pharmacy radiology library reference
    children's youth adult technical tech technology information systems network networks enterprise
    consumer retail commercial corporate global regional national international north south east west
    central new senior junior core internal external digital social video post-production production
    studio studios news desk sports features investigations night day weekend london york
    """.split()
)
#: Words that end an organisation's name ("Brightwater Partners"): such a name is an organisation for sure.
ORGANISATION_SUFFIXES: frozenset[str] = frozenset(
    """
    inc inc. llc ltd ltd. plc corp corp. corporation company co co. partners group holdings capital bank
    labs laboratories systems technologies technology solutions consulting consultants associates industries
    ventures media studios foundation trust hospital clinic university college school institute agency
    """.split()
)

#: proof.grammar: "look forward to" takes a noun or an -ing form; these verbs after it are slips.
BARE_VERBS_AFTER_TO: tuple[str, ...] = (
    "hear", "meet", "speak", "join", "see", "discuss", "learn", "receive", "get", "contribute", "continue",
    "connect", "be", "have", "make", "share", "reconnect", "collaborate", "build", "bring", "grow", "apply",
    "answer", "visit", "do", "take", "help", "talk", "chat", "start", "become", "explore", "support",
)
#: ... "work" is a slip only before one of these ("look forward to work with you").
WORK_AFTER: tuple[str, ...] = ("with", "together", "alongside", "on", "at", "for")
#: proof.grammar, "a"/"an": words spelt with a vowel that start with a consonant sound (take "a") ...
A_BEFORE_VOWEL_LETTER: tuple[str, ...] = (
    "unique", "unit", "univers", "uniform", "union", "unicorn", "unifi", "unilateral", "unison", "unix",
    "usage", "use", "usu", "usa", "util", "utopi", "urinal", "uranium", "ubiquit", "unanim", "ukrain",
    "ukulele", "euro", "eu", "ewe", "one", "once", "u-", "urolog", "uruguay", "utah", "ufo", "usb", "url",
)
#: ... and words spelt with an "h" that start with a vowel sound (take "an").
AN_BEFORE_H: tuple[str, ...] = ("hour", "honor", "honour", "honest", "heir")
#: tone.gift and tone.unprofessional run their patterns only on sections holding one of these words (every
#: pattern above needs one of them): most emails hold none, and a set look-up is far cheaper than the patterns.
GIFT_TRIGGERS: frozenset[str] = frozenset(
    """
    gift gifts e-gift egift giftcard giftcards voucher vouchers card cards credit present flowers bouquet
    chocolate chocolates sweets basket hamper cake wine coffee cookies box treat treats bottle venmo venmoed
    paypal paypaled zelle zelled pay paid compensate reimburse cheque check payment lunch dinner breakfast
    drinks drink beer round meal bill buy organised organized left leaving bought tickets something surprise
    token
    """.split()
)
UNPROFESSIONAL_TRIGGERS: frozenset[str] = frozenset(
    """
    damn damned dammit goddamn crap crappy shit shitty bullshit fuck fucking fucked fucker fucks fuckin f sh
    piss pissed bitch bitches bitchy bitching bastard bastards asshole assholes arse arsehole dumbass badass
    kick kick-ass kickass jackass wtf freaking frickin fricking effing bloody hella sucks hell heck
    better unlike candidates applicants interviewees incompetent clueless useless lazy rude terrible awful
    hopeless pathetic mess joke disaster amateurish dysfunctional unprofessional garbage rubbish laughable
    embarrassing junk dumpster stupid dumb idiots morons clowns incompetents dinosaurs
    first orientation onboarding start starting induction monday offer salary contract relocation hire hired
    new mine got landed notice aboard last previous former old outgoing predecessor mess contractor
    contractors consultant consultants
    keeping waiting wait wasting runaround nothing ghosting ignoring cancelling canceling rescheduling
    values value already use fair thorough kept ignored interrupted talked finally luck sure
    """.split()
)
