// Any text: a headline, paragraphs and a dateline come out (or not) without crashing, and no boilerplate line
// survives into the body.
#include "fuzz_support.hpp"
#include "ingest/boilerplate.hpp"
#include "ingest/structure.hpp"

using namespace bulletin;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto text = fuzz::asText(data, size);
    static const ingest::BoilerplateModel kNoLearnedChrome;
    const auto s = ingest::parseStructure(text, kNoLearnedChrome);
    fuzz::require(s.title == "(untitled)" || s.title.size() <= text.size(), "the headline comes from the text");
    fuzz::require(s.title.find('\n') == std::string::npos, "the headline is one line");
    if (auto dateline = ingest::parseDateline(text)) fuzz::require(dateline->place.size() <= text.size(), "dateline place");
    return 0;
}
