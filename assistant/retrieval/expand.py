"""Query expansion: everyday words → the words the sources use.

Workers don't say "robotic process automation"; they say "software robots".
Each rule maps a pattern in the question to source vocabulary that is appended
to the query for retrieval only (never shown or quoted). The lexicon is about
the domain (work, unions, public-sector technology), not about any one question
or document: no rule adds the wording of a particular sentence of the built-in
corpus, since users ask about their own employers' documents too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from assistant.text.questions import QUESTION_NUMBER

# What a supplier makes, as staff name it.
_PRODUCT = (r"(?:tool|system|software|app|application|platform|product|model|algorithm|chat ?bot|bot|device|programme|"
            r"program|kit|scanner|reader|tracker|camera|ai|robot)s?")

_OBLIGATIONS = "obligations steps employers must take agreement"

_RULES: list[tuple[str, str]] = [
    (r"\b(software )?robots?\b|\bbots?\b|\bautomat\w*", "robotic process automation RPA automation"),
    (r"\bai\b|\bartificial intelligence\b|\bmachine learning\b|\balgorithm\w*", "artificial intelligence AI"),
    (r"\bboss\w*\b|\bmanagers?\b|\bmanagement\b|\bcouncil\b|\borganisation\b|\bemployer\w*", "employer employers"),
    (r"\bheads?[- ]up\b|\bwarning\b|\bin advance\b|\bnotice\b|\bforewarn", "early notice"),
    (r"\bobliged\b|\bobligations?\b|\bhave to\b|\brequired?\b|\bmust\b|\bduty\b|\bduties\b|\brules?\b|\ballowed\b|\bcan they\b|\bjust do\b",
     _OBLIGATIONS),
    (r"\bunions?\b|\brep(resentative)?s?\b|\bshop steward", "trade unions"),
    # (a say in it, not "what did they say?" or "do I have to say if…?")
    (r"\bconsult\w*|\btalk to\b|\bask(ed)? us\b|\binvolve\w*|\b(?:a|any|no|our|their|more) say\b|\bsay in\b|\bvoice\b|\bfirst\b",
     "consult consultation early stage"),
    (r"\blaptops?\b|\bcomputers?\b|\bkit\b|\bhardware\b|\bdevices?\b", "laptops computers equipment hardware devices"),
    # (not watching what was recorded, "who can watch it?", "…watch the footage?": viewing it, below)
    (r"\btrack\w*|\bmonitor\w*|\bspy\w*|\bwatch\w*(?!\s+(?:it|them|(?:the |my |our |any )?(?:footage|recordings?|videos?|tapes?))\b)|"
     r"\bsurveil\w*|\bcameras?\b|\bgps\b", "surveillance monitoring tracking"),
    # Watching what someone does at a computer, in the words monitoring policies use.
    (r"\bwhat (i|we|you|staff) types?\b|\btyping\b|\bkeyboard\b|\bkey ?strokes?\b|\bkey ?logg\w*|\bscreen ?shots?\b|"
     r"\bmouse\b|\bbossware\b|\bactivity (monitoring|tracking|reports?)\b", "keystrokes keystroke logging screenshots activity monitoring software"),
    # Someone reading or checking what one asks or writes is monitoring it, and a record of it a log.
    (r"\b(?:check|checks|checking|checked|see|sees|read|reads|look at|looks at|watch|watches)\s+(?:what|everything|anything)\s+"
     r"(?:i|we|you|staff)\b|\bcheck(?:s|ing)?\s+(?:if|whether|up on)\s+(?:i|we|you|staff|people)\b",
     "monitoring monitored logged logs reviewed"),
    # Putting someone's details into a tool is, in a policy's words, entering personal data.
    (r"\b(?:put|puts|putting|paste|pasting|type|typing|copy|copying|upload|uploading)\b[^?.]{0,40}\binto\b", "enter input"),
    (r"\b(?:\w+'s|someone's|their|personal|customer|client|resident|patient|pupil|service user)s?'? (?:details|info|information|records?)\b",
     "personal data"),
    # The law, in the words documents cite it by: "the Employment Rights Act 1996, section 188".
    (r"\blaws?\b|\blegally\b|\blegislation\b|\bstatut\w*", "law legislation act statute regulations"),
    (r"\bretrain\w*|\bupskill\w*|\breskill\w*|\bcourses?\b|\blearning\b|\btraining\b|\bskills?\b", "training skills development learning"),
    (r"\bjob cuts?\b|\blos(?:e|ing) (my|our|their) jobs?\b|\btakes? (my|our|their|people's|staff's) jobs?\b|\breplace (me|us|staff|workers|people)\b|"
     r"\bredundan\w*|\bsack\w*|\blay ?offs?\b|\bfired\b|\bdismiss\w*|\blet (?:me|us|them|him|her|you|staff|people) go\b",
     "job losses redundancy redeploy dismissal dismissed"),
    (r"\bcomputer (says|said)\b|\b(decided|decisions?|judged) by (an? |the )?(computer|machine|algorithm|ai|software|app)\b|"
     r"\b(ai|algorithms?|computers?|software|machines?|apps?)\b.{0,40}\b(decid\w*|judg\w*|rat(e|es|ing)|scor(e|es|ing)|assess\w*)\b",
     "automated decision-making automated decisions"),
    # Vehicle tracking is "telematics" in policies and notices.
    (r"\bvans?\b|\blorr(y|ies)\b|\btrucks?\b|\bcompany cars?\b|\bpool cars?\b|\bfleet\b|\bvehicle trackers?\b|\bdashcams?\b",
     "vehicles fleet telematics"),
    (r"\bequalit\w*|\bdiscriminat\w*|\bfair\w*", "equality impact assessments"),
    (r"\brisks?\b|\bsafe\w*|\bharm\w*", "risk impact assessments"),
    (r"\bintroduc\w*|\bbring(?:ing|s)?(?: (?:this|that|it|these|them))? in\b|\broll(ing)?[- ]?out\b|\bdeploy\w*|\badopt\w*", "introduction introduce new technology"),
    # Putting a thing in is installing or introducing it.
    (r"\bput(?:s|ting)? (?:this|that|it|these|those|them|the \w+) in\b|\binstall\w*", "installing introducing"),
    (r"\bchat ?bots?\b", "chat bot chatbots"),
    # AI products by name, as people ask about them ("can I use ChatGPT at work?"): policies say "AI tools".
    (r"\bchat ?gpt\b|\bcopilot\b|\bgemini\b|\bclaude\b|\bgen(erative)? ?ai\b|\bllms?\b|\blarge language models?\b",
     "AI tools generative artificial intelligence chatbots"),
    # "If I break the rules", "what if I don't follow the policy": policies say "breach".
    # …and of the document asked about, by a pronoun: "what happens if I break it?"
    (r"\b(break|breaks|breaking|broke|broken|don'?t follow|not follow(ing)?|ignor\w*|violat\w*)\b.{0,25}\b(rules?|polic\w*|procedures?|"
     r"agreements?|contracts?|nda|undertaking|code|terms)\b|"
     r"\b(?:break|breaks|breaking|broke|broken|violat\w*)\s+(?:it|this|that)\b(?=\s*(?:[?.!,]|$|(?:by|if|and|or)\b))",
     "breach breaches disciplinary"),
    (r"\bcarers?\b|\bhome care\b", "domiciliary care workers"),
    (r"\bnew tech\b|\bdigital tools?\b|\btech\b", "new digital technology"),
    (r"\bcover(s|ed)?\b|\bappl(y|ies)\b|\bwho is in\b|\bbodies\b", "applies covers scope public bodies"),
    (r"\bevaluat\w*|\bafter (it|they)\b|\bafterwards\b|\breview\w*", "evaluation review"),
    (r"\bsafeguards?\b|\boversight\b|\bchecks?\b", "checks and balances human oversight"),
    (r"\bdata\b|\bprivacy\b|\bpersonal (info|information|details)\b", "data protection personal data"),
    (r"\bflog\w*|\bsell\w*|\bsold\b|\bpass(ed|ing)? on\b|\bhand(ed|ing)? over\b", "sell sold given away transferred shared"),
    # Sharing what the conversation was about ("can they share it?") is, in a policy's words, disclosing it.
    (r"\bshar(?:e|es|ed|ing) (?:it|them|this|that|these|those)\b", "disclose disclosed"),
    # Telling someone what you were told in confidence is disclosing it.
    (r"\b(tell|telling|told|talk(ing)? about|mention(ing)?) (it |this |that )?(to )?(anyone|anybody|someone|somebody|others|other people|people|outsiders)\b",
     "disclose disclosure third party share"),
    (r"\boutside (firms?|companies|organisations?|bodies)\b|\bother (firms|companies)\b|\bthird[- ]part(y|ies)\b", "third parties"),
    (r"\bwhat happens (now|next)\b|\bnext steps?\b|\bwhat now\b|\bfrom here\b", "next steps plans"),
    (r"\bhome ?working\b|\bwork(ing)? from home\b|\bremote\w*", "remote working"),
    # What is said rather than written is "oral" in one document and "verbal" in another ("an oral warning").
    (r"\bverbal(?:ly)?\b|\boral(?:ly)?\b|\bspoken\b|\bword of mouth\b|\bin conversation\b", "oral orally verbal verbally"),
    # Whom to ask is whom questions go to, in a notice's words ("Questions should be sent to…").
    (r"\bwho (do|can|should|could) (i|we) (ask|contact|talk to|speak to|go to|write to|email|ring|phone|call|tell|report (?:it |this |that )?to)\b|"
     r"\bwho to (ask|contact|talk to|speak to)\b|\bget in touch\b|\bcontact details\b|\bhow (do|can) (i|we) contact\b",
     "contact questions enquiries sent"),
    # Money for what working costs you is an allowance or expenses in a policy's words.
    (r"\b(get|claim|paid|given|any|some|extra) (any |some |extra )?money (for|towards|back)\b|\bmoney for\b|"
     r"\b(pay|paid) (for|towards) (my|the|our)\b|\bcover (the )?costs?\b|\bout of (my|our) own pocket\b|\breimburs\w*",
     "allowance expenses claim payment"),
    # Someone else in the car on a work journey is a passenger, in an expenses policy's words.
    (r"\b(?:take|takes|taking|took|give|gives|giving|drive|drives|driving|carry|carrying)\s+(?:a |my |another |other |some )?"
     r"(?:colleagues?|co-?workers?|someone|somebody|people|others?|person)\b|\b(?:give|gives|giving) (?:\w+ )?a lift\b|\bcar ?shar\w*",
     "passenger passengers"),
    # Disagreeing with a decision is appealing, challenging or complaining about it, in a policy's words.
    (r"\bdisagree\w*|\bunfair\w*|\bnot fair\b|\bdispute\w*|\bcontest\w*|\bobject(ing|ion)?s?\b|\bcomplain\w*|"
     r"\bchalleng\w*|\bpush back\b|\bfight (it|this|the)\b|\bwrong decision\b",
     "appeal challenge complaint grievance"),
    # Not happy with a decision is, in a procedure's words, not satisfied with its outcome.
    (r"\b(?:not|n't|never) (?:happy|satisfied|pleased|content)\b|\bunhappy\b|\bdissatisf\w*",
     "satisfied dissatisfied outcome appeal"),
    # Someone with you at a meeting is, in a procedure's words, a companion you are accompanied by.
    (r"\b(?:take|bring|have)\s+(?:someone|somebody|anyone|anybody|a (?:friend|colleague|companion|relative|family member))\b"
     r"|\bcome (?:with|along with) me\b|\bon my own\b", "accompanied companion"),
    # Saying no to a request is, in a policy's words, refusing or rejecting it; asking for
    # something is requesting it.
    (r"\bsay(?:s|ing)? no\b|\bturn(?:s|ed|ing)? (?:it |me |us |them |this )?down\b|\brefus\w*|\breject\w*|\bdeclin\w*",
     "refuse refused reject"),
    (r"\bask(?:s|ed|ing)? (?:for|to)\b|\bhow (?:many times|often)\b.{0,20}\bask\b|\bask again\b",
     "request requests"),
    # A reply to a request, a complaint or a grievance is its response, outcome or decision.
    (r"\brepl(?:y|ies|ied)\b|\bget back to (?:me|us)\b|\bhear back\b|\brespon(?:d|ds|se|ses)\b",
     "respond response outcome decision"),
    # Who was at a meeting is, in its minutes' words, who was present or in attendance.
    (r"\bwho (?:was|were) (?:at|there|in)\b|\battend\w*|\bwho (?:came|turned up|went)\b",
     "present in attendance attendees apologies"),
    # The public sector's acronyms, which a document may spell out without ever using.
    (r"\beqias?\b|\beias?\b", "equality impact assessment"),
    (r"\bdpias?\b", "data protection impact assessment"),
    (r"\bjcc\b", "joint consultative committee"),
    (r"\bfoi\b", "freedom of information"),
    (r"\bico\b", "information commissioner's office information commissioner"),
    (r"\bdpos?\b", "data protection officer"),
    (r"\bacas\b", "advisory conciliation and arbitration service"),
    (r"\bhmrc\b", "hm revenue and customs"),
    (r"\bdbs\b", "disclosure and barring service"),
    (r"\bohs?\b|\bocc health\b", "occupational health"),
    (r"\bsars?\b|\bsubject access\b", "subject access request"),
    # A workplace's own shorthand, which its policies spell out.
    (r"\bagms?\b", "annual general meeting"),
    (r"\btoil\b", "time off in lieu"),
    (r"\bwfh\b", "working from home"),
    (r"\beap\b", "employee assistance programme"),
    (r"\bh ?& ?s\b", "health and safety"),
    (r"\bt ?& ?cs?\b|\bts and cs\b", "terms and conditions"),
    (r"\bdbs\b", "disclosure and barring"),
    (r"\bftes?\b", "full-time equivalent"),
    (r"\breps?\b", "representative representatives"),
    # What a meeting agreed is, in its minutes' words, what it confirmed or decided, and its actions.
    (r"\bagreed\b|\bdecid(?:e|es|ed|ing)\b|\bdecisions? (?:made|taken)\b|\boutcomes? of the meeting\b", "agreed confirmed decided actions"),
    # Where someone works is, in a letter's or contract's words, their place of work or base.
    (r"\bmov(?:e|es|ed|ing) (?:office|offices|base|site|building|workplace)s?\b|\brelocat\w*|\bwork(?:ing)? (?:somewhere|anywhere) else\b"
     r"|\b(?:different|new|another) (?:office|base|site|workplace)\b|"
     r"\bmov(?:e|es|ed|ing) (?:me |us |them |you |staff )?(?:to|from) (?:a |the |another |different |new )?(?:\w+ )?"
     r"(?:office|offices|base|site|building|workplace|depot|location|hub)s?\b", "place of work base location"),
    # What a recording device catches, in a policy's words: sound and video, not "listening".
    (r"\blisten\w*|\bhear(?:s|ing)?\b|\beavesdrop\w*|\brecord\w* (?:what (?:i|we) say|(?:my|our) (?:voice|conversations?|calls?))\b",
     "record sound audio recording microphones"),
    # Whether a thing tells who someone is: identifies them, in a policy's words.
    (r"\bknows? (?:it'?s|it is|that it'?s) (?:me|us|them)\b|\bknows? who\b|\bidentif\w*|\b(?:tell|work out) who\b",
     "identify identifies identified"),
    # Time off work is, in a policy's words, outside working hours.
    (r"\bweekends?\b|\bevenings?\b|\bdays? off\b|\boff[- ]duty\b|\bafter work\b|\bon holiday\b|\bin my own time\b",
     "outside working hours private use"),
    # Being wrong about something one reported is, in a policy's words, being mistaken.
    (r"\b(?:i'?m|i am|i was|i've been|we'?re|we were|it'?s|it was|it turns out|turns out to be)\s+(?:\w+\s+)?wrong\b",
     "mistaken mistake"),
    # A side's demands are, in its letters and minutes, what it asks for or requests.
    (r"\bdemands?\b|\bour (?:asks|claims?)\b",
     "ask asks asked request requests agree"),
    # Being shouted at or threatened by the public is, in a policy's words, abuse or an incident.
    (r"\bshout(?:s|ed|ing)?\b|\bswear(?:s|ing)?\b|\bsworn at\b|\bthreaten(?:s|ed|ing)?\b|\baggressive\b|\bkicks? off\b",
     "abuse aggression incident"),
    # Keeping what one types is, in a notice's words, storing it.
    (r"\b(?:save|saves|saved|saving|keep|keeps|kept|remember|remembers)\s+(?:what|everything|anything|all)\s+(?:i|we|you)\s+"
     r"(?:type|write|say|enter|ask|put)\b", "store stored stores conversations"),
    # Paying something back is, in a policy's words, repaying it.
    (r"\bpa(?:y|ys|id|ying)\s+(?:(?:it|them|this|that|the\s+\w+|my\s+\w+|any(?:thing)?|some|all|(?:it|them)\s+all)\s+)?back\b",
     "repay repaid repayment"),
    # Impairments as people name them, in an assessment's words.
    (r"\bblind\b|\bpartially sighted\b|\bsight loss\b|\bpoor (?:eye)?sight\b|\bcan'?t see (?:well|properly)\b",
     "visual impairments visually impaired sight screen reader disability"),
    (r"\bdeaf\b|\bhard of hearing\b|\bhearing loss\b", "hearing impairments hearing loss disability"),
    (r"\bwheelchairs?\b|\bwalking aids?\b|\bmobility scooters?\b", "mobility impairments wheelchair users disability"),
    # Whether disabled people can use a thing is, in an assessment's words, its accessibility.
    (r"\baccessible\b|\baccessibility\b", "accessibility accessible WCAG screen reader"),
    # Everyone else, after a question about some, is in a policy's words all the others.
    (r"\b(?:every(?:one|body)|any(?:one|body)|all) else\b|\bthe rest of (?:us|them|the \w+)\b|\beveryone other than\b",
     "all other others"),
    # Conditions people name, which a policy covers as disability and reasonable adjustments.
    (r"\bdyslexi\w*|\bdyspraxi\w*|\bautis\w*|\badhd\b|\bneurodiver\w*|\bneurodivergent\b",
     "reasonable adjustments adjustment disability"),
    # One's age told as a number or by being older is, in an assessment's words, age.
    (r"\b(?:i'?m|i am|aged?)\s+(?:[5-9]\d)\b|\bolder (?:staff|workers?|people|colleagues|employees)\b|\bnear(?:ing)? retirement\b",
     "age older"),
    # Not being good with computers is, in a policy's words, being less confident online.
    (r"\bnot (?:great|good|confident|very good) (?:with|at|using|on) (?:computers?|technology|tech|it|online|the internet)\b|"
     r"\b(?:technophobe|digitally excluded)\b", "less confident online systems digital skills support"),
    # What an employer holds on someone is, in a policy's words, the information held about them, which a subject
    # access request gets.
    (r"\b(?:find out|see|know|check|get)\s+what\s+(?:they|you|the council|the company|my employer|hr)\s+"
     r"(?:have|has|hold|holds|keep|keeps|store|stores|know|knows)\s+(?:on|about)\s+me\b",
     "information held about you subject access request"),
    # Done by accident is, in a policy's words, done by mistake.
    (r"\bby accident\b|\baccidental(?:ly)?\b|\bunintentional(?:ly)?\b|\bwithout meaning to\b", "mistake mistakenly error"),
    # Errands and trips of one's own are, in a policy's words, personal journeys or private use.
    (r"\bshopping\b|\bschool runs?\b|\berrands?\b|\bday (?:trips?|out)\b|\b(?:my|our) own (?:stuff|things|business|errands)\b|"
     r"\bpersonal (?:stuff|things|trips?|errands)\b", "personal private journeys use"),
    # A ticket for parking or speeding is, in a policy's words, a fine or a penalty.
    (r"\b(?:parking|speeding|traffic|bus lane|congestion)\s+(?:tickets?|fines?)\b|\bpcns?\b|\bpenalty charges?\b",
     "fines penalties penalty"),
    # A screen at a desk is a monitor, in a facilities policy's words.
    (r"\b(?:own|second|extra|bigger|big|separate|external|my)\s+(?:screens?|displays?)\b|\bscreens?\b(?!\s*(?:time|shots?|reader))",
     "monitor monitors display"),
    # At night is out of hours, which a service open round the clock covers ("staffed 24 hours a day").
    (r"\b(?:at|during the|in the) night\b|\bout[- ]of[- ]hours\b|\bmiddle of the night\b",
     "out of hours 24 hours a day night"),
    # A weekend is its days, as a rota or a table of allowances names them.
    (r"\bweekends?\b", "saturday sunday"),
    # …and a weekday is one of the others: "Monday to Friday".
    (r"\bweekdays?\b|\bweek ?nights?\b|\bmidweek\b", "monday friday"),
    # A qualification by its kind: "do I need a degree?" of a person specification's "Qualifications" row.
    (r"\bdegrees?\b|\bdiplomas?\b|\ba[- ]levels?\b|\bgcses?\b|\bnvqs?\b|\bcertificates?\b|\bqualified\b", "qualifications"),
    # Being at risk of losing one's job is, in a restructure's words, being in the selection pool or affected.
    (r"\bat risk\b|\bin the pool\b|\bam i (?:safe|affected)\b", "selection pool affected redundancy"),
    # Turning a device on is switching it on.
    (r"\b(?:turn|turns|turning|turned)\s+(?:\w+\s+)?(?:on|off)\b|\b(?:turn|turns|turning|turned)\s+(?:it|them)\s+(?:on|off)\b",
     "switch on off"),
    # Whether something works is, in a plan's words, how it will be judged, measured or evaluated.
    (r"\b(?:know|tell|see|check|show|decide)\s+(?:if|whether)\s+(?:it|this|the \w+)\s+(?:works|worked|is working|has worked)\b|"
     r"\bsuccess\w*\b|\bjudg\w*", "judge measure success evaluation"),
    # Caring for children is childcare, and other fixed times are commitments, in a rota's words.
    (r"\bschool runs?\b|\bpick(?:ing)? up (?:the |my )?(?:kids|children)\b|\bdrop(?:ping)? off (?:the |my )?(?:kids|children)\b|"
     r"\bchild ?care\b|\bmy (?:kids|children)\b", "childcare caring responsibilities commitments availability"),
    # Being paid less, in a policy's words: pay affected or reduced.
    (r"\blos(?:e|ing) (?:any )?money\b|\bpay cuts?\b|\b(?:paid|earn(?:ing)?) less\b|\bless money\b|\bout of pocket\b|"
     r"\bwages? (?:go|goes|going) down\b|\b(?:affect|change|cut|reduce)s? (?:my|our|their) (?:pay|wages?|salary)\b",
     "pay salary affected reduced"),
    # When a thing starts is its go-live or start date, or the date it runs from.
    (r"\bwhen (?:does|do|will|is|are|did) (?:it|this|that|the \w+(?: \w+)?|they) (?:start(?:s|ing)?|begin(?:s|ning)?|"
     r"go(?:es|ing)? live|launch(?:es|ing)?|com(?:e|es|ing) in|kick(?:s|ing)? off|happen(?:s|ing)?)\b|"
     r"\bstart date\b|\bgo[- ]live\b", "from start date go-live begins introduced"),
    # A system that fails is down or unavailable; putting it right is resolving an incident.
    (r"\b(?:goes|go|is|went|was|being|are) down\b|\boutages?\b|\bcrash\w*|\bnot working\b|\bstops? working\b|\buptime\b|\bdowntime\b",
     "availability available unavailable incident failure"),
    (r"\bfix(?:es|ed|ing)?\b|\brepair\w*|\bsort(?:ed)? (?:it )?out\b|\bput right\b", "resolve resolved repair"),
    # A person, not the computer: a human review, in a policy's words.
    (r"\b(?:real|actual) (?:person|people|human)\b|\bhumans?\b|\ba person\b|\bmanually\b",
     "person human reviewed review"),
    # Social media by the names of its sites and apps, as people say them; a policy says "social media".
    (r"\bfacebook\b|\btwitter\b|\btweet\w*|\binstagram\b|\btiktok\b|\blinkedin\b|\bwhats ?app\b|\bsnapchat\b|"
     r"\breddit\b|\byoutube\b|\bx\.com\b|\bonline posts?\b", "social media post"),
    (r"\bpics?\b|\bphotos?\b|\bselfies?\b|\bpictures?\b", "photographs images"),
    # Being sacked is, in a policy's words, disciplinary action or dismissal for gross misconduct.
    (r"\bsack(?:ed|ing)?\b|\bthe sack\b|\bfired\b|\bget (?:the )?boot\b|\bdismissed for\b",
     "disciplinary gross misconduct dismissal"),
    (r"\belections?\b|\bvot(?:e|es|ing)\b|\bpolitic\w*", "political party views"),
    # Telling on wrongdoing is whistleblowing, in a policy's words.
    # A dodgy link or email is, in IT's words, a suspicious one: phishing.
    (r"\b(?:dodgy|dubious|fake|scam|spam|weird|strange|odd|suspect|phishy)\s+(?:looking\s+)?(?:links?|e-?mails?|messages?|texts?|attachments?|websites?)\b|"
     r"\bphish\w*|\bscam\w*", "suspicious email link phishing"),
    (r"\bdodgy\b(?!\s+(?:looking\s+)?(?:links?|e-?mails?|messages?|texts?|attachments?|websites?)\b)|\bwrongdoing\b|\bfraud\w*|\bcorrupt\w*|\billegal\b|\bwhistle\w*|\bcover(?:ing)?[- ]up\b|\bdishonest\w*",
     "wrongdoing whistleblowing concerns"),
    # A Teams or Zoom call is an online meeting.
    (r"\bteams (?:meetings?|calls?)\b|\bon teams\b|\bzoom\b|\bvideo (?:calls?|meetings?)\b|\bvirtual meetings?\b|\bwebcam\b",
     "online meetings camera"),
    # Done without telling someone is, in a policy's words, done without their being told or their consent.
    (r"\bwithout (?:telling|asking|warning|informing|letting (?:us|me|them) know)\b|\bsecret\w*|\bbehind (?:my|our|their) backs?\b",
     "told informed consent notice"),
    # What someone promised is, in their words, what they will do, commit to or confirm.
    (r"\bpromis\w*|\bcommit(?:s|ted|ment|ments)?\b|\bguarantee\w*|\bassur\w*|\bpledge\w*|\bundertak\w*",
     "commitment commit confirm agreed will"),
    # Work said to fall short is, in a policy's words, a matter of performance and capability.
    (r"\b(?:work|job|standard)\s+(?:is|was|isn'?t|wasn'?t|is\s+not|was\s+not|'?s\s+not|not)\s+(?:good|up)\s+(?:enough|to\s+scratch|to\s+standard)\b|"
     r"\bnot\s+(?:good\s+enough|up\s+to\s+(?:scratch|standard|the\s+job))\b|\bunder-?perform\w*|\bpoor(?:ly)?\s+perform\w*|\bcan'?t\s+do\s+(?:my|the)\s+job\b",
     "performance capability standard of work"),
    # Not working when one should be is, in a policy's words, a matter of monitoring performance or conduct.
    (r"\bskiv\w*|\bslack(?:ing|er)\b|\bbunk(?:ing)? off\b|\bwasting time\b|\bswinging the lead\b",
     "monitoring performance conduct misconduct"),
    # Applying again for one's own job is, in a restructure's words, selection, slotting in or a ring-fenced interview.
    (r"\bre-?apply\w*|\b(?:apply|interview|compete) for (?:my|our|their) (?:own )?(?:jobs?|posts?|roles?)\b",
     "selection slotted in competitive interview ring-fenced"),
    # A new job that doesn't suit is, in a policy's words, what a trial period is for.
    (r"\b(?:does ?n[o'’]?t|doesn't|did ?n[o'’]?t|not|never) work(?:ing)? out\b|\bnot suit(?:ed|able)? (?:to|for) me\b|"
     r"\bcan'?t (?:do|cope with|manage) the (?:new )?(?:job|role|post)\b", "trial period suitable"),
    # The least and the most a rule allows, in its words.
    (r"\bminimum\b|\bmin\b|\bshortest\b|\bat the very least\b", "at least minimum"),
    (r"\bmaximum\b|\bmax\b|\blongest\b|\bat most\b", "up to no more than maximum"),
    # Who made a tool or system is, in a contract's or a record's words, its supplier or developer.
    # (a thing, not "who made the decision?")
    (r"\bwho (?:made|makes|built|builds|developed|develops|created|designed|supplies|supplied|provides|provided|sells|sold)"
     rf" (?:it|this|them|(?:(?:the|this|that|our|a|an|their) )?{_PRODUCT})\b|"
     rf"\bwho (?:is|was|are|were) (?:it|they|(?:the|this|that) {_PRODUCT}) (?:made|built|developed|supplied) by\b",
     "supplier developer provider supplied by"),
    # Who is in charge of something is who is responsible for it, its owner or lead.
    (r"\bin charge\b|\bwho (?:runs|owns|oversees|manages|looks after)\b|\bwho(?:'s| is) (?:the )?(?:boss|head|lead)\b|\baccountable\b",
     "responsible owner lead accountable"),
    (r"\baction points?\b|\baction log\b|\bactions? list\b|\bto-?do list\b|\bfollow-?ups?\b", "actions action who by when"),
    # Being off sick is "absence" in attendance policies; ringing in is phoning.
    (r"\bsick (days?|leave|notes?|time)\b|\boff sick\b|\bcall(ing|ed)? in sick\b|\b(i'?m|i am|being|was|been) (ill|unwell|sick)\b|"
     r"\bsickness\b",
     "sickness absence absent"),
    (r"\b(come|comes|coming|came|get|gets|getting|go|goes|going) back (to work|from|after)\b|\bback at work\b|\bafter being off\b|"
     r"\bback[- ]to[- ]work\b|\b(?:go|goes|going|went|come|comes|coming|came) back\b.{0,25}\b(?:after|part[- ]time|reduced|fewer|shorter)\b",
     "return to work"),
    # Being away from work is, in an attendance policy's words, absence; how many times, how many periods.
    (r"\b(?:be|been|being|was|were|am|i'?m|is|are) off\b(?! (?:duty|work early))", "absence absent sickness"),
    (r"\bhow many times\b|\bhow often\b.{0,30}\boff\b", "occasions periods episodes instances"),
    (r"\bsick notes?\b|\bdoctor'?s notes?\b|\bmedical notes?\b", "fit note medical certificate"),
    # Working fewer hours for a while is, in a policy's words, a phased return or reduced hours.
    (r"\bpart[- ]time\b|\b(?:reduced|fewer|shorter) hours\b|\bcut (?:down )?(?:my|our|their) hours\b",
     "phased return reduced hours part-time"),
    # A chat with one's manager is, in a procedure's words, a meeting or discussion.
    (r"\bchat\b(?!\s?bots?)|\bcatch[- ]?ups?\b|\bone[- ]to[- ]ones?\b|\bsit[- ]down\b|\bnatter\b",
     "meeting conversation discussion interview"),
    # Having to do something is, in a policy's words, its being compulsory or not (voluntary, optional).
    (r"\bdo (?:i|we|you|staff) (?:have|need) to\b|\bam i (?:required|obliged|forced|made) to\b|\bcan (?:they|you|he|she) make (?:me|us)\b|"
     r"\bforced to\b|\bmandatory\b|\bcompulsory\b|\boptional\b|\bvoluntary\b|\bhave a choice\b|\bopt out\b",
     "compulsory mandatory voluntary optional required choice"),
    # Owning up to how something was made is, in a policy's words, saying so, labelling or declaring it.
    (r"\b(?:say|tell|admit|declare|mention|disclose|own up)\b (?:it )?(?:if|that|when|whether) (?:i|we|you|they|it|staff)\b",
     "say so labelling label declare disclose"),
    # Where someone is is their location.
    (r"\bwhere (?:i|we|you|they|staff|he|she|people) (?:am|are|is|go|goes|went|have been|was|were)\b|\bwhereabouts\b",
     "location"),
    # Enough members for a meeting to decide: a quorum, or being quorate.
    (r"\bquor\w*\b|\benough (?:people|members)\b", "quorum quorate"),
    # Who is on a committee or panel is its membership.
    (r"\bwho(?:'s| is| are| sits?| will be) on\b|\bwho(?:'s| is) in (?:the |this |that )?(?:group|committee|panel|board|forum)\b",
     "membership members"),
    (r"\bring(s|ing)? in\b|\brang in\b|\bring (my|the|your) (manager|boss|line manager)\b|\bcall(ing)? in\b",
     "phone telephone report absence"),
    # A smartphone is, in a policy's or a product's words, a phone or a mobile.
    (r"\bsmart ?phones?\b|\bmobile phones?\b|\biphones?\b|\bandroids?\b", "phone mobile"),
    # Seats on a committee or a board are, in its terms of reference, its members or places.
    (r"\bhow many seats\b|\bseats? (?:on|at) (?:the|a|our|their)\b", "members places membership"),
    # A phone is a telephone in a council's words ("telephone and face-to-face services").
    (r"\bphon(?:e|es|ed|ing)\b(?! number)", "telephone"),
    # Posts being cut are, in a restructure's words, deleted, reduced or lost.
    (r"\b(?:posts?|jobs?|roles?)\b.{0,25}\b(?:cut|cuts|cutting|axed|scrapped|going|goes|gone|lost|losing)\b|\bcut(?:ting)? (?:posts?|jobs?|roles?)\b",
     "deleted reduced lost"),
    # What a job pays is its salary, grade or band in a job description's words.
    (r"\bhow much (?:does|will|would|do|did) (?:it|the (?:job|post|role)|they|i|we|you) (?:pay|earn|get)\b|\bsalar(?:y|ies)\b|"
     r"\bwages?\b|\bpay (?:grade|scale|band|rate|point)s?\b|\bwhat (?:grade|band) is\b", "pay salary grade band scale"),
    # Data used "against me" is, in a policy's words, used in a disciplinary investigation.
    (r"\b(?:use|used|using)\b.{0,20}\bagainst (?:me|us|staff|them|you|him|her)\b",
     "disciplinary investigation performance"),
    # Being told off is what a policy calls disciplinary action.
    (r"\b(get|getting|got|be|am|being) (in|into) trouble\b|\btold off\b|\bpunish\w*|\bmarked down\b|\bget (a |an )?(written )?warning\b",
     "disciplinary disciplined action"),
    # When a contract ends, in a contract's words: termination, expiry.
    (r"\b(contract|agreement|arrangement|deal)s?\b.{0,20}\b(ends?|ended|ending|finish\w*|runs? out|stops?|is over)\b|"
     r"\bcancel\w*|\bpull(s|ed)? out\b", "termination terminate expiry"),
    # What goes on after the end (of a contract, of one's employment) "survives" it, in a contract's words.
    (r"\b(?:continue|continues|last|lasts|carry on|carries on|still (?:apply|applies|hold|holds|count|counts|bind|binds))\b"
     r"[^?.]{0,30}\b(?:after|once|beyond|past|following)\b", "survive survival"),
    # Cancelling a subscription is, in its terms, giving notice before the end of the term.
    (r"\bcancel\w*|\bpull(s|ed)? out\b|\bget out of (?:the |this |our )?(?:contract|subscription|deal)\b", "notice end of the term"),
    # Which parts of an organisation: teams are services, departments, sections.
    (r"\bwhich (teams|departments|services|sections|areas|directorates)\b", "teams services departments"),
    # A deadline is a closing date, or what must be done "by" a date.
    (r"\bdeadlines?\b|\bclosing date\b|\bby when\b|\bcut[- ]?off date\b", "closing date no later than"),
    # How many jobs: a restructure counts "posts" and "roles".
    (r"\bjobs\b|\bhow many (people|staff)\b", "posts roles"),
    # A pay rise within a grade is, in a contract's words, an increment: a move up a point of the grade.
    (r"\bpay ?rises?\b|\bpay increases?\b|\bincrements?\b|\bmove up (?:a|the) (?:grade|scale|band)\b",
     "increment move up point grade"),
    # Looking at footage or records is, in a policy's words, viewing or accessing them.
    (r"\b(?:look(?:s|ing|ed)?|have a look) (?:at|through)\b|"
     r"\bwatch(?:es|ing|ed)? (?:the |my |our |any )?(?:footage|recordings?|cctv|cameras?|videos?|tapes?)\b|\bwatch(?:es|ing|ed)? (?:it|them)\b|"
     r"\bsee(?:s|ing)? (?:the |my |our |any )?(?:footage|recordings?|videos?|tapes?|images?)\b|\bwho (?:can|could|may|gets to) see\b",
     "view access"),
    # Going to the papers is, in a whistleblowing policy's words, going to the media.
    (r"\b(?:go|going|went|talk|talking|speak|speaking|tell|telling|leak\w*)\s+(?:to\s+)?(?:the\s+)?"
     r"(?:papers|press|newspapers?|journalists?|reporters?|news)\b|\bnewspapers?\b|\bjournalists?\b",
     "media press"),
    # Being wrong about something one reported is, in a policy's words, being mistaken.
    (r"\b(?:i'?m|i am|we'?re|we are|i was|we were|turns? out(?: to be)?|am i|are we) (?:wrong|mistaken)\b", "mistaken"),
    # Hearing back is being written to or contacted.
    (r"\bhear(?:d)? back\b|\bhear (?:from|anything from) (?:them|you|someone|anyone)\b", "write to you contact"),
    # Having to be in at a time is, in a contract's words, working hours, start time or core hours.
    (r"\b(?:be|get|start|clock)\s+(?:in|on|work|at work)?\s*(?:at|by|before)\s+\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|o'?clock)?(?!\S)|"
     r"\bwhat time (?:do|does|should|must) (?:i|we|you|staff) (?:start|finish|get in|clock)\b",
     "working hours start time core hours"),
    # A record that is wrong is, in a data policy's words, inaccurate: its accuracy.
    # (not things going wrong, which is a matter of risk)
    (r"\b(?:it'?s|is|are|was|were) wrong\b|\bincorrect\b|\bmistakes? in\b|\berrors? in\b",
     "accuracy accurate inaccurate incorrect"),
    # What is being done about a problem is, in an assessment's words, its actions or mitigations.
    (r"\bwhat (?:are|is|will|would) (?:they|we|you|the council|the employer|management) (?:doing|going to do|do) about\b|"
     r"\bwhat(?:'s| is) being done\b", "actions mitigation measures"),
    # Who gets a thing is to whom it is sent, its recipients.
    (r"\bwho (?:gets?|receives?|will (?:get|receive)|is sent|are sent)\b(?! to)", "sent to recipients receive"),
    # Used against someone is, in a policy's words, used as evidence, or in disciplinary or performance matters.
    (r"\bused against (?:me|us|them|you|staff|anyone)\b|\bhold (?:it|that|this) against\b", "evidence disciplinary performance"),
    # Being told is, in a policy's words, being informed or notified.
    (r"\b(?:will|would|do|does|are|am|is|should|must) (?:i|we|staff|you|they|people) (?:be )?(?:told|informed|notified|warned)\b",
     "tell inform informed notified invitation"),
    # Selection criteria are, in a scoring matrix's words, its criteria and how each is scored.
    (r"\bselection criteri(?:a|on)\b", "criteria criterion scored scoring weighting"),
    # The top and bottom of a pay distribution are, in a report's words, its upper and lower parts.
    (r"\btop (?=(?:pay )?(?:quarter|quartile|half|band|grade|tier|third|fifth)s?\b)", "upper highest"),
    (r"\bbottom (?=(?:pay )?(?:quarter|quartile|half|band|grade|tier|third|fifth)s?\b)", "lower lowest"),
    # Deciding is, in a procedure's words, a decision (the stemmer keeps "decid" and "decis" apart).
    (r"\bdecid(?:e|es|ed|ing)\b", "decision decisions"),
    # Notifying someone is, in a contract's or a policy's words, giving them notice or informing them.
    (r"\bnotif(?:y|ies|ied|ying|ication)\b", "notice inform informed"),
    # Saying no is, in a meeting's or a consultation's words, objecting.
    (r"\bsay(?:s|ing)? no\b|\bdon'?t (?:want|agree)\b|\bnot (?:want|agree)\b|\bdisagree\b", "object objects objection"),
    # An employer saying no to a request is, in a policy's words, refusing or turning it down.
    (r"\b(?:say|says|said|saying) no to\b|\bturn(?:s|ed)? (?:it |me |us )?down\b", "refuse refused refusal reject turned down"),
    # Moving to another employer with one's work is, in the words of a letter about it, a transfer (TUPE).
    (r"\b(?:go|goes|going|gone|move|moves|moving|moved|switch\w*|shift\w*)\s+(?:over\s+|across\s+)?to\s+(?:the\s+|a\s+|this\s+)?"
     r"(?:new|other|private)\s+(?:company|companies|firm|employer|organisation|provider|contractor|owner)\b|\boutsourc\w*|\bprivatis\w*",
     "transfer transferred TUPE"),
    # Getting more out of staff is, in the words reports use, intensifying their work.
    (r"\bsqueez\w*\s+(?:more|every|extra)\b|\bget(?:ting)?\s+more\s+(?:work\s+)?out\s+of\b|\bwork(?:ing)?\s+(?:us|me|them|staff|people)\s+harder\b|"
     r"\bpush(?:ing)?\s+(?:us|me|them|staff|people)\s+harder\b|\bspeed(?:s|ing)?\s+(?:us|me|them|staff|people|work)\s+up\b|\bintensif\w*",
     "intensify intensification of work pace productivity"),
    # Why something is brought in is, in a report's words, what is driving it, the reasons or factors behind it.
    (r"\bwhy\b[^?.]{0,50}\b(?:bring(?:s|ing)?\s+in|brought\s+in|introduc\w*|adopt\w*|roll(?:s|ing)?\s+out|rolled\s+out|"
     r"switch(?:es|ing)?\s+to|mov(?:e|es|ing)\s+to)\b",
     "reasons factors driving driven by behind the introduction"),
    # Part-timers and full-timers are, in a policy's words, part-time and full-time staff.
    (r"\bpart[- ]?timers?\b", "part-time part time"),
    (r"\bfull[- ]?timers?\b", "full-time full time"),
    # Turning a thing off is switching it off, disabling it.
    (r"\b(?:turn|switch)(?:s|ed|ing)? (?:it |them |this |that |these )?off\b|\bdisabl\w*", "switch off switched off turn off disable"),
    # Missing a target is, in a performance policy's words, being below it, which support or capability follows.
    (r"\b(?:miss|misses|missed|missing|fail(?:s|ed|ing)? to (?:meet|hit|reach)|don'?t (?:meet|hit|reach)) (?:(?:my|the|our|their|a|your) )?targets?\b|"
     r"\bbelow (?:target|average)\b", "below target average coaching support capability"),
    # How long calls take is, in a contact centre's words, handling time.
    (r"\b(?:short|quick|long|longer|shorter) calls?\b|\bcalls? (?:short|quick|long)\b|\bcall (?:length|times?|duration)\b",
     "handling time call length"),
    # Filling in a survey or a form is, in its report's words, responding to it or completing it.
    (r"\bfill(?:ed|ing|s)? (?:it |this |that |them |the \w+ )?(?:in|out)\b|\btook part\b|\btake part\b",
     "responded response completed returned"),
    # Departments are, in a council's words, directorates or services.
    (r"\bdepartments?\b|\bdirectorates?\b|\bservice areas?\b", "directorate directorates department service"),
    # A child, however named, is in a leave policy's words a child or a dependant.
    (r"\bkids?\b|\bmy (?:son|daughter|child|baby|toddler)\b", "child children dependant dependants"),
    # Falling ill, in a policy's words.
    (r"\b(?:is|are|was|were|gets?|got|falls?|fell) (?:ill|sick|unwell|poorly)\b", "ill illness falling ill"),
    # Being new is, in a policy's words, a first day of employment or a new starter.
    (r"\bi'?m new\b|\bi am new\b|\bnew starters?\b|\b(?:just|only just|recently) started\b",
     "first day of employment new starter"),
    # Childcare falling through is, in a policy's words, a breakdown in care arrangements.
    (r"\blet (?:me|us) down\b|\bfell through\b|\bcancell?ed on (?:me|us)\b|\bdidn'?t (?:turn|show) up\b|"
     r"\bchild ?minders?\b|\bnurser(?:y|ies)\b|\bbabysitters?\b|\bnann(?:y|ies)\b",
     "breakdown in care arrangements"),
    # A system back after an outage is, in a notice's words, available again, "until" a time.
    (r"\b(?:be|is|are|comes?|coming|get|gets) back(?: up| on| online)?\s*[?.!]*$", "unavailable available again restored"),
    # Leaving a job is, in a contract's words, resigning: giving notice of it.
    (r"\b(?:want|going|planning|decided|deciding|thinking of|about|like) to (?:leave|quit|resign)\b|\bquit(?:ting)?\b|"
     r"\bresign\w*|\bhand(?:ing)? in my notice\b|\bleaving (?:the council|my job|work)\b", "resign resignation notice"),
    # Taking too long over lunch or breaks is, in a policy's words, a matter of attendance or timekeeping.
    (r"\b(?:long|late|extended|extra) (?:lunch|lunches|breaks?)\b|\bclock(?:ing|ed)? (?:in|out) late\b|\blate for work\b|"
     r"\btime ?keeping\b|\bpunctuality\b", "attendance timekeeping conduct"),
    # Something kept as it is is, in a report's words, continuing: "is hybrid working staying?" —
    # "The policy … will continue."
    (r"\b(?:is|are|will)\s+(?:\w+\s+){1,3}?(?:staying|stay|remaining|remain|carrying on|carry on|kept)\s*[?.!]*$|"
     r"\b(?:still|going to) (?:be )?(?:allowed|happening|going ahead)\b", "continue continues remain"),
    # Where a meeting is held is, in an agenda's or a notice's words, a room, a venue or "on Teams".
    (r"\bwhere(?:'s| is| are| will| does| do)\b.{0,30}\b(?:meeting|session|training|hearing|interview|event|course|briefing)s?\b",
     "room venue location Teams"),
    # Whether one must use something is, in minutes' or a policy's words, whether its use is voluntary.
    (r"^\W*(?:so\s+|and\s+|but\s+)?(?:is|are|will|would)\b[^?]{0,40}\b(?:compulsory|mandatory|obligatory)\b|"
     r"\b(?:forced|made) to use\b|\bhave to use\b", "voluntary optional"),
    # A restructure is, in a change policy's words, organisational change: a change to structures or roles.
    (r"\brestructur\w*|\breorganis\w*|\breorganiz\w*|\breorg\b|\bre-?structur\w*", "organisational change structures roles"),
    # Their sending something asked for is, in a notice's words, replying or providing it.
    (r"\b(?:they|you|the council|hr|it)\s+(?:\w+\s+){0,3}?(?:send|sends|sent)\s+(?:it|them|this|that|me|us)\b", "reply respond provide"),
    # Calling someone is, in a procedure's words, phoning them.
    (r"\b(?:call|calls|calling)\b(?!\s+(?:it|this|that|out|off|in)\b)", "phone telephone"),
    # Who is affected by a change is, in an assessment's words, who it has an impact on.
    (r"\baffect(?:s|ed|ing)?\b", "impact"),
    # Retiring is, in a pension scheme's words, taking one's pension at its age.
    (r"\bretir\w*", "pension age take your pension"),
    # What one's family gets on one's death is, in a scheme's words, a lump sum paid to the people
    # one names, one's dependants.
    (r"\bif i die\b|\bwhen i die\b|\b(?:my|our) (?:family|families|wife|husband|partner|kids|children)\b",
     "death lump sum dependants partner people you name"),
    # Fiddling is, in a whistleblowing policy's words, fraud or wrongdoing.
    (r"\bfiddl\w*|\bfalse (?:claims?|expenses)\b|\bstealing\b|\btheft\b|\bon the take\b", "fraud wrongdoing concern"),
    # Being afraid of what follows from speaking up is, in a policy's words, a matter of protection.
    (r"\b(?:scared|afraid|frightened|worried|fear(?:ful)?|nervous)\b.{0,20}\b(?:los(?:e|ing)|sack\w*|fired|punish\w*|trouble|"
     r"victimis\w*|reprisals?|backlash)\b", "protection protected victimise treated unfairly"),
    # Extra hours are, in a pay policy's words, overtime.
    (r"\b(?:hours?|time|shifts?) extra\b|\bextra (?:hours?|time|shifts?)\b", "overtime"),
    # Holidays by their short name.
    (r"\bhols?\b|\bhollies\b|\bholidays?\b", "holiday holidays annual leave"),
    # A strike is, in a policy's words, industrial action.
    (r"\bstrik(?:e|es|ing)\b|\bwalk ?outs?\b|\bpicket\w*", "industrial action"),
    # A bid for a contract is, in a procurement notice's words, a tender.
    (r"\bbids?\b|\bbidding\b|\btender(?:s|ing)?\b", "tender tenders bid bids"),
    # Someone finding out who spoke up is, in a policy's words, a matter of their identity kept confidential.
    (r"\bfind(?:s|ing)? out (?:it was|it's|who)\b|\bfound out (?:it was|who)\b|\bknow (?:it was|it's) (?:me|us|them)\b",
     "identity confidential"),
    # One's health, in a policy's words: medical details, a condition, a disability.
    (r"\b(?:my|a|your|their) (?:condition|illness|health (?:problems?|issues?|conditions?))\b", "medical details health condition"),
    (r"\bmeds\b|\bmedication\b|\btablets\b|\bpills\b", "medication medical health"),
    # Starting or finishing at other times is, in a policy's words, a later start time or flexible hours.
    (r"\bstart(?:ing)? (?:later|earlier)\b|\b(?:later|earlier) start\b|\bfinish(?:ing)? (?:later|earlier)\b",
     "later start time flexible hours"),
    # Moving to another team is, in a policy's words, changing job: a transfer.
    (r"\bmov(?:e|es|ed|ing) (?:to )?(?:another|a different|a new|other) (?:team|job|role|department|post|service)s?\b|"
     r"\bchang(?:e|es|ed|ing) (?:my |our |your )?(?:job|role|team)s?\b", "change job transfer"),
    # Drink, in an expenses policy's words, is alcohol; meals by the names people give them.
    (r"\bwine\b|\bbeers?\b|\bpints?\b|\bbooze\b|\blager\b|\bcider\b|\bprosecco\b|\bgin\b|\bwhisk(?:e)?y\b|\bspirits\b",
     "alcohol alcoholic drink"),
    (r"\bdinner\b|\bsupper\b|\btea ?time\b", "evening meal meals"),
    (r"\bbreakfast\b|\blunch\b|\bsandwich(?:es)?\b", "meal meals subsistence"),
    # Food at a meeting is, in a notice's words, refreshments (or what they are: "tea and cakes").
    (r"\bfood\b|\bsnacks?\b|\bsomething to eat\b|\bfed\b|\bcatering\b", "refreshments tea coffee cakes lunch provided"),
    # What someone is accused of is, in a letter's words, the allegation.
    (r"\baccus\w*|\bcharges? against\b|\bwhat (?:have|did) i (?:supposedly |allegedly )?do(?:ne)?\b", "allegation allegations alleged"),
    # The evidence sent with a letter is what it encloses.
    (r"\bevidence\b|\bwhat (?:have|did) they (?:send|sent)\b|\bpapers\b", "enclose enclosed report documents"),
    # Who will be at a meeting: who chairs it, attends it, presents at it.
    (r"\bwho(?:'ll| will| is going to) be (?:there|at (?:it|the \w+)|in the room)\b|\bwho(?:'s| is) (?:coming|going)\b",
     "chaired attend present"),
    # Soon, as people say it, and as a policy does.
    (r"\bstraight ?away\b|\bright away\b|\bat once\b|\basap\b", "immediately promptly same day same-week"),
    # Pay short of what is due is, in a payroll's words, an underpayment.
    (r"\bunder ?paid\b|\bunder ?pay\w*|\bshort[- ]changed\b|\b(?:pay|wages?|salary) (?:is|was) short\b|\bnot paid enough\b",
     "underpayment underpaid wrong pay"),
    # A hotel is, in a travel policy's words, an overnight stay or accommodation.
    (r"\bhotels?\b|\btravelodge\b|\bb ?& ?b\b|\bstay(?:ing)? (?:over|overnight|away)\b", "overnight stays accommodation"),
    # A tool that gets things wrong makes mistakes, in a notice's words.
    (r"\b(?:gets?|got|getting) (?:it|things|something|stuff|answers?|that) wrong\b|\bwrong answers?\b|\bmak(?:e|es|ing) (?:a )?mistakes?\b",
     "mistakes errors inaccurate check"),
    # Replacing a team is losing jobs.
    (r"\breplac(?:e|es|ing) (?:the|our|my|your|their) (?:\w+ )?(?:team|staff|department|workers|people|jobs?)\b",
     "jobs lost job losses"),
    # Someone to talk to is, in a policy's words, support: confidential, from an assistance programme.
    (r"\b(?:someone|anyone|somebody|anybody|people) (?:i|we) (?:can|could) (?:talk|speak|turn) to\b|\bsomeone to (?:talk|speak) to\b|"
     r"\bwho can help me\b|\bcounsell?ing\b|\bstressed\b|\bnot coping\b", "support confidential employee assistance programme"),
    # Going for interviews is looking for work.
    (r"\b(?:job )?interviews?\b|\bjob hunting\b|\bapply(?:ing)? for (?:other )?jobs\b", "look for work interviews"),
    # An accident, by what happened.
    (r"\btrip(?:ped|s)?\b|\bslipped\b|\bfell (?:over|down|off)\b|\bhurt (?:my|myself)\b|\binjur\w*", "accident injury report"),
    # How a sum is worked out is how it is calculated.
    (r"\bwork(?:ed|s)? out\b|\bfigured? out\b|\bcalculat\w*", "calculated calculation based on"),
    # Data sent abroad is, in a contract's words, transferred outside the country.
    (r"\babroad\b|\boverseas\b|\boutside (?:the )?(?:uk|united kingdom|eu|europe|country)\b|\b(?:another|other) countr(?:y|ies)\b|"
     r"\bmov(?:e|es|ed|ing) (?:our |my |the )?data\b", "transfer outside the United Kingdom international"),
    # A supplier's subcontractor, in a data contract's words, is a sub-processor.
    (r"\bsub-?contract\w*|\bsub-?processors?\b", "sub-processor sub-processors subcontractor"),
    (r"\bliab(?:le|ility|ilities)\b", "liability liable"),
    # Tries at something are attempts.
    (r"\btries\b|\bgoes\b|\battempts?\b|\bguesses\b", "attempts"),
    (r"\bbikes?\b|\bcycl(?:e|es|ing)\b|\bpush ?bikes?\b", "bicycle bicycles cycle cycling"),
    (r"\bback ?pay\b|\barrears\b|\bbackdat\w*", "back pay backdated arrears"),
    # The office is, in a hybrid working policy's words, the workplace.
    (r"\b(?:the|an?|our|my) office\b|\bin (?:the )?office\b|\bon site\b|\bin work\b|\bget (?:in|into work|to work)\b|\bmake it in\b",
     "workplace usual workplace"),
    # An update to software is, in an agreement's words, an upgrade.
    (r"\bupdates?\b|\bupdating\b|\bpatch(?:es|ing)?\b|\bnew versions?\b", "upgrade upgrades"),
    # A rota is, in a policy's words, rostering: shifts and scheduling.
    (r"\brotas?\b|\brostering\b|\bshift patterns?\b|\bscheduling\b", "rostering rota shifts scheduling"),
    # An app, a system, a tool: what an agreement on new technology calls technology or software.
    (r"\bapps?\b|\bplatforms?\b|\bsoftware\b|\bgadgets?\b", "technology software system"),
    # Tracking a phone, a car or a person is, in a policy's words, checking its location.
    (r"\btrack(?:s|ed|ing)?\b|\bwhere i am\b|\bwhere i(?:'ve| have)? (?:go|drive|went|drove|driven|been|gone)\b|\bfollow(?:s|ing)? (?:me|my)\b", "location checked"),
    # Actions not yet done, as notes mark them: "(not done yet)".
    (r"\boutstanding\b|\bstill to (?:do|be done)\b|\bnot (?:yet )?(?:done|finished|completed)\b|\bopen actions?\b|\bstill open\b",
     "not done yet"),
    # What one gets of something is, in a policy's words, what one is entitled to.
    (r"\bhow (?:much|many \w+) (?:\w+ )?(?:do|will|would|can|should) (?:i|we|you|staff) get\b|\bam i (?:entitled|owed)\b",
     "entitled entitlement"),
    # Family, as people name them, in a leave policy's words: "my dad" is a parent, "my nan" a grandparent.
    (r"\b(?:dad|daddy|mum|mam|mom|mummy|father|mother|step-?(?:dad|mum|father|mother)|parents?)\b", "parent parents"),
    (r"\b(?:nan|nana|nanna|nain|gran|granny|grandma|grandad|granddad|grandpa|taid|grandmother|grandfather|grandparents?)\b",
     "grandparent grandparents"),
    (r"\b(?:wife|husband|spouse|fianc[eé]e?|girlfriend|boyfriend|civil partner|other half)\b", "partner spouse family"),
    (r"\b(?:son|daughter|kids?|baby|stepson|stepdaughter)\b", "child children"),
    (r"\b(?:brother|sister|bro|sis|siblings?)\b", "brother sister"),
    (r"\bpass(?:ed|es)? away\b|\bpassed on\b|\blost my\b|\bdie[sd]?\b|\bdying\b|\bfuneral\b", "death died bereavement"),
    # Pay at a multiple of one's rate is, in a policy's words, overtime rates.
    (r"\btime and a (?:half|third)\b|\bdouble time\b", "overtime rates"),
    # The most one may have is, in a policy's words, a maximum or a limit.
    (r"\bthe most\b|\bmax\b|\bhow much (?:\w+ )?can (?:i|we|you) (?:have|hold|keep|save|build up|carry)\b", "maximum limit"),
    # Looking into something oneself is, in a procedure's words, investigating it.
    (r"\blook(?:s|ing)? into\b|\bdig(?:ging)? into\b|\bget to the bottom of\b", "investigate investigation"),
    # Work one does on the side is, in a code of conduct's words, outside work or a second job.
    (r"\bside (?:business|job|hustle|work|line)\b|\bon the side\b|\bmoonlight\w*|\bfreelanc\w*|\bself[- ]employed\b|"
     r"\bmy (?:own )?business\b", "outside work second job"),
    # A job that doesn't work out is, in a redeployment policy's words, one that is not suitable.
    (r"\b(?:does ?n[o']?t|did ?n[o']?t|not|isn'?t) work(?:ing)? out\b|\bnot right for me\b|\bdon'?t like (?:it|the (?:new )?job)\b",
     "not suitable"),
    # Time or leave one doesn't use is, in a policy's words, lost or carried over.
    (r"\b(?:do ?n[o']?t|never|can'?t|cannot) (?:use|take)\b|\bunused\b|\bnot used\b|\buse it or lose it\b", "lost expire carry over"),
    # Opting out of a tool is, in a notice's words, being dealt with without it.
    (r"\bopt(?:ing)?[- ]out\b|\bnot (?:to )?be (?:\w+ )?by (?:the |a |an )?(?:ai|tool|computer|software|system|machine)\b", "without opt out"),
    # Whether one has to apply is, in a policy's words, whether it is arranged automatically.
    (r"\b(?:do|will) (?:i|we) (?:have|need) to (?:apply|claim|ask|request)\b", "automatically apply claim"),
    # Being called in is, in a letter's words, being invited to a meeting; not making it, not attending.
    (r"\bcall(?:ed|ing)? (?:me |us |them |him |her )?in\b|\bhauled in\b", "invite invited meeting"),
    (r"\bcan'?t make it\b|\bcannot make it\b|\bunable to make it\b|\bcan'?t (?:go|come)\b", "cannot attend"),
    # Money, in a policy's words, is pay, salary or finance; advice, information or support.
    (r"\bmoney\b|\bcash\b|\bfinanc\w*", "financial cost"),
    # Owing money back is, in a policy's words, repaying it.
    (r"\bowe[sd]?\b|\bowing\b|\bpay (?:it |them |that |this )?back\b", "repay repayment"),
    (r"\badvice\b|\badvise\b", "information support guidance"),
    # Full or part time is, in an advert's words, so many hours a week.
    (r"\bfull[- ]?time\b|\bpart[- ]?time\b", "hours a week"),
    (r"\bwork(?:ing)? (?:from|at) home\b|\bwfh\b|\bremote(?:ly)?\b", "hybrid home homeworking"),
    # Using something for another purpose is what a contract or a notice rules out by using it "only" or "solely for the
    # purpose" it names (purpose limitation).
    (r"\b(?:any|an|some)?\s*other (?:than (?:the|its|their|that) )?(?:\w+ )?purposes?\b|\bdifferent purposes?\b|"
     r"\bfor anything (?:else|other than)\b|\bfor (?:something|anything) else\b", "only solely for the purpose permitted purpose"),
    # Getting something from someone else is, in a contract's words, receiving or obtaining it from a third party.
    (r"\b(?:get|gets|got|getting|obtain\w*|receiv\w*|acquir\w*)\b[^?.]{0,40}\bfrom (?:a |an |any )?(?:third[- ]part(?:y|ies)|someone else|"
     r"somebody else|another (?:source|person|party|company|organisation)|other (?:sources|parties|people|companies))\b",
     "received obtained from a third party source"),
    # Copying is, in a contract's words, copying, duplicating or reproducing.
    (r"\bcop(?:y|ies|ying|ied)\b|\bduplicat\w*|\bphotocop\w*|\breproduc\w*", "copy copies reproduce duplicate"),
    # That an agreement (or talks) exists is, in a contract's words, its existence, its terms, the fact of the discussions.
    (r"\b(?:the|this|that|our|an?) (?:agreement|contract|nda|deal|discussions?|negotiations?|talks) (?:exists?|existed|was (?:negotiated|signed|made|agreed)|"
     r"(?:is|are|were) (?:taking place|happening|going on))\b|\bexistence of\b",
     "existence of this agreement terms and conditions of this agreement the fact that discussions"),
    # Other parts of an organisation, in a privacy notice's words: its affiliates, subsidiaries, group or family of companies.
    (r"\bother parts of (?:the|your|this|our|their) (?:company|business|organi[sz]ation|group)\b|\bsister compan\w*|\bgroup compan\w*|"
     r"\baffiliat\w*|\bsubsidiar\w*|\bparent compan\w*", "affiliates subsidiaries group companies family of companies"),
    # What one does online, in a notice's words: browsing, the pages visited, what cookies and tracking tools record.
    (r"\bonline activit\w*|\bbrowsing\b|\b(?:pages?|sites?|websites?) (?:i|you|we|users?) (?:visit\w*|view\w*|look at)\b|"
     r"\bpages? visited\b|\bkeep(?:s|ing)? track of\b", "browse browsing history pages visited cookies tracking"),
    # Privacy settings on one's device are, in a notice's words, browser settings that refuse or disable cookies.
    (r"\b(?:privacy|device|phone|browser|computer) settings?\b", "browser settings cookies disable refuse"),
    # Putting right what is held about one is, in a notice's words, correcting or amending it (a data protection right).
    (r"\b(?:edit|change|correct|fix|update|amend)\w*\b[^?.]{0,25}\b(?:my|our|the) (?:\w+ )?(?:information|data|details|records?)\b|"
     r"\bwrong (?:information|data|details)\b", "amend correct rectify update inaccurate"),
    # Unsubscribing is, in a notice's words, opting out or asking to stop receiving.
    (r"\bunsubscrib\w*|\bstop (?:getting|receiving) (?:emails?|messages?|texts?|marketing|mail)\b", "opt out stop receiving unsubscribe"),
    # Consent is, in a notice's or a policy's words, also permission or authorisation.
    (r"\bconsent\w*|\bmy permission\b|\bask(?:ing)? me first\b", "consent permission authorization authorisation"),
    # Who receives one's information is whom a notice says it shares it with or discloses it to.
    # (not "who can see it?" of footage: who may view a thing is whom a policy lets view it, not whom it shares it with)
    (r"\bwho (?:receives|gets|is given|has access to|can access)\b[^?.]{0,20}\b(?:information|info|data|details|records?)\b",
     "share with disclose to third parties partners"),
    # Made to suit one is, in a notice's words, personalised, customised or tailored to one's preferences.
    (r"\bpersonali[sz]\w*|\bcustomi[sz]\w*|\btailor\w*", "personalise personalize customise customize tailor preferences"),
    # Being identified from one's data is, in a notice's words, personally identifiable information.
    (r"\bidentif(?:y|ies|ied|ying) (?:me|you|us|users?|people|individuals?|who (?:i|you) (?:am|are))\b",
     "personally identifiable information identify identity"),
    # Whether one's data is safe is, in a notice's words, security: the measures and safeguards that protect it.
    (r"\b(?:is|are|will|how)\b[^?.]{0,30}\b(?:information|data|details)\b[^?.]{0,20}\b(?:secured?|safe|protected|kept safe)\b|"
     r"\bhow (?:do|does|will) (?:you|they|it) (?:secure|protect|safeguard)\b", "security measures safeguards protect encryption"),
    # What is collected just by visiting a site is, in a notice's words, collected automatically: cookies, log files.
    (r"\bwhen (?:i|you|we|users?|people) (?:visit|use|browse|go on(?:to)?)\b", "automatically collect cookies log files"),
    # Keeping records or a copy is, in a policy's or a contract's words, retaining them.
    (r"\b(?:keep|keeps|kept|keeping|hold on to|hang on to)\b(?!\s+(?:up|going|on|in touch|an eye|track|tabs|safe|well|calm|fit)\b)", "retain retention"),
    # One's things are, in a policy's words, personal items, kept in lockers.
    (r"\b(?:my|our|your|personal) (?:stuff|things|belongings|bags?|coats?)\b", "personal items belongings lockers"),
    # Who runs or provides a service is, in its leaflet's words, its provider.
    (r"\bwho (?:runs|provides|operates|delivers|supplies)\b|\bwho(?:'s| is) (?:it )?run by\b", "provided by provider"),
    # What a meeting decided is, in minutes' words, what it resolved.
    (r"\bdecid\w*|\bdecisions?\b", "resolved approved"),
    # Picking who goes is, in a redundancy policy's words, selecting staff by criteria.
    (r"\b(?:pick|picks|picked|picking|choose|chooses|chosen|choosing|decide|decides) (?:who|which (?:staff|people|posts|jobs))\b|"
     r"\bwho (?:goes|gets picked|gets chosen|stays)\b", "select selection criteria"),
    # Freeing staff up is, in a report's words, giving them more time.
    (r"\bfree(?:s|d|ing)? (?:up|them up|staff up)\b", "more time capacity"),
    # Starting or finishing at a time of day is, in a policy's words, the hours one may work between.
    (r"\b(?:start|finish|begin|end|leave|clock (?:on|off|in|out))(?:ing)? (?:work )?(?:at|by|before|after)\s+\d", "working hours between"),
    # Signing up is, in an email's or a notice's words, putting one's name down.
    (r"\bsign(?:ing|ed)? up\b|\bput (?:my|our) names? (?:down|forward)\b|\benrol\w*|\bregister(?:ing)? (?:for|my interest)\b",
     "put your name register"),
    # A letter's reference is, in its own words, "Our ref" or "Your ref".
    (r"\breference (?:number|no\.?)?\b|\bref\b|\bref(?:erence)? no\b", "ref our ref your ref"),
    # The internet at home is, in a policy's words, broadband.
    (r"\binternet\b|\bwi-?fi\b|\bbroadband\b", "broadband internet"),
    # Another country, by its name, is, in a policy's words, abroad or outside the UK.
    (r"\b(?:spain|france|portugal|ireland|italy|germany|greece|turkey|poland|romania|netherlands|holland|belgium|"
     r"america|usa|canada|australia|india|pakistan|dubai|cyprus|malta|thailand)\b", "abroad outside the UK"),
    # Faster or quicker is, in a report's words, a time down from what it was.
    (r"\bfaster\b|\bquicker\b|\bsooner\b|\bspeed(?:s|ed)? up\b", "time days average down from"),
    # Texts and chats on a phone are, in a notice's words, messages.
    (r"\b(?:my|your|our|personal) (?:texts|text messages|sms|whatsapps?|chats|dms)\b", "personal messages"),
    # A till is, in a policy's words, handling cash; a night shift, the hours after 10pm.
    (r"\btills?\b|\bcash ?(?:register|desk|box)\b", "cash handle cash"),
    (r"\bnights?\b|\bovernight shift\b|\bnight shifts?\b", "10pm 11pm midnight 6am between"),
    # Forgetting to do something is, in a policy's words, not doing it.
    (r"\bforg[eo]t(?:ten)? to\b|\bforgets? to\b", "do not fail to"),
    # A shift is, in a rota's words, an early, a late or a night.
    (r"\bwhat shifts?\b|\bwhich shifts?\b|\bmy shifts?\b", "early late night rota"),
    # A kid or a teenager at work is, in a policy's words, a young worker or a student on a placement.
    (r"\b(?:(?:work experience|young|teenage) (?:kids?|lads?|girls?|boys?)|teen(?:ager)?s?|school ?pupils?|youngsters?|"
     r"1[3-7][- ]?(?:year|yr)s?[- ]?olds?)\b",
     "young worker young person student under 18"),
    # Going back to how things were is, in a policy's words, returning to it.
    (r"\bgo(?:ing)? back (?:to|on)\b|\bswitch(?:ing)? back\b|\bchange (?:it )?back\b|\brevert\w*", "return to"),
    # Not getting a job is, in a policy's words, being an unsuccessful candidate; one's application, a
    # recruitment record.
    (r"\b(?:did ?n[o']?t|didn'?t|not|never) (?:get|got) (?:the |a )?(?:job|post|role|interview)\b|\bturned down for\b|"
     r"\brejected\b", "unsuccessful candidates"),
    (r"\b(?:my |job )?applications?\b|\bcvs?\b", "recruitment application candidates"),
    # Being locked out is, in a policy's words, an account locked after wrong attempts, to unlock.
    (r"\blocked out\b|\bcan'?t (?:log|sign) ?(?:in|on)\b|\bforgot(?:ten)? (?:my )?password\b", "account locked unlock reset"),
    # Money back is, in a policy's words, a refund; leaving a scheme, opting out of it.
    (r"\b(?:money|contributions?|fees?) back\b|\brefunds?\b|\breimburs\w*", "refund refunded repaid"),
    (r"\b(?:leave|leaving|quit|quitting|come out of|coming out of|get out of|stop paying into) (?:the |my )?(?:pension|scheme|fund)\b",
     "opt out"),
    # Cheaper is, in a price list's words, a lower price or cost; travelling in together, a car share.
    (r"\bcheaper\b|\bcheapest\b|\bcost less\b|\bdiscount\w*", "cost price reduced"),
    (r"\b(?:drive|travel|come|commute|get) (?:in|to work)? ?together\b|\bgive \w+ a lift\b|\blift ?shar\w*|\bcar ?pool\w*",
     "car share travel together"),
    # A charger is, in a notice's words, a charging point.
    (r"\bchargers?\b|\bev points?\b|\bplug (?:my car )?in\b", "charging points"),
    # Signing a thing off is, in a document's words, approving it (not being signed off sick).
    (r"\bsign(?:s|ed|ing)? (?:it |this |that |them )?off\b(?!\s+(?:sick|ill|work))", "approved approval"),
    # Who missed a meeting is, in minutes' words, who sent apologies.
    (r"\bwho (?:was|were) (?:missing|absent|not there|away)\b|\bwho (?:missed|couldn'?t make|did ?n[o']?t (?:come|attend|turn up))\b",
     "apologies absent"),
    # Wiping a device is, in a policy's words, removing or deleting what is on it.
    (r"\bwip(?:e|es|ed|ing)\b", "remove delete erase"),
    (r"\bmotor ?bikes?\b", "motorcycle"),
    (r"\b(?:push ?)?bikes?\b", "bicycle cycle"),
    (r"\be-?bikes?\b|\be-?scooters?\b", "electric bike"),
    (r"\bexecs?\b|\bceo\b", "chief executive"),
    # A supplier's subcontractor is, in a data processing agreement's words, a sub-processor.
    (r"\bsub-?contract\w*|\bsub-?processors?\b", "sub-processor sub-processors subcontractor"),
    # Disagreeing with the other side of an agreement is, in its words, a dispute.
    (r"\bdisagree\w*|\bdon'?t agree\b|\bcan'?t agree\b|\bfall(?:s|ing)? out\b", "dispute disputes"),
    # What is meant to happen is, in a notice's words, what is due to; a thing finishing, its end.
    (r"\b(?:supposed|meant) to (?:finish|end|start|begin|open|close|happen|launch|go live|be (?:done|finished|ready))\b", "due to"),
    (r"\b(?:supposed|meant|due|going|planned|set) to (?:finish|wrap up)\b", "end ends ended"),
    # Hearing back is, in a procedure's words, a reply or an acknowledgement.
    (r"\bget(?:s|ting)? back to\b|\bhear back\b|\bhear from (?:them|you|someone|anyone)\b", "reply respond acknowledge"),
    # A job that is permanent or not is, in an advert's words, its contract: fixed term or permanent.
    (r"\bpermanent\w*|\btemporary\b|\btemp\b|\bfixed[- ]term\b", "contract fixed term permanent temporary"),
    # Women and men are, in an equality assessment's words, the characteristic of sex.
    (r"\bwomen\b|\bmen\b|\bfemales?\b|\bmales?\b", "sex gender"),
    (r"\bwho owns\b|\bowners?\b", "owner responsible"),
    # Where a job is based is, in an advert's words, its location.
    (r"\bbased\b", "location"),
    # Shortlisting people for a job is, in a policy's words, recruitment.
    # (not hiring: "does it stop them hiring our staff?" asks of a clause against poaching, not of recruitment)
    (r"\bshort ?list\w*|\bapplicants?\b", "recruitment candidates"),
    # A chatbot handing over to a person is, in a report's words, passing the conversation to staff.
    (r"\b(?:hand|hands|handed|handing|pass|passes|passed|passing|transfer\w*|put\w*) (?:\w+ )?(?:over |on |through )?to (?:a |an |real |actual )*"
     r"(?:person|human|member of staff|staff|someone|adviser|advisor|agent)\b|\b(?:a|real|actual) (?:person|human)\b",
     "passed to member of staff adviser"),
    # Sending a form back is, in a letter's words, returning it.
    (r"\bsend(?:ing)? (?:it |this |that |them |the \w+ )?back\b|\b(?:hand|give)(?:ing)? (?:it |this |that |them |the \w+ )?back\b|"
     r"\bhand(?:ing)? (?:it |this |that |them |\w+ )?in\b", "return returned"),
    # Gas and electricity at home are, in a policy's words, energy or utility costs.
    (r"\belectric(?:ity)?\b|\bgas (?:bill|costs?)\b|\bheating (?:bill|costs?)\b|\butilit(?:y|ies)\b", "energy utilities"),
    # Getting the job is, in a notice's words, being appointed or successful.
    (r"(?<!n't )(?<!not )\b(?:get|gets|got|getting) (?:the|a) (?:job|post|role)\b", "appointed successful"),
    (r"\bname(d)?\b", "named called"),
    (r"\bwelsh government\b|\bministers?\b", "Welsh Government"),
    (r"\bwpc\b|\bworkforce partnership council\b", "Workforce Partnership Council WPC"),
    (r"\bhow many\b|\bwhat percentage\b|\bhow much\b|\bproportion\b", "number percentage"),
    # What a thing costs is, in a contract's or a price list's words, its fee, price or charge.
    (r"\bcost(?:s|ing)?\b(?!\s+(?:me\s+|us\s+|them\s+)?(?:my\s+|our\s+|any\s+|the\s+|their\s+)?(?:jobs?|posts?|roles?)\b)|\bprices?\b|\bcharges?\b",
     "cost fee price charge"),
    # Who signed an agreement is, in its own words, whom it is made between: its parties.
    (r"\b(?:who|which \w+) (?:has |have |had )?signed\b|\bsigned (?:it|this|the \w+) up\b|\bwho (?:are|were) the parties\b|"
     r"\bparties to\b|\bwho is it between\b", "between parties"),
    # The other side of a contract is, in its own words, the supplier, the provider or the processor.
    (r"\bsuppliers?\b|\bvendors?\b|\bcontractors?\b", "supplier provider processor contractor"),
    # One's last day is, in a contract's words, the date employment ends: the termination or leaving date.
    (r"\blast day\b|\bleaving date\b|\bfinish(?:ing)? date\b|\bwhen do (?:i|we) (?:leave|finish)\b",
     "employment will end termination date leaving date"),
    # A crime is, in a policy's words, a criminal offence.
    (r"\bcrimes?\b|\bcriminal\b", "criminal offence crime police"),
    # How hard one works is, in a policy's words, one's performance or productivity.
    (r"\bhow hard (?:i|we|you|they|staff|people)(?:'?m| am| are| is|'re)? work\w*|\bslacking\b|\bskiving\b|\bslack(?:ing)? off\b",
     "performance productivity"),
    # One's own phone is, in a policy's words, a personal device.
    (r"\b(?:my own|personal|private|home) (?:phones?|mobiles?|tablets?|laptops?|computers?|ipads?)\b", "devices device"),
    # Putting a price up is, in terms and conditions' words, increasing the fee.
    (r"\bput(?:s|ting)? (?:the |their |its |our )?(?:price|prices|fee|fees|cost|costs|charges?|rent) up\b|"
     r"\b(?:price|fee|cost)s? (?:rise|increase|hike|go(?:es)? up)\b|\braise (?:the |their )?(?:price|fee|cost)s?\b",
     "increase raise fee price"),
    # An algorithm is, in an agreement's words, software that makes or recommends decisions.
    (r"\balgorithms?\b|\balgorithmic\b", "software automated decisions"),
    # Switching a camera or a recorder on is, in a procedure's words, starting to record.
    (r"\b(?:switch|turn)(?:es|ed|ing)?\s+(?:(?:it|them|the|my|your|a|our)\s+)?(?:\w+\s+)?on\b(?!\s+(?:to|for|with|at)\b)",
     "start starting recording"),
    # Changing a policy, a notice or an agreement is, in their own words, modifying, amending, revising or updating it.
    (r"\bchang(?:e|es|ed|ing)\b[^?.]{0,30}\b(?:polic(?:y|ies)|notices?|terms|agreements?|contracts?|statements?|procedures?)\b|"
     r"\b(?:polic(?:y|ies)|notices?|terms|agreements?|contracts?|procedures?) (?:is |are |gets? |being )?chang(?:e|es|ed|ing)\b",
     "modify modifications amend amendments revise revisions update updates"),
    # When an agreement or a scheme ends is, in its own words, when it terminates or expires, how long it
    # continues or stays in force, its term or duration.
    (r"\bwhen (?:does|do|will|would|is|are) (?:\w+ ){0,4}?(?:end|ends|finish|finishes|stop|stops|come to an end)\b|"
     r"\bhow long (?:does|do|will) (?:\w+ ){0,4}?(?:last|run|apply)\b",
     "terminate termination expire expiry continue in force duration term"),
    # Sharing something with one's own staff is, in a contract's words, disclosing it to its representatives,
    # personnel, directors or officers (whom an NDA defines as its "Representatives" who need to know).
    (r"\b(?:share|disclose|tell|show|pass|give|discuss)\w*\b[^?]{0,60}\b(?:with|to)\s+(?:its|their|our|his|her|the|my|your)?\s*"
     r"(?:own\s+)?(?:employees|staff|workers|personnel|colleagues)\b", "representatives personnel directors officers"),
    # Filming or videoing is, in a procedure's words, recording.
    (r"\bfilm(?:s|ed|ing)?\b(?!\s+(?:night|club|festival|industry|crew)s?\b)|\bvideo(?:s|ed|ing)\b|\bvideotap\w*", "record recording"),
    # A church, mosque or temple is, in a policy's words, a place of worship.
    (r"\b(?:church|chapel|mosque|synagogue|temple|gurdwara|mandir|cathedral)(?:es|s)?\b", "place of worship religious"),
    # Doing something all shift is, in a procedure's words, doing it continuously.
    (r"\ball (?:shift|day|night|the time)\b|\bthe whole (?:shift|day|time)\b|\bnon-?stop\b|\bconstantly\b|\b24/7\b",
     "continuously continuous at all times"),
]
_COMPILED = [(re.compile(p, re.I), add) for p, add in _RULES]


@lru_cache(maxsize=4096)
def _found(question: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each rule that matches the question, in order: (the words it adds, the question's text it matched). A
    question is read by every rule once (a few hundred patterns, ~1 ms), however many of the functions below ask."""
    out = []
    for pattern, add in _COMPILED:
        said = tuple(m.group(0) for m in pattern.finditer(question))
        if said:
            out.append((add, said))
    return tuple(out)


def expand_query(question: str) -> str:
    extra: list[str] = []
    for add, _said in _found(question):
        if add not in extra:
            extra.append(add)
    # "What's question 3 asking?": a consultation numbers its questions "Q3." (or "Question 3:").
    extra += [f"Q{m.group(1)}" for m in QUESTION_NUMBER.finditer(question)]
    return question if not extra else f"{question}\n{' '.join(extra)}"


def mapped_terms(question: str) -> set[str]:
    """Stemmed question words that an expansion rule maps to source vocabulary."""
    from assistant.text.lexical import content_terms

    return {t for _add, said in _found(question) for text in said for t in content_terms(text)}


def phrase_terms(question: str) -> set[str]:
    """Stemmed source words a rule adds for a phrase of the question with no content word of its
    own ("who is on" → membership, members): what the question asks for that no word of it names.
    Not a modal's ("do I have to appeal…?" asks whether one must, not for a section of steps)."""
    from assistant.text.lexical import content_terms

    out: set[str] = set()
    for add, said in _found(question):
        if add != _OBLIGATIONS and any(not content_terms(text) for text in said):
            out.update(content_terms(add))
    return out


def synonyms(question: str) -> dict[str, set[str]]:
    """Stemmed question word → the stemmed source words an expansion rule searches it as
    ("ring" → {"phone", "telephon", "report", "absenc"}): a sentence using one of them speaks
    of what the question word names."""
    from assistant.text.lexical import content_terms

    out: dict[str, set[str]] = {}
    for add, said in _found(question):
        for text in said:
            for t in content_terms(text):
                out.setdefault(t, set()).update(content_terms(add))
    return out


def with_synonyms(terms: set[str], question: str) -> set[str]:
    """The (stemmed) terms and every source word an expansion rule searches one of them as in `question`."""
    bridged = synonyms(question)
    return terms | {w for t in terms for w in bridged.get(t, ())}


def closest_synonyms(question: str) -> dict[str, set[str]]:
    """As `synonyms`, but each word's source words from the rule that matched the most of the
    question around it: "watch the CCTV" is viewing footage, where "watch" alone is surveillance."""
    from assistant.text.lexical import content_terms

    best: dict[str, tuple[int, set[str]]] = {}
    for add, said in _found(question):
        for text in said:
            for t in content_terms(text):
                if len(text) > best.get(t, (0, set()))[0]:
                    best[t] = (len(text), set(content_terms(add)))
    return {t: found for t, (_n, found) in best.items()}


def closest_searched(terms: Iterable[str], question: str) -> set[str]:
    """Every source word the closest rule searches one of the (stemmed) `terms` as in `question` (`closest_synonyms`),
    the terms themselves left out unless a rule adds them: "watch" of "who can watch the footage?" → {"view", "access"}."""
    closest = closest_synonyms(question)
    return set().union(*(closest.get(t, set()) for t in terms))


_ASK = re.compile(
    r"^(?:and\s+|but\s+|so\s+)?(?:what|how|can|could|do|does|did|is|are|was|were|who|whom|which|when|where|why|must|should|will|would|has|have|may)\b",
    re.I,
)
_CLAUSE_SPLIT = re.compile(r"[—–;?]|(?<=[a-z][.!])\s+(?=[A-Z])|\s-\s|,\s(?=(?:and\s+)?(?:what|how|can|do|does|is|are|who|which|when|why|must|should)\b)", re.I)


# Whether something is allowed, said as not breaking the document asked about: "…without breaching the agreement?",
# "…without breaking the policy?".
_WITHIN_THE_RULES = re.compile(
    r",?\s*\bwithout (?:breaching|breaking|violating|being in breach of|going against|infringing) (?:the|this|that|our|its|their|my|any) "
    r"(?:\w+ )?(?:agreement|contract|terms|policy|rules|nda|code|procedure)\b", re.I)


def query_forms(question: str, expand: bool = True) -> list[tuple[str, float]]:
    """The forms a question is searched in, with fusion weights.

    The question as asked and its expansion; then, for a question with several
    parts ("…software robots for HR — what are they obliged to do first?"),
    each part on its own. The interrogative part carries what the user wants to
    know and weighs more; the other parts are context.
    """
    ex = expand_query if expand else (lambda q: q)
    # ("…without breaching the agreement?" asks whether it is allowed: what the agreement says of breaches, its
    # remedies, is not what it asks about; the words are the whole document's topic, searched for nothing)
    question = _WITHIN_THE_RULES.sub("", question).strip() or question
    forms: list[tuple[str, float]] = [(question, 1.0)]
    expanded = ex(question)
    if expanded != question:
        forms.append((expanded, 1.0))
    clauses = [c.strip() for c in _CLAUSE_SPLIT.split(question) if c and len(c.split()) >= 3]
    if len(clauses) > 1:
        for c in clauses:
            forms.append((ex(c), 1.5 if _ASK.match(c) else 0.6))
    return forms
