// `trame stats` and `trame export`: what a graph trame wrote holds, and its picture.
#include <sstream>
#include <string>

#include "cli/commands.h"
#include "cli/data_dir.h"
#include "cli/output_file.h"
#include "pipeline/stage_timer.h"
#include "exports/graph_stats.h"
#include "exports/knowledge_graph.h"
#include "exports/dot_writer.h"
#include "exports/graphml_writer.h"
#include "exports/html_writer.h"

namespace trame::cli {

int run_stats(const Options& options, Console& console) {
    StageTimer timer;
    const KnowledgeGraph graph = KnowledgeGraph::load(options.inputs.front());
    timer.lap("reading");
    std::ostringstream text;
    print_stats(compute_stats(graph), text, options.top);
    timer.lap("statistics");
    write_output("-", text.str());
    console.verbose("timings: " + timer.text());
    return 0;
}

int run_export(const Options& options, Console& console) {
    StageTimer timer;
    check_output(options.output);
    const std::string script =
        options.picture == "html" ? find_viewer_script(options.viewer_script, find_data_dir(options.data)) : "";
    const KnowledgeGraph graph = KnowledgeGraph::load(options.inputs.front());
    timer.lap("reading");
    std::ostringstream text;  // the whole picture first: a failure leaves the output untouched
    if (options.picture == "graphml") write_graphml(graph, text);
    else if (options.picture == "html") write_html(graph, text, script);
    else write_dot(graph, text);
    timer.lap("drawing");
    write_output(options.output, text.str());
    timer.lap("writing");
    console.verbose("timings: " + timer.text());
    return 0;
}

}  // namespace trame::cli
