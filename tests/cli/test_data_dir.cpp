// Tests of where trame looks for its data (cli/data_dir): --data, then $TRAME_DATA, then the
// installed share/trame beside the program (tests/install.sh runs that case for real), then the
// checkout.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <string>

#include "cli/data_dir.h"
#include "exports/html_writer.h"
#include "tests/temp_dir.h"

using trame::cli::find_data_dir;
using trame::cli::find_viewer_script;
using trame::testing::TempDir;

namespace {

/// Sets $TRAME_DATA for the life of the object, then puts back what was there.
struct DataVariable {
    explicit DataVariable(const char* value) {
        if (const char* old = std::getenv("TRAME_DATA")) saved = old, had = true;
        if (value) ::setenv("TRAME_DATA", value, 1);
        else ::unsetenv("TRAME_DATA");
    }
    ~DataVariable() {
        if (had) ::setenv("TRAME_DATA", saved.c_str(), 1);
        else ::unsetenv("TRAME_DATA");
    }
    std::string saved;
    bool had = false;
};

}  // namespace

TEST_CASE("data_dir: --data first, then $TRAME_DATA, then the checkout") {
    {
        DataVariable variable("/from/the/environment");
        CHECK(find_data_dir(std::string("/given")) == "/given");
        CHECK(find_data_dir(std::nullopt) == "/from/the/environment");
    }
    {
        DataVariable variable("");  // set but empty: as if unset
        CHECK(find_data_dir(std::nullopt) == TRAME_DATA_DIR);
    }
    DataVariable variable(nullptr);
    // The test program is not installed: no share/trame beside it, so the checkout's folder.
    CHECK(find_data_dir(std::nullopt) == TRAME_DATA_DIR);
}

TEST_CASE("data_dir: the viewer script is the one given, else the one beside the data, else the checkout's") {
    TempDir dir("trame-data");
    CHECK(find_viewer_script(std::string("/given/cytoscape.js"), dir.path.string()) == "/given/cytoscape.js");
    CHECK(find_viewer_script(std::nullopt, dir.path.string()) == trame::default_viewer_script());
    const std::string beside = dir.write("cytoscape.min.js", "/* the viewer */\n");
    CHECK(find_viewer_script(std::nullopt, dir.path.string()) == beside);
}
