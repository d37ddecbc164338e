#pragma once

#include "graphlayout.h"
#include "graphvizlayout.h"
#include "incrementallayout.h"
#include "layeredlayout.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QRectF>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace Coach {

//! What a node of the drawn graph stands for; the panel hit-tests `box` and
//! acts on the references (fork at `eventIndex` of `conversation`).
struct GraphNodeInfo
{
    int id = 0;
    GraphNodeKind kind = GraphNodeKind::Action;
    QString label; //!< the full display label
    QString intent; //!< intent nodes: the intent name
    bool active = false; //!< on the current conversation's path
    bool dashed = false;
    //! The unconfirmed predicted action, or the "waiting for the user" marker.
    bool pending = false;
    QRectF box; //!< in SVG user units
    //! For nodes of the current conversation: the conversation and the index
    //! of the event (a user message for intent nodes) in its event list.
    int conversation = -1;
    int eventIndex = -1;
    QString source; //!< the story or conversation the node first came from
    int hiddenNeighbours = 0; //!< collapsed markers: nodes left out below
};

//! A rendered graph, ready for the panel: SVG bytes and the node map.
struct RenderedGraph
{
    QByteArray svg;
    QList<GraphNodeInfo> nodes;
    QHash<QString, int> elementIndex; //!< SVG element id -> index into nodes
    QSizeF size;
    QString engine;
    int shownNodes = 0;
    int totalNodes = 0;
    //! The graph that was drawn (reduced when it was too big), for exports.
    std::shared_ptr<const StoryGraph> graph;

    bool isReduced() const { return shownNodes < totalNodes; }
    //! Index into nodes of the node at `point` (SVG units), -1 if none.
    int nodeAt(const QPointF &point) const;
};

//! Lays out and draws a story graph with a size-aware strategy: Graphviz dot
//! for small graphs (where it looks best), the layered layout beyond, and
//! above `maxNodes` only the neighbourhood of the current conversation (or
//! of START) with "+N" markers where nodes were left out — so a request
//! never hangs on a huge project.
class GraphRenderer
{
public:
    struct Options
    {
        int dotMaxNodes = 120;
        int maxNodes = 800;
        bool dimInactive = true; //!< only applies when the graph has a current conversation
        GraphvizLayout::Options dot;
        LayeredLayout::Options layered;
        std::function<bool()> cancelled;
    };

    //! nullopt when cancelled. With `positions` (the previous drawing's, see
    //! IncrementalLayout), nodes drawn before keep their place when most of
    //! them are still there; `positions` then holds this drawing's.
    static std::optional<RenderedGraph> render(const StoryGraph &input, const Options &options,
                                               IncrementalLayout::Memory *positions = nullptr);

    //! At most `maxNodes` nodes nearest (undirected) to the current path, or
    //! to START without one, plus one marker per node whose successors were
    //! left out.
    static StoryGraph neighbourhood(const StoryGraph &graph, int maxNodes);
};

} // namespace Coach

Q_DECLARE_METATYPE(Coach::RenderedGraph)
