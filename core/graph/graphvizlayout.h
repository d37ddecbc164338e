#pragma once

#include "graphlayout.h"
#include "result.h"

namespace Coach {

//! Lays a story graph out with Graphviz's dot (libgvc), which draws small
//! graphs best. dot is superlinear (15 minutes for Rasa's 400-story graph),
//! so callers only hand it small graphs; the limits below bound its network
//! simplex and crossing minimisation further. Node boxes are fixed to
//! GraphMetrics sizes so that the SVG we write matches the layout.
//! Graphviz is not thread-safe; calls are serialised.
class GraphvizLayout
{
public:
    struct Options
    {
        int nsLimit = 50; //!< network simplex iterations per node
        double mcLimit = 1.0; //!< crossing minimisation effort
        int searchSize = 30;
        double rankSep = 0.45; //!< inches
        double nodeSep = 0.25; //!< inches
    };

    static Result<GraphLayout> run(const StoryGraph &graph, const Options &options);
    static Result<GraphLayout> run(const StoryGraph &graph) { return run(graph, Options{}); }
};

} // namespace Coach
