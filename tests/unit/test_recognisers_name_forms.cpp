// The rules, the tagger and the resolver on the forms names take in running text: two bodies that act together,
// a project's name alone inside one of its teams, capitals joined by a period, and a minister's fields that end in
// two words no name list holds. Texts invented for these tests (some bodies, towns and roads named are real: the
// gazetteer must know them, or a rule must read names no list holds).

#include <algorithm>
#include <string>

#include "extract/extractor.hpp"
#include "support/extraction_checks.hpp"
#include "support/test_support.hpp"

using namespace bulletin;
using test::has;
using test::names;

namespace {

Extraction run(const std::string& body, const std::string& title = "News") {
    return test::extractWithBoth(body, title, DateValue::fromIso("2025-05-03"));
}

bool hasPerson(const Extraction& x) {
    return !names(x, EntityType::Person).empty();
}

}  // namespace

TEST_CASE("name forms: two bodies with no head word, each with its article, act together", "[recognisers]") {
    const auto x =
        run("The Open Source Initiative and the Quorvale Builds project also took part. The Velmar Trust and the "
            "Quillnet Alliance signed the letter.");
    CHECK(has(x, EntityType::Agency, "Open Source Initiative"));
    CHECK(has(x, EntityType::Agency, "Velmar Trust"));
    CHECK(has(x, EntityType::Agency, "Quillnet Alliance"));
    const auto agencies = names(x, EntityType::Agency);
    CHECK(std::any_of(agencies.begin(), agencies.end(),
                      [](const std::string& a) { return a == "Quorvale Builds project" || a == "Quorvale Builds"; }));
}

TEST_CASE("name forms: one body's name with \"and\" inside is not two bodies acting", "[recognisers]") {
    const auto x =
        run("The National Security and Defense Council met on Friday. The Board of Trade and Commerce "
            "said it would act.");
    CHECK(has(x, EntityType::Agency, "National Security and Defense Council"));
    CHECK_FALSE(has(x, EntityType::Agency, "National Security"));
    CHECK_FALSE(has(x, EntityType::Agency, "Defense Council"));
}

TEST_CASE("name forms: a project's name alone in one of its teams is the project", "[recognisers]") {
    const auto x =
        run("The Quillnet Project is pleased to announce a new release. The Quillnet Release Team and the Quillnet "
            "security team published updates.",
            "Quillnet News");
    const auto agencies = names(x, EntityType::Agency);
    CHECK(has(x, EntityType::Agency, "Quillnet Project"));
    CHECK(std::find(agencies.begin(), agencies.end(), "Quillnet") == agencies.end());
}

TEST_CASE("name forms: capitals joined by a period with no space are one name", "[recognisers]") {
    const auto x =
        run("Projects were supported by VEB.RF and the Roscongress Foundation. The bank said VEB.RF would "
            "invest more.");
    CHECK(has(x, EntityType::Agency, "Roscongress Foundation"));
    const auto agencies = names(x, EntityType::Agency);
    CHECK(std::find(agencies.begin(), agencies.end(), "RF") == agencies.end());
    for (const auto& e : x.entities)
        for (const auto& m : e.mentions) CHECK(m.text != "RF");
}

TEST_CASE("name forms: a minister's fields that end in two words are no person", "[recognisers]") {
    CHECK_FALSE(
        hasPerson(run("The proposal by the Minister of Water Supply and Estate Infrastructure Development "
                      "was approved.")));
    CHECK_FALSE(hasPerson(run("The proposal by the Minister of Rural Infrastructure Development was approved.")));
    // A name after the fields still is one.
    const auto x = run("The Minister of Mass Media Bandula Gunawardena said the Cabinet agreed.");
    CHECK(has(x, EntityType::Person, "Bandula Gunawardena"));
}

TEST_CASE("name forms: a service district's name ends with the place it serves", "[recognisers]") {
    const auto x =
        run("He met officials from the Metropolitan Water District of Southern California on Monday. The "
            "Municipal Water District of Orange County agreed.");
    CHECK(has(x, EntityType::Agency, "Metropolitan Water District of Southern California"));
    CHECK(has(x, EntityType::Agency, "Municipal Water District of Orange County"));
}

TEST_CASE("name forms: a works named for what it does is a place; \"Plant\" alone may be a surname", "[recognisers]") {
    const auto x =
        run("The minister toured the Brenlow Water Reclamation Plant and the Quorvale East Desalination "
            "Plant. The Water Reclamation Plant was closed. Robert Plant sang.");
    CHECK(has(x, EntityType::Location, "Brenlow Water Reclamation Plant"));
    CHECK(has(x, EntityType::Location, "Quorvale East Desalination Plant"));
    CHECK_FALSE(has(x, EntityType::Location, "Water Reclamation Plant"));
    CHECK_FALSE(has(x, EntityType::Location, "Robert Plant"));
}

TEST_CASE("name forms: a title whose \"of\" names no field ends where the body it serves begins", "[recognisers]") {
    const auto x =
        run("Taking part were First Deputy Chief of Staff of the Quorvan Executive Office Ivo Marten and "
            "the Chief of Police of the Brenlow Police Department.");
    CHECK(has(x, EntityType::Agency, "Quorvan Executive Office"));
    CHECK_FALSE(has(x, EntityType::Agency, "Staff of the Quorvan Executive Office"));
    CHECK(has(x, EntityType::Agency, "Brenlow Police Department"));
}

TEST_CASE("name forms: a movement's front is complete before \"and\" and a one-word name", "[recognisers]") {
    const auto x = run("Let us begin with the work of the Quorvan Popular Front and Velstat on the national projects.");
    CHECK(has(x, EntityType::Agency, "Quorvan Popular Front"));
    CHECK_FALSE(has(x, EntityType::Agency, "Quorvan Popular Front and Velstat"));
}

TEST_CASE("name forms: towns the gazetteer knows, listed before a place found, are places", "[recognisers]") {
    const auto x =
        run("The district includes West Hollywood, Glendale, Silver Lake and Echo Park. Retailers include "
            "Costco, Gap, Home Depot and Target. Neighbors on the Rum, Princeton, agreed.");
    CHECK(has(x, EntityType::Location, "West Hollywood"));
    CHECK(has(x, EntityType::Location, "Glendale"));
    CHECK_FALSE(has(x, EntityType::Location, "Gap"));
    CHECK_FALSE(has(x, EntityType::Location, "Rum"));
}

TEST_CASE("name forms: towns of some size listed together are places without a cue", "[recognisers]") {
    const auto x =
        run("Funding for Burbank, Glendale and Pasadena was approved. The district includes Burbank and "
            "West Hollywood. Retailers such as Costco, Gap and Target took part.");
    CHECK(has(x, EntityType::Location, "Glendale"));
    CHECK(has(x, EntityType::Location, "Pasadena"));
    CHECK(has(x, EntityType::Location, "West Hollywood"));
    CHECK_FALSE(has(x, EntityType::Location, "Gap"));
}

TEST_CASE("name forms: the two towns a road is named for, a dash between them, are places", "[recognisers]") {
    const auto x =
        run("The contract for the rehabilitation of Velmora - Quorrigala road was awarded. Traffic on the "
            "Kandy – Jaffna A9 highway was disrupted. The Smith - Jones agreement was signed.");
    CHECK(has(x, EntityType::Location, "Velmora"));
    CHECK(has(x, EntityType::Location, "Quorrigala"));
    CHECK(has(x, EntityType::Location, "Kandy"));
    CHECK(has(x, EntityType::Location, "Jaffna"));
    CHECK_FALSE(has(x, EntityType::Location, "Smith"));
}

TEST_CASE("name forms: a church named for its denomination or its country is a religious body; a parish is not",
          "[recognisers]") {
    const auto x = run(
        "Patriarch Ilarion, head of the Quorvan Orthodox Church, attended with leaders of the Orthodox Church of "
        "Ukraine and the Church of England. She was president of the Lutheran Church of the Cross in Laguna Woods. A "
        "bookkeeper for St. Paul's Episcopal Church was charged, and a vigil was held at the Catholic Church in "
        "Tustin.");
    CHECK(has(x, EntityType::Agency, "Orthodox Church of Ukraine"));
    CHECK(has(x, EntityType::Agency, "Church of England"));
    CHECK_FALSE(has(x, EntityType::Agency, "Lutheran Church"));
    CHECK_FALSE(has(x, EntityType::Agency, "Episcopal Church"));
    CHECK_FALSE(has(x, EntityType::Agency, "Catholic Church"));
    // (The article may open the sentence.)
    const auto opening = run("The Russian Orthodox Church and the mayor's office helped the families.");
    CHECK(has(opening, EntityType::Agency, "Russian Orthodox Church"));
}

TEST_CASE("name forms: a long list of supporters that opens with a head word's body names every supporter",
          "[recognisers]") {
    const auto x = run(
        "The legislation is supported by the Humane Society Legislative Fund, Animal Welfare Institute, Sierra Club, "
        "Natural Resources Defense Council, Earthjustice, Defenders of Wildlife, the Center for Biological Diversity, "
        "Public Citizen, Common Cause, the Brennan Center for Justice, Demand Progress, Electronic Frontier "
        "Foundation, FreedomWorks and Americans for Prosperity.");
    CHECK(has(x, EntityType::Agency, "Defenders of Wildlife"));
    CHECK(has(x, EntityType::Agency, "Common Cause"));
    CHECK_FALSE(has(x, EntityType::Person, "Common Cause"));
    CHECK(has(x, EntityType::Agency, "Demand Progress"));
}

TEST_CASE("name forms: after a complete name, \"and the\" opens a second one whose head follows its own \"and\"",
          "[recognisers]") {
    const auto x =
        run("He thanked the Ministry of Health and the Quorvan Food and Drug Board. She thanked PUB and the "
            "Environment and Water Industry Programme Office.");
    CHECK(has(x, EntityType::Agency, "Ministry of Health"));
    CHECK(has(x, EntityType::Agency, "Quorvan Food and Drug Board"));
    CHECK(has(x, EntityType::Agency, "Environment and Water Industry Programme Office"));
    CHECK_FALSE(has(x, EntityType::Agency, "Environment"));
}

TEST_CASE("name forms: a name's first words and the acronym of the one body that opens with them are that body",
          "[recognisers]") {
    const auto x =
        run("The Debian Long Term Support (LTS) Team hereby announces that Debian 11 has reached its end "
            "of life. Thanks to Freexian and the Debian LTS sponsors, the work was funded.");
    const auto agencies = names(x, EntityType::Agency);
    CHECK(has(x, EntityType::Agency, "Debian Long Term Support Team"));
    CHECK(std::find(agencies.begin(), agencies.end(), "Debian LTS") == agencies.end());
}

TEST_CASE("name forms: a common given name alone names the one person of the release whose name opens with it",
          "[recognisers]") {
    const auto x =
        run("The order prohibits a wellness physician, Sean Quorvale, from misleading patients, who were "
            "told to donate to Dr. Sean's Nonprofit.");
    CHECK(has(x, EntityType::Person, "Sean Quorvale"));
    CHECK_FALSE(has(x, EntityType::Person, "Sean"));
    // (Not when two share it.)
    const auto y = run("Ann Velmar and Ann Quorvale spoke. Then Ms. Ann thanked them.");
    CHECK(has(y, EntityType::Person, "Ann Velmar"));
    CHECK(has(y, EntityType::Person, "Ann Quorvale"));
}

TEST_CASE("name forms: a less common given name after the body a title is of opens the title holder's name",
          "[recognisers]") {
    const auto x =
        run("Director General of the Agency for Coastal Initiatives Svetlana Quorvina took part in the meeting.");
    CHECK(has(x, EntityType::Agency, "Agency for Coastal Initiatives"));
    CHECK(has(x, EntityType::Person, "Svetlana Quorvina"));
    CHECK_FALSE(has(x, EntityType::Agency, "Agency for Coastal Initiatives Svetlana Quorvina"));
}

TEST_CASE("name forms: a unit of a headquarters is the unit, the headquarters a place", "[recognisers]") {
    const auto x = run("Officers of the Anti-Corruption Unit of Police Headquarters arrested the suspect on Monday.");
    CHECK(has(x, EntityType::Agency, "Anti-Corruption Unit"));
    CHECK(has(x, EntityType::Location, "Police Headquarters"));
}

TEST_CASE("name forms: a name after an indefinite article is a kind of thing, not a person", "[recognisers]") {
    const auto x = run("A Bodhi Pooja was organised by the Kandy Division Police. He drove an Aston Martin Vantage.");
    CHECK_FALSE(has(x, EntityType::Person, "Bodhi Pooja"));
    CHECK_FALSE(has(x, EntityType::Person, "Aston Martin"));
    CHECK_FALSE(has(x, EntityType::Person, "Aston Martin Vantage"));
    CHECK(has(x, EntityType::Agency, "Kandy Division Police"));
}

TEST_CASE("name forms: a passive's agent with a given name first is a person; a place's article is no given name",
          "[recognisers]") {
    const auto x =
        run("The project has many teams working on many parts of the system this year. The education flavour is "
            "maintained by Holger Quorvesen. The long term support team led by Raphaël Velmarsson met in March.");
    CHECK(has(x, EntityType::Person, "Holger Quorvesen"));
    CHECK(has(x, EntityType::Person, "Raphaël Velmarsson"));
    const auto place = run("Most cases were in Irupana, followed by La Quorvesa, with 13% of the cases this year.");
    CHECK_FALSE(has(place, EntityType::Person, "La Quorvesa"));
}

TEST_CASE("name forms: a country's attorney heads its office, and the country is a place", "[recognisers]") {
    const auto x = run("United States Attorney Marla Quorvesen spoke at the rally. City Attorney Ann Velmar joined.");
    CHECK(has(x, EntityType::Person, "Marla Quorvesen"));
    CHECK(has(x, EntityType::Location, "United States"));
    CHECK(has(x, EntityType::Agency, "United States Attorney's Office"));
    CHECK_FALSE(has(x, EntityType::Location, "City"));
}

TEST_CASE("name forms: a title holder's name no list holds, after a place and before \"and\" and a title, ends there",
          "[recognisers]") {
    const auto x =
        run("The meeting was attended by Head of the Republic of Tatarstan Rustam Minnikhanov and Chairman of the "
            "State Duma Vyacheslav Volodin.");
    CHECK(has(x, EntityType::Agency, "State Duma"));
    CHECK(has(x, EntityType::Person, "Rustam Minnikhanov"));
    const auto agencies = names(x, EntityType::Agency);
    CHECK(std::none_of(agencies.begin(), agencies.end(),
                       [](const std::string& a) { return a.find("Minnikhanov") != std::string::npos; }));
}

TEST_CASE("name forms: a title's acronym in brackets, and an officer's number, before the name", "[recognisers]") {
    // (The rules on their own: the tagger reads some such names too.)
    static const extract::Extractor rules(extract::Gazetteer::shared(), extract::Recognisers::Rules);
    const auto x = test::extractRelease(rules,
                                        "Sub Inspector (SI) W.A.D. Quoraperuma led the raid. Police Constable (PC) "
                                        "45231 Sampath and Deputy District Attorney (DDA) Jane Quorvale took part. "
                                        "The District Attorney (DA) 2001 Annual Report was released.",
                                        "Police arrest suspects", DateValue::fromIso("2024-05-14"));
    CHECK(has(x, EntityType::Person, "W.A.D. Quoraperuma"));
    CHECK(has(x, EntityType::Person, "Sampath"));
    CHECK(has(x, EntityType::Person, "Jane Quorvale"));
    for (const auto& person : names(x, EntityType::Person)) CHECK(person.find("Annual") == std::string::npos);
}

TEST_CASE("name forms: a title's body ends before a holder whose surname ends as Slavic ones do", "[recognisers]") {
    // Neither given name is in the lists; the surname's ending and the title before the body say a person follows.
    const auto x =
        run("The President met with President of the Velmarian Academy of Sciences Zorvady Quorasnikov. "
            "Head of the National Institute for Strategic Studies Olvan Quorenko also spoke.");
    CHECK(has(x, EntityType::Agency, "Velmarian Academy of Sciences"));
    CHECK(has(x, EntityType::Agency, "National Institute for Strategic Studies"));
    CHECK(has(x, EntityType::Person, "Zorvady Quorasnikov"));
    CHECK(has(x, EntityType::Person, "Olvan Quorenko"));
}

TEST_CASE("name forms: an envoy's or an adviser's title \"to\" a country or an office ends before the holder's name",
          "[recognisers]") {
    const auto x =
        run("Former Velmarian Ambassador to Ukraine Algis Quorvaitis spoke. Presidential Envoy to the Central Federal "
            "District Igor Velmarov reported. Adviser to the Head of the Office of the President Mykola Quorvenko said "
            "so.");
    CHECK(has(x, EntityType::Person, "Algis Quorvaitis"));
    CHECK(has(x, EntityType::Person, "Igor Velmarov"));
    CHECK(has(x, EntityType::Person, "Mykola Quorvenko"));
}

TEST_CASE("name forms: the one name after \"in the area of\" is a place; a field, a street or a crossing is not",
          "[recognisers]") {
    const auto x =
        run("Officers arrested a suspect with heroin in the area of Dodangowela on Monday. He works in the area of "
            "Security. The shooting happened in the area of Harbor Boulevard. Another was in the area of Ball and "
            "Euclid.");
    CHECK(has(x, EntityType::Location, "Dodangowela"));
    // (A known town and a compass word: the town's part.)
    const auto part = run("Two suspects were arrested in the area of Kalutara North on Monday.");
    CHECK(has(part, EntityType::Location, "Kalutara North"));
    CHECK_FALSE(has(x, EntityType::Location, "Security"));
    CHECK_FALSE(has(x, EntityType::Location, "Harbor"));
    CHECK_FALSE(has(x, EntityType::Location, "Ball"));
}

TEST_CASE("name forms: a forum of states named for a place and \"format\" is a body, the place's name no place",
          "[recognisers]") {
    const auto x = run("Talks in the Normandy format resumed in Paris. The Quorvale Triangle format meeting was held.");
    CHECK(has(x, EntityType::Agency, "Normandy format"));
    CHECK(has(x, EntityType::Agency, "Quorvale Triangle format"));
    CHECK_FALSE(has(x, EntityType::Location, "Normandy"));
    CHECK(has(x, EntityType::Location, "Paris"));
}

TEST_CASE("name forms: a place closing a body's name before a possessive owns what follows", "[recognisers]") {
    const auto x =
        run("They discussed support from the Secretariat of the Council of Europe for Ukraine's European integration.");
    CHECK(has(x, EntityType::Agency, "Secretariat of the Council of Europe"));
    CHECK_FALSE(has(x, EntityType::Agency, "Secretariat of the Council of Europe for Ukraine"));
}

TEST_CASE("name forms: a rank the tagger reads as a name is no person", "[recognisers]") {
    const auto x =
        run("Marine Corps Base Camp Pendleton is where he was stationed. Lance Corporal Elias Harwick Fennimore, 22, "
            "Santa Ana, was indicted. Egan, a retired U.S. Marine Sergeant, was a married father of young twin girls.");
    CHECK(has(x, EntityType::Person, "Elias Harwick Fennimore"));
    for (const auto& person : names(x, EntityType::Person))
        CHECK((person.find("Corporal") == std::string::npos && person.find("Sergeant") == std::string::npos));
}

TEST_CASE("name forms: a co-defendant's or a part-owner's label before a name and an age is no word of the name",
          "[recognisers]") {
    const auto x =
        run("He was sentenced to life in prison. Co-defendants Myron Quillard, 45, Long Beach, and Alonso Machain, 25, "
            "were convicted. Part-Owner Frank Ignacio Urbel, 54, Anaheim, was charged.");
    CHECK(has(x, EntityType::Person, "Myron Quillard"));
    CHECK(has(x, EntityType::Person, "Frank Ignacio Urbel"));
    for (const auto& person : names(x, EntityType::Person))
        CHECK((person.find("defendant") == std::string::npos && person.find("Owner") == std::string::npos));
}

TEST_CASE("name forms: a body and a pastor's or a chaplain's title before a speaker's name are neither the name",
          "[recognisers]") {
    const auto x =
        run("“Once again, Harwick Valley Church is honored to take part,” said Harwick Valley Church Pastor Rick "
            "Warrenby. “We pray for them,” said Chaplain Lance Emmerton. “It matters,” said San Clemente Mayor Dana "
            "Quill.");
    CHECK(has(x, EntityType::Person, "Rick Warrenby"));
    CHECK(has(x, EntityType::Person, "Lance Emmerton"));
    CHECK(has(x, EntityType::Person, "Dana Quill"));
    for (const auto& person : names(x, EntityType::Person))
        CHECK((person.find("Church") == std::string::npos && person.find("Pastor") == std::string::npos &&
               person.find("Chaplain") == std::string::npos && person.find("Clemente") == std::string::npos));
}

TEST_CASE("name forms: a titled name ending in a venue's word is a person, a former office no body's name",
          "[recognisers]") {
    const auto x =
        run("This case was prosecuted by Senior Deputy District Attorney Robin Parkhurst Park. Former Velmar Police "
            "Officer David Alex Hall was charged.");
    CHECK(has(x, EntityType::Person, "Robin Parkhurst Park"));
    CHECK(has(x, EntityType::Person, "David Alex Hall"));
    CHECK(test::names(x, EntityType::Location).empty());
    for (const auto& body : names(x, EntityType::Agency)) CHECK(body.find("Former") == std::string::npos);
}

TEST_CASE("name forms: a shop's, a prison's or a road's name the tagger reads as a person is none", "[recognisers]") {
    const auto x =
        run("The owner of Lucky Seven Liquor Mart was shot. He worked at James Morris Bail Bonds and was sent to San "
            "Quentin State Prison. Nathan Sales, a coordinator, and Wendy Sales testified. He was stopped at the "
            "intersection of Alton Parkway and Euclid Ave in Irvine.");
    for (const auto& person : names(x, EntityType::Person))
        CHECK((person.find("Mart") == std::string::npos && person.find("Bonds") == std::string::npos &&
               person.find("Prison") == std::string::npos && person.find("Parkway") == std::string::npos &&
               person.find("Ave") == std::string::npos));
    CHECK(has(x, EntityType::Person, "Nathan Sales"));
}

TEST_CASE("name forms: \"Doctor\" before a name is a title, \"Juris Doctor\" no person", "[recognisers]") {
    const auto x =
        run("Doctor William Wilson Hampton, Jr., 57, Seal Beach, pleaded guilty. He holds a Juris Doctor from the "
            "University of Velmar.");
    CHECK(has(x, EntityType::Person, "William Wilson Hampton, Jr"));
    for (const auto& person : names(x, EntityType::Person)) CHECK(person.find("Doctor") == std::string::npos);
}

TEST_CASE("name forms: an age in brackets, a passive's subject and the town after \"of\" name a person and a place",
          "[recognisers]") {
    // Police reports written the Sri Lankan way: an age in brackets, the person the subject of "was arrested".
    const auto x =
        run("Nimal Quoradasa (42) of Moratuwa surrendered. W. A. Wickramasinghe (35 years) and K. Quorasinghe "
            "(28) were remanded. Sunil Quoraperuma of Vellagoda was arrested yesterday. Dilan Quorawewa "
            "was arrested in Galle.");
    CHECK(has(x, EntityType::Person, "Nimal Quoradasa"));
    CHECK(has(x, EntityType::Location, "Moratuwa"));
    CHECK(has(x, EntityType::Person, "W. A. Wickramasinghe"));
    CHECK(has(x, EntityType::Person, "K. Quorasinghe"));
    CHECK(has(x, EntityType::Person, "Sunil Quoraperuma"));
    CHECK(has(x, EntityType::Person, "Dilan Quorawewa"));
    // The passive's subject with either form of the age, written against the name.
    const auto z =
        run("The suspects were named. Sunil Quoraperuma(35 years) was arrested yesterday. Nimal "
            "Quoradasa(42) was arrested yesterday.");
    CHECK(has(z, EntityType::Person, "Sunil Quoraperuma"));
    CHECK(has(z, EntityType::Person, "Nimal Quoradasa"));
    // Counts in brackets after places or a law's section are no ages.
    const auto y =
        run("Cases by region: East Mediterranean (10); Western Pacific (16); Maridi Counties (1). It is "
            "punishable under Section S17(2) of the Act. The Quorvale Police Division (12) reported.");
    for (const auto& person : names(y, EntityType::Person))
        CHECK((person.find("Mediterranean") == std::string::npos && person.find("Maridi") == std::string::npos &&
               person.find("Section") == std::string::npos && person.find("Division") == std::string::npos));
}

TEST_CASE("name forms: hyphened names in a list one to a line are people's, a Korean given name before Park no venue",
          "[recognisers]") {
    const auto x =
        run("The following contributors got their accounts in the last two months:\n\nJane Quorvale "
            "(jquor)\n\nTomás Velmar (tvelmar)\n\nAhmed El-Quorani\n\nCongratulations!\n\nThe following were "
            "added as maintainers:\n\nLukas Quorvik\n\nJi-hoon Park\n\nCongratulations!");
    CHECK(has(x, EntityType::Person, "Ahmed El-Quorani"));
    CHECK_FALSE(has(x, EntityType::Location, "Ji-hoon Park"));
}

TEST_CASE("name forms: a title in charge of a region, with no of before it, and the holder's name", "[recognisers]") {
    const auto x =
        run("Deputy Inspector General in charge of the Western Province Kovil Pathirage also took part. DIG in "
            "charge of Traffic Dinuka Welagedara arrived later.");
    CHECK(has(x, EntityType::Person, "Kovil Pathirage"));
    CHECK(has(x, EntityType::Person, "Dinuka Welagedara"));
    CHECK(has(x, EntityType::Location, "Western Province"));
    CHECK_FALSE(has(x, EntityType::Person, "Western Province Kovil Pathirage"));
}

TEST_CASE("name forms: a name opening a sentence and elected or appointed to an office", "[recognisers]") {
    const auto x =
        run("April 21st, 2025\n\nMarta Kowalczyk has been elected. She succeeds Tomas Vrana.", "Election results");
    CHECK(has(x, EntityType::Person, "Marta Kowalczyk"));
    const auto z = run("April 21st, 2025\n\nThe vote closed. Andrej Kovalik was appointed. He succeeds Tomas Vrana.",
                       "Election results");
    CHECK(has(z, EntityType::Person, "Andrej Kovalik"));
    // (Not a body or a place something is done to.)
    const auto y = run("Velmar Health was acquired by a larger group. Quorvale Spectrum was evacuated.");
    CHECK_FALSE(has(y, EntityType::Person, "Velmar Health"));
    CHECK_FALSE(has(y, EntityType::Person, "Quorvale Spectrum"));
}

TEST_CASE("name forms: an engineer's Eng. and a monk's Ven. are titles before the name, not names", "[recognisers]") {
    const auto x =
        run("The proposal was presented by Deputy Minister Eng. Kamal Dias and Minister Eng. Sunil Varnakula. The "
            "meeting was also attended by Dr Lim Eng Hock, Mr Tan Kim Eng and Ven. Omalpe Sobitha Thero.");
    CHECK(has(x, EntityType::Person, "Kamal Dias"));
    CHECK(has(x, EntityType::Person, "Sunil Varnakula"));
    CHECK(has(x, EntityType::Person, "Lim Eng Hock"));
    CHECK(has(x, EntityType::Person, "Tan Kim Eng"));
    CHECK(has(x, EntityType::Person, "Omalpe Sobitha Thero"));
    CHECK_FALSE(has(x, EntityType::Person, "Eng"));
    // (Nobody is "Eng" by the title's word: the surname of Tan Kim Eng takes none of the ministers' mentions.)
    const Entity* tan = test::entity(x, "Tan Kim Eng");
    REQUIRE(tan != nullptr);
    CHECK(tan->mentions.size() == 1);
}

TEST_CASE("name forms: Justice is the field of an office or a bureau, and of a minister's title", "[recognisers]") {
    const auto x =
        run("The Office of Justice Programs and the Bureau of Justice Statistics funded the study. The Ministry of "
            "Justice Dmitry Orlov heads agreed, and the Department of Justice DNA Lab tested the samples. Minister of "
            "Justice Ivan Varga spoke.");
    CHECK(has(x, EntityType::Agency, "Office of Justice Programs"));
    CHECK(has(x, EntityType::Agency, "Bureau of Justice Statistics"));
    CHECK_FALSE(has(x, EntityType::Agency, "Office of Justice"));
    CHECK(has(x, EntityType::Agency, "Ministry of Justice"));
    CHECK(has(x, EntityType::Person, "Dmitry Orlov"));
    CHECK_FALSE(has(x, EntityType::Agency, "Department of Justice DNA Lab"));
    const Entity* varga = test::entity(x, "Ivan Varga");
    REQUIRE(varga != nullptr);
    CHECK(varga->role == "Minister of Justice");
}

TEST_CASE("name forms: Friends of the river's alliance opens its name, a person before of does not", "[recognisers]") {
    const auto x =
        run("The bill is supported by Friends of the Velmar River Alliance, which has worked on it for years. Anna "
            "McIntire of the Homicide Unit agreed.");
    CHECK(has(x, EntityType::Agency, "Friends of the Velmar River Alliance"));
    CHECK_FALSE(has(x, EntityType::Agency, "Velmar River Alliance"));
    CHECK(has(x, EntityType::Agency, "Homicide Unit"));
}

TEST_CASE("name forms: a utility named by where it serves and its two services", "[recognisers]") {
    const auto x =
        run("Velmar Water and Power, Orlen Valley Gas & Electric and the Velmar Department of Water and Power shut "
            "off power on Tuesday. Gas and electric bills rose after the storm.");
    CHECK(has(x, EntityType::Agency, "Velmar Water and Power"));
    CHECK(has(x, EntityType::Agency, "Orlen Valley Gas & Electric"));
    CHECK(has(x, EntityType::Agency, "Velmar Department of Water and Power"));
    CHECK_FALSE(has(x, EntityType::Agency, "Gas and electric"));
    // A known utility by its short name.
    const auto y = run("Southern California Edison and PG&E restored power to most homes by the evening.");
    CHECK(has(y, EntityType::Agency, "Southern California Edison"));
    CHECK(has(y, EntityType::Agency, "Pacific Gas and Electric Company"));
}

TEST_CASE("name forms: a known body's chapter named with its country's own name", "[recognisers]") {
    const auto x = run("Wikimedia Deutschland and the Quorvale Foundation sponsored the conference in Velmar.");
    CHECK(has(x, EntityType::Agency, "Wikimedia Deutschland"));
    CHECK_FALSE(has(x, EntityType::Agency, "Wikimedia Foundation"));
    CHECK_FALSE(has(x, EntityType::Location, "Germany"));
}

TEST_CASE("name forms: a title closing a body's name names its officer, not more of the body", "[recognisers]") {
    const auto x =
        run("Velmar police have launched investigations under the direction of the Orlen Division Senior "
            "Superintendent of Police. The Office of the Inspector General was informed.");
    CHECK(has(x, EntityType::Agency, "Orlen Division"));
    CHECK_FALSE(has(x, EntityType::Agency, "Orlen Division Senior Superintendent of Police"));
    CHECK(has(x, EntityType::Agency, "Office of the Inspector General"));
}
