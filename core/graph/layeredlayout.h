#pragma once

#include "graphlayout.h"

#include <functional>
#include <optional>

namespace Coach {

//! A layered (Sugiyama-style) layout that stays fast on graphs of thousands
//! of nodes, where Graphviz's dot takes minutes: depth-first cycle breaking,
//! longest-path layering, dummy nodes for long edges (within a budget),
//! barycentric ordering sweeps keeping the order with fewest crossings, and
//! x coordinates from isotonic regression (pool adjacent violators) towards
//! the neighbours' mean. Roughly O((V + D + E) log V) per sweep.
class LayeredLayout
{
public:
    struct Options
    {
        double rankGap = 40.0;
        double nodeGap = 18.0;
        int orderingSweeps = 8;
        int placementSweeps = 6;
        //! Dummy nodes allowed per real node; longer edges beyond the budget
        //! are drawn directly.
        int dummiesPerNode = 3;
        std::function<bool()> cancelled;
    };

    //! nullopt when cancelled.
    static std::optional<GraphLayout> run(const StoryGraph &graph, const Options &options);
    static std::optional<GraphLayout> run(const StoryGraph &graph) { return run(graph, Options{}); }
};

} // namespace Coach
