#include "batch_list.hpp"

#include <stdexcept>

#include "core/text.hpp"

namespace bulletin::search {

namespace {
// One CSV record per call: fields split on ',' (or ';' / tab, as spreadsheets in many locales save), quotes
// doubled inside quoted fields, which may span lines.
struct CsvRecord final {
    std::vector<std::string> fields;
    int line = 0;
};

std::vector<CsvRecord> readCsv(std::string_view text, char sep) {
    std::vector<CsvRecord> out;
    CsvRecord record;
    std::string field;
    bool quoted = false;
    int line = 1;
    record.line = 1;
    auto endField = [&] {
        record.fields.push_back(std::string(text::trim(field)));
        field.clear();
    };
    auto endRecord = [&](int nextLine) {
        endField();
        out.push_back(std::move(record));
        record = {};
        record.line = nextLine;
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field.push_back('"');
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                if (c == '\n') ++line;
                field.push_back(c);
            }
        } else if (c == '"' && text::trim(field).empty()) {
            field.clear();
            quoted = true;
        } else if (c == sep) {
            endField();
        } else if (c == '\n') {
            ++line;
            endRecord(line);
        } else if (c != '\r') {
            field.push_back(c);
        }
    }
    if (!field.empty() || !record.fields.empty()) endRecord(line);
    return out;
}

std::string lower(std::string_view s) { return text::toLowerAscii(text::trim(s)); }

// The separator of a CSV header naming a query column, or 0 when the first line is no such header.
char csvSeparator(std::string_view firstLine) {
    for (const char sep : {',', ';', '\t'}) {
        if (firstLine.find(sep) == std::string_view::npos) continue;
        const auto fields = readCsv(firstLine, sep);
        if (fields.empty()) continue;
        for (const auto& f : fields.front().fields)
            if (lower(f) == "query" || lower(f) == "name") return sep;
    }
    return 0;
}
}  // namespace

std::vector<BatchLine> parseBatchList(std::string_view input) {
    if (!text::isValidUtf8(input)) throw std::invalid_argument("the list is not UTF-8 text");
    if (input.substr(0, 3) == "\xEF\xBB\xBF") input.remove_prefix(3);
    const std::string normalized = text::normalizeLineEndings(input);
    const std::string_view text = normalized;
    std::vector<BatchLine> out;
    const auto firstLineEnd = text.find('\n');
    const std::string_view firstLine = text.substr(0, firstLineEnd);
    if (const char sep = csvSeparator(firstLine)) {
        auto records = readCsv(text, sep);
        const auto& header = records.front().fields;
        int queryColumn = -1, labelColumn = -1;
        for (std::size_t i = 0; i < header.size(); ++i) {
            const auto h = lower(header[i]);
            if ((h == "query" || (h == "name" && queryColumn < 0))) queryColumn = static_cast<int>(i);
            if (h == "label") labelColumn = static_cast<int>(i);
        }
        for (std::size_t r = 1; r < records.size(); ++r) {
            const auto& rec = records[r];
            const bool blank = rec.fields.size() == 1 && rec.fields[0].empty();
            if (blank || (!rec.fields.empty() && rec.fields[0].rfind('#', 0) == 0)) continue;
            BatchLine b;
            b.line = rec.line;
            if (queryColumn < static_cast<int>(rec.fields.size()))
                b.query = rec.fields[static_cast<std::size_t>(queryColumn)];
            if (labelColumn >= 0 && labelColumn < static_cast<int>(rec.fields.size()))
                b.label = rec.fields[static_cast<std::size_t>(labelColumn)];
            if (b.query.empty()) b.error = "this row has no query";
            if (b.label.empty()) b.label = b.query;
            out.push_back(std::move(b));
        }
        return out;
    }
    int line = 0;
    for (const auto raw : text::splitLines(text)) {
        ++line;
        const std::string_view q = text::trim(raw);
        if (q.empty() || q.front() == '#') continue;
        out.push_back({line, std::string(q), std::string(q), {}});
    }
    return out;
}

}  // namespace bulletin::search
