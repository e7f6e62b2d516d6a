#include "ingest/decoder.hpp"
#include "support/test_support.hpp"

using namespace bulletin::ingest;

namespace {
Decoded ok(std::string_view bytes) {
    auto r = decode(bytes);
    INFO((std::holds_alternative<DecodeFailure>(r) ? std::get<DecodeFailure>(r).message : std::string()));
    REQUIRE(std::holds_alternative<Decoded>(r));
    return std::get<Decoded>(r);
}
std::string failure(std::string_view bytes) {
    auto r = decode(bytes);
    REQUIRE(std::holds_alternative<DecodeFailure>(r));
    return std::get<DecodeFailure>(r).message;
}
std::string utf16le(std::string_view ascii) {
    std::string out;
    for (char c : ascii) out += std::string{c, '\0'};
    return out;
}
}  // namespace

TEST_CASE("UTF-8 with and without BOM", "[decoder]") {
    CHECK(ok("\xEF\xBB\xBFHello\r\nWorld").text == "Hello\nWorld");
    auto d = ok("Caf\xC3\xA9");
    CHECK(d.text == "Caf\xC3\xA9");
    CHECK(d.encoding == "UTF-8");
}

TEST_CASE("UTF-16 and UTF-32 with a BOM", "[decoder]") {
    CHECK(ok("\xFF\xFE" + utf16le("Karachi")).text == "Karachi");
    std::string be = "\xFE\xFF";
    for (char c : std::string("Quetta")) be += std::string{'\0', c};
    CHECK(ok(be).encoding == "UTF-16BE");
    std::string u32 = std::string("\xFF\xFE\0\0", 4);
    for (char c : std::string("UN")) u32 += std::string{c, '\0', '\0', '\0'};
    CHECK(ok(u32).text == "UN");
}

TEST_CASE("UTF-16 without a BOM is recognised", "[decoder]") {
    auto d = ok(utf16le("Press release from Islamabad\n"));
    CHECK(d.encoding == "UTF-16LE");
    CHECK(d.text == "Press release from Islamabad\n");
}

TEST_CASE("CP1252 text is detected and converted", "[decoder]") {
    const std::string cp1252 =
        "The Director General said \x93we welcome the support\x94 of the office. The meeting in Karachi was "
        "attended by officials from the ministry and the caf\xE9 owners\x97 all of them.";
    auto d = ok(cp1252);
    CHECK(d.text.find("\xE2\x80\x9Cwe welcome") != std::string::npos);
    CHECK(d.text.find("caf\xC3\xA9") != std::string::npos);
}

TEST_CASE("binary and empty files are rejected with a reason", "[decoder]") {
    CHECK(failure(std::string("PK\x03\x04\0\0binary", 12)).find("NUL byte") != std::string::npos);
    CHECK(failure("").find("empty") != std::string::npos);
    std::string controls(200, '\x01');
    CHECK(failure(controls).find("control characters") != std::string::npos);
}

TEST_CASE("NFC normalisation is applied", "[decoder]") {
    CHECK(ok("Zakariyya\xCC\x84").text == "Zakariyy\xC4\x81");  // a + macron -> ā
}

TEST_CASE("invalid UTF-8 after a UTF-8 BOM is rejected", "[decoder]") {
    CHECK(failure("\xEF\xBB\xBF ok \xC0\xAF").find("invalid UTF-8") != std::string::npos);
}

TEST_CASE("a doubled byte order mark is dropped and NULs hidden by UTF-16 are refused (fuzz_decoder regression)",
          "[decoder]") {
    using namespace std::string_literals;
    // UTF-16LE BOM, then U+FEFF again, then "Hi": the second mark is no text.
    const auto twice =
        ok("\xFF\xFE\xFF\xFE"
           "H\0i\0"s);
    CHECK(twice.text == "Hi");
    CHECK(ok("\xEF\xBB\xBF\xEF\xBB\xBFHeadline").text == "Headline");
    // UTF-16LE BOM, then U+0000 U+0000 U+0006: bytes that decode to NULs are binary, as raw NULs are.
    const auto r = decode("\xFF\xFE\xFF\xFE\0\0\0\0\x06\0"s);
    REQUIRE(std::holds_alternative<DecodeFailure>(r));
    CHECK(std::get<DecodeFailure>(r).message.find("NUL") != std::string::npos);
    CHECK(std::get<DecodeFailure>(r).message.find("UTF-16LE") != std::string::npos);
}
