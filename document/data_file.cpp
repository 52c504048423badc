#include "document/data_file.h"

#include <fstream>
#include <sstream>

namespace trame {

std::string_view trim_blanks(std::string_view text) {
    const std::size_t first = text.find_first_not_of(" \t\r");
    if (first == std::string_view::npos) return {};
    return text.substr(first, text.find_last_not_of(" \t\r") - first + 1);
}

std::vector<DataLine> read_data_lines(const std::string& path, const std::string& what, Fields split) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError(path, "cannot open the " + what);
    std::vector<DataLine> lines;
    std::string line;
    for (std::size_t number = 1; std::getline(in, line); ++number) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        const std::string_view text = trim_blanks(line);
        if (text.empty() || text[0] == '#') continue;
        DataLine data{number, std::string(text), {}};
        if (split == Fields::Tabs) {
            const std::string_view all(line);
            std::size_t start = 0;
            for (std::size_t tab; (tab = all.find('\t', start)) != std::string_view::npos; start = tab + 1)
                data.fields.emplace_back(trim_blanks(all.substr(start, tab - start)));
            data.fields.emplace_back(trim_blanks(all.substr(start)));  // an empty last column counts
        } else {
            std::istringstream words(data.text);
            for (std::string word; words >> word;) data.fields.push_back(word);
        }
        lines.push_back(std::move(data));
    }
    return lines;
}

InputError data_line_error(const std::string& path, const DataLine& line, const std::string& message) {
    return InputError(path + ":" + std::to_string(line.number), message);
}

}  // namespace trame
