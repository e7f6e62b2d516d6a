#include <algorithm>
#include <array>
#include <limits>
#include <map>
#include <set>
#include <string_view>

#include "agency_chains.hpp"
#include "candidate_passes.hpp"
#include "lexicon.hpp"
#include "person_titles.hpp"
#include "place_context_rules.hpp"

namespace bulletin::extract {

namespace {

// The first two candidates listed in `index` (sorted by start) that lie inside `outer` and share its type, among
// those still above `threshold`.
std::vector<const Candidate*> twoInside(const std::vector<Candidate>& all, const std::vector<std::size_t>& index,
                                        const Candidate& outer, float threshold) {
    std::vector<const Candidate*> inside;
    auto it = std::lower_bound(index.begin(), index.end(), outer.begin,
                               [&](std::size_t i, std::size_t b) { return all[i].begin < b; });
    for (; it != index.end() && all[*it].begin < outer.end && inside.size() < 2; ++it) {
        const auto& c = all[*it];
        if (c.score >= threshold && c.type == outer.type && c.end <= outer.end) inside.push_back(&c);
    }
    return inside;
}

// "and", "&" or a comma stands between the two names: a list.
bool joinedAsList(const std::vector<Token>& t, const Candidate& first, const Candidate& second) {
    for (std::size_t k = first.endToken; k < second.firstToken; ++k)
        if (t[k].is("and") || t[k].is("&") || t[k].isPunct(',')) return true;
    return false;
}

// "Facebook, Twitter and Google": organisations listed together. One only the tagger proposes, below the score it
// needs alone, is kept when a list joins it to a sure one (a rule's, or the tagger's at that score): the list
// vouches for it.
void listMatesOfSureNames(std::vector<Candidate>& candidates, const ExtractionState& st, float threshold, float sure) {
    const auto& t = st.tokens();
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < candidates.size(); ++i)
        if (candidates[i].score >= threshold) order.push_back(i);
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return candidates[a].begin != candidates[b].begin ? candidates[a].begin < candidates[b].begin
                                                          : candidates[a].end > candidates[b].end;
    });
    auto isSure = [&](const Candidate& c) { return c.source != "tagger" || c.score >= sure; };
    // Spans a rule is sure name someone or something other than a body, sorted by start, with the furthest end
    // reached so far: whether one covers a span is a binary search, not a pass over every candidate.
    std::vector<std::pair<std::size_t, std::size_t>> otherNamed;
    for (const auto& o : candidates)
        if (o.source != "tagger" && o.type != EntityType::Agency && o.score >= kSureRuleScore)
            otherNamed.emplace_back(o.begin, o.end);
    std::sort(otherNamed.begin(), otherNamed.end());
    for (std::size_t k = 1; k < otherNamed.size(); ++k)
        otherNamed[k].second = std::max(otherNamed[k].second, otherNamed[k - 1].second);
    auto ruleNamesOther = [&](const Candidate& c) {
        const auto after = std::upper_bound(otherNamed.begin(), otherNamed.end(),
                                            std::pair{c.begin, std::numeric_limits<std::size_t>::max()});
        return after != otherNamed.begin() && std::prev(after)->second >= c.end;
    };
    // Sure organisations of the rules by where they end: a tagger span that ends with one and holds an "and" before
    // it joined the rule's name to the list item before it ("Zeltrix, Quorvane SARL, Tellmo and Orvandi Ltd"): the
    // rule, which read the legal form, declined the join, and the list vouches for no such reading. (Not after the
    // list's own "and": "Nordic Lift-Truck Pte Ltd and Cycle and Carriage Industries Pte Ltd" ends with one name.)
    std::multimap<std::size_t, std::size_t> sureBodiesByEnd;
    for (const auto& o : candidates)
        if (o.source != "tagger" && o.type == EntityType::Agency && o.score >= kSureRuleScore)
            sureBodiesByEnd.emplace(o.end, o.firstToken);
    auto joinsSureBody = [&](const Candidate& c) {
        if (c.firstToken > 0 && (t[c.firstToken - 1].is("and") || t[c.firstToken - 1].is("&"))) return false;
        const auto [from, to] = sureBodiesByEnd.equal_range(c.end);
        for (auto it = from; it != to; ++it) {
            const std::size_t bodyFirst = it->second;
            if (bodyFirst >= c.endToken) continue;
            for (std::size_t k = c.firstToken + 1; k < bodyFirst; ++k)
                if (t[k].is("and") || t[k].is("&")) return true;
        }
        return false;
    };
    // Part of a longer capitalised name the tagger cut ("Common" of "Common Cause", "House" of "House Republicans"):
    // a capitalised word right after it or right before it in its sentence. (An acronym after it is another name of a
    // list that lost its comma: "Irvine Police Department OCDA".)
    auto cut = [&](const Candidate& c) {
        const auto capitalWord = [&](std::size_t k) {
            return t[k].isWord() && t[k].capitalized && t[k].sentence == t[c.firstToken].sentence;
        };
        return (c.endToken < t.size() && capitalWord(c.endToken) && !t[c.endToken].allCaps) ||
               (c.firstToken > 0 && capitalWord(c.firstToken - 1) && !t[c.firstToken - 1].is("The") &&
                !t[c.firstToken - 1].is("And"));
    };
    // Whether only a list's joints stand between two candidates ("," "and" "or" "&", an Oxford comma).
    auto listed = [&](const Candidate& a, const Candidate& b) {
        if (b.firstToken < a.endToken || b.firstToken - a.endToken > 2 || b.firstToken == a.endToken) return false;
        for (std::size_t k = a.endToken; k < b.firstToken; ++k)
            if (!(t[k].isPunct(',') || t[k].is("and") || t[k].is("or") || t[k].is("&"))) return false;
        return t[a.endToken].sentence == t[b.firstToken].sentence;
    };
    // Runs of listed candidates of one type, in text order; two passes let the sureness spread both ways.
    for (int pass = 0; pass < 2; ++pass)
        for (std::size_t n = 0; n + 1 < order.size(); ++n) {
            auto& a = candidates[order[n]];
            // The next candidate that starts after this one ends (overlapping readings are the resolver's).
            std::size_t m = n + 1;
            while (m < order.size() && candidates[order[m]].begin < a.end) ++m;
            if (m == order.size()) break;
            auto& b = candidates[order[m]];
            // (Organisations only: a place after a comma is as often where the one before it lies, "Monroe Street,
            // Santa Ana", as a list.)
            if (a.type != EntityType::Agency || b.type != EntityType::Agency || !listed(a, b)) continue;
            // ("800 North State College Boulevard, Titan Student Union": an address lists no organisations.)
            // (Nor a span a rule is sure names someone: "... of Tajikistan, Saymumin Yatimov; the Director of ...".)
            // (Nor a piece of a longer name the tagger cut, nor a span joining a list item to a rule's company.)
            auto promotable = [&](const Candidate& c) {
                const auto last = t[c.endToken - 1].text;
                return c.source == "tagger" && !cut(c) && !lexicons::streetWords().contains(last) &&
                       !lexicons::buildingWords().contains(last) && !lexicons::venueWords().contains(last) &&
                       !ruleNamesOther(c) && !joinsSureBody(c);
            };
            // ("Ministry of Public Health, Hygiene and Prevention": one word after a name "of" a field is more of
            // that field.)
            if (b.endToken == b.firstToken + 1 && namedOfField(st, a.firstToken, a.endToken)) continue;
            if (isSure(a) && !isSure(b) && promotable(b))
                b.score = sure;
            else if (isSure(b) && !isSure(a) && promotable(a))
                a.score = sure;
        }
}
}  // namespace

std::vector<Candidate> keepBestCandidates(std::vector<Candidate> candidates, const ExtractionState& st,
                                          float threshold) {
    const auto& t = st.tokens();
    // Indexes by start, so that what lies inside what is found in O(log n): a hostile release may hold hundreds
    // of thousands of candidates.
    std::vector<std::size_t> rules, fromTagger;
    for (std::size_t i = 0; i < candidates.size(); ++i)
        (candidates[i].source == "tagger" ? fromTagger : rules).push_back(i);
    auto byBegin = [&](std::size_t a, std::size_t b) { return candidates[a].begin < candidates[b].begin; };
    std::sort(rules.begin(), rules.end(), byBegin);
    std::sort(fromTagger.begin(), fromTagger.end(), byBegin);
    // Two or more of the tagger's names of one type inside one rule span, joined by "and", "&" or a comma, are a
    // list the rule read as one name ("Fairview Health Services and Sanford Health").
    for (const auto ri : rules) {
        auto& r = candidates[ri];
        if (r.score < threshold) continue;
        // A name the gazetteer knows whole is one name, commas and all ("Washington, D.C.").
        if (r.source == "place.gazetteer" || r.source == "agency.gazetteer") continue;
        // ... and so is a ministry's list of portfolios, whose commas and "and" the chain rules read as one
        // ("Ministry of Public Administration, Provincial Councils and Local Government").
        if (r.type == EntityType::Agency && portfolioList(t, r.firstToken, r.endToken)) continue;
        const auto inside = twoInside(candidates, fromTagger, r, threshold);
        if (inside.size() < 2) continue;
        const bool list = joinedAsList(t, *inside[0], *inside[1]);
        // "Fairview Health Services and Sanford Health" lists two; "Gang Reduction and Intervention Partnership"
        // joins two words under one head: a list when the first part is a whole name (ends in a head word).
        const bool firstWhole = isOrganisationHead(t[inside[0]->endToken - 1].text) || r.type != EntityType::Agency;
        if (list && firstWhole) r.score = -1;
    }
    // Two or more rule names of one type inside one tagger span, joined by "and", "&" or a comma, are a list the
    // tagger read as one name ("Anti Narcotics Force and Federal Investigation Agency").
    for (const auto ci : fromTagger) {
        auto& c = candidates[ci];
        if (c.score < threshold) continue;
        const auto inside = twoInside(candidates, rules, c, threshold);
        if (inside.size() == 2 && joinedAsList(t, *inside[0], *inside[1])) c.score = -1;
    }
    // A tagger span inside a rule's span is a reading of the same words: the rule knows the whole name
    // ("Nations Office" inside "United Nations Office on Drugs and Crime", "Pakistan" inside "UNODC Pakistan").
    // A person's name counts from after its honorific or title: "Mr. Piet" read by the tagger is inside "Piet van
    // der Merwe" the honorific's rule read.
    for (const auto ci : fromTagger) {
        auto& c = candidates[ci];
        if (c.score < 0) continue;
        const std::size_t begin = c.type == EntityType::Person ? t[nameStart(st, c)].begin : c.begin;
        auto it = std::upper_bound(rules.begin(), rules.end(), begin,
                                   [&](std::size_t b, std::size_t i) { return b < candidates[i].begin; });
        // The few rule spans starting at or before it (rule spans hardly overlap one another).
        for (int back = 0; back < 4 && it != rules.begin(); ++back) {
            --it;
            auto& r = candidates[*it];
            // (Only when the rule reads further, past the honorific: "Mr. Pham" and "Pham" are one reading.)
            const bool within = r.begin <= begin && (begin == c.begin ? c.end <= r.end : c.end < r.end);
            if (r.score >= threshold && within) {
                if (r.type == c.type) r.score = std::max(r.score, c.score);
                c.score = -1;
                break;
            }
        }
    }
    // A person the rules found, inside a longer span of the tagger that ends with it: the tagger took what a title
    // is of for part of the name ("French Republic Emmanuel Macron"), or ran a place into the person after it
    // ("Republic of Turkey Recep Tayyip Erdogan" as one place).
    for (const auto ri : rules) {
        const auto& r = candidates[ri];
        if (r.type != EntityType::Person || r.score < threshold) continue;
        const bool afterTitle = r.source == "person.title";
        auto it = std::lower_bound(fromTagger.begin(), fromTagger.end(), r.begin,
                                   [&](std::size_t i, std::size_t b) { return candidates[i].begin < b; });
        for (int back = 0; back < 3 && it != fromTagger.begin(); ++back) {
            --it;
            auto& c = candidates[*it];
            if (c.begin < r.begin && c.end == r.end && (c.type != EntityType::Person || afterTitle)) c.score = -1;
        }
    }
    // A name only the tagger proposes must be surer when it is a place, and an organisation only the tagger proposes
    // is kept only where a list joins it to a sure one (listMatesOfSureNames gives it this score): on publishers
    // left out of its training, its organisations alone cost more precision than they bring recall, and its places
    // a little (leave-one-publisher-out on the tuning part: a threshold of 0.95 for its organisations took them from
    // 0.72 to 0.79 and places 0.82 -> 0.84 at 0.85; none alone, with the rules unweighed, 0.861 -> 0.870).
    constexpr float kTaggerAloneAgency = 2.0f, kTaggerAlonePlace = 0.85f;  // 2: above any probability
    listMatesOfSureNames(candidates, st, threshold, kTaggerAloneAgency);
    // (A building's: "Police Headquarters", "Kandy Police Station"; not a state a court's district is of.)
    auto endsWithRulePlace = [&](const Candidate& c) {
        const std::string_view last = t[c.endToken - 1].text;
        if (!equalsLower(last, "headquarters") && !lexicons::buildingWords().contains(last)) return false;
        auto it = std::upper_bound(rules.begin(), rules.end(), c.end,
                                   [&](std::size_t e, std::size_t i) { return e < candidates[i].begin; });
        for (int back = 0; back < 4 && it != rules.begin(); ++back) {
            const auto& r = candidates[*--it];
            if (r.type == EntityType::Location && r.score >= threshold && r.end == c.end && r.begin > c.begin)
                return true;
        }
        return false;
    };
    // ... or where it acts: its name, then what it said or did ("Proxmox announced", "Freexian has sponsored").
    for (auto& c : candidates) {
        if (c.source != "tagger" || c.type != EntityType::Agency || c.score < threshold || c.endToken >= t.size())
            continue;
        // (Its whole name: not the end of a longer one, "the 8th Circuit", "(NBPD) Animal Control".)
        if (c.firstToken > 0) {
            const Token& before = t[c.firstToken - 1];
            if ((before.isWord() && before.capitalized) || before.kind == TokenKind::Number || before.isPunct(')'))
                continue;
        }
        // (Nor a span whose end the rules read as a building: "the Anti-Corruption Unit of Police Headquarters", a
        // unit of a place.)
        if (endsWithRulePlace(c)) continue;
        if (actsAt(t, c.endToken, t[c.firstToken].sentence,
                   std::array<std::string_view, 6>{"has", "have", "had", "also", "today", "recently"}, 1))
            c.score = kTaggerAloneAgency;
    }
    std::erase_if(candidates, [&](const Candidate& c) {
        if (c.score < threshold) return true;
        if (c.source != "tagger") return false;
        return (c.type == EntityType::Agency && c.score < kTaggerAloneAgency) ||
               (c.type == EntityType::Location && c.score < kTaggerAlonePlace);
    });
    // Best first; on equal scores the longer span, then the earlier one (deterministic).
    std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
        if (a.score != b.score) return a.score > b.score;
        if (a.end - a.begin != b.end - b.begin) return a.end - a.begin > b.end - b.begin;
        return a.begin < b.begin;
    });
    // Kept spans as disjoint intervals begin -> end: an overlap test is one map search.
    std::map<std::size_t, std::size_t> taken;
    auto overlapsTaken = [&](const Candidate& c) {
        auto it = taken.lower_bound(c.end);
        if (it == taken.begin()) return false;
        --it;
        return c.begin < it->second;
    };
    std::vector<Candidate> kept;
    for (auto& c : candidates) {
        if (overlapsTaken(c)) continue;
        taken.emplace(c.begin, c.end);
        kept.push_back(std::move(c));
    }
    std::sort(kept.begin(), kept.end(), [](const Candidate& a, const Candidate& b) { return a.begin < b.begin; });
    return kept;
}

}  // namespace bulletin::extract
