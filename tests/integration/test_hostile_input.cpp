// A hostile corpus, generated on the fly (a 100 MB file has no place in the repository): truncated UTF-8, an
// overlong line, a 100 MB file, deeply nested folders, and texts built to make extraction rules backtrack or
// loop. Every file must end stored or listed with a reason, the archive must check clean, and the whole run must
// finish (the ctest timeout bounds it: catastrophic backtracking would blow it).

#include <chrono>
#include <filesystem>
#include <fstream>

#include "extract/extractor.hpp"
#include "ingest/ingester.hpp"
#include "store/archive_check.hpp"
#include "store/archive_reader.hpp"
#include "support/test_support.hpp"

using namespace bulletin;
namespace fs = std::filesystem;

namespace {
std::string repeat(std::string_view unit, std::size_t bytes) {
    std::string out;
    out.reserve(bytes + unit.size());
    while (out.size() < bytes) out += unit;
    return out;
}

// Texts aimed at each rule family's loops: long capitalised runs (names, agencies, places), chains of
// organisation heads and connectors, endless parentheses and acronyms, titles without names, dates and ranges
// that never close, numbers that look like ages and days.
std::vector<std::pair<std::string, std::string>> pathologicalTexts() {
    constexpr std::size_t kSize = 256 * 1024;
    return {
        {"capitals.txt", "Capitals\n\n" + repeat("Alpha Beta Gamma Delta ", kSize)},
        {"initials.txt", "Initials\n\n" + repeat("A. B. C. ", kSize)},
        {"honorifics.txt", "Honorifics\n\n" + repeat("Mr. Dr. Prof. Sir ", kSize)},
        {"heads.txt", "Heads\n\n" + repeat("Ministry of Office for Department of the Bureau and ", kSize)},
        {"connectors.txt", "Connectors\n\n" + repeat("of the and for of ", kSize)},
        {"parens.txt", "Parens\n\n" + repeat("(", kSize / 2) + repeat(")", kSize / 2)},
        {"acronyms.txt", "Acronyms\n\n" + repeat("United Nations Office (UNODC) (UNODC (UN (U ", kSize)},
        {"titles.txt", "Titles\n\n" + repeat("Director General Special Agent in Charge ", kSize)},
        {"places.txt", "Places\n\nin " + repeat("Karachi, Sindh, Pakistan, ", kSize)},
        {"dates.txt",
         "Dates\n\n" + repeat("22-24 October 2018 - from 11-13 of July between November 2014 and ", kSize)},
        {"numbers.txt", "Numbers\n\n" + repeat("1-2-3/4/5 2019-2020 60-year-old 19 years ", kSize)},
        {"years.txt", "Years\n\n" + repeat("in 2001 and 2002 or 2003 rose ", kSize)},  // one line of years
        // One quotation opened and never closed, then headline verbs inside bodies' names, on one line.
        {"quoted.txt",
         "Quoted\n\n\xE2\x80\x9C" + repeat("The Velmar Board Votes To Adopt the Quor Bureau of Data. ", kSize)},
        {"dashes.txt", "Dashes\n\n" + repeat("\xE2\x80\x93\xE2\x80\x94-", kSize)},
        {"possessives.txt", "Possessives\n\n" + repeat("Pakistan's UNODC's Mansoor's ", kSize)},
        {"meetings.txt", "Meetings\n\n" + repeat("met meeting workshop training conference held convened ", kSize)},
        {"one-word-lines.txt", "Lines\n\n" + repeat("Word\n", kSize)},
        // Lines of one width, read as hard-wrapped: one paragraph, one sentence (no capital after a full stop), a
        // visit and a courtesy call on every line; and ragged lines, each ending inside a phrase, joined into one.
        {"visits.txt",
         "Visits\n\n" +
             repeat("the delegation of the Velmar Police visited the unit and called on the Minister.\n", kSize)},
        {"tours.txt",
         "Tours\n\n" +
             repeat("the president toured the plant and received the ambassador and decided the case.\n", kSize)},
        {"ragged.txt",
         "Ragged\n\n" + repeat("the officers of the Velmar Police visited the unit and the Office of\n", kSize)},
        // A page's source: tags never closed, a bracket in every word, quotes that never end, scripts never closed.
        {"markup.txt", "<p>Markup</p><p>One</p><p>Two</p>" + repeat("<a \"<b <p>x &amp; &#x26; <script>y", kSize)},
        // A name an organisation rule gives, then repeated without its cue, a place inside it each time: the repeats'
        // pass takes each once, not once per repeat over every mention.
        {"repeats.txt", "Repeats\n\nThe French association Quorvale France helps. " +
                            repeat("Quorvale France staff help in Paris. ", kSize / 4)},
        // An endless name chain of "and"s with no head word to split at, and lists of committees without end: the
        // left side of each "and" is not walked again, and thousands of bodies are not compared in pairs.
        {"and-chain.txt", "Chain\n\n" + repeat("Energy and Commerce and Ways and Means and ", kSize)},
        {"committees.txt", "Committees\n\n" + repeat("the Senate Judiciary, Agriculture and Environment and Public "
                                                     "Works Committees and House Committees on Finance and ",
                                                     kSize)},
        // One endless sentence of named gatherings taking place, a town's police and a body's chapter, framed by a
        // meeting and told to come: the frame's future is asked once, each name's walk back stays short.
        {"occasions.txt", "Occasions\n\nAfter the meeting, " +
                              repeat("the Velmar Reunion Hamburg 2026 took place in Thalawa and Thalawa Police and "
                                     "Velmar France will hold a meeting and ",
                                     kSize / 4)},
        // Short names in quotes without end, of firms, people and bodies, named again in lists, and one endless
        // sentence of gatherings dated by their names' year: the quoted names are gathered once, each sentence's time
        // to come asked once.
        {"short-names.txt",
         "Short names\n\n" + repeat("Tan of Quorvale Marine Pte Ltd (\xE2\x80\x9CQMPL\xE2\x80\x9D) met Lee Bin "
                                    "Tan (\xE2\x80\x9CLee\xE2\x80\x9D) and Costa Ltd (\"Costa\"), Costa and "
                                    "Lee. ",
                                    kSize / 8)},
        {"named-years.txt", "Named years\n\nThe Velmar Conference opened on 24 July 2027, " +
                                repeat("VelConf27 was a success and VelConf27 would have been held, ", kSize / 4)},
        {"no-spaces.txt", "NoSpaces\n\n" + repeat("x", kSize)},
        {"combining.txt", "Combining\n\nZ" + repeat("\xCC\x81", kSize / 2)},  // one letter, endless accents
    };
}
}  // namespace

TEST_CASE("a hostile corpus ends stored or rejected with reasons, in bounded time", "[ingest][hostile]") {
    test::TempDir dir;
    const auto in = dir / "in";
    fs::create_directories(in);
    std::size_t files = 0;
    auto write = [&](const fs::path& p, const std::string& content) {
        fs::create_directories(p.parent_path());
        test::writeFile(p, content);
        ++files;
    };
    write(in / "truncated-utf8.txt", "Truncated release\n\nThe body ends inside a character: \xE2\x80");
    write(in / "overlong-line.txt", "Overlong\n\n" + repeat("word after word on one line ", 4 * 1024 * 1024));
    {
        // 100 MB: over the default 20 MB limit, so it must be refused with the reason, without being read whole.
        std::ofstream big(in / "huge.txt", std::ios::binary);
        const std::string chunk = repeat("A hundred megabytes of release text. ", 1024 * 1024);
        for (std::size_t written = 0; written < 100u * 1024 * 1024; written += chunk.size()) big << chunk;
        ++files;
    }
    fs::path deep = in;
    for (int level = 0; level < 200; ++level) deep /= "d" + std::to_string(level);
    write(deep / "deep.txt", "Deep release\n\nFound two hundred folders down, in Quetta.");
    for (const auto& [name, text] : pathologicalTexts()) write(in / "pathological" / name, text);

    store::Archive archive(dir / "a.bulletin");
    std::atomic<bool> cancel{false};
    const auto started = std::chrono::steady_clock::now();
    const auto report = ingest::Ingester(archive, {}, extract::defaultAnalyzer()).run({in}, cancel);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    WARN("hostile corpus ingested in " << seconds << " s");

    auto& reader = archive.reader();
    const auto errors = reader.errors();
    // Every file is accounted for: stored (possibly as a duplicate) or rejected with a stage and a reason.
    CHECK(report.progress.done + report.progress.failed == files);
    CHECK(report.progress.failed == errors.size());
    for (const auto& e : errors) {
        INFO(e.path);
        CHECK_FALSE(e.stage.empty());
        CHECK_FALSE(e.message.empty());
    }
    bool hugeRefused = false;
    for (const auto& e : errors)
        if (fs::path(e.path).filename() == "huge.txt") hugeRefused = e.message.find("over the limit") != std::string::npos;
    CHECK(hugeRefused);
    store::DocumentQuery q;
    q.text = store::TextQuery::term("Quetta");
    CHECK(reader.countDocuments(q) == 1);  // the deep file
    q.text = store::TextQuery::term("overlong");
    CHECK(reader.countDocuments(q) == 1);
    CHECK(archive.check().ok());
}
