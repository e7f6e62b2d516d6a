#pragma once
// An RFC 4180 reader written apart from the product's CSV writer, so round-trip tests check one against the
// other: quoted fields, doubled quotes, CR/LF inside quotes, a UTF-8 byte order mark. Header-only: the fuzz
// targets use it without Catch.

#include <string>
#include <vector>

namespace bulletin::test {

// `skipBom`: a leading byte order mark is the file's, not the first cell's.
inline std::vector<std::vector<std::string>> parseCsv(std::string s, bool skipBom = true) {
    if (skipBom && s.rfind("\xEF\xBB\xBF", 0) == 0) s.erase(0, 3);
    std::vector<std::vector<std::string>> rows(1);
    std::string cell;
    bool quoted = false, any = false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        any = true;
        if (quoted) {
            if (c == '"' && i + 1 < s.size() && s[i + 1] == '"') cell += '"', ++i;
            else if (c == '"') quoted = false;
            else cell += c;
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            rows.back().push_back(cell), cell.clear();
        } else if (c == '\r' && i + 1 < s.size() && s[i + 1] == '\n') {
            rows.back().push_back(cell), cell.clear();
            rows.emplace_back();
            any = false;
            ++i;
        } else {
            cell += c;
        }
    }
    if (any) rows.back().push_back(cell);  // a last row without CRLF
    if (rows.back().empty()) rows.pop_back();
    return rows;
}

}  // namespace bulletin::test
