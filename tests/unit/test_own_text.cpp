// Which releases have text of their own once page chrome is gone (ingest rejects the others with a reason).

#include "ingest/own_text.hpp"
#include "support/test_support.hpp"

using namespace bulletin::ingest;

namespace {

Structure release(std::string title, std::string body) {
    Structure s;
    s.title = std::move(title);
    s.body = std::move(body);
    return s;
}

}  // namespace

TEST_CASE("own text: a headline with only tags, a link's label or a test post has none", "[own_text]") {
    CHECK_FALSE(
        hasOwnText(release("A Convicted Felon Was Arrested And Charged With Human Trafficking After "
                           "Investigators Located A Missing Minor",
                           "Harlan Voss\n\nHEAT")));
    CHECK_FALSE(hasOwnText(release("Prosecutors Unveil Campaign against Driving Under the Influence",
                                   "Please click on link to view release.")));
    CHECK_FALSE(hasOwnText(release("Library PR", "test please disregard")));
    CHECK_FALSE(hasOwnText(release("(untitled)", "")));
}

TEST_CASE("own text: one paragraph of running text, or a short body of several lines, is enough", "[own_text]") {
    CHECK(hasOwnText(release("Board Meeting Cancelled", "The board meeting set for Tuesday, March 4, is cancelled.")));
    CHECK(hasOwnText(release("Media Advisory",
                             "WHAT: News conference\n\nWHO: District Attorney Dana Whitlock\n\nWHEN: Tuesday, "
                             "March 4, 2025, at 10 a.m.\n\nWHERE: Harwick Justice Center, 700 Main Street, "
                             "Harwick, second floor briefing room")));
}

TEST_CASE("own text: a media advisory of short labelled lines alone is a release", "[own_text]") {
    CHECK(hasOwnText(release("MEDIA ADVISORY: Whitlock to Hold Press Conference on Housing",
                             "WHAT: Press conference on housing\n\nWHEN: Monday, March 3, 2025, 10:30 AM\n\n"
                             "WHERE: Harwick City Hall")));
    // (A label with next to nothing after it is no more than furniture.)
    CHECK_FALSE(hasOwnText(release("Media Advisory", "WHEN: TBD\n\nWHERE: TBD")));
}

TEST_CASE("own text: a headline told as a sentence is the news itself", "[own_text]") {
    CHECK(
        hasOwnText(release("President Dana Whitlock held a telephone conversation with the Prime Minister of "
                           "Harwickland",
                           "January 15, 2001\n\n17:40")));
    CHECK(hasOwnText(
        release("The President sent a telegram of condolence to the new King of Harwickland", "June 4, 2001")));
    // Fewer than eight words: a label, not a sentence.
    CHECK_FALSE(hasOwnText(release("Minister held talks today", "June 4, 2001")));
}
