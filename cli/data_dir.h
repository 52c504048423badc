// Where trame finds its data: the ontology, rules, gazetteer, boilerplate patterns and the HTML
// viewer's script.
#pragma once

#include <optional>
#include <string>

namespace trame::cli {

/// The data folder, the first of: `option` (--data DIR), $TRAME_DATA, the installed
/// `<folder of the executable>/../share/trame` (as installed by CMake) when it holds trame.ttl (so a relocated prefix
/// works), the checkout trame was built from (TRAME_DATA_DIR). --data and $TRAME_DATA are taken
/// as given, so that a wrong one is reported by name rather than skipped.
std::string find_data_dir(const std::optional<std::string>& option);

/// The cytoscape.js file the HTML export inlines: `option` (--viewer-script), else
/// DATA/cytoscape.min.js when it is there (an installed trame), else the checkout's
/// node_modules copy (default_viewer_script()).
std::string find_viewer_script(const std::optional<std::string>& option, const std::string& data_dir);

}  // namespace trame::cli
