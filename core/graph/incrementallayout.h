#pragma once

#include "graphlayout.h"

#include <QHash>
#include <QRectF>
#include <QString>
#include <QStringList>

namespace Coach {

//! Keeps the nodes of a live graph where they were between turns. A full
//! layout (dot or layered) of a graph that grew by one step can move every
//! node, so the eye has to find its place again after each turn. Given the
//! positions of the previous drawing, nodes that are still there keep them;
//! new nodes go where the full layout puts them relative to a neighbour
//! that stayed, pushed aside until they overlap nothing; edges that still
//! join the same two unmoved nodes keep their path, new ones are routed as
//! short polylines. Nodes that leave the drawing for a while (the
//! neighbourhood of the conversation changes) keep their place in memory,
//! and new nodes keep clear of it, so they come back where they were.
//! Nodes never move left of or above the origin, so the drawing is never
//! shifted as a whole.
class IncrementalLayout
{
public:
    //! What a drawing looked like, by stable node keys.
    struct Memory
    {
        QHash<QString, QRectF> nodes;
        QHash<QString, GraphLayout::EdgePath> edges; //!< by "fromKey\nto Key"
        bool isEmpty() const { return nodes.isEmpty(); }
    };

    //! Identifies the graph's nodes across graphs of the same session: kind,
    //! label and the event that created each (by the title of its story or
    //! conversation), numbered where that repeats. In node order.
    static QStringList nodeKeys(const StoryGraph &graph);
    //! `previous` with the places of this drawing added (or moved).
    static Memory remember(const StoryGraph &graph, const GraphLayout &layout,
                           Memory previous = {});
    //! How many of the graph's nodes `memory` knows.
    static int knownNodes(const StoryGraph &graph, const Memory &memory);
    //! `fresh` is a full layout of `graph` (same node and edge order).
    static GraphLayout place(const StoryGraph &graph, const GraphLayout &fresh,
                             const Memory &memory);
};

} // namespace Coach
