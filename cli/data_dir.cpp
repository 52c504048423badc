#include "cli/data_dir.h"

#include <cstdlib>
#include <filesystem>
#include <system_error>

#include "exports/html_writer.h"

namespace trame::cli {

namespace fs = std::filesystem;

namespace {

/// `<folder of the running executable>/../share/trame` (TRAME_DATA_FROM_BIN: the install's data
/// folder relative to its bin folder), or empty when /proc cannot tell.
fs::path installed_data_dir() {
    std::error_code error;
    const fs::path executable = fs::read_symlink("/proc/self/exe", error);
    if (error || executable.empty()) return {};
    return (executable.parent_path() / TRAME_DATA_FROM_BIN).lexically_normal();
}

}  // namespace

std::string find_data_dir(const std::optional<std::string>& option) {
    if (option) return *option;
    if (const char* variable = std::getenv("TRAME_DATA"); variable && *variable) return variable;
    std::error_code error;
    if (const fs::path installed = installed_data_dir();
        !installed.empty() && fs::is_regular_file(installed / "trame.ttl", error))
        return installed.string();
    return TRAME_DATA_DIR;
}

std::string find_viewer_script(const std::optional<std::string>& option, const std::string& data_dir) {
    if (option) return *option;
    std::error_code error;
    if (const fs::path beside = fs::path(data_dir) / "cytoscape.min.js"; fs::is_regular_file(beside, error))
        return beside.string();
    return default_viewer_script();
}

}  // namespace trame::cli
