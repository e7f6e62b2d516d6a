// Whether a trigger word reports an event in its sentence (see event_reports.hpp).

#include "event_reports.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <string>

#include "lexicon.hpp"

namespace bulletin::extract::event_detail {

namespace {

// A committee's or a board's hearing ("the Oversight Committee's hearing on", "a public hearing", "the Senate
// held hearings"), not a court's ("a sentencing hearing before Judge ..."), nor the sense ("hearing loss", "hard of
// hearing", "after hearing from residents").
bool reportsHearing(SentenceFacts& facts, const std::vector<Token>& t, std::size_t i) {
    const Token* prev = i > 0 && t[i - 1].sentence == t[i].sentence ? &t[i - 1] : nullptr;
    if (facts.court(t[i].sentence) || facts.crime(t[i].sentence)) {
        facts.courtHearingNamed = true;
        return false;
    }
    // "scheduled for a parole hearing ... At the hearing today, the Board ...": the hearing named before.
    if (facts.courtHearingNamed && prev &&
        (wordIs(*prev, {"the", "today", "that", "this"}) || prev->kind == TokenKind::Possessive))
        return false;
    if (!facts.deliberativeBody(t[i].sentence)) return false;
    const Token* next = i + 1 < t.size() && t[i + 1].sentence == t[i].sentence ? &t[i + 1] : nullptr;
    if (next && wordIs(*next, {"from", "aid", "aids", "loss", "impaired", "impairment", "the", "about", "that"}))
        return false;
    if (!prev) return false;
    return prev->capitalized || prev->kind == TokenKind::Possessive ||
           wordIs(*prev, {"a",         "the",       "this",          "its",           "their",        "his",
                          "her",       "our",       "public",        "congressional", "oversight",    "legislative",
                          "field",     "joint",     "virtual",       "budget",        "confirmation", "subcommittee",
                          "committee", "listening", "informational", "held",          "two",          "several",
                          "open",      "closed",    "full",          "first",         "special",      "bipartisan",
                          "emergency"});
}

// "The Ministry today announced", "The Board also announced": a body's head word alone, after the sentence's
// opening "The", just before the verb (a word of time or manner between), is the body that issues the release,
// though the release may name it only in its page furniture. (Not "The Court announced its ruling": a court's word
// is not an organisation's head here.)
bool issuingBodyAnnounces(const std::vector<Token>& t, const Sentence& s, std::size_t i) {
    std::size_t k = i;
    while (k > s.firstToken && k + 3 > i &&
           wordIs(t[k - 1], {"also", "today", "has", "have", "formally", "officially", "publicly", "jointly"}))
        --k;
    if (k < s.firstToken + 2 || k - 2 != s.firstToken) return false;
    const Token& head = t[k - 1];
    return t[k - 2].is("The") && head.isWord() && head.capitalized && !head.allCaps && isOrganisationHead(head.text) &&
           !lexicons::courtWords().contains(head.text);
}

// "The Minister chaired a review meeting in Kochi. Later, he visited the Coast Guard headquarters": "he" or "she"
// right before the verb, after a sentence that names a person or a body, is that principal (not in a crime
// narrative: "Dana Reyes, 34, was arrested. She visited the bank ...").
bool pronounOfNamedActor(SentenceFacts& facts, const std::vector<Token>& t, std::size_t i) {
    // ("She also toured the Tuas Nexus facility": an adverb between.)
    if (i > 1 && t[i - 1].sentence == t[i].sentence && wordIs(t[i - 1], {"also", "then", "later", "personally"})) --i;
    if (i == 0 || t[i - 1].sentence != t[i].sentence || !wordIs(t[i - 1], {"he", "she"})) return false;
    const std::size_t s = t[i].sentence;
    return s > 0 && facts.namesActor(s - 1) && !facts.crime(s - 1) && !facts.court(s - 1) &&
           !facts.headlineTellsCrime();
}

// "In March, I visited the Tuas Water Reclamation Plant", "we also toured the new depot": in a speech, the speaker
// (or the speaker's office) is who visits; "I" or "we" before the verb, an adverb between at most.
bool speakerVisits(SentenceFacts& facts, const std::vector<Token>& t, std::size_t i) {
    std::size_t k = i;
    if (k > 0 && t[k - 1].sentence == t[i].sentence && wordIs(t[k - 1], {"also", "recently", "personally", "then"}))
        --k;
    return k > 0 && t[k - 1].sentence == t[i].sentence && wordIs(t[k - 1], {"i", "we"}) && facts.speechRelease();
}

// ("instructed the Interior Minister together with the Commander of ... to hold a meeting": what someone was told
// or asked to do is still to come.) Looks back from the "to" at token `to` over its sentence, forty words at most.
bool instructedBefore(const std::vector<Token>& t, std::size_t to) {
    constexpr std::size_t kWords = 40;
    for (std::size_t k = to; k > 0 && to - k < kWords && t[k - 1].sentence == t[to].sentence;)
        if (wordIs(t[--k], {"instructed", "instructs", "ordered", "orders", "tasked", "directed", "directs", "asked",
                            "asks", "urged", "urges", "requested", "requests"}))
            return true;
    return false;
}

// Back over the words between a trigger and the verb that will do the event (an article or an adjective, not a
// preposition: "will attend the hearing via video conference", "will attend to meet"): "hold a training workshop",
// "sign the agreement", "take part in the summit". A gathering's name before its kind is skipped ("attend the World
// Cities Summit"); an adverb before the verb is taken with it ("also address a seminar"). The first word of the verb,
// which has a word of its sentence before it.
std::optional<std::size_t> doingVerbBefore(const std::vector<Token>& t, std::size_t i) {
    static const std::initializer_list<std::string_view> kVerbs = {
        "hold",   "host",   "organise", "organize", "conduct",  "convene",     "arrange", "sign",
        "launch", "attend", "address",  "chair",    "co-chair", "participate", "join",    "part"};
    // ("to sign the memorandum": the trigger is the verb.)
    if (!t[i].capitalized && wordIs(t[i], kVerbs))
        return i > 0 && t[i - 1].sentence == t[i].sentence ? std::optional<std::size_t>(i) : std::nullopt;
    std::size_t name = i;
    constexpr std::size_t kNameWords = 6;
    if (t[i].capitalized)
        while (name > 0 && i - name < kNameWords && t[name - 1].sentence == t[i].sentence &&
               (t[name - 1].capitalized || t[name - 1].kind == TokenKind::Number))
            --name;
    for (std::size_t back = 1; back <= 4 && back <= name && t[name - back].sentence == t[i].sentence; ++back) {
        std::size_t v = name - back;
        if (!t[v].isWord() || t[v].capitalized) return std::nullopt;
        if (!wordIs(t[v], kVerbs)) {
            // ("will take part in the summit", "will participate in a forum": the verb's own preposition.)
            const bool partIn = t[v].is("in") && v >= 1 && wordIs(t[v - 1], {"part", "participate"});
            if (!partIn && wordIs(t[v], {"to", "via", "at", "in", "on", "with", "for", "by", "of", "and", "or"}))
                return std::nullopt;
            continue;
        }
        if (t[v].is("part")) {
            if (v == 0 || !t[v - 1].is("take")) return std::nullopt;
            --v;
        }
        // ("will also address a seminar": an adverb between.)
        if (v >= 2 && wordIs(t[v - 1], {"also", "then", "jointly", "personally"}) && t[v - 2].sentence == t[i].sentence)
            --v;
        if (v == 0 || t[v - 1].sentence != t[i].sentence) return std::nullopt;
        return v;
    }
    return std::nullopt;
}

}  // namespace

// The kind of the event a trigger reports: "the opening ceremony of the COP 26", "the Water Week Opening Ceremony":
// a conference's ceremony is part of the conference, not an event of its own.
// ("after a week of classes, a ceremony": a week is a conference only by its name.)
MeetingKind reportedKind(const std::vector<Token>& t, std::size_t i, const Found& found, const Sentence& s) {
    // "took part in the plenary session of the Eastern Economic Forum": a session of a conference is the
    // conference (its name a few words after "of the", capitalised or not).
    if (found.trigger->kind == MeetingKind::Meeting && equalsLower(t[found.end - 1].text, "session") &&
        found.end + 1 < s.endToken && t[found.end].is("of")) {
        for (std::size_t k = found.end + 1; k < s.endToken && k < found.end + 7; ++k) {
            if (!t[k].isWord() || (isConnector(t[k].text) && !t[k].is("the"))) break;
            if (const Found other = matchTrigger(t, k); other.trigger) {
                if (other.trigger->kind == MeetingKind::Conference) return MeetingKind::Conference;
                break;
            }
        }
    }
    if (!equalsLower(t[i].text, "ceremony")) return found.trigger->kind;
    for (std::size_t k = s.firstToken; k < s.endToken; ++k)
        if (const Found other = matchTrigger(t, k);
            other.trigger && other.trigger->kind == MeetingKind::Conference &&
            (t[k].capitalized || !wordIs(t[k], {"week", "dialogue", "festival"})))
            return MeetingKind::Conference;
    return found.trigger->kind;
}

// Whether the trigger word at i, in its sentence, reports an event.
bool reportsEvent(const ExtractionState& st, SentenceFacts& facts, std::size_t i, const Found& f) {
    const auto& t = st.tokens();
    const auto& s = st.tt().sentences[t[i].sentence];
    const std::string w = lower(t[i].text);
    const Token* next = f.end < t.size() && t[f.end].sentence == t[i].sentence ? &t[f.end] : nullptr;
    const Token* after = f.end + 1 < t.size() && t[f.end + 1].sentence == t[i].sentence ? &t[f.end + 1] : nullptr;
    const Token* prev = i > 0 && t[i - 1].sentence == t[i].sentence ? &t[i - 1] : nullptr;
    const MeetingKind kind = f.trigger->kind;
    // "the meeting point", "the conference room", "a workshop manual": the kind names what a thing is for.
    if (next && next->isWord() && !next->capitalized &&
        wordIs(*next, {"point",  "points", "room",     "rooms",  "hall",    "halls",     "place",    "minutes",
                       "agenda", "notes",  "schedule", "manual", "manuals", "materials", "facility", "facilities",
                       "space",  "kit",    "package",  "table",  "tables",  "venue",     "venues"}))
        return false;
    // "conducts regular meetings", "has held many talks over the years": a habit or a tally, not an event (in the
    // plural: "the annual conference was held on 3 March" is this year's).
    if (prev && w.size() > 3 && w.back() == 's' &&
        wordIs(*prev, {"regular", "many", "several", "numerous", "frequent", "periodic", "monthly", "weekly", "various",
                       "countless", "routine", "annual", "daily", "ongoing"}))
        return false;
    if (facts.recurs(t[i].sentence)) return false;
    // "graced the launch of the campaign", "officiated the opening ceremony": the guest's part in an event its object
    // names, which reports it (one event, of the object's kind).
    if (w == "graced" || w == "officiated")
        for (std::size_t k = f.end; k < s.endToken && k < f.end + 5; ++k)
            if (matchTrigger(t, k).trigger) return false;
    if (kind == MeetingKind::Meeting || kind == MeetingKind::Training || kind == MeetingKind::Other) {
        if (facts.crime(t[i].sentence)) return false;
        // "the Regional Health Directorate visited the patient", "he traveled to Pakistan" after the patient was
        // discharged: a case history's encounters and trips, like a crime narrative's, are no events (a minister
        // visiting patients, in the plural, is one).
        if (facts.namesPatient(t[i].sentence)) return false;
    }
    // "Zannitto met Jane Doe at a theme park ... During this initial meeting ...": under a headline of a crime or a
    // sentence, people meeting is the story's, unless a body takes part ("met with the Police Department").
    if ((w == "met" || w == "meet" || w == "meets" || w == "meeting" || w == "discussed") &&
        facts.headlineTellsCrime()) {
        const auto& named = facts.entities(t[i].sentence);
        if (std::none_of(named.begin(), named.end(),
                         [&](std::size_t e) { return st.entities()[e].type == EntityType::Agency; }))
            return false;
    }
    if (w == "met" || w == "meet" || w == "meets") {
        // "met the requirements", "to meet the demand": an object that is not a name.
        // ("met the tribal elders", "met a delegation of farmers", "met representatives of": people, unlike "the
        // requirements".)
        bool people = false;
        // (Not "he was met by law enforcement officials", "as long as certain criteria are met".)
        const bool passive = prev && wordIs(*prev, {"was", "were", "be", "been", "being", "is", "are"});
        if (passive && w == "met") return false;
        // (Nor someone a person met, told in a story: "a minor female he met online", "whom he met".)
        const Token* before = i > 1 && t[i - 2].sentence == t[i].sentence ? &t[i - 2] : nullptr;
        if (w == "met" && prev && before && wordIs(*prev, {"he", "she", "they", "i", "we"}) &&
            wordIs(*before, {"whom", "who", "female", "male", "man", "woman", "girl", "boy", "teen", "minor", "someone",
                             "person", "people", "victim", "friend"}))
            return false;
        for (std::size_t k = f.end; k < s.endToken && k < f.end + 4 && !people && !passive; ++k)
            people =
                t[k].isWord() &&
                wordIs(t[k], {"elders",          "leaders",      "delegation", "delegations",  "officials",
                              "representatives", "members",      "families",   "students",     "ministers",
                              "ambassadors",     "envoys",       "commanders", "chiefs",       "heads",
                              "veterans",        "survivors",    "volunteers", "journalists",  "staff",
                              "counterpart",     "counterparts", "governor",   "mayor",        "ambassador",
                              "envoy",           "minister",     "president",  "premier",      "commissioner",
                              "chairman",        "chairperson",  "director",   "secretary",    "head",
                              "commander",       "chief",        "officers",   "personnel",    "residents",
                              "farmers",         "teachers",     "workers",    "employees",    "entrepreneurs",
                              "investors",       "executives",   "experts",    "stakeholders", "lawmakers",
                              "legislators",     "senators",     "diplomats",  "scientists",   "parliamentarians"});
        // ("met the Attorney General", "met the Deputy Inspector General": a title the gazetteer knows, capitalised
        // right after the determiner.)
        if (!people && !passive && next && after && after->isWord() && after->capitalized && !after->allCaps &&
            wordIs(*next, {"the", "a", "an"})) {
            std::vector<std::string_view> words;
            for (std::size_t k = f.end + 1; k < s.endToken && words.size() < 4 && t[k].isWord(); ++k)
                words.push_back(t[k].text);
            people = st.gazetteer().titleLength(words) > 0;
        }
        if (next &&
            wordIs(*next, {"the", "all", "its", "their", "our", "a", "an", "these", "those", "this", "his", "her",
                           "any", "every", "each", "both"}) &&
            !(after && after->capitalized) && !people)
            return false;
        // ("met the Ambassador of Japan": a title among the words after, above, makes them people; not "meet the
        // Hawks", a family in a crime's story, nor "met the Large Construction program".)
        if (next && next->isWord() && !next->capitalized && !people &&
            !wordIs(*next, {"with",       "in",      "on",        "at",     "virtually", "today",     "yesterday",
                            "separately", "jointly", "again",     "online", "remotely",  "privately", "informally",
                            "briefly",    "twice",   "earlier",   "later",  "here",      "there",     "to",
                            "last",       "this",    "regularly", "during"}))
            return false;
    }
    // "108 events were held, including 56 talks, 14 BoF sessions and 5 workshops": a count of a gathering's
    // parts, not an event of its own.
    const std::string_view lastWord = t[f.end - 1].text;
    if (prev && lastWord.size() > 2 && lastWord.back() == 's' && !lastWord.ends_with("ss") &&
        ((prev->kind == TokenKind::Number && prev->text.size() < 4) ||
         wordIs(*prev, {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds"})))
        return false;
    if (w == "meeting" && prev && wordIs(*prev, {"for", "of", "by", "in", "on", "from"}) && next &&
        wordIs(*next, {"a", "an", "the", "their", "its", "his", "her", "our", "these", "this", "all"}))
        return false;  // "for meeting a challenge": a gerund
    // ("groundbreaking research", "a ribbon-cutting moment": the ceremony only after an article and before "of",
    // "for", "at" or "on", or the sentence's end.)
    if (w == "groundbreaking" || w == "ribbon" || w == "ribbon-cutting") {
        const Token* close = f.end < t.size() && t[f.end].sentence == t[i].sentence ? &t[f.end] : nullptr;
        if (!prev || !wordIs(*prev, {"the", "a", "its", "this"})) return false;
        if (close && !close->isPunct('.') && !wordIs(*close, {"of", "for", "at", "on", "ceremony", "event"}))
            return false;
    }
    if (w == "training" && next &&
        wordIs(*next, {"camp", "camps", "ground", "grounds", "facility", "facilities", "college", "center", "centre",
                       "school", "academy", "materials"}))
        return false;
    // "the Harwick Climate Dialogue", "the Clean Seas Festival", "Singapore International Water Week": words that
    // name an event only at the end of its capitalised name (not "a dialogue with residents", "last week").
    if ((w == "dialogue" || w == "festival" || w == "week") && f.end == i + 1 &&
        !(t[i].capitalized && i > 0 && t[i - 1].capitalized && t[i - 1].isWord() && !t[i - 1].sentenceStart &&
          !isCalendarWord(t[i - 1].text)))
        return false;
    // (A developers' sprint, not the company "Sprint", nor a race.)
    if ((w == "sprint" || w == "sprints") && (t[i].capitalized || (prev && wordIs(*prev, {"a", "final", "last"}) &&
                                                                   !facts.namesActor(t[i].sentence, t[i].begin))))
        return false;
    if (w == "course" && ((prev && wordIs(*prev, {"of", "the"})) || (next && wordIs(*next, {"of"})))) return false;
    // "received Mr. ...", "received a delegation", "received the newly appointed Ambassador of Japan": a visitor;
    // not "received a call", "received the report".
    if (w == "received") {
        bool visitor = next && next->capitalized;
        if (next && wordIs(*next, {"a", "an", "the"}))
            for (std::size_t k = f.end + 1; k < s.endToken && k < f.end + 5 && !visitor; ++k)
                visitor = (t[k].isWord() && wordIs(t[k], {"delegation", "delegations"})) ||
                          (t[k].isWord() && t[k].capitalized && !wordIs(*next, {"a", "an"}) &&
                           wordIs(t[k], {"ambassador", "ambassadors", "envoy", "minister", "president", "governor",
                                         "chairman", "chairperson", "commissioner", "secretary-general",
                                         "director-general", "counterpart"}));
        if (!visitor) return false;
    }
    // "called on President Dana Reyes at the Presidential Secretariat", "called on the Speaker on Tuesday": a
    // courtesy call on an office holder; not "called on the Government to act", "called on Velmarsk to withdraw" nor
    // "called on all parties".
    if ((w == "called" || w == "calls") && f.trigger->words.size() == 2 && f.trigger->words[1] == "on") {
        std::size_t k = f.end;
        if (k < s.endToken && t[k].is("the")) ++k;
        if (k >= s.endToken || !t[k].isWord() || !t[k].capitalized || st.gazetteer().place(t[k].text)) return false;
        // (Within the clause: a bounded look, asked once per "called on".)
        for (std::size_t m = k + 1; m + 1 < s.endToken && m < k + 25; ++m)
            if (t[m].is("to") && t[m + 1].isWord() && !t[m + 1].capitalized &&
                !wordIs(t[m + 1], {"discuss", "exchange", "review", "explore", "congratulate", "convey", "thank", "bid",
                                   "pay", "brief"}))
                return false;
    }
    // ("The Minister toured the new facility", not "the couple toured the town".)
    if (w == "toured" && !facts.namesActorOrTitle(t[i].sentence, i) && !pronounOfNamedActor(facts, t, i) &&
        !speakerVisits(facts, t, i))
        return false;
    // ("joined the Mayor for a tour of the river project", not "a tour of duty" nor a tourist's "tour of Europe"
    // told of no one named.)
    if (w == "tour" &&
        ((next && next->is("duty")) || (!facts.namesActorOrTitle(t[i].sentence, i) && !speakerVisits(facts, t, i))))
        return false;
    // A celebration, a parade or an inspection someone named takes part in ("The President participated in the
    // Independence Day celebration"), not a crime narrative's ("left a birthday celebration", under a headline of a
    // conviction).
    if ((w == "celebration" || w == "celebrations" || w == "parade" || w == "inspected") &&
        (!facts.namesActorOrTitle(t[i].sentence, i) || facts.headlineTellsCrime()))
        return false;
    // ("will be visiting Tokyo", "was visiting family": the trigger "be visiting" and the like.)
    const bool visiting = f.end > i + 1 && equalsLower(t[f.end - 1].text, "visiting");
    if (w == "visit" || w == "visits" || w == "visited" || visiting) {
        // ("was visiting family in California", "visited her mother": a private visit to kin or friends.)
        {
            std::size_t k = f.end;
            while (k < s.endToken && k < f.end + 2 && wordIs(t[k], {"a", "his", "her", "their", "my", "our", "some"}))
                ++k;
            if (k < s.endToken && t[k].isWord() && !t[k].capitalized) {
                const std::string object = lower(t[k].text);
                const std::string singular =
                    object.size() > 3 && object.back() == 's' ? object.substr(0, object.size() - 1) : object;
                if (lexicons::relationNouns().contains(singular) ||
                    inLowerList(singular,
                                std::array<std::string_view, 4>{"family", "relative", "parent", "grandparent"}))
                    return false;
            }
        }
        // ("The DIG visited the scene", "officers visited the spot": an officer at the place of a crime or an accident
        // is the crime's narrative, no official visit.)
        {
            std::size_t k = f.end;
            if (k < s.endToken && t[k].is("the")) ++k;
            if (k < s.endToken &&
                (wordIs(t[k], {"scene", "spot"}) || (t[k].is("crime") && k + 1 < s.endToken && t[k + 1].is("scene"))))
                return false;
        }
        // "visit our website", "please visit www..."
        for (std::size_t k = f.end; k < s.endToken && k < f.end + 4; ++k)
            if (wordIs(t[k], {"website", "www", "link", "page", "site", "homepage", "http", "https"})) return false;
        // ("The delegation paid a working visit to the Port of Tellimont": a delegation is sent by someone.)
        const bool delegation = facts.firstDelegationWord(t[i].sentence) < i;
        // ("Visit to Yakutia", "State visit to China": a headline that opens with the visit is the release's report
        // of it.)
        const bool headlineVisit =
            st.inHeadline(t[i].begin) && next && next->is("to") &&
            (i == s.firstToken ||
             (i == s.firstToken + 1 && wordIs(t[i - 1], {"working", "state", "official", "offical", "first"})));
        // ("preparations for the upcoming visit of the President of Kovalia to Russia in April": the visitor by
        // title, after the visit's "of".)
        const bool visitorAfter =
            next && next->is("of") && facts.namesActorOrTitle(t[i].sentence, std::min(s.endToken, f.end + 7));
        if (!facts.namesActorOrTitle(t[i].sentence, i) && !pronounOfNamedActor(facts, t, i) && !delegation &&
            !headlineVisit && !visitorAfter && !speakerVisits(facts, t, i))
            return false;
    }
    // ("A number of documents were signed in the presence of the two leaders": documents said signed, as a
    // ceremony reports them; not "signing official documents using fraudulent information".)
    const bool documentsSigned = w == "signed" && i >= 2 && wordIs(t[i - 1], {"were", "been"}) &&
                                 t[i - 2].is("documents") && t[i - 2].sentence == t[i].sentence;
    if ((w == "signed" || w == "signing") && !facts.signsDocument(t[i].sentence) && !documentsSigned) return false;
    // "The Minister discussed regional security with ...": someone named talks with someone ("the report discussed
    // the risks with care" is no meeting).
    if ((w == "discussed" || w == "discusses") && !facts.namesActor(t[i].sentence, t[i].begin)) return false;
    // ("In 2010, USAO discussed the potential criminal case with the OCDA": prosecutors sharing a case is their
    // business, not a meeting; "discussed the case of the detained sailors with the Ambassador" still is.)
    if (w == "discussed" || w == "discusses")
        for (std::size_t k = f.end; k < s.endToken && k < f.end + 6 && !t[k].is("with") && !t[k].is("of"); ++k)
            if (wordIs(t[k], {"case", "cases", "charges", "plea", "indictment", "prosecution"}) &&
                !(k + 1 < s.endToken && t[k + 1].is("of")))
                return false;
    if ((w == "hearing" || w == "hearings") && !reportsHearing(facts, t, i)) return false;

    // "The Monetary Policy Committee decided to keep the rate unchanged": a body that deliberates makes its decision
    // known; it is named right before the verb. (Not a court's or a jury's decision, nor a person's.)
    if (w == "decided") {
        // ("the Committee decided", "The Monetary Committee at Tellimont decided": the body's name or its short
        // form, capitalised, just before.)
        if (facts.court(t[i].sentence) || facts.crime(t[i].sentence)) return false;
        bool body = false;
        for (std::size_t back = 1; back <= 4 && back <= i && t[i - back].sentence == t[i].sentence && !body; ++back) {
            const Token& b = t[i - back];
            body = b.isWord() && b.capitalized &&
                   (lexicons::deliberativeBodies().contains(b.text) || b.is("Cabinet") || b.is("Government"));
        }
        if (!body) return false;
    }
    if (kind == MeetingKind::Announcement && w != "decided") {
        // An announcement by someone named: "X today announced", "it was announced by X".
        if (!facts.namesActorOrTitle(t[i].sentence, i) && !issuingBodyAnnounces(t, s, i)) return false;
        // "continue expanding its holdings as announced in November": an earlier announcement recalled.
        if (prev && prev->is("as")) return false;
        if (prev && wordIs(*prev, {"previously", "recently", "already", "earlier"}) &&
            !facts.namesActor(t[i].sentence, t[i].begin))
            return false;
    }
    return true;
}

// The trigger is a verb in the past tense, telling what was done ("Mr Putin awarded ...", "visited", "held talks"),
// not a noun that may name any gathering ("meetings with stakeholders").
// A noun trigger counts when such a verb governs it ("addressed a training programme", "chaired the meeting",
// "witnessed the signing").
bool pastReport(const std::vector<Token>& t, std::size_t i) {
    if (wordIs(t[i], {"met", "held", "had", "visited", "signed", "received", "convened", "awarded", "presented",
                      "hosted", "spoke", "chaired"}))
        return true;
    for (std::size_t back = 1; back <= 3 && back <= i && t[i - back].sentence == t[i].sentence; ++back)
        if (wordIs(t[i - back], {"held", "attended", "addressed", "chaired", "hosted", "organised", "organized",
                                 "conducted", "opened", "convened", "joined", "witnessed"}))
            return true;
    // "A special meeting on the Clean Streets programme was held at ...": the passive after the trigger and what it
    // is on.
    for (std::size_t k = i + 1; k + 1 < t.size() && k <= i + 12 && t[k + 1].sentence == t[i].sentence; ++k)
        if (wordIs(t[k], {"was", "were"})) {
            // (Not "Its first summit was attended by 46 delegations", told of one gone by.)
            if (wordIs(t[k + 1], {"held", "conducted", "organised", "organized", "convened"})) return true;
            break;
        }
    // "made this statement to the media", "gave a press conference" (a noun after its determiner; not "were made to
    // meet again").
    // ("made press statements", "made joint statements for the press": no determiner before a plural.)
    if (i >= 1 && t[i - 1].sentence == t[i].sentence && wordIs(t[i - 1], {"made", "gave"})) return true;
    if (i >= 2 && t[i - 2].sentence == t[i].sentence && wordIs(t[i - 2], {"made", "gave"}) &&
        wordIs(t[i - 1], {"a", "the", "an", "his", "her", "their", "its", "this", "joint", "brief"}))
        return true;
    // "the President said during a meeting with media representatives", "stated at the press conference": the
    // occasion of what was said.
    if (i >= 3 && t[i - 3].sentence == t[i].sentence && wordIs(t[i - 2], {"during", "at"}) &&
        wordIs(t[i - 1], {"a", "the", "an", "his", "her", "their", "its", "this"}) &&
        wordIs(t[i - 3], {"said", "stated", "noted", "stressed", "emphasized", "emphasised", "remarked", "declared"}))
        return true;
    // "thanked Karl Nehammer for his visit to Ukraine", "grateful for the meeting": the occasion the thanks are for
    // is the one under way.
    if (i >= 2 && t[i - 2].sentence == t[i].sentence && t[i - 2].is("for") &&
        wordIs(t[i - 1], {"the", "his", "her", "their", "this"}))
        for (std::size_t back = 3; back <= 8 && back <= i && t[i - back].sentence == t[i].sentence; ++back)
            if (wordIs(t[i - back], {"thanked", "thanks", "grateful", "gratitude", "thanking"})) return true;
    return false;
}

bool occurrenceTold(const std::vector<Token>& t, const Sentence& s) {
    // (In a line of capitals too, "BOARD TO HOLD PUBLIC FORUM"; not a word of a name in Title Case, "Opening Day".)
    for (std::size_t k = s.firstToken; k < s.endToken; ++k)
        if (t[k].isWord() && (!t[k].capitalized || t[k].allCaps) &&
            wordIs(t[k], {"held",      "hold",      "holds",     "holding",       "hosted",       "hosts",
                          "hosting",   "opened",    "opens",     "opening",       "attended",     "attends",
                          "attending", "spoke",     "speaks",    "speaking",      "addressed",    "addresses",
                          "took",      "takes",     "taking",    "kicked",        "kicks",        "began",
                          "begins",    "concluded", "concludes", "closed",        "closes",       "convened",
                          "convenes",  "organised", "organized", "organises",     "organizes",    "joined",
                          "joins",     "chaired",   "chairs",    "delivered",     "launched",     "inaugurated",
                          "ended",     "ends",      "met",       "meets",         "gathered",     "welcomed",
                          "visited",   "presented", "underway",  "participated",  "participates", "participating",
                          "said",      "told",      "stated",    "participation", "address",      "addressing",
                          "during",    "at",        "sidelines", "margins"}))
            return true;
    return false;
}

bool instructedEvent(const std::vector<Token>& t, std::size_t i) {
    // "instructed ... to hold a meeting", "asked to convene an urgent meeting".
    const std::optional<std::size_t> v = doingVerbBefore(t, i);
    return v && t[*v - 1].is("to") && instructedBefore(t, *v - 1);
}

bool doneByVerb(const std::vector<Token>& t, std::size_t i) {
    return doingVerbBefore(t, i).has_value();
}

bool plannedReport(const std::vector<Token>& t, std::size_t i, bool decidedOnly) {
    // Many of a kind to come are a duty or a habit, not an event ("will hold meetings with the board"); talks are
    // one event.
    const std::string_view w = t[i].text;
    if (w.size() > 3 && w.back() == 's' && !wordIs(t[i], {"talks", "consultations", "negotiations"})) return false;
    // "accelerate the next meeting of advisers", "preparations for the upcoming summit": one event to come, so named.
    // ("the upcoming G20 summit", "the forthcoming NATO Summit": past the name of whose it is.)
    std::size_t named = i;
    while (named >= 2 && i - named < 3 && t[named - 1].sentence == t[i].sentence &&
           ((t[named - 1].isWord() && t[named - 1].capitalized) || t[named - 1].kind == TokenKind::Number) &&
           !t[named - 1].sentenceStart)
        --named;
    if (named >= 2 && t[named - 2].sentence == t[i].sentence && namedAsNext(t, named) &&
        wordIs(t[named - 2], {"the", "its", "their"}))
        return true;
    // "approved conducting a training programme", "granted approval for holding the conference": a decision on
    // an event's doing, in the gerund a few words before it, is one to come.
    // (Past the event's name: "approval for holding the Asia Pacific Conference".)
    std::size_t name = i;
    while (name > 0 && i - name < 6 && t[name].capitalized && t[name - 1].sentence == t[i].sentence &&
           (t[name - 1].capitalized || t[name - 1].kind == TokenKind::Number))
        --name;
    for (std::size_t back = 1; back <= 4 && back < name && t[name - back].sentence == t[i].sentence; ++back) {
        const std::size_t g = name - back;
        if (!t[g].isWord() || t[g].capitalized) break;
        if (!wordIs(t[g], {"holding", "hosting", "organising", "organizing", "conducting", "convening", "arranging",
                           "signing"}))
            continue;
        const Token& decision = t[g - 1];
        if (decision.sentence == t[i].sentence &&
            (wordIs(decision, {"approved", "approve", "approving", "endorsed"}) ||
             (decision.is("for") && g >= 2 && wordIs(t[g - 2], {"approval", "approvals", "permission"}))))
            return true;
        break;
    }
    // The verb that will do the event, then what says it is to come: "will hold a training workshop", "shall sign",
    // "granted approval to sign the agreement", "plans to host", "instructed ... to convene".
    const std::optional<std::size_t> verb = doingVerbBefore(t, i);
    if (!verb) return false;
    const std::size_t v = *verb;
    const Token& before = t[v - 1];
    if (wordIs(before, {"will", "shall"})) return !decidedOnly;
    if (!before.is("to")) return false;
    if (instructedBefore(t, v - 1)) return true;
    // ("plans to host", "the proposal presented by the Minister of Agriculture to sign", "decided to grant approval
    // for the resolution furnished by the Minister of Sports to host": what says so, up to ten words before "to".)
    constexpr std::size_t kPlanWords = 10;
    for (std::size_t k = v - 1; k > 0 && v - 1 - k < kPlanWords && t[k - 1].sentence == t[i].sentence; --k)
        if (wordIs(t[k - 1], {"approval", "approved", "granted", "proposal", "proposed", "plans", "planned", "plan",
                              "intends", "intend", "scheduled", "expected", "decided", "agreed"}))
            return true;
    return false;
}

bool namedAsNext(const std::vector<Token>& t, std::size_t i) {
    return i > 0 && wordIs(t[i - 1], {"next", "upcoming", "forthcoming"});
}

bool besideAnotherEvent(const std::vector<Token>& t, std::size_t i) {
    // Back over the gathering's article and name ("the SCO", "a meeting of": at most three words) to "of".
    std::size_t k = i;
    for (std::size_t words = 0; k > 0 && words < 4 && t[k - 1].sentence == t[i].sentence; ++words) {
        const Token& w = t[k - 1];
        if (w.is("of")) break;
        if (!w.isWord() && w.kind != TokenKind::Number) return false;
        --k;
    }
    if (k < 2 || t[k - 1].sentence != t[i].sentence || t[k - 2].sentence != t[i].sentence) return false;
    if (!t[k - 1].is("of")) return false;
    // (Not "ahead of" nor "prior to": "no interviews will be given prior to the press conference" is the day's.)
    if (wordIs(t[k - 2], {"sidelines", "sideline", "margins", "margin"})) return true;
    // ("before the beginning of a meeting"; not "at the end of the talks, the leaders adopted ...": the talks told.)
    return wordIs(t[k - 2], {"beginning", "start", "opening", "close", "end"}) && k >= 4 && t[k - 3].is("the") &&
           wordIs(t[k - 4], {"before", "after"}) && t[k - 4].sentence == t[i].sentence;
}

}  // namespace bulletin::extract::event_detail
