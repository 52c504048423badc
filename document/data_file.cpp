#include "document/data_file.h"

#include <fstream>
#include <sstream>

namespace trame {

std::vector<DataLine> read_data_lines(const std::string& path, const std::string& what, Fields split) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError(path, "cannot open the " + what);
    std::vector<DataLine> lines;
    std::string line;
    for (std::size_t number = 1; std::getline(in, line); ++number) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        const std::size_t first = line.find_first_not_of(" \t");
        if (first == std::string::npos || line[first] == '#') continue;
        DataLine data{number, line.substr(first, line.find_last_not_of(" \t") - first + 1), {}};
        if (split == Fields::Tabs) {
            std::istringstream columns(line);
            for (std::string column; std::getline(columns, column, '\t');) data.fields.push_back(column);
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
