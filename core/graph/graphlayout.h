#pragma once

#include "storygraph.h"

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>

namespace Coach {

//! Where everything of a story graph goes, in SVG user units (px, y down).
//! Node boxes and edge paths are in the order of StoryGraph::nodes/edges.
struct GraphLayout
{
    struct EdgePath
    {
        //! With `bezier`, Graphviz-style cubic segments: p0 (c1 c2 p)+;
        //! otherwise a polyline.
        QList<QPointF> points;
        bool bezier = false;
        //! Where the arrow head starts and ends (its tip touches the target).
        QPointF arrowFrom;
        QPointF arrowTo;
    };

    QList<QRectF> nodes;
    QList<EdgePath> edges;
    QSizeF size;
    QString engine; //!< "dot" or "layered", for the status line and tests
};

//! Sizes and texts the layouts and the SVG writer agree on. Core has no
//! font metrics (no QtGui), so text width is estimated from the length,
//! generously enough for Helvetica/Arial at 12 px.
namespace GraphMetrics {

constexpr double FontSize = 12.0;
constexpr int MaxLabelLength = 36;

//! The label as drawn: elided in the middle above MaxLabelLength characters.
QString visibleLabel(const StoryGraphNode &node);
QSizeF nodeSize(const StoryGraphNode &node);

} // namespace GraphMetrics

} // namespace Coach
