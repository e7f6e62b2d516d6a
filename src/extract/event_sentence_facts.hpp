#pragma once
// What the event rules ask of each sentence of a release (meeting_rules.cpp), worked out once per sentence.

#include <algorithm>
#include <initializer_list>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "event_dates.hpp"
#include "extraction_state.hpp"
#include "lexicon.hpp"

namespace bulletin::extract::event_detail {

inline bool wordIs(const Token& t, std::initializer_list<std::string_view> words) {
    if (!t.isWord()) return false;
    for (auto w : words)
        if (equalsLower(t.text, w)) return true;
    return false;
}

// What the rules ask of a sentence, worked out once per sentence: a release without full stops is one sentence
// of hundreds of thousands of words, and asking it again for every trigger would be quadratic.
class SentenceFacts final {
public:
    explicit SentenceFacts(const ExtractionState& st) : st_(st), facts_(st.tt().sentences.size()) {
        // The entities named in each sentence, and in each paragraph.
        const auto& t = st.tokens();
        std::size_t paragraph = 0;
        paragraphOf_.assign(st.tt().sentences.size(), 0);
        firstTitleOrBody_.assign(st.tt().sentences.size(), std::nullopt);
        for (std::size_t si = 0; si < st.tt().sentences.size(); ++si) {
            const auto& sentence = st.tt().sentences[si];
            if (si > 0 && sentence.firstToken < t.size() && t[sentence.firstToken].paragraphStart) ++paragraph;
            paragraphOf_[si] = paragraph;
        }
        paragraphEntities_.resize(paragraph + 1);
        for (std::size_t e = 0; e < st.entities().size(); ++e) {
            const auto& entity = st.entities()[e];
            // ("Privacy and Civil Liberties Oversight Board" -> "Board", for "the Board announced".)
            if (const auto space = entity.name.rfind(' ');
                entity.type == EntityType::Agency && space != std::string::npos && space > 0)
                agencyLastWords_.insert(std::string_view(entity.name).substr(space + 1));
            for (const auto& m : entity.mentions) {
                const auto k = static_cast<std::size_t>(
                    std::lower_bound(t.begin(), t.end(), m.span.begin,
                                     [](const Token& x, std::size_t o) { return x.begin < o; }) -
                    t.begin());
                if (k >= t.size()) continue;
                auto& facts = facts_[t[k].sentence];
                if (facts.entities.empty() || facts.entities.back() != e) facts.entities.push_back(e);
                if (entity.type != EntityType::Location && m.span.end <= st.tt().sentences[t[k].sentence].end)
                    facts.firstActorEnd = std::min(facts.firstActorEnd, m.span.end);
                auto& inParagraph = paragraphEntities_[paragraphOf_[t[k].sentence]];
                if (inParagraph.empty() || inParagraph.back() != e) inParagraph.push_back(e);
            }
        }
    }

    // The sentence tells of a crime: a "meeting" there is an encounter, "training" is an insurgent's.
    // (A compound's parts count: "the shooting-murder of a partygoer".)
    bool crime(std::size_t s) {
        return flag(s, facts_[s].crime, [](const Token& t) {
            if (!t.isWord()) return false;
            if (lexicons::crimeWords().contains(t.text)) return true;
            std::string_view rest = t.text;
            for (auto dash = rest.find('-'); dash != std::string_view::npos; dash = rest.find('-')) {
                if (lexicons::crimeWords().contains(rest.substr(0, dash))) return true;
                rest.remove_prefix(dash + 1);
            }
            return rest.size() < t.text.size() && lexicons::crimeWords().contains(rest);
        });
    }
    // The headline (any sentence of it) tells of a crime or a court's business ("Man Convicted of Beating Death of
    // 2-Year-Old Child"): what the body calls a celebration or a speech is part of that story.
    bool headlineTellsCrime() {
        for (std::size_t s = 0; s < facts_.size() && st_.inHeadline(st_.tt().sentences[s].begin); ++s)
            if (crime(s) || court(s)) return true;
        return false;
    }
    // The release is a speech its headline names the speaker of ("Speech by Minister Grace Fu at ...", "The
    // President's Remarks at ..."): its "I" and "we" are the speaker's (and the speaker's office's).
    bool speechRelease() {
        if (speech_ < 0) {
            const auto& t = st_.tokens();
            speech_ = 0;
            for (std::size_t k = 0; k + 1 < t.size() && st_.inHeadline(t[k + 1].begin) && !speech_; ++k) {
                if (!t[k].isWord() || !t[k].capitalized || t[k].allCaps || !lexicons::speechWords().contains(t[k].text))
                    continue;
                const bool possessive = k > 0 && t[k - 1].kind == TokenKind::Possessive;
                const bool by = wordIs(t[k + 1], {"by"}) && k + 2 < t.size() && st_.inHeadline(t[k + 2].begin) &&
                                t[k + 2].capitalized;
                speech_ = possessive || by ? 1 : 0;
            }
        }
        return speech_ == 1;
    }
    // The sentence is about a court's business: its hearings are proceedings, not events.
    bool court(std::size_t s) {
        return flag(s, facts_[s].court,
                    [](const Token& t) { return t.isWord() && lexicons::courtWords().contains(t.text); });
    }
    // The sentence names a body that holds hearings outside courts: a committee, a legislature, a board.
    bool deliberativeBody(std::size_t s) {
        return flag(s, facts_[s].deliberative,
                    [](const Token& t) { return t.isWord() && lexicons::deliberativeBodies().contains(t.text); });
    }
    bool signsDocument(std::size_t s) {
        return flag(s, facts_[s].document, [](const Token& t) {
            return wordIs(
                t, {"agreement",   "memorandum", "mou",        "treaty",   "protocol",   "contract", "declaration",
                    "accord",      "statement",  "communique", "charter",  "convention", "ceremony", "agreements",
                    "memorandums", "deal",       "memoranda",  "treaties", "protocols",  "accords"});
        });
    }
    // The sentence looks back to another time: "had previously met", "the two leaders met last year".
    bool recalls(std::size_t s) {
        return flag(s, facts_[s].recalls, [](const Token& t) {
            return wordIs(t, {"previously", "earlier", "ago", "formerly", "last", "since", "before", "past", "already",
                              "regularly", "often", "usually", "every", "each", "annual", "annually", "would", "will"});
        });
    }
    // The sentence tells a day that comes back, no one occasion: "a workshop is held every Saturday", "the council
    // meets each Monday morning".
    bool recurs(std::size_t s) {
        const auto& tokens = st_.tokens();
        return flag(s, facts_[s].recurs, [&tokens](const Token& t) {
            if (!wordIs(t, {"every", "each"})) return false;
            const auto next = static_cast<std::size_t>(&t - tokens.data()) + 1;
            return next < tokens.size() && tokens[next].sentence == t.sentence &&
                   wordIs(tokens[next],
                          {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "week",
                           "weekend", "fortnight", "month", "morning", "afternoon", "evening", "night"});
        });
    }
    bool today(std::size_t s) {
        return flag(s, facts_[s].today, [](const Token& t) { return wordIs(t, {"today", "yesterday", "tonight"}); });
    }
    // A court's (or a parole board's) hearing was named earlier in the release: "the hearing" is that one.
    bool courtHearingNamed = false;
    // Indices of the entities named in the sentence (places included), in entity order.
    [[nodiscard]] const std::vector<std::size_t>& entities(std::size_t s) const { return facts_[s].entities; }
    // ... and in the sentence's paragraph.
    [[nodiscard]] const std::vector<std::size_t>& paragraphEntities(std::size_t s) const {
        return paragraphEntities_[paragraphOf_[s]];
    }
    // A person or agency named in the sentence (ending before byte `before`, when given).
    [[nodiscard]] bool namesActor(std::size_t s, std::size_t before = std::string::npos) const {
        return facts_[s].firstActorEnd != std::string::npos &&
               (before == std::string::npos || facts_[s].firstActorEnd <= before);
    }
    // ... or an office holder by title before token `at` ("On March 5, the President will visit ...", "the
    // Minister announced"): releases name their principal by title once the lead has named them.
    [[nodiscard]] bool namesActorOrTitle(std::size_t s, std::size_t at) const {
        if (namesActor(s)) return true;
        const auto& sentence = st_.tt().sentences[s];
        // (A title of five words at most: one starting five words or more before `at` is read whole either way, and
        // the first such in the sentence is found once; the last five words before `at` are read up to it. A
        // sentence of a megabyte with a trigger on every line is not walked once per trigger.)
        constexpr std::size_t kTitleWords = 5;
        auto& first = firstTitleOrBody_[s];
        if (!first) {
            first = std::string::npos;
            for (std::size_t k = sentence.firstToken; k < sentence.endToken; ++k)
                if (titleOrBodyAt(k, sentence.endToken)) {
                    first = k;
                    break;
                }
        }
        if (*first != std::string::npos && *first + kTitleWords <= at) return true;
        const std::size_t from = std::max(sentence.firstToken, at >= kTitleWords ? at - kTitleWords : 0);
        for (std::size_t k = from; k < at && k < sentence.endToken; ++k)
            if (titleOrBodyAt(k, at)) return true;
        return false;
    }

    // A title the gazetteer knows, or a body's head word standing for its name, capitalised after "the" at token k,
    // read no further than `end`.
    [[nodiscard]] bool titleOrBodyAt(std::size_t k, std::size_t end) const {
        const auto& t = st_.tokens();
        if (!t[k].isWord() || !t[k].capitalized || k == 0 || !equalsLower(t[k - 1].text, "the")) return false;
        std::vector<std::string_view> words;
        for (std::size_t m = k; m < end && words.size() < 5 && t[m].isWord(); ++m) words.push_back(t[m].text);
        return st_.gazetteer().titleLength(words) > 0 || refersToNamedBody(k);
    }

    // "the Board announced", "the Committee decided": a body's head word alone, capitalised after "the", names the
    // body the release names in full with that last word ("Privacy and Civil Liberties Oversight Board").
    [[nodiscard]] bool refersToNamedBody(std::size_t k) const {
        const auto& t = st_.tokens();
        if (!isOrganisationHead(t[k].text) || t[k].allCaps) return false;
        if (k + 1 < t.size() && t[k + 1].sentence == t[k].sentence &&
            ((t[k + 1].isWord() && t[k + 1].capitalized) || t[k + 1].is("of")))
            return false;  // "the Board of Directors", "the Committee Chair": a longer name or a title
        return agencyLastWords_.count(t[k].text) > 0;
    }

    // Where the names of the people the sentence names begin, anywhere in the release (a sentence's event asks
    // whether a person's name follows a place: "Governor of the Tula Region Dmitry Milyaev"). Built on first use.
    [[nodiscard]] const std::set<std::size_t>& personStarts(std::size_t s) {
        auto& f = facts_[s];
        if (!f.personStarts) {
            f.personStarts.emplace();
            for (const auto index : f.entities)
                if (st_.entities()[index].type == EntityType::Person)
                    for (const auto& m : st_.entities()[index].mentions) f.personStarts->insert(m.span.begin);
        }
        return *f.personStarts;
    }

    // "the Regional Health Directorate visited the patient": the sentence tells a case history.
    bool namesPatient(std::size_t s) {
        return flag(s, facts_[s].patient, [](const Token& t) { return t.is("patient") || t.is("case-patient"); });
    }
    // Where the sentence first says "delegation" (a token index; npos when it does not): "The delegation paid a
    // working visit to ...".
    std::size_t firstDelegationWord(std::size_t s) {
        auto& f = facts_[s];
        if (!f.delegationAt) {
            const auto& sentence = st_.tt().sentences[s];
            f.delegationAt = std::string::npos;
            for (std::size_t k = sentence.firstToken; k < sentence.endToken; ++k)
                if (wordIs(st_.tokens()[k], {"delegation", "delegations"})) {
                    f.delegationAt = k;
                    break;
                }
        }
        return *f.delegationAt;
    }
    // "During the visit, ...", "on the sidelines of the summit": framedByEarlierEvent, asked once per sentence.
    bool framedByEarlierEvent(std::size_t s) {
        auto& cached = facts_[s].framed;
        if (cached < 0) cached = extract::framedByEarlierEvent(st_.tokens(), st_.tt().sentences[s]) ? 1 : 0;
        return cached == 1;
    }

private:
    struct Facts final {
        signed char crime = -1, court = -1, deliberative = -1, document = -1, today = -1, recalls = -1, patient = -1,
                    framed = -1, recurs = -1;
        std::vector<std::size_t> entities;
        std::size_t firstActorEnd = std::string::npos;  // where the sentence's first person or agency ends
        std::optional<std::set<std::size_t>> personStarts;
        std::optional<std::size_t> delegationAt;
    };
    template <typename Test>
    bool flag(std::size_t s, signed char& cached, Test test) {
        if (cached < 0) {
            const auto& sentence = st_.tt().sentences[s];
            cached = 0;
            for (std::size_t k = sentence.firstToken; k < sentence.endToken && !cached; ++k)
                if (test(st_.tokens()[k])) cached = 1;
        }
        return cached == 1;
    }
    const ExtractionState& st_;
    signed char speech_ = -1;
    std::vector<Facts> facts_;
    std::vector<std::size_t> paragraphOf_;  // sentence -> paragraph
    // sentence -> where its first title or body's short name after "the" starts (npos: none), once asked
    mutable std::vector<std::optional<std::size_t>> firstTitleOrBody_;
    std::vector<std::vector<std::size_t>> paragraphEntities_;
    std::unordered_set<std::string_view> agencyLastWords_;  // the last word of each agency's name of two words or more
};

}  // namespace bulletin::extract::event_detail
