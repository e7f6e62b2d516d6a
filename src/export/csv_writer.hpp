#pragma once
// RFC 4180 CSV: CRLF line ends; fields holding a comma, quote, CR or LF are quoted with quotes doubled.
// Excel-safe by default (OWASP CSV injection guidance): a cell starting with =, +, -, @, TAB or CR gets a
// leading apostrophe so spreadsheets do not run it as a formula.

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace bulletin::exporting {

struct CsvOptions final {
    bool byteOrderMark = true;  // UTF-8 BOM, so Excel reads UTF-8
    bool excelSafe = true;
};

class CsvWriter final {
public:
    explicit CsvWriter(std::ostream& out, CsvOptions options = {});

    void writeRow(const std::vector<std::string>& cells);
    [[nodiscard]] std::size_t rowsWritten() const { return rows_; }

    // One cell as it appears in the file (quoted and guarded as needed).
    [[nodiscard]] static std::string encodeCell(std::string_view cell, bool excelSafe);

private:
    std::ostream& out_;
    CsvOptions options_;
    bool started_ = false;
    std::size_t rows_ = 0;
};

}  // namespace bulletin::exporting
