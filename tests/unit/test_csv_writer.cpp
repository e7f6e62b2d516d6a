#include <sstream>

#include "export/csv_writer.hpp"
#include "support/test_support.hpp"

using namespace bulletin::exporting;

TEST_CASE("RFC 4180 quoting", "[csv]") {
    std::ostringstream out;
    CsvWriter w(out, {false, false});
    w.writeRow({"plain", "with,comma", "with \"quote\"", "line\nbreak", "cr\rhere", ""});
    CHECK(out.str() == "plain,\"with,comma\",\"with \"\"quote\"\"\",\"line\nbreak\",\"cr\rhere\",\r\n");
    CHECK(w.rowsWritten() == 1);
}

TEST_CASE("CRLF inside a cell stays inside the quoted cell", "[csv]") {
    std::ostringstream out;
    CsvWriter w(out, {false, true});
    w.writeRow({"line one\r\nline two", "\xF0\x9F\x98\x80 non-BMP", ""});
    CHECK(out.str() == "\"line one\r\nline two\",\xF0\x9F\x98\x80 non-BMP,\r\n");
}

TEST_CASE("a UTF-8 BOM starts the file by default, once", "[csv]") {
    std::ostringstream out;
    CsvWriter w(out);
    w.writeRow({"a"});
    w.writeRow({"b"});
    CHECK(out.str() ==
          "\xEF\xBB\xBF"
          "a\r\nb\r\n");
}

TEST_CASE("formula-looking cells are defused unless raw", "[csv]") {
    CHECK(CsvWriter::encodeCell("=HYPERLINK(\"x\")", true) == "\"'=HYPERLINK(\"\"x\"\")\"");
    CHECK(CsvWriter::encodeCell("+1", true) == "'+1");
    CHECK(CsvWriter::encodeCell("-2", true) == "'-2");
    CHECK(CsvWriter::encodeCell("@SUM(A1)", true) == "'@SUM(A1)");
    CHECK(CsvWriter::encodeCell("\tx", true) == "'\tx");
    CHECK(CsvWriter::encodeCell("=1+1", false) == "=1+1");
    CHECK(CsvWriter::encodeCell("a=b", true) == "a=b");
}
