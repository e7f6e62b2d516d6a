// Generates N varied, realistic press releases for benchmarks: several sources, each with its own web chrome,
// dateline style and vocabulary; names from many cultures; exact duplicates and lightly edited re-issues.
// Deterministic for a given seed.
//
//   generate_corpus OUT_DIR N [--seed S] [--sources K]

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

namespace {

const std::vector<std::string> kFirst{"Zakariyya", "Sergey",  "Muhammad", "Jeremy", "Saqib",   "Noor",    "Collie",
                                      "Mohsin",    "Graeme",  "Jane",     "Aisha",  "Kenji",   "Oluwaseun", "Mei",
                                      "Carlos",    "Fatima",  "Ivan",     "Priya",  "Tomás",   "Ngozi",   "Lars",
                                      "Ayşe",      "Dmitri",  "Amina",    "Hiroshi", "Sofía",  "Kwame",   "Leila"};
const std::vector<std::string> kLast{"Mansoor", "Kapinos", "Rai",     "Milsom",   "Khan",    "Samoo",   "Brown",
                                     "Naqvi",   "Biggar",  "Marriott", "Okafor",  "Tanaka",  "Adeyemi", "Chen",
                                     "García",  "Haddad",  "Petrov",  "Sharma",   "Nguyen",  "Johansson", "Yılmaz",
                                     "Mensah",  "Rahman",  "Kowalski", "Al-Sayed", "Fernández", "Osei",  "Novak"};
const std::vector<std::string> kRoles{"Director General", "Regional Representative", "Chief of Staff",
                                      "Deputy District Attorney", "Inspector General", "Programme Officer",
                                      "National Coordinator", "Special Agent in Charge", "Minister of Interior"};
const std::vector<std::pair<std::string, std::string>> kAgencies{
    {"United Nations Office on Drugs and Crime", "UNODC"},
    {"National Counter Terrorism Authority", "NACTA"},
    {"Federal Investigation Agency", "FIA"},
    {"National Crime Agency", "NCA"},
    {"Anti Narcotics Force", "ANF"},
    {"Federal Bureau of Investigation", "FBI"},
    {"Drug Enforcement Administration", "DEA"},
    {"International Criminal Police Organization", "INTERPOL"},
    {"Ministry of Interior", ""},
    {"Orange County District Attorney's Office", "OCDA"},
    {"Department of Homeland Security", "DHS"},
    {"State Bank of Pakistan", ""}};
const std::vector<std::string> kPlaces{"Islamabad", "Karachi", "Quetta",     "Lahore",   "Santa Ana", "Vienna",
                                       "Nairobi",   "Bangkok", "Kathmandu",  "Colombo",  "Male",      "Dhaka",
                                       "New York",  "Geneva",  "Tashkent",   "Kabul",    "Peshawar",  "Irvine"};
const std::vector<std::string> kMonths{"January", "February", "March",     "April",   "May",      "June",
                                       "July",    "August",   "September", "October", "November", "December"};
const std::vector<std::string> kEvents{"meeting", "training", "workshop", "conference", "press conference",
                                       "working group meeting", "seminar"};
const std::vector<std::string> kTopics{"border management", "counter terrorism", "money laundering",
                                       "human trafficking", "drug control", "cybercrime", "maritime security",
                                       "prison reform", "gang prevention", "consumer fraud"};

struct Source final {
    std::string name;
    std::vector<std::string> header;
    std::vector<std::string> footer;
    int datelineStyle;
};

class Generator final {
public:
    explicit Generator(unsigned seed) : rng_(seed) {}

    template <typename T>
    const T& pick(const std::vector<T>& v) {
        return v[std::uniform_int_distribution<std::size_t>(0, v.size() - 1)(rng_)];
    }
    int between(int a, int b) { return std::uniform_int_distribution<int>(a, b)(rng_); }

    std::string person() { return pick(kFirst) + " " + pick(kLast); }

    std::string release(const Source& src, int index) {
        const auto& [agency, acronym] = pick(kAgencies);
        const auto& [partner, partnerAcronym] = pick(kAgencies);
        const std::string event = pick(kEvents);
        const std::string topic = pick(kTopics);
        const std::string place = pick(kPlaces);
        const int year = between(2008, 2025), month = between(1, 12), day = between(1, 28);
        const std::string date = std::to_string(day) + " " + kMonths[static_cast<std::size_t>(month - 1)] + " " +
                                 std::to_string(year);
        const std::string usDate = kMonths[static_cast<std::size_t>(month - 1)] + " " + std::to_string(day) + ", " +
                                   std::to_string(year);
        const std::string chief = person(), guest = person();
        std::string out;
        for (const auto& h : src.header) out += h + "\n";
        std::string title = (acronym.empty() ? agency : acronym) + " holds " + event + " on " + topic + " in " + place;
        if (index % 3 == 0) title += " with " + (partnerAcronym.empty() ? partner : partnerAcronym);
        out += title + (src.datelineStyle == 2 ? " - " + src.name : "") + "\n\n";
        std::string lead;
        switch (src.datelineStyle) {
            case 0: lead = place + ", " + date + ". "; break;
            case 1: lead = date + ", " + place + " - "; break;
            default: lead = place + " \xE2\x80\x93 "; out += "Published\n" + usDate + "\n"; break;
        }
        out += lead + "The " + agency + (acronym.empty() ? "" : " (" + acronym + ")") + " organized a " + event +
               " on " + topic + " with the " + partner + " on " + usDate + ". The " + event + " was chaired by " +
               pick(kRoles) + " " + chief + " and attended by representatives of " + std::to_string(between(3, 40)) +
               " agencies.\n\n";
        for (int p = between(2, 6); p > 0; --p) {
            out += "Mr. " + chief.substr(chief.find(' ') + 1) + " highlighted the importance of " + pick(kTopics) +
                   " and thanked " + guest + ", " + pick(kRoles) + " of the " + pick(kAgencies).first +
                   ", for the support provided since " + std::to_string(between(2000, year)) + ". Case number " +
                   std::to_string(between(10000, 99999)) + " was discussed in detail, and participants agreed on a "
                   "workplan for " + std::to_string(year) + "-" + std::to_string((year + 1) % 100) + ".\n\n";
        }
        out += "\xE2\x80\x9CWe will continue to work with our partners in " + pick(kPlaces) + ",\xE2\x80\x9D said " +
               guest + ".\n";
        for (const auto& f : src.footer) out += f + "\n";
        return out;
    }

private:
    std::mt19937 rng_;
};

}  // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr, "usage: generate_corpus OUT_DIR N [--seed S] [--sources K]\n");
        return 2;
    }
    const std::filesystem::path out = argv[1];
    const long n = std::stol(argv[2]);
    unsigned seed = 42;
    int sources = 12;
    for (int i = 3; i + 1 < argc; i += 2) {
        if (std::string(argv[i]) == "--seed") seed = static_cast<unsigned>(std::stoul(argv[i + 1]));
        if (std::string(argv[i]) == "--sources") sources = std::stoi(argv[i + 1]);
    }
    Generator g(seed);
    std::vector<Source> srcs;
    for (int s = 0; s < sources; ++s) {
        Source src{"Press Office " + std::to_string(s), {}, {}, s % 3};
        if (s % 2 == 0) src.header = {"Skip to content", "Home", "News", "Press Releases", "Search for"};
        src.header.push_back("Follow Us");
        src.footer = {"Share", "Latest Posts", "Press Office " + std::to_string(s) + " announces new hotline",
                      "Contact: press" + std::to_string(s) + "@example.org", "Back to top button"};
        srcs.push_back(src);
    }
    std::string previous;
    std::uint64_t bytes = 0;
    for (long i = 0; i < n; ++i) {
        const Source& src = srcs[static_cast<std::size_t>(i % sources)];
        std::string text;
        if (i % 50 == 7 && !previous.empty()) text = previous;  // an exact duplicate saved twice
        else if (i % 50 == 13 && !previous.empty()) text = previous + "\nUpdated to correct a date.\n";  // re-issue
        else text = g.release(src, static_cast<int>(i));
        previous = text;
        if (i % 17 == 0) {  // Windows line endings
            std::string crlf;
            for (char c : text) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
            text = crlf;
        }
        if (i % 23 == 0) text = "\xEF\xBB\xBF" + text;  // UTF-8 BOM
        const auto dir = out / ("source_" + std::to_string(i % sources)) / ("batch_" + std::to_string(i / 5000));
        std::filesystem::create_directories(dir);
        std::ofstream f(dir / ("release_" + std::to_string(i) + ".txt"), std::ios::binary);
        f << text;
        bytes += text.size();
    }
    std::fprintf(stderr, "wrote %ld releases, %.1f MB, to %s\n", n, static_cast<double>(bytes) / 1048576.0,
                 out.c_str());
    return 0;
}
