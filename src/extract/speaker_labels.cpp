// Speakers' labels in transcripts (see speaker_labels.hpp).

#include "speaker_labels.hpp"

#include <algorithm>
#include <map>

#include "lexicon.hpp"
#include "person_titles.hpp"

namespace bulletin::extract {

namespace {

// The labels that open more than one paragraph ("Fyodor Lukyanov:" in a transcript), each as the words before its
// colon: found in one pass, so that asking about a candidate is one lookup (a search of the whole text per
// candidate would be quadratic on a hostile release of a million such lines).
std::set<std::string_view> repeatedLabels(const ExtractionState& st, const std::vector<Token>& t) {
    std::map<std::string_view, int> seen;
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (!t[i].paragraphStart || !t[i].isWord()) continue;
        std::size_t k = i;
        while (k < t.size() && k < i + 5 && t[k].isWord()) ++k;
        if (k < t.size() && t[k].isPunct(':') && k > i) ++seen[st.slice(t[i].begin, t[k - 1].end)];
    }
    std::set<std::string_view> out;
    for (const auto& [label, count] : seen)
        if (count > 1) out.insert(label);
    return out;
}

}  // namespace

// A paragraph's label that reads as a name: its words no label's or body's ("Media Relations:", "Press Office:"), a
// plural last word only a family name ("Antonio Guterres:", not "Public Affairs:").
bool transcriptLabelIsName(const ExtractionState& st, const std::vector<Token>& t, std::size_t first, std::size_t end) {
    for (std::size_t k = first; k < end; ++k)
        if (t[k].isWord() && (lexicons::labelWords().contains(t[k].text) || isOrganisationHead(t[k].text) ||
                              lexicons::buildingWords().contains(t[k].text)))
            return false;
    const std::string_view last = t[end - 1].text;
    return !(last.size() > 3 && last.back() == 's' && !st.gazetteer().isNameWord(last));
}

SpeakerLabels speakerLabels(const ExtractionState& st, const std::vector<Token>& t) {
    SpeakerLabels out;
    out.repeated = repeatedLabels(st, t);
    // A transcript: someone known by a common given name takes the floor more than once ("Vladimir Putin:").
    out.transcript = std::any_of(out.repeated.begin(), out.repeated.end(), [&](std::string_view label) {
        const auto space = label.find(' ');
        return space != std::string_view::npos &&
               st.gazetteer().givenNameCount(label.substr(0, space)) >= kSubjectGivenNameCount;
    });
    return out;
}

}  // namespace bulletin::extract
