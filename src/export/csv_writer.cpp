#include "csv_writer.hpp"

namespace bulletin::exporting {

CsvWriter::CsvWriter(std::ostream& out, CsvOptions options) : out_(out), options_(options) {}

std::string CsvWriter::encodeCell(std::string_view cell, bool excelSafe) {
    std::string value;
    if (excelSafe && !cell.empty()) {
        const char c = cell.front();
        if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') value.push_back('\'');
    }
    value.append(cell);
    const bool quote = value.find_first_of(",\"\r\n") != std::string::npos;
    if (!quote) return value;
    std::string out;
    out.reserve(value.size() + 2);
    out.push_back('"');
    for (char c : value) {
        if (c == '"') out.push_back('"');
        out.push_back(c);
    }
    out.push_back('"');
    return out;
}

void CsvWriter::writeRow(const std::vector<std::string>& cells) {
    if (!started_) {
        if (options_.byteOrderMark) out_ << "\xEF\xBB\xBF";
        started_ = true;
    }
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i) out_ << ',';
        out_ << encodeCell(cells[i], options_.excelSafe);
    }
    out_ << "\r\n";
    ++rows_;
}

}  // namespace bulletin::exporting
