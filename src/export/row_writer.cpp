#include "row_writer.hpp"

#include <stdexcept>

#include "core/text.hpp"
#include "json.hpp"

namespace bulletin::exporting {

RowWriter::RowWriter(std::ostream& out, const std::vector<std::string>& listColumns, const ExportOptions& options)
    : out_(out), columns_(listColumns), format_(options.format), csv_(out, options.csv) {
    const auto& chosen = options.columns.empty() ? listColumns : options.columns;
    for (const auto& c : chosen) {
        std::size_t i = 0;
        while (i < listColumns.size() && listColumns[i] != c) ++i;
        if (i == listColumns.size())
            throw std::invalid_argument("unknown column '" + c + "' (columns: " + text::join(listColumns, ", ") + ")");
        picked_.push_back(i);
    }
}

void RowWriter::writeHeader() {
    if (format_ != Format::Csv) return;
    cells_.clear();
    for (auto i : picked_) cells_.push_back(columns_[i]);
    csv_.writeRow(cells_);
}

void RowWriter::write(const Row& row) {
    if (format_ == Format::Csv) {
        cells_.clear();
        for (auto i : picked_)
            cells_.push_back(row[i].type == Cell::Type::List ? text::join(row[i].values, "; ") : row[i].text);
        csv_.writeRow(cells_);
        return;
    }
    out_ << '{';
    for (std::size_t k = 0; k < picked_.size(); ++k) {
        const Cell& cell = row[picked_[k]];
        if (k) out_ << ", ";
        out_ << jsonString(columns_[picked_[k]]) << ": ";
        if (cell.type == Cell::Type::Number) out_ << cell.text;
        else if (cell.type == Cell::Type::Boolean) out_ << (cell.text == "yes" ? "true" : "false");
        else if (cell.type == Cell::Type::List) out_ << jsonStringArray(cell.values);
        else out_ << jsonString(cell.text);
    }
    out_ << "}\n";
}

}  // namespace bulletin::exporting
